"""Shared families in the app (issue 13): the contact card's share button, the background sync
through the task runner, the conflict banner and its resolve dialog, "since you were away",
Settings › Team (card, colleague added only with the right code, team folder), and the first
run asking for name and organisation. A is the app; B, the backup, a profile beside it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.shell import (
    WAIT_MS,
    DialogRecorder,
    choose_family,
    end_session,
    query,
    save_and_wait,
    start_session,
    unlock,
    wait_idle,
)
from support.team_profiles import REF, Profiles, make_profiles


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Profiles]:
    """A and B with each other's cards; A's profile closed, for the app to open."""
    for profiles in make_profiles(tmp_path, "ab"):
        profiles["a"].close()
        yield profiles


@pytest.fixture
def app(qtbot: Any, team: Profiles, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A's app, unlocked, with the dialogs seam recorded; the family shown."""
    recorder = DialogRecorder(monkeypatch)
    session = start_session(qtbot, team.root / "a", "en")
    main = unlock(qtbot, session)
    choose_family(qtbot, main, REF)
    session.recorder = recorder
    yield session
    end_session(session)


def sync_app(qtbot: Any, session: Any) -> Any:
    """One background sync of the app (the task runner, no dialog); its tick."""
    ticks: list[Any] = []
    session.team_sync.synced.connect(ticks.append)
    qtbot.waitUntil(lambda: session.team_sync.sync_now(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(ticks), timeout=WAIT_MS)
    wait_idle(qtbot, session)
    session.team_sync.synced.disconnect(ticks.append)
    return ticks[0]


def test_sharing_from_the_contact_card_reaches_the_backup(
    qtbot: Any, app: Any, team: Profiles
) -> None:
    """The card's share button asks to share with the backup (Ahmed El Amrani, a known
    colleague), shares, says so; the background sync sends it (the status bar says so, in the
    language chosen even after a switch) and B receives it."""
    main = app.main_window
    assert main.detail.card.share_button.isEnabled()
    main.detail.card.share_button.click()
    qtbot.waitUntil(lambda: "question" in app.recorder.kinds(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "information" in app.recorder.kinds(), timeout=WAIT_MS)
    question = next(c for c in app.recorder.calls if c[0] == "question")
    assert "Ahmed El Amrani" in question[2] and "backup" in question[2]
    tick = sync_app(qtbot, app)
    assert tick.result is not None and tick.result.sent == 1
    label = main.statusBar().findChild(type(main.status_text), "teamStatus")
    assert "synced" in label.text()
    app.set_language("nl")  # the status bar says it again in the new language at once
    qtbot.waitUntil(lambda: "bijgewerkt" in label.text(), timeout=WAIT_MS)
    app.set_language("en")
    team.sync("b")
    assert [(r.ref, r.shared) for r in team["b"].families.list()] == [(REF, True)]


def test_a_conflict_shows_a_banner_and_is_resolved_in_the_dialog(
    qtbot: Any, app: Any, team: Profiles
) -> None:
    """Consent changed on both laptops offline: after the sync the family shows the conflict
    banner and "since you were away" (by Ahmed El Amrani, backup); the resolve dialog keeps
    the chosen value, and the banner goes."""
    main = app.main_window
    query(qtbot, app, lambda ws: ws.team.share(REF, "Ahmed El Amrani"))
    sync_app(qtbot, app)
    team.sync("b")
    save_and_wait(qtbot, app, lambda ws: ws.families.set_consent(REF, "unknown").family)
    team["b"].families.set_consent(REF, "refused")
    team.sync("b")
    sync_app(qtbot, app)
    strip = main.detail.team_strip
    qtbot.waitUntil(lambda: strip.conflict_box.isVisible(), timeout=WAIT_MS)
    assert strip.away_box.isVisible()
    assert "Ahmed El Amrani, backup" in strip.away_lines.text()
    assert "consent for learning" in strip.away_lines.text()
    assert main.current_family.learning_consent == "refused"  # the careful value meanwhile

    dialog = strip.resolve()
    assert dialog is not None
    (conflict, group) = dialog.groups[0]
    texts = [b.text() for b in group.buttons()]
    assert any("Ahmed El Amrani" in t for t in texts) and any("Femke Jansen" in t for t in texts)
    unknown = next(b for b in group.buttons() if b.text().startswith("not yet asked"))
    unknown.setChecked(True)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not strip.conflict_box.isVisible(), timeout=WAIT_MS)
    assert main.current_family.learning_consent == "unknown"
    strip.seen_button.click()
    qtbot.waitUntil(lambda: not strip.away_box.isVisible(), timeout=WAIT_MS)


def test_settings_team_adds_a_colleague_only_with_the_right_code(
    qtbot: Any, app: Any, team: Profiles, tmp_path: Path
) -> None:
    """Settings › Team shows name, organisation, team folder and this profile's safety code;
    saving the card writes it; a colleague's card is added only with its code (a wrong one is
    said under the field)."""
    from veldwerk.ui.team.team_dialog import TeamDialog

    settings = app.open_settings()
    team_dialog = settings.open_team()
    assert isinstance(team_dialog, TeamDialog)
    qtbot.waitUntil(lambda: team_dialog.name.text() == "Femke Jansen", timeout=WAIT_MS)
    assert team_dialog.folder.text() == str(team.folder)
    assert len(team_dialog.code.text().replace(" ", "")) == 30
    app.recorder.save_path = tmp_path / "mine.card"
    team_dialog.write_card.click()
    qtbot.waitUntil(lambda: app.recorder.save_path.exists(), timeout=WAIT_MS)

    stranger = next(iter(make_profiles(tmp_path / "c", "c")))
    code = stranger["c"].team.write_card(tmp_path / "c.card")
    app.recorder.open_path = tmp_path / "c.card"
    team_dialog.choose_card.click()
    qtbot.waitUntil(lambda: team_dialog.their_code.isVisible(), timeout=WAIT_MS)
    assert "Karin Bos" in team_dialog.card_person.text()
    team_dialog.their_code.setText("1" * 30)
    team_dialog.add_button.click()
    qtbot.waitUntil(lambda: team_dialog.add_problem.isVisible(), timeout=WAIT_MS)
    assert "does not match" in team_dialog.add_problem.text()
    team_dialog.their_code.setText(code)
    team_dialog.add_button.click()
    qtbot.waitUntil(lambda: team_dialog.colleagues.count() == 2, timeout=WAIT_MS)
    stranger["c"].close()
    team_dialog.reject()
    settings.reject()


def test_the_first_run_asks_name_and_organisation(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name and organisation typed on the first run are stored as the profile's
    user_name and organisation."""
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS
    from veldwerk.ui.first_run import PAGE_RECOVERY
    from veldwerk.workspace import Workspace

    DialogRecorder(monkeypatch)
    root = tmp_path / "new"
    session = start_session(qtbot, root, "en", kdf=FAST_KDF_FOR_TESTS)
    window = session.first_run
    window.user_name.setText("Eva Mulder")
    window.organisation.setText("MEE Veluwe")
    window.fields.first.setText("paard fiets regen appel")
    window.fields.repeat.setText("paard fiets regen appel")
    window.create_button.click()
    qtbot.waitUntil(lambda: window.page == PAGE_RECOVERY, timeout=WAIT_MS)
    wait_idle(qtbot, session)
    end_session(session)

    with Workspace.open(root, "paard fiets regen appel") as ws:
        assert (ws.config.get("user_name"), ws.config.get("organisation")) == (
            "Eva Mulder",
            "MEE Veluwe",
        )


def test_the_backups_new_step_is_marked_in_the_journey_until_seen(
    qtbot: Any, app: Any, team: Profiles
) -> None:
    """A step the backup added while A was away is marked in A's journey with who added it, in
    which role ("New – by Ahmed El Amrani, backup, …"), and A's own steps are not; once A marks
    the changes seen, the mark goes."""
    from datetime import date

    from veldwerk.domain.model import Event

    main = app.main_window
    query(qtbot, app, lambda ws: ws.team.share(REF, "Ahmed El Amrani"))
    sync_app(qtbot, app)
    team.sync("b")
    step = Event(date(2026, 11, 20), "contact", "Huisbezoek door de achterwacht", None, (), (), ())
    team["b"].families.save_event(REF, step)
    team.sync("b")
    sync_app(qtbot, app)
    journey = next(t for t in main.detail.tabs if hasattr(t, "set_team_changes"))
    model = journey.model

    def marked() -> list[str]:
        return [
            model.spoken(r)
            for r in model.rows
            if r.event is not None and r.event.key in model.marks
        ]

    qtbot.waitUntil(lambda: bool(marked()), timeout=WAIT_MS)
    (line,) = marked()
    assert "Huisbezoek door de achterwacht" in line
    assert "New – by Ahmed El Amrani, backup" in line
    assert journey.delegate.row_heights(model, 600)  # laid out again with the mark's line
    main.detail.team_strip.seen_button.click()
    qtbot.waitUntil(lambda: not model.marks, timeout=WAIT_MS)
