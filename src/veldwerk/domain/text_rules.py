"""The text rules of a family: how long a text may be, and which characters it may not hold.

Every text of the case file is of one class (`docs/case-file-limits.md` lists them per field):

- short text (a name, a title, a phone number, an id...): at most `SHORT_TEXT_MAX` characters, on
  one line, no control character at all;
- free text (a member's notes, an event's description, a reflection): at most `FREE_TEXT_MAX`
  characters; tab and line breaks are allowed, no other control character;
- the family's `ref`: the characters of short text; its length (1 to 40) is checked by
  `rules.check_ref_length`.

No text holds a control character (C0, DEL, C1), half of a character on its own (a lone
surrogate: it cannot even be stored) or an invisible character that turns the reading direction
around (bidi embedding, override and isolate: U+202A-U+202E, U+2066-U+2069), which can make a
text read differently from what it holds. Characters count as Unicode code points. The length is
looked at first, so a huge text is refused without reading it through.

These are domain rules: `rules.RULES` runs `check_text_fields` for every family the importer reads
and every edit the services save.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from veldwerk.domain.errors import Problem
from veldwerk.domain.model import Family

__all__ = [
    "FREE_TEXT_MAX",
    "SHORT_TEXT_MAX",
    "TEXT_LIMITS",
    "check_text",
    "check_text_fields",
    "shortened",
    "text_fields",
]

SHORT_TEXT_MAX = 200
"""A name, title, phone number, id: at most this many characters."""

FREE_TEXT_MAX = 20_000
"""Notes, a description, a reflection: at most this many characters (some ten pages)."""

REF_MAX = 40
"""The `ref`'s own rule (spec: 1-40 characters); `rules.check_ref_length` reports it."""

TEXT_LIMITS: Mapping[str, int] = {"short": SHORT_TEXT_MAX, "free": FREE_TEXT_MAX, "ref": REF_MAX}
"""The longest text of each class, by the class's name."""

_BIDI = "\u202a-\u202e\u2066-\u2069"
_SURROGATE = "\ud800-\udfff"
_LINE = "\t\n"
_OTHER_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"

_NOT_IN_SHORT = re.compile(f"[{_LINE}{_OTHER_CONTROL}{_BIDI}{_SURROGATE}]")
_NOT_IN_FREE = re.compile(f"[{_OTHER_CONTROL}{_BIDI}{_SURROGATE}]")


def _char_code(char: str) -> str:
    point = ord(char)
    if char in _LINE:
        return "rule.text_line_break"
    if 0xD800 <= point <= 0xDFFF:
        return "rule.text_broken_char"
    if 0x202A <= point <= 0x202E or 0x2066 <= point <= 0x2069:
        return "rule.text_direction_char"
    return "rule.text_control_char"


def check_text(value: str, kind: str, place: str) -> list[Problem]:
    """The one problem of the text `value` of class `kind` ("short", "free" or "ref") at `place`,
    or none: too long first, else the first character it may not hold (with its position, 1 for
    the first character)."""
    limit = TEXT_LIMITS[kind]
    if len(value) > limit:
        return [] if kind == "ref" else [Problem(place, "rule.text_too_long", {"max": limit})]
    found = (_NOT_IN_FREE if kind == "free" else _NOT_IN_SHORT).search(value)
    if found is None:
        return []
    return [Problem(place, _char_code(found.group()), {"position": found.start() + 1})]


def shortened(text: str, limit: int = SHORT_TEXT_MAX) -> str:
    """`text` cut to `limit` characters, ending in "…" when it was cut: for a short text the
    program makes itself from other texts (a handover's title names a person)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_fields(family: Family) -> Iterable[tuple[str, str, str | None]]:
    """(place, class, value) of every text of the family, in case-file order."""
    yield "ref", "ref", family.ref
    yield "name", "short", family.name
    yield "municipality", "short", family.municipality
    for i, m in enumerate(family.members):
        at = f"members[{i}]."
        yield at + "id", "short", m.id
        for name in ("given_name", "family_name", "phone", "email", "address"):
            yield at + name, "short", getattr(m, name)
        yield at + "notes", "free", m.notes
    for i, n in enumerate(family.network):
        at = f"network[{i}]."
        for name in ("id", "name", "relation", "mentor_of", "organisation", "phone", "email"):
            yield at + name, "short", getattr(n, name)
    yield "closing_note", "free", family.closing_note
    for i, c in enumerate(family.contacts):
        yield f"contacts[{i}].network_id", "short", c.network_id
        yield f"contacts[{i}].note", "free", c.note
    for i, e in enumerate(family.journey):
        yield f"journey[{i}].title", "short", e.title
        yield f"journey[{i}].description", "free", e.description
        for k, network_id in enumerate(e.involved):
            yield f"journey[{i}].involved[{k}]", "short", network_id
    for g, goal in enumerate(family.goals):
        yield f"plan.goals[{g}].title", "short", goal.title
        for a, action in enumerate(goal.actions):
            yield f"plan.goals[{g}].actions[{a}].title", "short", action.title
            yield f"plan.goals[{g}].actions[{a}].owner", "short", action.owner
    for i, r in enumerate(family.reflections):
        yield f"reflections[{i}].text", "free", r.text


def check_text_fields(family: Family) -> list[Problem]:
    """Every text of the family is within its class's length and holds no forbidden character."""
    return [
        problem
        for place, kind, value in text_fields(family)
        if isinstance(value, str)
        for problem in check_text(value, kind, place)
    ]
