"""The coordinator window, offscreen with a real database and real bundles: collecting off the
GUI thread with progress and Stop, the dashboard's charts showing no small number, the filter,
the refused files, saving the report, the menu entry's function, and Dutch."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QWidget

from support.coordinator import coordinator_key_file, make_installations, write_history
from veldwerk.domain import codes
from veldwerk.learning.keys import generate_coordinator_keypair
from veldwerk.ui import dialogs
from veldwerk.ui.coordinator import open_coordinator_window, run_coordinator_window
from veldwerk.ui.coordinator.charts import bar_values
from veldwerk.ui.coordinator.window import CoordinatorWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "veldwerk_coordinator_nl.ts"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten installations (one with three families, in its own region), two bundles each, and
    one file that is not a bundle."""
    folder = tmp_path_factory.mktemp("window") / "shared"
    write_history(folder, make_installations(count=10), bundles=2)
    (folder / "verslag.docx").write_bytes(b"PK\x03\x04 something else")
    return folder


def _window(
    qtbot: Any, tmp_path: Path, shared: Path | None = None, **options: Any
) -> CoordinatorWindow:
    """The window on a database of its own, with the tests' coordinator key (every bundle is
    encrypted to it) unless `key` is given."""
    options.setdefault("key", coordinator_key_file(tmp_path / "key"))
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


def _assert_publishable(
    window: CoordinatorWindow, *, bars: tuple[int, int], quarters: int, families: list[str]
) -> None:
    """The barrier and enabler charts have `bars` bars, each reaching the threshold; no quarter
    of this data reaches it, so each of the trend's `quarters` is drawn empty and labelled "<t";
    the key figures' families column reads `families` ("x": hidden as well, so that the small
    cell cannot be worked out from the total)."""
    t = window.threshold_spin.value()
    for view, count in zip((window.barrier_view, window.enabler_view), bars, strict=True):
        values = bar_values(view.chart())
        assert len(values) == count and all(v >= t for v in values), values
    trend = window.trend_view.chart()
    labels = _category_labels(trend)
    assert len(labels) == quarters and bar_values(trend) == [0.0] * quarters
    assert all(label.endswith(f"<br><b>&lt;{t}</b>") for label in labels), labels
    model = window.metrics_model
    assert [model.data(model.index(row, 1)) for row in range(model.rowCount())] == families


def test_collect_in_the_window_and_see_only_publishable_numbers(
    qtbot: Any, tmp_path: Path, shared: Path
) -> None:
    """Protects the dashboard: after collecting (off the GUI thread), the charts, the trend and
    the key figures hold no number of families below the threshold, also after filtering and
    raising the threshold; the refused file is listed with its reason in words."""
    window = _window(qtbot, tmp_path, shared, lang="en")
    assert window.summary.text() == "No learning data collected yet." and window.families == []
    _collect(qtbot, window)
    assert "20 new bundles" not in window.status.text()
    assert "21 files looked at: 10 new bundles collected" in window.status.text()
    assert window.tabs.tabText(1) == "Files not used (1)"
    assert window.rejected_model.rowCount() == 1
    assert window.rejected_model.data(window.rejected_model.index(0, 1)) == (
        "This file is not a veldwerk learning bundle."
    )
    assert window.overview is not None and window.overview.total.value == len(window.families)
    _assert_publishable(window, bars=(10, 10), quarters=17, families=["8", "x", "<5", "6", "21"])
    assert (
        window.metrics_model.data(
            window.metrics_model.index(window.metrics_model.rowCount() - 1, 0)
        )
        == "All regions"
    )
    region = window.overview.regions[0]
    window.region_combo.setCurrentIndex(window.region_combo.findData(region))
    assert window.overview.selection.region == region
    assert window.overview.total.value == sum(f.region == region for f in window.families)
    _assert_publishable(window, bars=(3, 7), quarters=15, families=["8", "8"])
    window.phase_combo.setCurrentIndex(window.phase_combo.findData("pregnancy"))
    _assert_publishable(window, bars=(0, 7), quarters=15, families=["8", "8"])
    window.region_combo.setCurrentIndex(0)
    window.threshold_spin.setValue(12)
    assert window.overview.threshold == 12
    _assert_publishable(
        window, bars=(0, 5), quarters=17, families=["<12", "<12", "<12", "<12", "21"]
    )
    labels = _category_labels(window.enabler_view.chart())
    assert set(labels) <= {codes.label("enabler", c, "en") for c in codes.ENABLERS}


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
    ]
    assert "verslag.docx,not_a_bundle" in (tmp_path / "csv" / "rejected.csv").read_text()


def test_stop_and_a_wrong_passphrase_are_calm(qtbot: Any, tmp_path: Path, shared: Path) -> None:
    """Protects Stop and errors: Stop right after Collect ends the job with a calm message and
    keeps the window usable; a wrong key passphrase is said in words, nothing crashes."""
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
