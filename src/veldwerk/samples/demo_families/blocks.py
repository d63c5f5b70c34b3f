"""The building blocks of the demo families: dates relative to the demo's `today`, short
constructors for network members, events, plans and contacts, and the (fictional) organisations a
Noord-Veluwe case director works with."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypedDict, Unpack

from veldwerk.domain.model import Action, ContactAssignment, Event, Goal, NetworkMember


# ---- building blocks ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Calendar:
    """Dates relative to the demo's `today`."""

    today: date

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def ahead(self, days: int) -> date:
        return self.today + timedelta(days=days)

    def born(self, years: int, days: int = 0) -> date:
        """A birth date `years` years (leap days counted) and `days` days before today."""
        return self.today - timedelta(days=years * 365 + years // 4 + days)


class _Reach(TypedDict, total=False):
    """How close someone is and how to reach them (what every network member may add)."""

    strength: str
    phone: str | None
    email: str | None


class _Tie(_Reach, total=False):
    """The same, with when the tie began and ended."""

    since: date | None
    until: date | None


def pro(
    nid: str,
    name: str,
    profession: str,
    organisation: str,
    since: date | None,
    until: date | None = None,
    **reach: Unpack[_Reach],
) -> NetworkMember:
    return NetworkMember(
        nid,
        "professional",
        name,
        profession=profession,
        organisation=organisation,
        since=since,
        until=until,
        **reach,
    )


def director(
    nid: str,
    name: str,
    team: str,
    since: date | None,
    until: date | None = None,
    **reach: Unpack[_Reach],
) -> NetworkMember:
    """A case director of a social team (a professional); the tie is strong unless said
    otherwise."""
    reach.setdefault("strength", "strong")
    return pro(nid, name, "social_team", team, since, until, **reach)


def kuipers(nid: str, since: date, phone: str) -> NetworkMember:
    """Jeroen Kuipers, case director at Sociaal Team Elburg (in two of the demo's families)."""
    return director(
        nid, "Jeroen Kuipers", ST_ELBURG, since, phone=phone, email="j.kuipers@example.nl"
    )


def informal(nid: str, name: str, relation: str, **tie: Unpack[_Tie]) -> NetworkMember:
    return NetworkMember(nid, "informal", name, relation=relation, **tie)


def jim(
    nid: str,
    name: str,
    relation: str,
    mentor_of: str,
    since: date,
    until: date | None = None,
    **reach: Unpack[_Reach],
) -> NetworkMember:
    """A JIM (a mentor the young parent chose); the tie is strong unless said otherwise."""
    reach.setdefault("strength", "strong")
    return NetworkMember(
        nid, "jim", name, relation=relation, mentor_of=mentor_of, since=since, until=until, **reach
    )


def ev(
    day: date,
    kind: str,
    title: str,
    description: str | None = None,
    involved: Iterable[str] = (),
    barriers: Iterable[str] = (),
    enablers: Iterable[str] = (),
) -> Event:
    return Event(
        date=day,
        type=kind,
        title=title,
        description=description,
        involved=tuple(involved),
        barriers=tuple(barriers),
        enablers=tuple(enablers),
    )


def journey(*events: Event) -> tuple[Event, ...]:
    """The events by date (stable, so same-day events keep their written order)."""
    return tuple(sorted(events, key=lambda e: e.date))


def goal(title: str, status: str, *actions: Action) -> Goal:
    return Goal(title=title, status=status, actions=actions)


def act(title: str, owner: str | None, due_on: date | None, status: str) -> Action:
    return Action(title=title, owner=owner, due_on=due_on, status=status)


def primary(nid: str, start: date, until: date | None = None) -> ContactAssignment:
    return ContactAssignment(role="primary", network_id=nid, start=start, until=until)


def backup(nid: str, start: date, until: date | None = None) -> ContactAssignment:
    return ContactAssignment(role="backup", network_id=nid, start=start, until=until)


def ref(prefix: str, opened_on: date, number: int) -> str:
    return f"{prefix}-{opened_on.year}-{number:03d}"


# Organisations (fictional, but the kind a Noord-Veluwe case director works with).
ST_HARDERWIJK = "Sociaal Team Harderwijk"
ST_ERMELO = "Sociaal Team Ermelo"
ST_NUNSPEET = "Sociaal Team Nunspeet"
ST_ELBURG = "Sociaal Team Elburg"
ST_PUTTEN = "Sociaal Team Putten"
ST_OLDEBROEK = "Sociaal Team Oldebroek"
ST_HATTEM = "Sociaal Team Hattem"
JGZ = "JGZ Noord-Veluwe"
DE_WIEG = "Verloskundigenpraktijk De Wieg"
HET_NEST = "Verloskundigenpraktijk Het Nest"
KLAPROOS = "Kraamzorg De Klaproos"
MEE = "MEE Veluwe"
DE_LINDE = "LVB-zorg De Linde"
GGZ = "GGZ De Oever"
VEILIG_THUIS = "Veilig Thuis Noord-Veluwe"
JEUGDBESCHERMING = "Jeugdbescherming Gelderland-Noord"
BUDGET = "Budgetcoaching Noord-Veluwe"
WONEN = "Woonstichting Veluwse Erven"
HOSPITAL = "Ziekenhuis Veluwemeer, verloskunde"
ERVARING = "Ervaringsdeskundigen Veluwe"
