"""What the coordinator sees when there is little or nothing: an empty window says so, chart
axes count in whole numbers, a median of too few families reads "—", and the Dutch report
writes its date the Dutch way."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QCoreApplication, QTranslator
from test_coordinator_outputs import small_and_large_families

from veldwerk.coordinator.overview import Bar, QuarterPoint, build_overview
from veldwerk.coordinator.report import report_pdf
from veldwerk.ui.coordinator.charts import trend_chart, whole_step
from veldwerk.ui.coordinator.tables import MetricsModel
from veldwerk.ui.coordinator.window import CoordinatorWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "veldwerk_coordinator_nl.ts"


def _empty_window(qtbot: Any, tmp_path: Path, lang: str) -> CoordinatorWindow:
    window = CoordinatorWindow(db_url=f"sqlite:///{tmp_path / 'empty.sqlite3'}", lang=lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    return window


def test_an_empty_window_says_there_is_no_data_yet(qtbot: Any, tmp_path: Path) -> None:
    """Protects the first look: with nothing collected, the dashboard says "No learning data
    collected yet." instead of listing every barrier and enabler as "fewer than 5 families",
    and shows no table rows or bars."""
    window = _empty_window(qtbot, tmp_path, "en")
    assert window.families == [] and window.overview is None
    assert window.summary.text() == "No learning data collected yet."
    assert window.barrier_hidden.text() == "" and window.enabler_hidden.text() == ""
    assert "Fewer than" not in window.barrier_hidden.text() + window.enabler_hidden.text()
    assert window.metrics_model.rowCount() == 0
    assert window.barrier_view.chart().series() == []


def test_an_empty_window_says_so_in_dutch(qtbot: Any, tmp_path: Path) -> None:
    """The same in Dutch: "Nog geen leerdata verzameld."."""
    qm = tmp_path / "coordinator_nl.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(TS), "-qm", str(qm)], capture_output=True, check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        window = _empty_window(qtbot, tmp_path, "nl")
        assert window.summary.text() == "Nog geen leerdata verzameld."
        assert window.barrier_hidden.text() == ""
    finally:
        QCoreApplication.removeTranslator(translator)


def _ticks(axis: QValueAxis) -> list[float]:
    """The values the axis puts a labelled tick at."""
    low, high = axis.min(), axis.max()
    if axis.tickType() == QValueAxis.TickType.TicksDynamic:
        step, at, ticks = axis.tickInterval(), axis.tickAnchor(), []
        while at <= high + 1e-9:
            if at >= low - 1e-9:
                ticks.append(at)
            at += step
        return ticks
    count = axis.tickCount()
    return [low + (high - low) * i / (count - 1) for i in range(count)]


def _point(quarter: str, families: int, wait: str) -> QuarterPoint:
    shown = families >= 5
    return QuarterPoint(
        quarter, Bar(quarter, families if shown else None, str(families) if shown else "<5"), wait
    )


@pytest.mark.parametrize(
    ("families", "waits"),
    [
        ((3, 2, 4), ("0.5", "", "")),  # every quarter hidden, a wait of half a week
        ((5, 0, 6), ("0.5", "1", "")),
        ((7, 5, 12), ("2.5", "", "3")),
        ((41, 18, 30), ("12", "9.5", "28")),
        ((198, 5, 2500), ("40", "", "61.5")),
    ],
)
def test_trend_axes_tick_at_whole_numbers(
    qapp: Any, families: tuple[int, ...], waits: tuple[str, ...]
) -> None:
    """Protects the charts' axes: every labelled tick of the families axis and the weeks axis
    is a whole number (no "0 0 0 0 0 1" from a "%d" over steps of 0.2 when every quarter is
    hidden), labelled "%d", 2 to 6 ticks, and the axis reaches the highest value."""
    quarters = ("2025-Q1", "2025-Q2", "2025-Q3")
    points = [_point(q, n, w) for q, n, w in zip(quarters, families, waits, strict=True)]
    chart = trend_chart(points)
    axes = [a for a in chart.axes() if isinstance(a, QValueAxis) and a.isVisible()]
    assert len(axes) == 2  # families and weeks
    for axis in axes:
        ticks = _ticks(axis)
        assert axis.labelFormat() == "%d"
        assert 2 <= len(ticks) <= 6, ticks
        assert all(abs(t - round(t)) < 1e-9 for t in ticks), ticks
        assert len({round(t) for t in ticks}) == len(ticks)
    shown = [p.families.value for p in points if p.families.value is not None]
    assert axes[0].max() >= max(shown, default=0)
    assert axes[1].max() >= max(float(w) for w in waits if w)


def test_whole_step_is_one_two_or_five_times_a_power_of_ten() -> None:
    """The tick step: 1 up to 5, then 2, 5, 10, 20, 50… so there are never more than six
    ticks."""
    assert [whole_step(t) for t in (0, 1, 5, 6, 10, 11, 25, 26, 49, 51, 240)] == [
        1,
        1,
        1,
        2,
        2,
        5,
        5,
        10,
        10,
        20,
        50,
    ]


def test_an_empty_median_is_a_dash_on_screen_and_in_the_report(qapp: Any) -> None:
    """Protects the empty median: where a median (or percentage) is about too few families,
    the window's key figures and the report show "—", not an empty cell, 0, "nan" or "None";
    metrics.csv keeps the cell empty."""
    overview = build_overview(small_and_large_families(), 5)  # no family is closed
    durations = [row[5] for row in overview.metrics]
    assert durations and all(d == "" for d in durations)  # as in metrics.csv
    model = MetricsModel(lang="nl")
    model.set_rows(overview.metrics)
    shown = [model.data(model.index(r, 5)) for r in range(model.rowCount())]
    assert shown == ["—"] * len(shown)
    assert model.data(model.index(0, 1)) not in ("", "—")  # counts stay counts
    with pdfplumber.open(io.BytesIO(report_pdf(overview, lang="nl"))) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "—" in text
    for wrong in ("None", "nan", "NaN"):
        assert wrong not in text


@pytest.mark.parametrize(
    ("lang", "expected", "wrong"),
    [
        ("nl", "Verzameld: 1 december 2026", ("2026-12-01", "December")),
        ("en", "Collected: 1 December 2026", ("2026-12-01",)),
    ],
)
def test_the_report_writes_its_date_as_people_do(
    lang: str, expected: str, wrong: tuple[str, ...]
) -> None:
    """Protects Dutch dates in the Dutch report: "1 december 2026", not "2026-12-01"."""
    overview = build_overview(small_and_large_families(), 5)
    pdf = report_pdf(overview, lang=lang, collected_at="2026-12-01")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert expected in text
    for w in wrong:
        assert w not in text
