"""Search in everything: turning what the user typed into a safe FTS5 query, and a snippet
from the index into plain text segments (which a screen or a terminal marks up itself).

The user's text is never handed to FTS5 as syntax: it is cut into words (letters and digits;
quotes, ``*``, ``-``, parentheses, control characters and the like only separate words), each
word is quoted and becomes a prefix ("wacht" finds "wachtlijst"), and all words must match. So
``NEAR``, ``OR`` or ``"`` are searched as plain words and no input can make the query fail.
Overlong input is cut to its first words, with a note saying so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_INPUT = 400
"""Characters of the typed text looked at (a pasted 30 MB string costs nothing)."""
MAX_WORDS = 8
"""Words searched for; more are left out (with a note)."""

START, END = "\ue000", "\ue001"
"""The marks around a match in an index snippet (private-use characters)."""
ELLIPSIS = "…"

KINDS = ("family", "member", "network", "event", "goal", "action", "reflection")
"""What a record found is, best known first."""

_WORD = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]+")

Segment = tuple[str, bool]
"""A piece of a snippet and whether it is a match."""


@dataclass(frozen=True)
class MatchPlan:
    """`match`: the FTS5 expression, or None when nothing is to be searched; `note`: a text
    code telling the user why the search is not quite what was typed (or None)."""

    match: str | None
    words: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class SearchHit:
    """One record found: its family (reference, name, key), its kind (`KINDS`) and key, its
    title (a name, a step's title; may be empty) and a snippet around the matches."""

    ref: str
    family_key: int
    family_name: str
    kind: str
    record_id: int
    title: str
    snippet: tuple[Segment, ...]


@dataclass(frozen=True)
class SearchOutcome:
    query: str
    hits: tuple[SearchHit, ...]
    note: str | None = None
    more: bool = False
    """True when there were more hits than were asked for."""
    family_keys: frozenset[int] | None = frozenset()
    """Every family with a record found (not only those of `hits`); None when the words are
    so common that they were not all counted."""


def clean(text: str) -> str:
    """`text` without control or invisible formatting characters (each becomes a space)."""
    return _CONTROL.sub(" ", text)


def build_match(typed: str) -> MatchPlan:
    """The FTS5 query for what the user typed (see the module's docstring)."""
    head = unicodedata.normalize("NFC", clean(typed[:MAX_INPUT]))
    words = _WORD.findall(head)
    note = None
    if len(typed) > MAX_INPUT or len(words) > MAX_WORDS:
        note = "search.shortened"
        if len(typed) > MAX_INPUT and words and len(head) == MAX_INPUT and head[-1].isalnum():
            words = words[:-1]  # the last word was cut in the middle
        words = words[:MAX_WORDS]
    if not words:
        return MatchPlan(None, (), note or ("search.no_words" if typed.strip() else None))
    return MatchPlan(" ".join(f'"{w}"*' for w in words), tuple(words), note)


def snippet_segments(raw: str) -> tuple[Segment, ...]:
    """The index's snippet (matches between `START` and `END`) as segments on one line, control
    characters removed, neighbours of the same kind joined."""
    out: list[Segment] = []
    on = False
    for piece in re.split(f"({START}|{END})", raw):
        if piece == START:
            on = True
        elif piece == END:
            on = False
        elif piece:
            flat = re.sub(r"\s+", " ", clean(piece))
            if out and out[-1][1] == on:
                out[-1] = (out[-1][0] + flat, on)
            else:
                out.append((flat, on))
    return tuple(out)


def pick_snippet(title: str, body: str) -> tuple[Segment, ...]:
    """The snippet to show for a record from the snippets of its title and of the rest: the
    rest where the match is there (the title is shown beside it), else the title followed by
    the start of the rest ("Jeroen [Kuipers] · Sociaal Team Elburg")."""
    title_segments, body_segments = snippet_segments(title), snippet_segments(body)
    if any(hit for _t, hit in body_segments) or not title_segments:
        return body_segments
    rest = "".join(t for t, _hit in body_segments).strip()
    return (*title_segments, (f" · {rest}", False)) if rest else title_segments


def bracketed(segments: tuple[Segment, ...]) -> str:
    """A snippet for a terminal: matches between square brackets."""
    return "".join(f"[{t}]" if hit else t for t, hit in segments).strip()
