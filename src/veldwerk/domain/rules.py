"""The family rules of the case file (spec/case-file.md): the one place the services call for
every edit and the importer calls for every family.

Each rule is one named function returning the problems it finds, each with its place relative to
the family in the spec's own words and in the order of the tuples of the `Family` given
(``members[0].birth_date``, ``contacts[1].from``, ``journey[3].involved[0]``,
``plan.goals[0].actions[1].status``). `validate_family` runs them all. The rules of every text
(length, forbidden characters) are `text_rules.check_text_fields`, run here like the others.

`RULES` lists every rule with the parts of the family it needs complete and sound (`needs`): a
rule that compares records or fields (a reference to a member, "exactly one current primary")
would report false problems when some of those records could not be read, so the importer skips
such a rule for a family that already has a problem there. Rules without needs look at each
record on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from veldwerk.domain import codes
from veldwerk.domain.closing import check_closing_fields
from veldwerk.domain.contacts import (
    check_active_has_primary,
    check_contact_is_professional,
    check_contact_network_known,
    check_contact_overlaps,
    check_primary_not_backup,
    contacts_history,
    current_contact,
    lacks_current_backup,
)
from veldwerk.domain.dates import (
    check_birth_not_in_future,
    check_closed_not_before_opened,
    check_closed_on_required,
    check_dates_in_range,
    check_period_order,
    check_unborn_child_dates,
)
from veldwerk.domain.errors import Problem
from veldwerk.domain.jim import (
    active_jim_of,
    check_jim_mentor,
    check_mentor_is_member,
    check_one_active_jim_per_member,
    is_active_jim,
)
from veldwerk.domain.model import FAMILY_DETAILS, Family
from veldwerk.domain.planned import check_future_steps_planned, check_planned_without_experience
from veldwerk.domain.text_rules import REF_MAX, check_text_fields

__all__ = [
    "FAMILY_FIELDS",
    "REF_MAX_LENGTH",
    "RULES",
    "Rule",
    "active_jim_of",
    "check_active_has_primary",
    "check_birth_not_in_future",
    "check_closed_not_before_opened",
    "check_closed_on",
    "check_closed_on_required",
    "check_codes_known",
    "check_contact_is_professional",
    "check_contact_network_known",
    "check_contact_overlaps",
    "check_dates_in_range",
    "check_event_references",
    "check_future_steps_planned",
    "check_has_members",
    "check_ids_not_blank",
    "check_involved_unique",
    "check_jim_mentor",
    "check_member_ids_unique",
    "check_mentor_is_member",
    "check_network_ids_unique",
    "check_no_duplicate_codes",
    "check_one_active_jim_per_member",
    "check_period_order",
    "check_planned_without_experience",
    "check_primary_not_backup",
    "check_profession_for_professionals",
    "check_ref_length",
    "check_refs_unique",
    "check_text_fields",
    "check_unborn_child_dates",
    "contacts_history",
    "current_contact",
    "is_active_jim",
    "lacks_current_backup",
    "run_rules",
    "validate_family",
]

REF_MIN_LENGTH = 1
REF_MAX_LENGTH = REF_MAX


def check_ref_length(family: Family) -> list[Problem]:
    """The family's `ref` is 1 to 40 characters long."""
    if REF_MIN_LENGTH <= len(family.ref) <= REF_MAX_LENGTH:
        return []
    return [Problem("ref", "rule.ref_length", {"min": REF_MIN_LENGTH, "max": REF_MAX_LENGTH})]


def check_closed_on(family: Family) -> list[Problem]:
    """Both `closed_on` rules at once (required when closed; not before `opened_on`), for callers
    that edit the closing date; `RULES` runs the two separately."""
    return [*check_closed_on_required(family), *check_closed_not_before_opened(family)]


def check_refs_unique(
    families: Sequence[Family], positions: Sequence[int] | None = None
) -> list[Problem]:
    """Every family's `ref` differs from the others' (in one file, or one import). Places are
    ``families[i].ref`` with i the family's position, or `positions[i]` when given."""
    seen: set[str] = set()
    problems: list[Problem] = []
    for i, family in enumerate(families):
        position = positions[i] if positions is not None else i
        if family.ref in seen:
            problems.append(Problem(f"families[{position}].ref", "rule.ref_duplicate"))
        seen.add(family.ref)
    return problems


def check_has_members(family: Family) -> list[Problem]:
    """A family has at least one member (spec: members, "at least one")."""
    return [] if family.members else [Problem("members", "rule.no_members")]


def check_ids_not_blank(family: Family) -> list[Problem]:
    """Members and network members have a non-blank `id` (other records refer to it)."""
    problems = [
        Problem(f"members[{i}].id", "rule.id_blank")
        for i, m in enumerate(family.members)
        if not m.id.strip()
    ]
    problems.extend(
        Problem(f"network[{i}].id", "rule.id_blank")
        for i, n in enumerate(family.network)
        if not n.id.strip()
    )
    return problems


def _repeats(values: Iterable[str]) -> list[int]:
    """Positions of values that already occurred earlier."""
    seen: set[str] = set()
    repeats: list[int] = []
    for i, value in enumerate(values):
        if value in seen:
            repeats.append(i)
        seen.add(value)
    return repeats


def check_member_ids_unique(family: Family) -> list[Problem]:
    """Member ids are unique within the family; every repeat is refused."""
    return [
        Problem(f"members[{i}].id", "rule.member_id_duplicate")
        for i in _repeats(m.id for m in family.members)
    ]


def check_network_ids_unique(family: Family) -> list[Problem]:
    """Network member ids are unique within the family; every repeat is refused."""
    return [
        Problem(f"network[{i}].id", "rule.network_id_duplicate")
        for i in _repeats(n.id for n in family.network)
    ]


def _coded_values(family: Family) -> Iterable[tuple[str, str, str]]:
    """(place, code list, value) of every coded field, in case-file order."""
    yield "status", "family_status", family.status
    if family.closing_reason is not None:
        yield "closing_reason", "closing_reason", family.closing_reason
    for k, v in enumerate(family.vulnerabilities):
        yield f"vulnerabilities[{k}]", "vulnerability", v
    yield "learning_consent", "consent", family.learning_consent
    for i, m in enumerate(family.members):
        yield f"members[{i}].role", "member_role", m.role
    for i, n in enumerate(family.network):
        yield f"network[{i}].kind", "network_kind", n.kind
        if n.profession is not None:
            yield f"network[{i}].profession", "profession", n.profession
        yield f"network[{i}].strength", "strength", n.strength
    for i, c in enumerate(family.contacts):
        yield f"contacts[{i}].role", "contact_role", c.role
        if c.reason is not None:
            yield f"contacts[{i}].reason", "handover_reason", c.reason
    for i, e in enumerate(family.journey):
        yield f"journey[{i}].type", "event_type", e.type
        for k, v in enumerate(e.barriers):
            yield f"journey[{i}].barriers[{k}]", "barrier", v
        for k, v in enumerate(e.enablers):
            yield f"journey[{i}].enablers[{k}]", "enabler", v
    for g, goal in enumerate(family.goals):
        yield f"plan.goals[{g}].status", "goal_status", goal.status
        for a, action in enumerate(goal.actions):
            yield f"plan.goals[{g}].actions[{a}].status", "action_status", action.status


def choices(kind: str) -> str:
    """The codes of a code list, for a message: ``"active, closed"``."""
    return ", ".join(codes.CODE_LISTS[kind])


def check_codes_known(family: Family) -> list[Problem]:
    """Every coded field holds a code of its code list (`domain.codes`)."""
    return [
        Problem(place, "rule.unknown_code", {"choices": choices(kind)})
        for place, kind, value in _coded_values(family)
        if value not in codes.CODE_LISTS[kind]
    ]


def check_no_duplicate_codes(family: Family) -> list[Problem]:
    """No code is listed twice in `vulnerabilities`, or in an event's `barriers` or `enablers`."""
    problems = [
        Problem(f"vulnerabilities[{k}]", "rule.duplicate_code")
        for k in _repeats(family.vulnerabilities)
    ]
    for i, e in enumerate(family.journey):
        problems.extend(
            Problem(f"journey[{i}].barriers[{k}]", "rule.duplicate_code")
            for k in _repeats(e.barriers)
        )
        problems.extend(
            Problem(f"journey[{i}].enablers[{k}]", "rule.duplicate_code")
            for k in _repeats(e.enablers)
        )
    return problems


def check_involved_unique(family: Family) -> list[Problem]:
    """An event lists each involved network member once."""
    return [
        Problem(f"journey[{i}].involved[{k}]", "rule.involved_duplicate")
        for i, e in enumerate(family.journey)
        for k in _repeats(e.involved)
    ]


def check_event_references(family: Family) -> list[Problem]:
    """Every id in an event's `involved` is the id of a network member of this family."""
    network_ids = {n.id for n in family.network}
    return [
        Problem(f"journey[{i}].involved[{k}]", "rule.network_unknown")
        for i, e in enumerate(family.journey)
        for k, network_id in enumerate(e.involved)
        if network_id not in network_ids
    ]


def check_profession_for_professionals(family: Family) -> list[Problem]:
    """A `professional` has a `profession`."""
    return [
        Problem(f"network[{i}].profession", "rule.profession_required")
        for i, n in enumerate(family.network)
        if n.kind == "professional" and n.profession is None
    ]


RuleCheck = Callable[[Family, date], list[Problem]]


@dataclass(frozen=True)
class Rule:
    """One rule: its name (the function's), how to run it, and the parts of the family it needs
    complete and sound: family fields by their case-file name (``status``, ``members``, ...)."""

    name: str
    check: RuleCheck
    needs: frozenset[str]


def _undated(fn: Callable[[Family], list[Problem]], *needs: str) -> Rule:
    return Rule(fn.__name__, lambda family, _today: fn(family), frozenset(needs))


def _dated(fn: RuleCheck, *needs: str) -> Rule:
    return Rule(fn.__name__, fn, frozenset(needs))


RULES: tuple[Rule, ...] = (
    _undated(check_text_fields),
    _undated(check_ref_length, "ref"),
    _undated(check_closed_on_required, "status", "closed_on"),
    _undated(check_closed_not_before_opened, "opened_on", "closed_on"),
    _undated(check_codes_known),
    _undated(check_no_duplicate_codes),
    _undated(check_dates_in_range),
    _undated(check_has_members, "members"),
    _undated(check_ids_not_blank),
    _undated(check_member_ids_unique),
    _dated(check_birth_not_in_future),
    _undated(check_unborn_child_dates),
    _undated(check_network_ids_unique),
    _undated(check_profession_for_professionals),
    _undated(check_jim_mentor),
    _undated(check_mentor_is_member, "members"),
    _dated(check_one_active_jim_per_member),
    _undated(check_period_order),
    _undated(check_contact_network_known, "network"),
    _undated(check_contact_is_professional),
    _undated(check_contact_overlaps),
    _undated(check_primary_not_backup),
    _dated(check_active_has_primary, "status", "contacts"),
    _undated(check_closing_fields),
    _undated(check_event_references, "network"),
    _undated(check_involved_unique),
    _dated(check_future_steps_planned),
    _undated(check_planned_without_experience),
)

FAMILY_FIELDS: tuple[str, ...] = (
    *FAMILY_DETAILS,
    "members",
    "network",
    "contacts",
    "journey",
    "plan",
    "reflections",
)
"""The family's fields in case-file order."""

_FIELD_ORDER: Mapping[str, int] = {name: i for i, name in enumerate(FAMILY_FIELDS)}


def _place_order(place: str) -> tuple[int, int]:
    """Case-file order of a place: the family field, then the record's position."""
    head = place.split(".", 1)[0].split("[", 1)[0]
    position = 0
    if place.startswith("plan.goals["):
        position = int(place[len("plan.goals[") : place.index("]")])
    elif "[" in place.split(".", 1)[0]:
        position = int(place[place.index("[") + 1 : place.index("]")])
    return _FIELD_ORDER.get(head, len(_FIELD_ORDER)), position


def run_rules(family: Family, today: date, *, unsound: Collection[str] = ()) -> list[Problem]:
    """The problems of every rule that does not need a part named in `unsound`, in case-file
    order (by family field and record; within a record, by rule)."""
    skip = frozenset(unsound)
    problems = [
        problem
        for rule in RULES
        if not (rule.needs & skip)
        for problem in rule.check(family, today)
    ]
    problems.sort(key=lambda p: _place_order(p.field))
    return problems


def validate_family(family: Family, today: date) -> list[Problem]:
    """Every problem of the family by every rule of the case file; empty when it is valid."""
    return run_rules(family, today)
