"""The coordinator window's Installations tab (issue 11), offscreen with a real database and
real bundles: the waiting installation with its fingerprint, the enrol dialog (a refusal shown
inside it, then the enrolment), counting after the next collection, and ending an enrolment."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from support.coordinator import (
    Installation,
    coordinator_key_file,
    enrol,
    make_installations,
    write_history,
)
from veldwerk.cli.main import main
from veldwerk.coordinator.service import Waiting
from veldwerk.domain.fingerprint import format_fingerprint
from veldwerk.ui import dialogs
from veldwerk.ui.coordinator.enrol_dialog import EnrolDialog
from veldwerk.ui.coordinator.window import CoordinatorWindow


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Installation]]:
    """Ten installations, two bundles each."""
    folder = tmp_path_factory.mktemp("enrol-window") / "shared"
    installations = make_installations(count=10)
    write_history(folder, installations, bundles=2)
    return folder, installations


def test_the_windows_enrol_flow(
    qtbot: Any,
    practice: tuple[Path, list[Installation]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Protects the coordinator window's Installations tab (through the service, off the GUI
    thread): after collecting, the installation not enrolled is listed as waiting with its
    claimed region and the same fingerprint text `veldwerk enrol --list` prints; "Enrol…" opens
    a dialog with the region filled in; a bad region is refused inside the dialog, which stays
    open; the right one enrols it, and after collecting again its families count; "End
    enrolment…" (after asking) takes them out again."""
    folder, installations = practice
    late = installations[0]
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    enrol(url, installations[1:])
    key = coordinator_key_file(tmp_path / "key")
    window = CoordinatorWindow(db_url=url, shared_dir=folder, key=key, lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert window.tabs.tabText(2) == "Installations (0 waiting)"
    assert window.start_collect()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    assert window.tabs.tabText(2) == "Installations (1 waiting)"
    assert "Not counted, waiting for enrolment or a decision: 2" in window.status.text()
    page = window.installations_page
    model = page.waiting_model
    assert [model.data(model.index(0, c)) for c in (0, 1)] == [late.id, late.region]
    assert main(["enrol", "--db", url, "--list", "--lang", "en"]) == 0
    assert f"fingerprint {model.data(model.index(0, 2))}  first seen" in capsys.readouterr().out
    assert page.enrolled_model.rowCount() == 9 and not page.enrol_button.isEnabled()

    window.tabs.setCurrentIndex(2)
    page.waiting_view.selectRow(0)
    assert page.enrol_button.isEnabled()
    page.enrol_button.click()
    dialog = window.enrol_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.region_edit.text() == late.region and not dialog.care.isVisible()
    assert dialog.fingerprint.text() == format_fingerprint(late.fingerprint)
    dialog.region_edit.setText("Zuid, =1+1")
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: not window.busy and dialog.error.isVisible(), timeout=30_000)
    assert dialog.isVisible() and "A region name is 1 to 60 letters" in dialog.error.text()
    dialog.region_edit.setText(late.region)
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: not window.busy and window.enrol_dialog is None, timeout=30_000)
    assert window.status.text().startswith(f"Enrolled: {late.id} in region {late.region}")
    assert model.rowCount() == 0 and page.enrolled_model.rowCount() == 10
    assert window.tabs.tabText(2) == "Installations (0 waiting)"
    assert window.start_collect()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    assert late.id in {f.installation_id for f in window.families}

    enrolled = page.enrolled_model
    row = next(
        r for r in range(enrolled.rowCount()) if enrolled.row_at(r).installation_id == late.id
    )
    page.enrolled_view.selectRow(row)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "question", lambda _p, _t, text, *a: asked.append(text) or True)
    page.revoke_button.click()
    qtbot.waitUntil(lambda: not window.busy and enrolled.rowCount() == 9, timeout=30_000)
    assert late.id in asked[0]
    assert late.id not in {f.installation_id for f in window.families}
    assert window.status.text().startswith(f"Enrolment ended: {late.id}.")


def test_the_enrol_dialog_warns_when_two_keys_claim_the_installation(qtbot: Any) -> None:
    """Protects the person deciding: for a key that shares its installation id with another
    (two_keys), or is not the enrolled one, the dialog says so above the region."""
    for reason, careful in (("two_keys", True), ("key_changed", True), ("not_enrolled", False)):
        waiting = Waiting("a" * 32, "b" * 32, "Noord", datetime(2026, 11, 1, tzinfo=UTC), reason)
        dialog = EnrolDialog(waiting, "en")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.care.isVisible() is careful, reason
    assert (
        "More than one key claims"
        in EnrolDialog(
            Waiting("a" * 32, "b" * 32, "Noord", datetime(2026, 11, 1, tzinfo=UTC), "two_keys"),
            "en",
        ).care.text()
    )
