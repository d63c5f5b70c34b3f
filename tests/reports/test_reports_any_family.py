"""Random families of every size and shape: both overviews stay one page without overlap."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.pdf import outside, overlapping, page_count, read
from veldwerk.domain import codes
from veldwerk.domain.model import (
    Action,
    ContactAssignment,
    Event,
    Family,
    Goal,
    Member,
    NetworkMember,
)
from veldwerk.reports.family_overview import build_family_overview
from veldwerk.reports.team_overview import build_team_overview

TODAY = date(2026, 10, 5)

words = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz ÄÖÜäöüßıŞşŁłąęễịÀàÉéÇçÑñ-'.\n\t"),
    min_size=0,
    max_size=220,
)
names = words.filter(lambda s: s.strip() != "")
dates = st.dates(min_value=date(2018, 1, 1), max_value=date(2027, 6, 30))
past = st.dates(min_value=date(2018, 1, 1), max_value=TODAY)


def code(kind: str) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted(codes.CODE_LISTS[kind]))


members = st.builds(
    Member,
    id=st.just(""),
    role=code("member_role"),
    given_name=st.none() | names,
    family_name=st.none() | words,
    birth_date=st.none() | past,
    phone=st.none() | words,
)
network = st.builds(
    NetworkMember,
    id=st.just(""),
    kind=code("network_kind"),
    name=names,
    relation=st.none() | words,
    organisation=st.none() | words,
    profession=st.none() | code("profession"),
    phone=st.none() | words,
    email=st.none() | words,
    strength=code("strength"),
)
events = st.builds(
    Event,
    date=dates,
    type=code("event_type"),
    title=words,
    description=st.none() | words,
    barriers=st.lists(code("barrier"), max_size=5).map(tuple),
    enablers=st.lists(code("enabler"), max_size=5).map(tuple),
)
actions = st.builds(
    Action,
    title=words,
    owner=st.none() | words,
    due_on=st.none() | dates,
    status=code("action_status"),
)
goals = st.builds(
    Goal, title=words, status=code("goal_status"), actions=st.lists(actions, max_size=8).map(tuple)
)


@st.composite
def families(draw: st.DrawFn) -> Family:
    people = [
        m.__class__(**{**m.__dict__, "id": f"m{i}"})
        for i, m in enumerate(draw(st.lists(members, min_size=1, max_size=15)))
    ]
    ties = []
    for i, n in enumerate(draw(st.lists(network, max_size=70))):
        mentor = draw(st.sampled_from([p.id for p in people])) if n.kind == "jim" else None
        ties.append(n.__class__(**{**n.__dict__, "id": f"n{i}", "mentor_of": mentor}))
    professionals = [n.id for n in ties if n.kind == "professional"]
    contacts = []
    if professionals:
        contacts.append(ContactAssignment("primary", professionals[0], date(2018, 1, 1)))
    if len(professionals) > 1 and draw(st.booleans()):
        contacts.append(ContactAssignment("backup", professionals[1], date(2018, 1, 1)))
    many = draw(st.integers(min_value=0, max_value=3)) == 0
    journey = draw(st.lists(events, max_size=400 if many else 12))
    return Family(
        ref=draw(names.map(lambda s: s[:40])),
        name=draw(names),
        municipality=draw(words),
        status=draw(st.sampled_from(["active", "closed"])),
        opened_on=draw(past),
        closed_on=draw(st.none() | past),
        due_date=draw(st.none() | dates),
        members=tuple(people),
        network=tuple(ties),
        contacts=tuple(contacts),
        journey=tuple(journey),
        goals=tuple(draw(st.lists(goals, max_size=30))),
    )


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(families(), st.sampled_from(["nl", "en"]))
def test_any_family_fits_one_page_without_overlap(family: Family, lang: str) -> None:
    """Whatever is recorded (any sizes, long and odd names, newlines, tabs, any dates), both
    versions are exactly one page and no two characters overlap or leave the paper."""
    for build, margin in ((build_team_overview, 20), (build_family_overview, 30)):
        pdf = build(family, lang=lang, today=TODAY)
        assert page_count(pdf) == 1
        _, glyphs, size = read(pdf)
        assert overlapping(glyphs) == []
        assert outside(glyphs, size, margin) == []
