"""The demo families and the throwaway demo profile behind ``veldwerk --demo``."""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import fields, is_dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veldwerk.domain import clock, phases, rules
from veldwerk.domain.contacts import current_contact, lacks_current_backup
from veldwerk.domain.errors import DomainError
from veldwerk.domain.jim import active_jim_of
from veldwerk.domain.model import Family
from veldwerk.interchange import reader, writer
from veldwerk.samples.demo import (
    DEMO_FOLDER_PREFIX,
    DEMO_PASSPHRASE,
    DEMO_REGION,
    demo_families,
    open_demo,
)
from veldwerk.store import keys
from veldwerk.store.profile import ProfilePaths
from veldwerk.workspace import Workspace

DAYS = (
    date(2024, 2, 29),
    date(2025, 1, 1),
    date(2026, 12, 31),
    date(2031, 7, 15),
)


@pytest.fixture
def private_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Demo folders go into this test's own folder, so other tests' leftovers do not count."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def _dates(obj: Any) -> list[date]:
    """Every date anywhere in a (nested) frozen dataclass."""
    found: list[date] = []
    if isinstance(obj, date):
        found.append(obj)
    elif isinstance(obj, tuple):
        for item in obj:
            found += _dates(item)
    elif is_dataclass(obj):
        for f in fields(obj):
            found += _dates(getattr(obj, f.name))
    return found


def _document(families: list[Family]) -> Any:
    return json.loads(writer.dump_case_file(sorted(families, key=lambda f: f.ref)))


# ---- the families ------------------------------------------------------------------------------
@pytest.mark.parametrize("today", (*DAYS, clock.today()))
def test_every_demo_family_passes_the_rules(today: date) -> None:
    """Every demo family is valid by the case-file rules on the day it is made for (leap day,
    year ends and the real today included), and refs are unique: a broken demo would fail to
    import and the user would see nothing."""
    families = demo_families(today)
    for family in families:
        assert rules.validate_family(family, today) == [], family.ref
    assert rules.check_refs_unique(families) == []


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2150, 12, 31)))
def test_demo_families_are_valid_on_any_day(today: date) -> None:
    """The rules hold on any day, not just on a few hand-picked ones."""
    for family in demo_families(today):
        assert rules.validate_family(family, today) == [], family.ref


def test_demo_families_are_deterministic_and_move_with_today() -> None:
    """The same day gives the same families, and a later day shifts every date by exactly the
    difference: the demo always looks current and never ages."""
    today = date(2026, 5, 4)
    assert demo_families(today) == demo_families(today)
    shift = timedelta(days=400)
    earlier = [_dates(f) for f in demo_families(today)]
    later = [_dates(f) for f in demo_families(today + shift)]
    assert later == [[d + shift for d in ds] for ds in earlier]


def test_about_a_dozen_families_in_every_phase_with_one_closed() -> None:
    """The demo shows every phase of the first 1000 days (and one family just past them), one
    closed family, and exactly one active family without an achterwacht (the list warning)."""
    today = date(2026, 5, 4)
    families = demo_families(today)
    assert 10 <= len(families) <= 14
    active = [f for f in families if f.status == "active"]
    assert len([f for f in families if f.status == "closed"]) == 1
    assert {phases.current_phase(f, today) for f in active} == {
        "wish",
        "pregnancy",
        "first_year",
        "second_year",
        "later",
    }
    later = [f for f in active if phases.current_phase(f, today) == "later"]
    (birth,) = (b for f in later for b in phases.timeline_of(f).anchors)
    assert (
        timedelta(days=1000)
        < today - birth + timedelta(days=phases.PREGNANCY_DAYS)
        < timedelta(days=1100)
    )
    assert [f.name for f in active if lacks_current_backup(f, today)] == ["Gezin Wąsik"]
    for f in active:
        assert current_contact(f, "primary", today) is not None


def test_the_situations_a_new_user_should_see() -> None:
    """The demo holds the situations the app is for: a parent under 18, LVB, a JIM for a young
    parent, stressful ties, handovers after a contact change, an eviction threat, a report of
    domestic violence, waiting lists, plans with open and overdue actions, shared and private
    reflections, and every kind of learning consent."""
    today = date(2026, 5, 4)
    families = demo_families(today)

    def age(born: date) -> float:
        return (today - born).days / 365.25

    parents = [m for f in families for m in f.members if m.role in ("mother", "father")]
    assert any(m.birth_date is not None and age(m.birth_date) < 18 for m in parents)
    assert sum("lvb" in f.vulnerabilities for f in families) >= 3
    assert sum("young_parent" in f.vulnerabilities for f in families) >= 4
    jim_families = [f for f in families if any(n.kind == "jim" for n in f.network)]
    assert len(jim_families) >= 3
    for f in jim_families:
        for n in f.network:
            if n.kind == "jim":
                mentee = f.member(n.mentor_of or "")
                assert mentee is not None and "young_parent" in f.vulnerabilities
    assert any(active_jim_of(f, "m1", today) is not None for f in jim_families)
    assert any(n.strength == "stressful" for f in families for n in f.network)
    assert {n.relation for f in families for n in f.network if n.kind == "informal"} >= {
        "buurman",
        "buurvrouw",
        "vriendin",
    }
    professions = {n.profession for f in families for n in f.network if n.profession}
    assert len(professions) >= 12

    events = [e for f in families for e in f.journey]
    assert {e.type for e in events} >= {
        "signal",
        "intake",
        "contact",
        "referral",
        "intervention_start",
        "intervention_end",
        "crisis",
        "milestone",
        "evaluation",
        "case_review",
        "handover",
        "closure",
        "note",
    }
    titles = " ".join(e.title.lower() for e in events)
    assert "huisuitzetting" in titles and "veilig thuis" in titles
    assert sum("waiting_list" in e.barriers for e in events) >= 6
    assert len({b for e in events for b in e.barriers}) >= 12
    assert len({x for e in events for x in e.enablers}) >= 10
    for f in families:  # every change of contact person is in the journey as a handover
        changes = {c.until for c in f.contacts if c.until is not None and c.until != f.closed_on}
        handovers = {e.date for e in f.journey if e.type == "handover"}
        assert changes <= handovers, f.ref
    assert sum(1 for f in families for e in f.journey if e.type == "handover") >= 4

    actions = [a for f in families for g in f.goals for a in g.actions]
    assert {a.status for a in actions} == {"todo", "doing", "done"}
    assert {g.status for f in families for g in f.goals} == {"open", "achieved", "dropped"}
    assert any(a.status != "done" and a.due_on is not None and a.due_on < today for a in actions)
    shares = {r.share_for_learning for f in families for r in f.reflections}
    assert shares == {True, False}
    assert {f.learning_consent for f in families} == {"granted", "refused", "unknown"}


def test_names_from_many_backgrounds_with_unicode() -> None:
    """Names come from the many backgrounds of Dutch towns, spelled properly (Turkish, Polish,
    Vietnamese diacritics): the app, the search and the reports must show them as typed."""
    families = demo_families(date(2026, 5, 4))
    names = {m.display_name for f in families for m in f.members}
    names |= {n.name for f in families for n in f.network}
    for expected in ("Şükrü Öztürk", "Łukasz Wąsik", "Zoë Ağaoğlu", "Nguyễn Thị Lan"):
        assert expected in names
    notes = " ".join(m.notes or "" for f in families for m in f.members)
    assert "Nguyễn Thị Hà" in notes


def test_contact_details_are_obviously_fictional() -> None:
    """Phone numbers are 06-1234xxxx and e-mail addresses end in @example.nl, so nobody real is
    ever called or mailed from the demo."""
    families = demo_families(date(2026, 5, 4))
    phones = [
        p
        for f in families
        for p in [*(m.phone for m in f.members), *(n.phone for n in f.network)]
        if p
    ]
    emails = [
        e
        for f in families
        for e in [*(m.email for m in f.members), *(n.email for n in f.network)]
        if e
    ]
    assert phones and emails
    assert all(re.fullmatch(r"06-1234\d{4}", p) for p in phones), phones
    assert all(e.endswith("@example.nl") for e in emails), emails


def test_nothing_is_dated_after_today_but_plans_and_due_dates() -> None:
    """Only what lies ahead by nature (due dates, expected births, action deadlines) is after
    today; journey, contacts, network and reflections are the past."""
    today = date(2026, 5, 4)
    for f in demo_families(today):
        past = [
            f.opened_on,
            *(e.date for e in f.journey),
            *(r.date for r in f.reflections),
            *(c.start for c in f.contacts),
            *(c.until for c in f.contacts if c.until),
            *(n.since for n in f.network if n.since),
            *(n.until for n in f.network if n.until),
            *(m.birth_date for m in f.members if m.birth_date),
        ]
        assert max(past) <= today, f.ref


def test_shared_reflections_name_nobody() -> None:
    """Reflections shared for learning are written without the family's names, as a case
    director should (the scrubber is a second line, not the first)."""
    for f in demo_families(date(2026, 5, 4)):
        names = {w for m in f.members for w in (m.given_name or "", m.family_name or "") if w}
        names |= {w for n in f.network for w in n.name.split() if len(w) > 3}
        for r in f.reflections:
            if r.share_for_learning:
                words = set(re.findall(r"\w+", r.text))
                assert not words & names, (f.ref, words & names)


def test_demo_families_round_trip_through_the_case_file() -> None:
    """The demo is valid in the binding case-file format too (schema and rules), so it can be
    exported and imported like any other data."""
    today = date(2026, 5, 4)
    families = demo_families(today)
    assert reader.parse_case_file(writer.dump_case_file(families), today) == families


# ---- the demo profile --------------------------------------------------------------------------
def test_demo_workspace_opens_full_and_is_removed_by_its_cleanup(private_tmp: Path) -> None:
    """``veldwerk --demo`` gets an ordinary open workspace in a new temporary folder with every
    demo family, region "Noord-Veluwe demo" and no language chosen; the demo's cleanup closes
    it and removes the folder, so no demo data is left on disk."""
    demo = open_demo()
    ws = demo.workspace
    try:
        root = ws.paths.root
        assert type(ws) is Workspace
        assert demo.folder == root
        assert root.parent == private_tmp and root.name.startswith(DEMO_FOLDER_PREFIX)
        assert ProfilePaths(root).exists()
        rows = ws.families.list()
        assert len(rows) == len(demo_families(clock.today())) == 12
        assert sum(r.missing_backup for r in rows) == 1
        assert ws.config.get("region") == DEMO_REGION
        assert ws.config.get("language") is None
        assert _document(ws.families.all()) == _document(demo_families(clock.today()))
        assert ws.families.list(query="ozturk")[0].name == "Gezin Öztürk"
    finally:
        demo.cleanup()
    assert not ws.data_key  # closed: the key is dropped
    assert not root.exists()
    assert list(private_tmp.iterdir()) == []
    demo.cleanup()  # a second cleanup does no harm


def test_demo_cleanup_after_the_workspace_was_closed(private_tmp: Path) -> None:
    """The app closes the demo's workspace first (on its database thread) and cleans up after:
    closing alone leaves the folder, the cleanup then removes it."""
    demo = open_demo()
    demo.workspace.close()
    assert demo.folder.exists()
    demo.cleanup()
    assert list(private_tmp.iterdir()) == []


def test_demo_workspace_as_context_manager_and_with_a_fixed_day(
    private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fixed VELDWERK_TODAY (for screenshots and tests) gives the same demo as passing that
    day; leaving the `with` block (which gives the workspace) also removes the folder."""
    monkeypatch.setenv("VELDWERK_TODAY", "2026-05-04")
    day = date(2026, 5, 4)
    with open_demo(day) as ws:
        root = ws.paths.root
        assert _document(ws.families.all()) == _document(demo_families(day))
        phases_listed = {r.phase for r in ws.families.list(status="active")}
        assert phases_listed == {"wish", "pregnancy", "first_year", "second_year", "later"}
    assert not root.exists()


def test_demo_workspace_on_an_earlier_day(private_tmp: Path) -> None:
    """A demo made for a day in the past still imports (nothing is in the future then)."""
    with open_demo(clock.today() - timedelta(days=365)) as ws:
        assert ws.families.count() == 12


def test_failed_demo_leaves_no_folder(private_tmp: Path) -> None:
    """When the demo cannot be filled (a day after today puts births in the future), the error
    is a clear DomainError and no half-made profile stays behind."""
    with pytest.raises(DomainError):
        open_demo(clock.today() + timedelta(days=3000))
    assert list(private_tmp.iterdir()) == []


def test_demo_profile_unlocks_with_the_published_passphrase(private_tmp: Path) -> None:
    """The demo profile is a normal profile: its key file opens with the published demo
    passphrase (so a demo can show the lock screen) and gives the data key in use."""
    with open_demo() as ws:
        assert keys.unlock_with_passphrase(ws.paths.key_file, DEMO_PASSPHRASE) == ws.data_key
