"""The shell's main scenarios on a real encrypted profile, through the windows a case director
uses: a new family with members, a professional and a JIM; primary and backup; changing the
primary with its handover in the journey; journey events with tags; a rule violation that
saves nothing; unsaved changes asked about before switching or closing."""

from __future__ import annotations

from datetime import date

import pytest

from support.shell import WAIT_MS, Shell, choose_family, query, save_and_wait
from veldwerk.domain.model import Event, Member, NetworkMember
from veldwerk.ui.change_contact import ChangeContactDialog
from veldwerk.ui.family_form import NewFamilyDialog


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def fill_new_family(dialog: NewFamilyDialog, *, birth: date | None = date(2001, 3, 4)) -> None:
    dialog.family.ref.setText("HW-2026-100")
    dialog.family.name.setText("Gezin Jansen")
    dialog.family.municipality.setText("Ede")
    dialog.family.opened_on.set_value(date(2026, 1, 15))
    dialog.family.due_date.set_value(date(2026, 12, 20))
    dialog.family.vulnerabilities["lvb"].setChecked(True)
    dialog.family.vulnerabilities["young_parent"].setChecked(True)
    dialog.given_name.setText("Lisa")
    dialog.family_name.setText("Jansen")
    dialog.birth_date.set_value(birth)
    dialog.contact_name.setText("Femke de Boer")
    dialog.organisation.setText("Sociaal Team Ede")
    dialog.phone.setText("0318-123456")


def change_contact(qtbot, main, role: str, network_id: str) -> None:
    dialog = main.change_contact(role)
    assert isinstance(dialog, ChangeContactDialog) and dialog.isVisible()
    dialog.choose(network_id)
    assert dialog.chosen() == network_id
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog not in main.open_dialogs, timeout=WAIT_MS)


def test_new_family_members_network_primary_backup_and_handover(shell, qtbot) -> None:
    """A family is added through the New family dialog (with its first member and vaste
    aanspreekpunt), gets a second member, a professional and a JIM, an achterwacht through the
    change-contact dialog, and then a new vaste aanspreekpunt: the card shows the new people, the
    old assignment is kept as history and the handover is an event in the journey."""
    session, main = shell.open("nl", example=False)
    assert main.list_panel.model.total == 0
    main.new_family_action.trigger()
    dialog = next(d for d in main.open_dialogs if isinstance(d, NewFamilyDialog))
    fill_new_family(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: main.current_family is not None and main.current_family.ref == "HW-2026-100",
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: main.list_panel.model.total == 1, timeout=WAIT_MS)
    family = main.current_family
    assert [m.display_name for m in family.members] == ["Lisa Jansen"]
    assert main.detail.card.primary.name.text() == "Femke de Boer"
    assert main.detail.card.backup.name.text() == "Geen achterwacht"
    assert main.list_panel.model.shown()[0].missing_backup

    ref = family.ref
    save_and_wait(
        qtbot,
        session,
        lambda ws: ws.families.save_member(
            ref,
            Member(
                id="m2",
                role="partner",
                given_name="Tom",
                family_name="Bakker",
                birth_date=date(1999, 8, 1),
            ),
        ),
    )
    save_and_wait(
        qtbot,
        session,
        lambda ws: ws.families.save_network_member(
            ref,
            NetworkMember(
                id="p2",
                kind="professional",
                name="Ahmed El Amrani",
                organisation="MEE",
                profession="lvb_support",
                phone="0318-777888",
                since=date(2026, 2, 1),
            ),
        ),
    )
    save_and_wait(
        qtbot,
        session,
        lambda ws: ws.families.save_network_member(
            ref,
            NetworkMember(
                id="j1",
                kind="jim",
                name="Ans Jansen",
                relation="tante",
                mentor_of="m1",
                strength="strong",
                since=date(2026, 3, 1),
            ),
        ),
    )
    save_and_wait(
        qtbot,
        session,
        lambda ws: ws.families.save_network_member(
            ref,
            NetworkMember(
                id="p3",
                kind="professional",
                name="Karin Bos",
                organisation="Verloskundigen Ede",
                profession="midwife",
                since=date(2026, 2, 1),
            ),
        ),
    )
    assert len(main.current_family.members) == 2
    assert {n.kind for n in main.current_family.network} == {"professional", "jim"}

    change_contact(qtbot, main, "backup", "p2")
    qtbot.waitUntil(
        lambda: main.detail.card.backup.name.text() == "Ahmed El Amrani", timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: not main.list_panel.model.shown()[0].missing_backup, timeout=WAIT_MS)

    change_contact(qtbot, main, "primary", "p3")
    qtbot.waitUntil(lambda: main.detail.card.primary.name.text() == "Karin Bos", timeout=WAIT_MS)
    family = main.current_family
    primaries = sorted((c for c in family.contacts if c.role == "primary"), key=lambda c: c.start)
    assert [(c.network_id, c.until) for c in primaries] == [
        ("p1", date(2026, 11, 24)),
        ("p3", None),
    ]
    handovers = [e for e in family.journey if e.type == "handover"]
    assert len(handovers) == 2
    assert any("Karin Bos" in e.title for e in handovers)
    stored = query(qtbot, session, lambda ws: ws.families.get(ref))
    assert [e.type for e in stored.journey].count("handover") == 2


def test_journey_events_with_tags_reach_the_store_and_the_tabs(shell, qtbot) -> None:
    """Events with barrier and enabler tags saved through the editor come back in the family
    every tab is given, in date order, with their tags."""
    session, main = shell.open("nl")
    choose_family(qtbot, main, "HW-2026-009")
    before = len(main.current_family.journey)
    event = Event(
        date=date(2026, 9, 1),
        type="referral",
        title="Verwijzing schuldhulp",
        barriers=("waiting_list", "income_debts"),
        enablers=("trusted_relationship",),
    )
    save_and_wait(qtbot, session, lambda ws: ws.families.save_event("HW-2026-009", event))
    family = main.current_family
    assert len(family.journey) == before + 1
    saved = next(e for e in family.journey if e.title == "Verwijzing schuldhulp")
    assert saved.barriers == ("waiting_list", "income_debts")
    assert saved.enablers == ("trusted_relationship",)
    assert [e.date for e in family.journey] == sorted(e.date for e in family.journey)
    for tab in main.detail.tabs:
        if hasattr(tab, "family"):
            assert tab.family is family


def test_rule_violation_shows_its_message_at_the_field_and_saves_nothing(shell, qtbot) -> None:
    """A birth date in the future is refused: the Dutch message stands under that field, the
    dialog stays open with what was typed, and the store holds no new family. Making the vaste
    aanspreekpunt also the achterwacht is never offered, and refused by the service."""
    session, main = shell.open("nl")
    dialog = main.new_family()
    fill_new_family(dialog, birth=date(2027, 1, 1))
    dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: bool(dialog.errors.message_at("members[0].birth_date")), timeout=WAIT_MS
    )
    assert "toekomst" in dialog.errors.message_at("members[0].birth_date")
    assert dialog.isVisible() and dialog.family.name.text() == "Gezin Jansen"
    assert dialog.ok_button.isEnabled()
    assert query(qtbot, session, lambda ws: ws.families.count()) == 3
    dialog.reject()

    empty = main.new_family()
    empty.ok_button.click()
    assert empty.errors.message_at("ref") == "Vul dit in."
    empty.reject()

    choose_family(qtbot, main, "HW-2026-001")
    before = main.current_family.contacts
    contact = main.change_contact("backup")
    offered = [contact.person.itemData(i) for i in range(contact.person.count())]
    assert "n3" not in offered  # Femke Jansen, already the vaste aanspreekpunt: never offered
    contact.reject()

    refusals: list[object] = []  # the same rule guards the service
    session.worker.save(
        lambda ws: ws.families.change_contact("HW-2026-001", "backup", "n3"),
        on_done=refusals.append,
        on_error=refusals.append,
    )
    qtbot.waitUntil(lambda: bool(refusals), timeout=WAIT_MS)
    assert [p.code for p in refusals[0].problems] == ["rule.primary_is_backup"]  # type: ignore[attr-defined]
    stored = query(qtbot, session, lambda ws: ws.families.get("HW-2026-001"))
    assert stored.contacts == before
    assert not [k for k in shell.dialogs.kinds() if k == "warning"]


def test_unsaved_changes_are_asked_about_on_switch_and_close(shell, qtbot) -> None:
    """With unsaved changes, moving to another family or closing asks first; "keep editing"
    stays where the user was, "leave" goes on."""
    session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-001")
    main.detail.has_unsaved_changes = lambda: True
    shell.dialogs.answer = False
    model = main.list_panel.model
    other = next(i for i, s in enumerate(model.shown()) if s.ref == "HW-2026-009")
    main.list_panel.view.setCurrentIndex(model.index(other, 0))
    # "keep editing": the list's selection is put back on the family being edited
    qtbot.waitUntil(
        lambda: (
            model.summary(main.list_panel.view.currentIndex().row()).key == main.current_family.key
        ),
        timeout=WAIT_MS,
    )
    assert shell.dialogs.kinds() == ["question"]
    assert main.current_family.ref == "HW-2026-001"
    assert main.list_panel.current_key == main.current_family.key
    main.close()
    assert main.isVisible()
    shell.dialogs.answer = True
    main.list_panel.view.setCurrentIndex(model.index(other, 0))
    qtbot.waitUntil(lambda: main.current_family.ref == "HW-2026-009", timeout=WAIT_MS)
    main.detail.has_unsaved_changes = lambda: False
    main.close()
    assert not main.isVisible()
    assert not session.worker.has_workspace
