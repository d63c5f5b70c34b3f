"""Reading the case file (spec/case-file.md): all or nothing, every problem by its place.

The way through, one module each:

- bytes -> JSON (`strict_json.load`): UTF-8, at most `MAX_CASE_FILE_BYTES`; broken JSON is one
  problem with line and column; a member name twice and nesting past `MAX_NESTING` are problems
  at their place, NaN, Infinity and overlong numbers are left for the schema to refuse there;
- structure (`structure`, with the schema of `case_schema`: Draft 2020-12, unknown fields refused
  at every level, code lists filled in from `domain.codes`, text lengths from `domain.text_rules`,
  so a huge text is refused before anything reads it), checked by the one fast schema checker;
- `Family` objects (`salvage`) -> the family rules (`domain.rules.run_rules`, the text rules'
  forbidden characters among them) for each family, and refs unique in the file.

Any problem refuses the whole file with a `DomainError` listing every problem, each at its full
place (``families[2].network[0].profession``); nothing is returned in part.

To report the family rules also for a family whose structure has problems, the reader builds the
family from its sound parts: a record with a problem inside is left out, a broken family field gets
a harmless stand-in, and rules that need a left-out part complete (`Rule.needs`) are skipped for
that family, so no problem is reported that only the left-out part would explain.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

from veldwerk.domain import clock
from veldwerk.domain.errors import DomainError, Problem
from veldwerk.domain.model import Family
from veldwerk.domain.rules import FAMILY_FIELDS, check_refs_unique, run_rules
from veldwerk.interchange.case_schema import (
    CODE_LIST_KEYWORD,
    TEXT_KEYWORD,
    case_file_schema,
    is_case_file_date,
)
from veldwerk.interchange.salvage import Damage, file_place, salvage
from veldwerk.interchange.structure import Found, shape_problems, structure_problems
from veldwerk.strict_json import JsonLoadError, JsonPath, Loaded, place_of, read_json

__all__ = [
    "CODE_LIST_KEYWORD",
    "MAX_CASE_FILE_BYTES",
    "MAX_NESTING",
    "TEXT_KEYWORD",
    "case_file_schema",
    "is_case_file_date",
    "parse_case_file",
    "place_of",
    "read_case_file",
]

MIB = 1024 * 1024
MAX_CASE_FILE_BYTES = 32 * MIB
"""A case file larger than this is refused before it is read (thousands of families fit)."""

MAX_NESTING = 32
"""A case file is about 6 levels deep; anything past this is refused before it is looked at."""


def _refuse_too_large(size: int) -> None:
    if size > MAX_CASE_FILE_BYTES:
        raise DomainError(
            "file.too_large",
            "",
            {"size": math.ceil(size / MIB), "max": MAX_CASE_FILE_BYTES // MIB},
        )


def _load(data: bytes) -> Loaded:
    """The JSON of a case file (`strict_json.read_json`); what cannot be read at all is one
    problem, with its line and column where there is one."""
    try:
        return read_json(data, max_bytes=MAX_CASE_FILE_BYTES, max_depth=MAX_NESTING, allow_bom=True)
    except JsonLoadError as e:
        if e.kind == "too_large":
            _refuse_too_large(e.size)
        if e.kind == "too_deep":
            raise DomainError("casefile.too_deep", "", {"max": MAX_NESTING}) from None
        code = "casefile.not_utf8" if e.kind == "not_utf8" else "casefile.bad_json"
        raise DomainError(code, "", {"line": e.line, "column": e.column}) from None


_PLACE_HEAD = re.compile(r"families\[(\d+)\](?:\.(\w+)(?:\[(\d+)\]|\.goals\[(\d+)\])?)?")


def _problem_order(problem: Problem) -> tuple[int, int, int]:
    """File order of a problem: the family, its field (spec order), the record in that field."""
    match = _PLACE_HEAD.match(problem.field)
    if not match:
        return (-1, 0, 0)
    family, field, position, goal = match.groups()
    record = position if position is not None else goal
    return (
        int(family),
        _FIELD_POSITION.get(field or "", -1),
        int(record) if record is not None else -1,
    )


_FIELD_POSITION: Mapping[str, int] = {name: i for i, name in enumerate(FAMILY_FIELDS)}


def parse_case_file(data: bytes, today: date | None = None) -> list[Family]:
    """The families of a case file, each valid, journeys ordered by date (stable).

    Raises `DomainError` listing every problem at its full place when anything is wrong; never
    returns part of a file. `today` (default: `clock.today()`) decides what is "in the future"
    and which contacts and JIMs are current.
    """
    _refuse_too_large(len(data))
    day = today or clock.today()
    loaded = _load(data)
    document = loaded.value

    shape = shape_problems(loaded.flaws, MAX_NESTING)
    if any(f.problem.code == "casefile.too_deep" for f in shape):
        raise DomainError.from_problems(f.problem for f in shape)
    found: dict[JsonPath, Found] = {}
    for f in (*shape, *structure_problems(document)):
        found.setdefault(f.path, f)
    problems = [f.problem for f in found.values()]
    damage = Damage(f.path for f in found.values() if f.breaking)

    raw_families = document.get("families") if isinstance(document, dict) else None
    if not isinstance(raw_families, list) or damage.at(("format",)) or damage.at(("version",)):
        raw_families = []
    families: list[Family] = []
    positions: list[int] = []
    sound_refs: list[int] = []
    for i, raw in enumerate(raw_families):
        at: JsonPath = ("families", i)
        if not isinstance(raw, dict):
            continue
        built = salvage(raw, at, damage)
        problems.extend(
            replace(p, field=file_place(p.field, at, built.kept))
            for p in run_rules(built.family, day, unsound=built.unsound)
        )
        families.append(built.family)
        positions.append(i)
        if "ref" not in built.unsound:
            sound_refs.append(len(families) - 1)
    problems.extend(
        check_refs_unique([families[k] for k in sound_refs], [positions[k] for k in sound_refs])
    )

    if problems:
        problems.sort(key=_problem_order)
        raise DomainError.from_problems(problems)
    return [replace(f, journey=tuple(sorted(f.journey, key=lambda e: e.date))) for f in families]


def read_case_file(path: Path, today: date | None = None) -> list[Family]:
    """`parse_case_file` of a file; a file too large is refused before it is read."""
    try:
        _refuse_too_large(path.stat().st_size)
        with path.open("rb") as f:
            data = f.read(MAX_CASE_FILE_BYTES + 1)
    except OSError:
        raise DomainError("file.unreadable", "", {"path": str(path)}) from None
    return parse_case_file(data, today)
