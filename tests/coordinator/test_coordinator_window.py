"""The coordinator window, offscreen with a real database and real bundles: collecting off the
GUI thread with progress and Stop, the dashboard's charts showing no small number, the filter,
the refused files, saving the report, the menu entry's function, and Dutch."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QWidget

from support.coordinator import (
    coordinator_key_file,
    enrol,
    expected_hidden,
    expected_text,
    make_installations,
    write_history,
)
from veldwerk.coordinator.overview import build_overview
from veldwerk.domain import codes
from veldwerk.domain.errors import DomainError
from veldwerk.learning.keys import generate_coordinator_keypair
from veldwerk.ui import dialogs
from veldwerk.ui.coordinator import open_coordinator_window, run_coordinator_window
from veldwerk.ui.coordinator.charts import bar_values
from veldwerk.ui.coordinator.window import CoordinatorWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "veldwerk_coordinator_nl.ts"


INSTALLATIONS = make_installations(count=10)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten installations (one with three families, in its own region), ten bundles each (87
    families in the newest), and one file that is not a bundle."""
    folder = tmp_path_factory.mktemp("window") / "shared"
    write_history(folder, INSTALLATIONS, bundles=10)
    (folder / "verslag.docx").write_bytes(b"PK\x03\x04 something else")
    return folder


def _window(
    qtbot: Any, tmp_path: Path, shared: Path | None = None, **options: Any
) -> CoordinatorWindow:
    """A window on a new database in which the ten installations are enrolled, with the tests'
    coordinator key (every bundle is encrypted to it) unless `key` is given."""
    options.setdefault("key", coordinator_key_file(tmp_path / "key"))
    enrol(f"sqlite:///{tmp_path / 'c.sqlite3'}", INSTALLATIONS)
    window = CoordinatorWindow(
        db_url=f"sqlite:///{tmp_path / 'c.sqlite3'}", shared_dir=shared, **options
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    return window


def _collect(qtbot: Any, window: CoordinatorWindow) -> None:
    assert window.start_collect()
    assert window.busy and window.stop_button.isVisible()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)


def _category_labels(chart: Any) -> list[str]:
    return [
        label
        for axis in chart.axes()
        if isinstance(axis, QBarCategoryAxis)
        for label in axis.categories()
    ]


def _expected_families_column(window: CoordinatorWindow) -> list[str]:
    """The key figures' families column for the window's selection and threshold, worked out
    by the test from the families (`support.coordinator`'s model of the rules): each region
    rounded, hidden (<t) or hidden as complement (x), then the total of the regions shown."""
    t = window.threshold_spin.value()
    chosen = window.selection()
    sizes = Counter(f.region for f in window.families if chosen.admits(f))
    hidden = expected_hidden(dict(sizes), t)
    column = [
        ("x" if n >= t else f"<{t}") if r in hidden else expected_text(n, t)
        for r, n in sorted(sizes.items())
    ]
    shown = sum(int(c) for c in column if c.isdigit())
    if not shown:  # every region hidden: so is the total
        return [*column, f"<{t}" if sum(sizes.values()) < t else "x"]
    return [*column, f"{shown}+" if any(sizes[r] for r in hidden) else str(shown)]


def _assert_publishable(window: CoordinatorWindow, *, bars: tuple[int, int], shown: int) -> None:
    """What the dashboard draws is exactly the protected overview, and publishable: the barrier
    and enabler charts have `bars` bars, each a rounded number of at least the threshold; the
    trend has a place for every quarter, a bar only for the `shown` ones that reach the
    threshold and the marker (<t or x) under the others; the key figures' families column is the
    test's own computation."""
    t = window.threshold_spin.value()
    overview = window.overview
    assert overview is not None and overview.threshold == t
    drawn = (
        (window.barrier_view, window.dashboard.phase_bars()),
        (window.enabler_view, overview.enablers),
    )
    for (view, published), count in zip(drawn, bars, strict=True):
        values = bar_values(view.chart())
        assert values == [float(b.value) for b in published if b.value is not None][:10][::-1]
        assert len(values) == count and all(v >= t and v % 5 == 0 for v in values), values
    trend = window.trend_view.chart()
    labels = _category_labels(trend)
    assert len(labels) == len(overview.quarters)
    assert sum(1 for v in bar_values(trend) if v) == shown
    for label, point in zip(labels, overview.quarters, strict=True):
        if point.families.value is None:
            assert label.endswith(f"<br><b>{html.escape(point.families.text)}</b>"), label
    model = window.metrics_model
    column = [model.data(model.index(row, 1)) for row in range(model.rowCount())]
    assert column == _expected_families_column(window)
    assert window.summary.text().endswith(column[-1])


def test_collect_in_the_window_and_see_only_publishable_numbers(
    qtbot: Any, tmp_path: Path, shared: Path
) -> None:
    """Protects the dashboard: after collecting (off the GUI thread), the charts, the trend and
    the key figures hold only protected numbers (rounded, none below the threshold, totals of
    the regions shown), also after filtering (a filtered view is protected like the full report)
    and raising the threshold; the refused file is listed with its reason in words."""
    window = _window(qtbot, tmp_path, shared, lang="en")
    assert window.threshold_spin.value() == 10 and window.threshold_spin.minimum() == 5
    assert window.summary.text() == "No learning data collected yet." and window.families == []
    _collect(qtbot, window)
    assert "101 files looked at: 10 new bundles collected" in window.status.text()
    assert window.tabs.tabText(1) == "Files not used (1)"
    assert window.rejected_model.rowCount() == 1
    assert window.rejected_model.data(window.rejected_model.index(0, 1)) == (
        "This file is not a veldwerk learning bundle."
    )
    assert len(window.families) == 87
    _assert_publishable(window, bars=(10, 10), shown=1)
    model = window.metrics_model
    assert [model.data(model.index(r, 1)) for r in range(5)] == ["35", "x", "<10", "25", "60+"]
    assert model.data(model.index(4, 0)) == "All regions"
    assert "sum of the numbers shown" in model.data(model.index(4, 1), Qt.ItemDataRole.ToolTipRole)
    assert "rounded to 5" in window.dashboard.suppression_note.text()
    region = window.overview.regions[0]  # type: ignore[union-attr]
    window.region_combo.setCurrentIndex(window.region_combo.findData(region))
    assert window.overview.selection.region == region  # type: ignore[union-attr]
    assert window.overview == build_overview(window.families, 10, window.selection())
    _assert_publishable(window, bars=(10, 10), shown=0)
    window.phase_combo.setCurrentIndex(window.phase_combo.findData("pregnancy"))
    _assert_publishable(window, bars=(0, 10), shown=0)
    window.region_combo.setCurrentIndex(0)
    window.threshold_spin.setValue(12)
    _assert_publishable(window, bars=(5, 10), shown=0)
    assert [model.data(model.index(r, 1)) for r in range(5)] == ["35", "x", "<12", "25", "60+"]
    labels = _category_labels(window.enabler_view.chart())
    assert set(labels) <= {codes.label("enabler", c, "en") for c in codes.ENABLERS}


def test_a_threshold_below_five_is_refused_by_the_window(qtbot: Any, tmp_path: Path) -> None:
    """Protects the floor in the window: a window asked for threshold 4 is refused with the
    rules' message (not quietly raised to 5); the spin box cannot go below 5 and says why."""
    with pytest.raises(DomainError) as caught:
        CoordinatorWindow(db_url=f"sqlite:///{tmp_path / 'c.sqlite3'}", threshold=4, lang="en")
    assert caught.value.code == "coordinator.threshold_too_low"
    window = _window(qtbot, tmp_path, lang="en", threshold=5)
    window.threshold_spin.setValue(3)
    assert window.threshold_spin.value() == 5
    assert "At least 5" in window.threshold_spin.toolTip()


def test_save_report_and_csv_files(
    qtbot: Any, tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects "Save report": the PDF for the chosen region is written where the user
    chose; the CSV files go to a chosen folder; cancelling the dialog writes nothing."""
    import pdfplumber

    window = _window(qtbot, tmp_path, shared, lang="en")
    _collect(qtbot, window)
    region = window.overview.regions[1]  # type: ignore[union-attr]
    window.region_combo.setCurrentIndex(window.region_combo.findData(region))
    target = tmp_path / "out" / "mijn rapport.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: target)
    assert window.save_report() == target
    with pdfplumber.open(target) as pdf:
        text = pdf.pages[0].extract_text()
    assert f"Region: {region}" in text
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: None)
    assert window.save_report() is None
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: tmp_path / "csv")
    written = window.save_csv()
    assert sorted(p.name for p in written) == [
        "aggregates.csv",
        "metrics.csv",
        "rejected.csv",
        "report.pdf",
        "waiting.csv",
    ]
    assert "verslag.docx,not_a_bundle" in (tmp_path / "csv" / "rejected.csv").read_text()


def test_stop_and_a_wrong_passphrase_are_calm(qtbot: Any, tmp_path: Path, shared: Path) -> None:
    """Protects Stop and errors: Stop right after Collect ends the job with a calm message and
    keeps the window usable; a wrong key passphrase, and no coordinator key at all (every
    bundle is encrypted to it), are said in words, nothing crashes."""
    window = _window(qtbot, tmp_path, shared, lang="en")
    assert window.start_collect()
    window.stop()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    assert window.status.text().startswith("Cancelled.")
    assert window.collect_button.isEnabled() and not window.progress.isVisible()
    private, _ = generate_coordinator_keypair(tmp_path / "keys", passphrase=b"juist")
    window.key_edit.setText(str(private))
    window.passphrase_edit.setText("fout")
    _collect(qtbot, window)
    assert window.status.text() == "The passphrase of the private key is not correct."
    window.key_edit.setText("")
    before = window.last_result
    _collect(qtbot, window)
    assert window.status.text().startswith("Choose the coordinator's private key first")
    assert window.last_result is before  # nothing was collected without the key
    window.folder_edit.setText("")
    assert not window.start_collect()
    assert window.status.text() == "Choose the shared folder first."


def test_the_menu_entry_opens_a_window_of_its_own(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the app shell's menu entry: open_coordinator_window(parent) shows a separate
    window on the default database (here from $VELDWERK_COORDINATOR_DB)."""
    monkeypatch.setenv("VELDWERK_COORDINATOR_DB", f"sqlite:///{tmp_path / 'default.sqlite3'}")
    parent = QWidget()
    qtbot.addWidget(parent)
    window = open_coordinator_window(parent)
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert window.isVisible() and window.isWindow() and window.parent() is parent
    assert window.db_value.text() == str(tmp_path / "default.sqlite3")
    window.close()


def test_the_command_runs_the_window_until_it_is_closed(
    qtbot: Any, tmp_path: Path, shared: Path
) -> None:
    """Protects `veldwerk coordinator`: the window opens with the folder and database from the
    command line, and the command returns when the window is closed."""
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from veldwerk.cli.context import Context

    args = argparse.Namespace(
        shared_dir=shared,
        db=f"sqlite:///{tmp_path / 'c.sqlite3'}",
        key=None,
        threshold=5,
        lang="en",
    )
    seen: list[str] = []

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CoordinatorWindow) and widget.isVisible():
                seen.append(widget.folder_edit.text())
                widget.wait_idle()
                widget.close()

    QTimer.singleShot(300, close)
    assert run_coordinator_window(args, Context(args=args, lang="en")) == 0
    assert seen == [str(shared)]


def test_dutch_is_complete_and_shown(qtbot: Any, tmp_path: Path, shared: Path) -> None:
    """Protects Dutch: the .ts file has a finished translation for every string in the
    window's code (lupdate finds nothing new), and with it the window, its charts and the
    reasons speak Dutch."""
    copy = tmp_path / TS.name
    copy.write_bytes(TS.read_bytes())
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in (ROOT / "src/veldwerk/ui/coordinator").glob("*.py"))
    found = subprocess.run(
        [str(bin_dir / "pyside6-lupdate"), *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.search(r"\(0 new and \d+ already existing\)", found), found
    text = TS.read_text(encoding="utf-8")
    assert "unfinished" not in text and "<translation></translation>" not in text
    qm = tmp_path / "coordinator_nl.qm"
    subprocess.run(
        [str(bin_dir / "pyside6-lrelease"), str(TS), "-qm", str(qm)],
        capture_output=True,
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        window = _window(qtbot, tmp_path, shared, lang="nl")
        assert window.windowTitle() == "veldwerk – coördinator"
        assert window.collect_button.text() == "Verzamelen"
        _collect(qtbot, window)
        assert window.tabs.tabText(1) == "Niet gebruikte bestanden (1)"
        assert window.rejected_model.data(window.rejected_model.index(0, 1)) == (
            "Dit bestand is geen leerbundel van veldwerk."
        )
        assert "bestanden bekeken" in window.status.text()
        labels = _category_labels(window.enabler_view.chart())
        assert labels and set(labels) <= {codes.label("enabler", c, "nl") for c in codes.ENABLERS}
        assert window.metrics_model.headerData(1, Qt.Orientation.Horizontal) == "Gezinnen"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_waiting_files_are_listed_apart_from_refused_ones(qtbot: Any, tmp_path: Path) -> None:
    """Protects the coordinator's view of a folder still syncing: a cut-off bundle is listed on
    the files page as waiting for the next time (not as refused), counted in the tab's title,
    and the summary says how many wait."""
    folder = tmp_path / "shared"
    write_history(folder, make_installations(count=2), bundles=1)
    first = sorted(folder.iterdir())[0]
    (folder / "half.vwlb").write_bytes(first.read_bytes()[:300])
    window = _window(qtbot, tmp_path, folder, lang="en")
    _collect(qtbot, window)
    assert window.tabs.tabText(1) == "Files not used (1)"
    assert window.rejected == [] and [r.file for r in window.retry] == ["half.vwlb"]
    assert window.rejected_model.data(window.rejected_model.index(0, 1)) == (
        "Waiting for next time: This bundle is incomplete; copying it was probably interrupted."
    )
    assert "Waiting for next time (not completely arrived yet, or not read yet): 1." in (
        window.status.text()
    )
