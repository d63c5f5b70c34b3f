"""Small families for the agenda, planned-step and retention tests: one mother, a vast
aanspreekpunt and (unless asked not to) an achterwacht from the opening day."""

from __future__ import annotations

from datetime import date
from typing import Any

from veldwerk.domain.model import (
    ContactAssignment,
    Event,
    Family,
    Goal,
    Member,
    NetworkMember,
    Reflection,
)

OPENED = date(2026, 9, 1)


def small_family(
    ref: str,
    *,
    backup: bool = True,
    opened_on: date = OPENED,
    journey: tuple[Event, ...] = (),
    goals: tuple[Goal, ...] = (),
    reflections: tuple[Reflection, ...] = (),
    **details: Any,
) -> Family:
    network = (
        NetworkMember("p1", "professional", "Eva Mulder", profession="social_team"),
        NetworkMember("p2", "professional", "Sven Dijkstra", profession="lvb_support"),
    )
    contacts = [ContactAssignment("primary", "p1", opened_on)]
    if backup:
        contacts.append(ContactAssignment("backup", "p2", opened_on))
    return Family(
        ref=ref,
        name=details.pop("name", f"Gezin {ref}"),
        municipality="Harderwijk",
        status=details.pop("status", "active"),
        opened_on=opened_on,
        members=(Member("m1", "mother", given_name="Anna", family_name="Verbeek"),),
        network=network,
        contacts=tuple(contacts),
        journey=journey,
        goals=goals,
        reflections=reflections,
        **details,
    )


def step(day: date, kind: str = "contact", *, planned: bool = False, title: str = "") -> Event:
    return Event(day, kind, title or f"{kind} {day.isoformat()}", planned=planned)
