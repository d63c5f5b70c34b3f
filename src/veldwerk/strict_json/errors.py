"""Places in a JSON document, and the two errors of this package, each with its place.

A place is written the way a person reads it: ``families[2].network[0].profession``. The errors
are technical (English, for programs and logs); a reader turns them into its own messages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

JsonPath = tuple[str | int, ...]
"""The steps from the document to a value: member names and list positions."""

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")


def place_of(path: Iterable[str | int]) -> str:
    """``families[2].network[0].profession`` for ("families", 2, "network", 0, "profession").
    A member name that is not a plain word is quoted, and cut short when long; the document
    itself is the empty place."""
    out: list[str] = []
    for step in path:
        if isinstance(step, int):
            out.append(f"[{step}]")
        elif _PLAIN_KEY.fullmatch(step):
            out.append(f".{step}" if out else step)
        else:
            shown = step if len(step) <= 40 else step[:40] + "…"
            out.append(f"[{json.dumps(shown, ensure_ascii=False)}]")
    return "".join(out)


@dataclass(frozen=True)
class SchemaError:
    """One rule of a schema a value breaks.

    `path` is the value's place; for ``required`` it is the missing member's place and for
    ``additionalProperties`` (false) the unknown member's. `keyword` is the schema keyword that
    failed, `schema` the schema object holding it, `instance` the value it judged."""

    path: JsonPath
    keyword: str
    schema: Mapping[str, Any]
    instance: Any

    @property
    def place(self) -> str:
        return place_of(self.path)

    def __str__(self) -> str:
        return f"{self.place or '(top)'}: {self.keyword}"


LoadProblem = Literal[
    "too_large",
    "not_utf8",
    "syntax",
    "too_deep",
    "duplicate_key",
    "not_a_number",
    "number_too_long",
]


class JsonLoadError(ValueError):
    """Bytes that are not strict JSON.

    `kind` says why: ``too_large`` (`size` over `limit` bytes), ``not_utf8``, ``syntax`` (with
    `line` and `column`, 1-based; `cut_off` when the text ends before the JSON does),
    ``too_deep`` (nested past `limit`), ``duplicate_key`` (a member name twice in one object),
    ``not_a_number`` (NaN, Infinity, or a number too large for a float) or ``number_too_long``.
    `path` is the place of the value concerned; empty for the text as a whole."""

    def __init__(
        self,
        kind: LoadProblem,
        *,
        path: JsonPath = (),
        line: int = 0,
        column: int = 0,
        cut_off: bool = False,
        size: int = 0,
        limit: int = 0,
    ) -> None:
        self.kind: LoadProblem = kind
        self.path = path
        self.line = line
        self.column = column
        self.cut_off = cut_off
        self.size = size
        self.limit = limit
        super().__init__(self._describe())

    @property
    def place(self) -> str:
        return place_of(self.path)

    def _describe(self) -> str:
        if self.kind in ("syntax", "not_utf8"):
            return f"{self.kind} at line {self.line}, column {self.column}"
        if self.kind == "too_large":
            return f"too_large: {self.size} bytes, at most {self.limit}"
        if self.kind == "too_deep":
            return f"too_deep: nested more than {self.limit} levels"
        return f"{self.kind} at {self.place or '(top)'}"
