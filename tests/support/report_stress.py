"""The stress family of the overview tests: 12 members and 60 network members with
200-character names, 800 events with long descriptions and many barriers, 30 goals with 8
actions each."""

from __future__ import annotations

from datetime import date, timedelta

from support.report_families import SECRET_REFLECTION
from veldwerk.domain.model import (
    Action,
    ContactAssignment,
    Event,
    Family,
    Goal,
    Member,
    NetworkMember,
    Reflection,
)


def _long(text: str, length: int = 200) -> str:
    """`text` repeated up to exactly `length` characters (words kept apart by spaces)."""
    out = text
    while len(out) < length:
        out += " " + text
    return out[:length]


STRENGTHS = ("strong", "normal", "weak", "stressful")
EVENT_TYPES = (
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
    "note",
)
BARRIERS = (
    "waiting_list",
    "fragmented_care",
    "income_debts",
    "housing",
    "distrust_fear",
    "information_sharing",
    "too_many_professionals",
)
ENABLERS = (
    "trusted_relationship",
    "fixed_contact",
    "network_involved",
    "collaboration",
    "practical_support",
    "tailored_approach",
)


def stress_family() -> Family:
    """Everything at once: 12 members and 60 network members with 200-character names, 800
    events with long descriptions and many barriers, 30 goals with 8 actions each."""
    start = date(2022, 1, 10)
    members = tuple(
        Member(
            f"m{i}",
            "child" if i > 2 else ("mother" if i == 1 else "father"),
            _long(f"Voornaam{i}"),
            _long("Achternaamvanditgezin", 200),
            birth_date=(start + timedelta(days=130 * (i - 2))) if i > 2 else date(1995, 3, i),
            phone="06-12345678",
        )
        for i in range(1, 13)
    )
    network = tuple(
        NetworkMember(
            f"n{i}",
            "jim" if i in (1, 2) else ("professional" if i % 3 else "informal"),
            _long(f"Netwerklid {i:02d} met een heel lange naam"),
            relation=_long("buurvrouw van de overkant") if i % 3 == 0 or i in (1, 2) else None,
            mentor_of=f"m{i}" if i in (1, 2) else None,
            organisation=_long("Stichting voor Zorg en Welzijn") if i % 3 and i > 2 else None,
            profession="social_team" if i % 3 and i > 2 else None,
            phone="0341-000000",
            email=_long("iemand.met.een.erg.lang.adres@voorbeeld.example.org", 80),
            strength=STRENGTHS[i % 4],
        )
        for i in range(1, 61)
    )
    journey = tuple(
        Event(
            start + timedelta(days=2 * i),
            EVENT_TYPES[i % len(EVENT_TYPES)],
            _long(f"Gebeurtenis {i:03d} met een lange titel"),
            _long(
                f"Beschrijving {i:03d}: wat er gebeurde, wie er was en wat er is afgesproken.", 1200
            ),
            (f"n{1 + i % 60}",),
            BARRIERS[: 1 + i % len(BARRIERS)],
            ENABLERS[: 1 + i % len(ENABLERS)],
        )
        for i in range(800)
    )
    goals = tuple(
        Goal(
            _long(f"Doel {g:02d}: een doel met een hele lange omschrijving"),
            "open",
            tuple(
                Action(
                    _long(f"Actie {g:02d}.{a} die veel woorden nodig heeft"),
                    _long("Eigenaar met een lange naam"),
                    start + timedelta(days=30 * a + g),
                    ("todo", "doing", "done")[a % 3],
                )
                for a in range(8)
            ),
        )
        for g in range(30)
    )
    return Family(
        ref="X" * 40,
        name=_long("Gezin Met Een Uitzonderlijk Lange Familienaam"),
        municipality=_long("Gemeente met een lange naam"),
        status="active",
        opened_on=start,
        due_date=date(2027, 1, 20),
        members=members,
        network=network,
        contacts=(
            ContactAssignment("primary", "n4", start),
            ContactAssignment("backup", "n5", start),
        ),
        journey=journey,
        goals=goals,
        reflections=tuple(Reflection(start, SECRET_REFLECTION) for _ in range(20)),
    )
