"""The pseudonymised learning record of one family: a function of the family, the profile's
region and approvals, and the export's month, under a fresh random pseudonym.

A record holds codes, counts, quarters and 4-week bands, never a name, an address, a phone
number, an e-mail, an exact date, a municipality, an organisation, a ref, an internal id, a note,
an event title or description. Its only free text is reflections that were marked for sharing AND
whose scrubbed text the user approved in the preview. Every field is described in
`docs/learning-bundle.md`; each rule has a function of its own below.

Minimised time: the opening date enters a record only through its quarter. Every time value is
counted from the first day of the opening quarter (`quarter_start`), never from the opening date,
in bands of `WEEK_BAND` weeks; what is evaluated "on a day" is evaluated on that quarter's first
day, or (only `backup_now`) on the first day of the export's month. The export day itself never
enters a value. So records made on any number of days, of a family opened on any day of one
quarter, are the same: no series of exports narrows the opening date below its quarter
(`docs/learning-bundle.md`, "What an observer of any number of bundles can learn about a date").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from veldwerk.domain import codes
from veldwerk.domain.consent import in_learning_data
from veldwerk.domain.model import ContactAssignment, Event, Family, Goal, NetworkMember, Reflection
from veldwerk.domain.phases import phase_of, timeline_of
from veldwerk.domain.planned import done_steps
from veldwerk.learning.pseudonym import new_pseudonym
from veldwerk.learning.scrub import scrub
from veldwerk.learning.wordlists import GENERIC_NAME_WORDS, PARTICLES

LearningRecord = dict[str, Any]

PARENT_ROLES: frozenset[str] = frozenset({"mother", "father", "partner"})
AGE_BANDS: tuple[str, ...] = ("<18", "18-22", "23-26", "27+")
CHILDREN_BANDS: tuple[str, ...] = ("0", "1", "2", "3+")
WEEK_BAND = 4
"""Week offsets and durations are whole multiples of this many weeks (rounded down)."""

_WORD = re.compile(r"\w+")
_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


# --- the profile vocabulary (for the scrubber) ----------------------------------------------


def identifying_values(family: Family) -> list[str]:
    """Every value of the family that names or locates someone: names, refs, municipality,
    addresses, phone numbers, e-mail addresses, organisations and action owners."""
    values: list[str | None] = [family.name, family.municipality, family.ref]
    for m in family.members:
        values += [m.given_name, m.family_name, m.phone, m.email, m.address]
    for n in family.network:
        values += [n.name, n.organisation, n.phone, n.email]
    for goal in family.goals:
        values += [a.owner for a in goal.actions]
    return [v for v in values if v]


def vocabulary_words(value: str) -> set[str]:
    """The words of one identifying value that go into the vocabulary: lower-cased, at least two
    characters, numbers only from four digits, name particles and generic words left out. Of an
    e-mail address the top-level domain is left out too."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", value)).lower()
    if "@" in text:
        local, _, domain = text.rpartition("@")
        text = local + " " + domain.rpartition(".")[0]
    words: set[str] = set()
    for word in _WORD.findall(text):
        if len(word) < 2 or word in PARTICLES or word in GENERIC_NAME_WORDS:
            continue
        if word.isdigit() and len(word) < 4:
            continue
        words.add(word)
    return words


def profile_vocabulary(families: Iterable[Family]) -> frozenset[str]:
    """Every word of every name, address, phone, e-mail and organisation field in the whole
    profile (lower-cased), so a reflection about one family cannot name someone of another."""
    words: set[str] = set()
    for family in families:
        for value in identifying_values(family):
            words |= vocabulary_words(value)
    return frozenset(words)


# --- reflections ----------------------------------------------------------------------------


def reflection_digest(scrubbed_text: str) -> str:
    """SHA-256 (hex) of the scrubbed text, which is what the user approves."""
    return hashlib.sha256(scrubbed_text.encode("utf-8")).hexdigest()


def _shareable(family: Family) -> list[Reflection]:
    return sorted((r for r in family.reflections if r.share_for_learning), key=lambda r: r.date)


def pending_reflections(
    family: Family, *, vocabulary: frozenset[str], approved: frozenset[str] = frozenset()
) -> list[tuple[Reflection, str, str]]:
    """The family's reflections marked for sharing whose scrubbed text is not approved yet, as
    (reflection, scrubbed text, digest), for the preview. If the vocabulary grows (a new family
    with a name that occurs in the text), the scrubbed text changes and needs a new approval."""
    result: list[tuple[Reflection, str, str]] = []
    for reflection in _shareable(family):
        text = scrub(reflection.text, vocabulary)
        digest = reflection_digest(text)
        if digest not in approved:
            result.append((reflection, text, digest))
    return result


def approved_reflection_texts(
    family: Family, *, vocabulary: frozenset[str], approved: frozenset[str]
) -> list[str]:
    """The scrubbed texts of shareable reflections whose exact scrubbed text was approved."""
    texts = (scrub(r.text, vocabulary) for r in _shareable(family))
    return [t for t in texts if t and reflection_digest(t) in approved]


# --- one rule each --------------------------------------------------------------------------


def known_code(kind: str, value: str | None, fallback: str | None) -> str | None:
    """`value` when it is a code of list `kind`, else `fallback`: nothing outside the code lists
    (say a mistyped free text) ever reaches the record."""
    if value is not None and value in codes.CODE_LISTS[kind]:
        return value
    return fallback


def _codes(kind: str, values: Iterable[str]) -> list[str]:
    """The known codes among `values`, sorted and without duplicates; an unknown one becomes
    "other" where the list has it, else it is left out."""
    known = codes.CODE_LISTS[kind]
    fallback = "other" if "other" in known else None
    found = {v if v in known else fallback for v in values}
    found.discard(None)
    return sorted(c for c in found if c is not None)


def closing_reason(family: Family) -> str | None:
    """Why a closed family was closed, as its code (bundle version 3); None while it is active
    or when no reason was recorded. An unknown value becomes ``other``."""
    if family.status != "closed" or family.closing_reason is None:
        return None
    return known_code("closing_reason", family.closing_reason, "other")


def opened_quarter(opened_on: date) -> str:
    """The quarter the family was opened in, e.g. ``2026-Q1``."""
    return f"{opened_on.year:04d}-Q{(opened_on.month - 1) // 3 + 1}"


def quarter_start(day: date) -> date:
    """The first day of the quarter `day` falls in: what every time value is counted from."""
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def month_start(day: date) -> date:
    """The first day of the month `day` falls in."""
    return day.replace(day=1)


def week_band(day: date, start: date) -> int:
    """Whole weeks from `start` to `day`, rounded down to a multiple of `WEEK_BAND` (so 0 for
    the first four weeks, 4 for the next four, -4 for the four weeks before `start`)."""
    return (day - start).days // (7 * WEEK_BAND) * WEEK_BAND


def duration_weeks(family: Family) -> int | None:
    """A closed family's duration: `week_band` from the first day of its opening quarter to its
    closing date (never negative). None while the family is active (and for a closed family
    without a closing date): a duration up to today would let the export day into the record."""
    if family.status != "closed" or family.closed_on is None:
        return None
    return max(0, week_band(family.closed_on, quarter_start(family.opened_on)))


def age_on(birth: date, day: date) -> int:
    """Age in whole years on `day`."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_band(age: int) -> str:
    """``<18``, ``18-22``, ``23-26`` or ``27+``."""
    if age < 18:
        return "<18"
    if age <= 22:
        return "18-22"
    if age <= 26:
        return "23-26"
    return "27+"


def youngest_parent_age_band(family: Family) -> str | None:
    """The age band of the youngest parent (mother, father, partner) on the first day of the
    opening quarter; None when no parent's birth date is known."""
    births = [m.birth_date for m in family.members if m.role in PARENT_ROLES and m.birth_date]
    if not births:
        return None
    return age_band(age_on(max(births), quarter_start(family.opened_on)))


def children_band(family: Family) -> str:
    """Number of children (role `child`, born) as ``0``, ``1``, ``2`` or ``3+``."""
    count = sum(1 for m in family.members if m.role == "child")
    return CHILDREN_BANDS[min(count, 3)]


def pregnancy_at_start(family: Family) -> bool:
    """True when the first day of the opening quarter falls in a pregnancy (the phase rule)."""
    return phase_of(family, quarter_start(family.opened_on)) == "pregnancy"


def week_offset(day: date, opened_on: date) -> int:
    """`week_band` of `day` from the first day of the quarter of `opened_on`: negative for what
    happened before that quarter. The opening date itself plays no part."""
    return week_band(day, quarter_start(opened_on))


def professions_by_id(network: Sequence[NetworkMember]) -> dict[str, str]:
    """Network id → profession code, for the professionals (unknown codes become "other")."""
    return {
        n.id: known_code("profession", n.profession, "other") or "other"
        for n in network
        if n.kind == "professional"
    }


def involved_professions(event: Event, professions: dict[str, str]) -> list[str]:
    """Profession codes of the professionals involved in `event` (one per professional);
    `professions` is `professions_by_id` of the family's network."""
    return sorted(professions[i] for i in dict.fromkeys(event.involved) if i in professions)


def journey_entries(family: Family) -> list[dict[str, Any]]:
    """The journey, oldest first: week band from the first day of the opening quarter
    (`week_offset`), event type, derived phase, barrier, enabler and profession codes. No
    title, description or date. Planned steps are left out until they are done
    (`domain.planned`): what did not happen yet is no lesson."""
    timeline = timeline_of(family)
    professions = professions_by_id(family.network)
    phases: dict[date, str] = {}
    entries: list[dict[str, Any]] = []
    for event in sorted(done_steps(family.journey), key=lambda e: e.date):
        phase = phases.get(event.date)
        if phase is None:
            phase = phases[event.date] = timeline.phase_on(event.date)
        entries.append(
            {
                "week": week_offset(event.date, family.opened_on),
                "type": known_code("event_type", event.type, "note"),
                "phase": phase,
                "barriers": _codes("barrier", event.barriers),
                "enablers": _codes("enabler", event.enablers),
                "professions": involved_professions(event, professions),
            }
        )
    return entries


def network_counts(network: Sequence[NetworkMember]) -> dict[str, Any]:
    """Professionals per profession code, informal members, and whether there is a JIM, over
    everyone who was ever in the network."""
    professionals = Counter(
        known_code("profession", n.profession, "other") or "other"
        for n in network
        if n.kind == "professional"
    )
    return {
        "professionals": dict(sorted(professionals.items())),
        "informal": sum(1 for n in network if n.kind == "informal"),
        "jim": any(n.kind == "jim" for n in network),
    }


def backup_now(contacts: Sequence[ContactAssignment], day: date) -> bool:
    """Whether an achterwacht is assigned on `day` (the record asks it for the first day of the
    export's month, `month_start`)."""
    return any(c.role == "backup" and c.current_on(day) for c in contacts)


def primary_changes(contacts: Sequence[ContactAssignment]) -> int:
    """How often the vaste aanspreekpunt changed to another person."""
    primaries = sorted((c for c in contacts if c.role == "primary"), key=lambda c: c.start)
    return sum(
        1 for a, b in zip(primaries, primaries[1:], strict=False) if a.network_id != b.network_id
    )


def max_professionals_at_once(network: Sequence[NetworkMember]) -> int:
    """The most professionals involved on the same day (`since`/`until` open ends count as
    always; `until` is the first day no longer)."""
    changes: list[tuple[date, int]] = []
    for n in network:
        if n.kind != "professional":
            continue
        start = n.since or date.min
        if n.until is not None and n.until <= start:
            continue
        changes.append((start, 1))
        if n.until is not None:
            changes.append((n.until, -1))
    current = best = 0
    for _, delta in sorted(changes):
        current += delta
        best = max(best, current)
    return best


def plan_counts(goals: Sequence[Goal]) -> dict[str, dict[str, int]]:
    """Goals open/achieved/dropped and actions todo/doing/done."""
    goal_counts = dict.fromkeys(codes.GOAL_STATUSES, 0)
    action_counts = dict.fromkeys(codes.ACTION_STATUSES, 0)
    for goal in goals:
        status = known_code("goal_status", goal.status, None)
        if status is not None:
            goal_counts[status] += 1
        for action in goal.actions:
            a_status = known_code("action_status", action.status, None)
            if a_status is not None:
                action_counts[a_status] += 1
    return {"goals": goal_counts, "actions": action_counts}


# --- the record -----------------------------------------------------------------------------


def build_record(
    family: Family,
    *,
    region: str,
    today: date,
    pseudonym: str | None = None,
    approved_reflections: frozenset[str] = frozenset(),
    vocabulary: frozenset[str] = frozenset(),
) -> LearningRecord | None:
    """The learning record of `family`, or None when its learning consent is not ``granted``.

    `region` is the profile's region setting (never the municipality); of `today` only its month
    is used (`backup_now`). `pseudonym` is the record's pseudonym: a fresh random one
    (`new_pseudonym`) when not given, so every call, and so every export, draws a new one.
    `approved_reflections` holds the digests of the scrubbed reflection texts the user approved;
    `vocabulary` is `profile_vocabulary` of the whole profile."""
    if not in_learning_data(family):
        return None
    return {
        "pseudonym": pseudonym if pseudonym is not None else new_pseudonym(),
        "region": region,
        "status": known_code("family_status", family.status, "active"),
        "opened_quarter": opened_quarter(family.opened_on),
        "duration_weeks": duration_weeks(family),
        "closing_reason": closing_reason(family),
        "vulnerabilities": _codes("vulnerability", family.vulnerabilities),
        "youngest_parent_age_band": youngest_parent_age_band(family),
        "children": children_band(family),
        "pregnancy_at_start": pregnancy_at_start(family),
        "journey": journey_entries(family),
        "network": network_counts(family.network),
        "contacts": {
            "backup_now": backup_now(family.contacts, month_start(today)),
            "primary_changes": primary_changes(family.contacts),
            "max_professionals_at_once": max_professionals_at_once(family.network),
        },
        "plan": plan_counts(family.goals),
        "reflections": approved_reflection_texts(
            family, vocabulary=vocabulary, approved=approved_reflections
        ),
    }
