"""Search in everything (issue 14), on real encrypted profiles: every searchable field of a
generated family is found by its own word; the index (FTS5 inside the store, kept by triggers)
stays exactly what a rebuild from the records gives after every kind of edit, an import that
replaces, a team-sync merge and an erasure; an erased family leaves no term in the index's own
pages; case and accents do not matter; no typed text can make a search fail."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.search_index import assert_index_in_step, index_terms
from support.team_profiles import REF, make_profiles
from veldwerk.domain.model import Action, Event, Family, Goal, Member, NetworkMember, Reflection
from veldwerk.interchange.writer import dump_case_file
from veldwerk.samples.synthetic import synthetic_families
from veldwerk.workspace import Workspace

MARK = "SRCHQ"


def found(ws: Workspace, query: str) -> set[tuple[str, str, int]]:
    return {(h.ref, h.kind, h.record_id) for h in ws.search.search(query, limit=500).hits}


def searchable(f: Family) -> list[tuple[str, int, str]]:
    """(kind, record key, value) of every field the issue names as searchable."""
    assert f.key is not None
    out = [("family", f.key, v) for v in (f.ref, f.name, f.municipality)]
    for m in f.members:
        out += [("member", m.key, v) for v in (m.given_name, m.family_name, m.notes) if v]  # type: ignore[misc]
    for n in f.network:
        out += [("network", n.key, v) for v in (n.name, n.relation, n.organisation) if v]  # type: ignore[misc]
    for e in f.journey:
        out += [("event", e.key, v) for v in (e.title, e.description) if v]  # type: ignore[misc]
    for g in f.goals:
        out.append(("goal", g.key, g.title))  # type: ignore[arg-type]
        for a in g.actions:
            out += [("action", a.key, v) for v in (a.title, a.owner) if v]  # type: ignore[misc]
    out += [("reflection", r.key, r.text) for r in f.reflections]  # type: ignore[misc]
    return out


def test_every_searchable_field_is_found_by_its_own_word(workspace: Workspace) -> None:
    """Two generated families whose every text holds its own marked word: searching that word
    (in lower case) finds exactly the record it belongs to, of the right kind, with the word
    highlighted in the snippet. All seven kinds of record are among them."""
    ws = workspace
    ws.families.import_families(synthetic_families(2, 8, 44, marker=MARK))
    kinds = set()
    for summary in ws.families.list():
        family = ws.families.get(summary.ref)
        for kind, key, value in searchable(family):
            for word in re.findall(MARK + r"\d{6}", value):
                hits = ws.search.search(word.lower()).hits
                assert [(h.ref, h.kind, h.record_id) for h in hits] == [(family.ref, kind, key)], (
                    kind,
                    value,
                )
                assert (word, True) in hits[0].snippet
                kinds.add(kind)
    assert kinds == {"family", "member", "network", "event", "goal", "action", "reflection"}
    assert_index_in_step(ws)


def test_the_index_stays_in_step_after_every_kind_of_edit(example_workspace: Workspace) -> None:
    """Add, edit and delete of each kind of record, the family's own details, an import that
    replaces a family: after each, the new word is found, the old one is not, and the index is
    what a rebuild would make."""
    ws = example_workspace
    ref = ws.families.list()[0].ref
    steps = [
        (Member("m90", "child", given_name="Zwanhilde"), "save_member", "delete_member",
         lambda r: replace(r, given_name="Zwanette")),
        (NetworkMember("n90", "informal", "Kuipersma", organisation="Voedselbank Oost"),
         "save_network_member", "delete_network_member",
         lambda r: replace(r, organisation="Kledingbank Oost")),
        (Event(date(2026, 3, 2), "note", "Wachtlijstgesprek", "Over de zwemles"),
         "save_event", "delete_event", lambda r: replace(r, description="Over de tandarts")),
        (Goal("Fietsles", actions=(Action("Fiets regelen", owner="Oom Gijsbert"),)),
         "save_goal", "delete_goal",
         lambda r: replace(r, actions=(replace(r.actions[0], owner="Tante Gerdien"),))),
        (Reflection(date(2026, 3, 3), "Groeiende veerkracht"), "save_reflection",
         "delete_reflection", lambda r: replace(r, text="Krimpende veerkracht")),
    ]  # fmt: skip
    for record, save, delete, edit in steps:
        before = {r.key for r in _records(ws.families.get(ref), record)}
        family = getattr(ws.families, save)(ref, record)
        (added,) = [r for r in _records(family, record) if r.key not in before]
        old_words = _words(ws, ref)
        new = edit(added)
        family = getattr(ws.families, save)(ref, new)
        gone = old_words - _words(ws, ref)
        assert gone, save
        for word in gone:
            assert not found(ws, word), word
        assert_index_in_step(ws)
        getattr(ws.families, delete)(ref, added.key)
        assert_index_in_step(ws)
    ws.families.update_details(ref, name="Gezin Zandvoort", municipality="Utrecht")
    assert {h[0] for h in found(ws, "utrecht")} == {ref}
    assert {h[0] for h in found(ws, "zandvoort")} == {ref}
    assert_index_in_step(ws)


def _records(family: Family, like: object) -> list:  # type: ignore[type-arg]
    lists = {
        Member: family.members,
        NetworkMember: family.network,
        Event: family.journey,
        Goal: family.goals,
        Reflection: family.reflections,
    }
    return list(lists[type(like)])


def _words(ws: Workspace, ref: str) -> set[str]:
    """The indexed words of one family (from the rebuilt rows' texts)."""
    rows = assert_index_in_step(ws)
    key = ws.families.get(ref).key
    text = " ".join(f"{r[4]} {r[5]}" for r in rows if r[1] == key)
    return {w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)}


def test_an_import_that_replaces_keeps_the_index_right(
    example_workspace: Workspace, tmp_path: Path
) -> None:
    """`import --replace` of a family with a changed journey: the replaced family's old step is
    no longer found, the new one is, and the index is what a rebuild would make."""
    ws = example_workspace
    family = ws.families.get(ws.families.list()[0].ref)
    changed = replace(
        family,
        key=None,
        journey=(Event(date(2026, 2, 1), "note", "Speeltuinoverleg"),),
    )
    path = tmp_path / "replace.json"
    path.write_bytes(dump_case_file([changed]))
    old_title = family.journey[0].title.split()[0]
    assert any(h[1] == "event" for h in found(ws, old_title))
    ws.families.import_file(path, replace_existing=True)
    assert [h[:2] for h in found(ws, "speeltuinoverleg")] == [(family.ref, "event")]
    assert all(h[0] != family.ref or h[1] != "event" for h in found(ws, old_title))
    assert_index_in_step(ws)


def test_a_team_sync_merge_keeps_the_index_right(tmp_path: Path) -> None:
    """A journey step added by a colleague on a shared family arrives through a sync and is
    found in the receiving profile; both indexes are what a rebuild would make."""
    for team in make_profiles(tmp_path):
        a, b = team["a"], team["b"]
        a.team.share(REF, "Ahmed El Amrani")
        team.sync("a", "b")
        b.families.save_event(REF, Event(date(2026, 11, 20), "note", "Zwembadbezoek gepland"))
        team.sync("b", "a")
        assert [h[:2] for h in found(a, "zwembad")] == [(REF, "event")]
        assert_index_in_step(a)
        assert_index_in_step(b)


def test_after_erasure_no_search_and_no_index_page_knows_the_family(workspace: Workspace) -> None:
    """After erasing a marked family, no search finds any of its words, and none of its terms is
    left in the index's b-tree (fts5vocab over the shadow tables), while the other family's
    terms are; the index is what a rebuild would make."""
    ws = workspace
    gone = synthetic_families(1, 10, 11, marker="ERAZQX")[0]
    kept = synthetic_families(1, 10, 12, marker="KEPTQB")[0]
    ws.families.import_families([gone, kept])
    assert any(t.startswith("erazqx") for t in index_terms(ws))
    assert found(ws, "erazqx")
    ws.families.erase(gone.ref)
    assert not found(ws, "erazqx")
    terms = index_terms(ws)
    assert not [t for t in terms if "erazqx" in t]
    assert [t for t in terms if t.startswith("keptqb")]
    assert_index_in_step(ws)


def test_case_and_accents_do_not_matter(example_workspace: Workspace) -> None:
    """ "Çelik" is found by "celik", "CELIK" and "çel"; "Ouédraogo" by "ouedraogo"."""
    ws = example_workspace
    ref = ws.families.list()[0].ref
    ws.families.save_member(ref, Member("m91", "father", given_name="Emre", family_name="Çelik"))
    ws.families.save_network_member(ref, NetworkMember("n91", "informal", "Awa Ouédraogo"))
    for query in ("celik", "CELIK", "çel", "Celik emre"):
        assert {(h[0], h[1]) for h in found(ws, query)} == {(ref, "member")}, query
    assert {(h[0], h[1]) for h in found(ws, "ouedraogo")} == {(ref, "network")}


NASTY = [
    '"',
    '"""',
    "*",
    "wacht*",
    "NEAR",
    "NEAR(a b)",
    "a NEAR/2 b",
    "-sanne",
    "sanne -",
    "(",
    "())",
    "AND OR NOT",
    "title:sanne",
    "^sanne",
    "{title}: x",
    "\x00\x01\x1b[31m",
    "sanne\x00",
    "\u202esanne",
    "x" * 30_000_000,
    "sanne " * 5_000_000,
]


@pytest.mark.parametrize("typed", NASTY, ids=range(len(NASTY)))
def test_fts_syntax_in_what_is_typed_never_fails(example_workspace: Workspace, typed: str) -> None:
    """Quotes, `*`, NEAR, `-`, parentheses, column filters, control characters and a 30 MB
    string: the search answers (hits or none) and, where it could not search what was typed,
    says why with a known note."""
    outcome = example_workspace.search.search(typed)
    assert outcome.note in (None, "search.no_words", "search.shortened")
    if len(typed) > 1000:
        assert outcome.note == "search.shortened"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_any_text_can_be_searched(example_workspace: Workspace, typed: str) -> None:
    """Whatever is typed, the search answers without an error."""
    example_workspace.search.search(typed)
