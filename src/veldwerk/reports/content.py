"""What of a family the overviews show: the current contacts, the open plan and the journey's
latest steps, each chosen on the day the page is printed (the current network, in the eco-map's
order: `domain.ecomap_spec.ordered_network`)."""

from __future__ import annotations

from datetime import date

from veldwerk.domain import rules
from veldwerk.domain.model import Action, Event, Family, Goal, NetworkMember


def contact_person(family: Family, role: str, day: date) -> NetworkMember | None:
    """The vaste aanspreekpunt (`primary`) or achterwacht (`backup`) on `day`, or None."""
    assignment = rules.current_contact(family, role, day)
    if assignment is None:
        return None
    return family.network_member(assignment.network_id)


def current_jims(family: Family, day: date) -> list[NetworkMember]:
    """The JIMs active on `day` (by the domain's JIM rule)."""
    return [n for n in family.network if rules.is_active_jim(n, day)]


def open_goals(family: Family) -> list[Goal]:
    """The goals still being worked on."""
    return [g for g in family.goals if g.status == "open"]


def open_actions(goal: Goal) -> list[Action]:
    """The actions of a goal that are not done."""
    return [a for a in goal.actions if a.status != "done"]


def plan_actions(family: Family) -> list[Action]:
    """Every open action of every open goal, soonest due first (undated ones last)."""
    actions = [a for g in open_goals(family) for a in open_actions(g)]
    return sorted(actions, key=lambda a: (a.due_on is None, a.due_on or date.min))


def recent_events(family: Family, day: date) -> list[Event]:
    """The journey up to `day`, newest first (same-day events: the last recorded first)."""
    past = [(e.date, i, e) for i, e in enumerate(family.journey) if e.date <= day]
    return [e for _, _, e in sorted(past, key=lambda t: (t[0], t[1]), reverse=True)]


def _name_says_relation(person: NetworkMember) -> bool:
    """True when the name holds the relation's words ("Tante Ans", relation "tante")."""
    wanted = (person.relation or "").casefold().split()
    words = [w.strip(".,;:()").casefold() for w in person.name.split()]
    n = len(wanted)
    return n > 0 and any(words[i : i + n] == wanted for i in range(len(words) - n + 1))


def relation_note(person: NetworkMember) -> str:
    """The relation printed beside a person's name ("tante"), or "" when there is none or the
    name already says it: "Tante Ans" with relation "tante" is printed once, not as
    "Tante Ans (tante)"."""
    if _name_says_relation(person):
        return ""
    return " ".join((person.relation or "").split())


def called(person: NetworkMember) -> str:
    """How a family says a person's name: the first word ("Femke" for "Femke Jansen"), or the
    whole name when it holds the relation ("Tante Ans", never just "Tante")."""
    return person.name.strip() if _name_says_relation(person) else first_name(person.name)


def first_name(name: str) -> str:
    """The first word of a name, as a family says it ("Femke" for "Femke Jansen")."""
    parts = name.split()
    return parts[0] if parts else name
