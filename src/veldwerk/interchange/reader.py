"""Reading the case file (spec/case-file.md): all or nothing, every problem by its place.

The way through: bytes -> JSON (UTF-8, broken JSON gives one problem with line and column) ->
structure (the JSON Schema in `case_file.schema.json`, Draft 2020-12, unknown fields refused at
every level, code lists filled in from `domain.codes`, text lengths from `domain.text_rules`, so a
huge text is refused before anything reads it) -> `Family` objects -> the family rules
(`domain.rules.run_rules`, the text rules' forbidden characters among them) for each family, and
refs unique in the file. Any problem refuses the
whole file with a `DomainError` listing every problem, each at its full place
(``families[2].network[0].profession``); nothing is returned in part.

To report the family rules also for a family whose structure has problems, the reader builds the
family from its sound parts: a record with a problem inside is left out, a broken family field gets
a harmless stand-in, and rules that need a left-out part complete (`Rule.needs`) are skipped for
that family, so no problem is reported that only the left-out part would explain.
"""

from __future__ import annotations

import codecs
import copy
import functools
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from veldwerk.domain import clock, codes, text_rules
from veldwerk.domain.errors import DomainError, Problem
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
from veldwerk.domain.rules import FAMILY_FIELDS, check_refs_unique, run_rules

__all__ = [
    "MAX_CASE_FILE_BYTES",
    "MAX_NESTING",
    "case_file_schema",
    "parse_case_file",
    "read_case_file",
]

MIB = 1024 * 1024
MAX_CASE_FILE_BYTES = 32 * MIB
"""A case file larger than this is refused before it is read (thousands of families fit)."""

MAX_NESTING = 32
"""A case file is about 6 levels deep; anything past this is refused before it is looked at."""

CODE_LIST_KEYWORD = "x-veldwerk-code-list"
TEXT_KEYWORD = "x-veldwerk-text"

JsonPath = tuple[str | int, ...]


# ---------------------------------------------------------------------------------------------
# The schema


def _load_schema_file() -> dict[str, Any]:
    text = (
        resources.files("veldwerk.interchange")
        .joinpath("case_file.schema.json")
        .read_text(encoding="utf-8")
    )
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _fill_from_domain(node: Any) -> None:
    """Give every schema node marked with a code list its `enum`, from `domain.codes`, and every
    node marked with a text class its `maxLength`, from `domain.text_rules`."""
    if isinstance(node, dict):
        kind = node.get(CODE_LIST_KEYWORD)
        if isinstance(kind, str):
            allowed: list[str | None] = list(codes.CODE_LISTS[kind])
            if "null" in node.get("type", ()):
                allowed.append(None)
            node["enum"] = allowed
        text_class = node.get(TEXT_KEYWORD)
        if isinstance(text_class, str):
            node["maxLength"] = text_rules.TEXT_LIMITS[text_class]
        for value in node.values():
            _fill_from_domain(value)
    elif isinstance(node, list):
        for value in node:
            _fill_from_domain(value)


@functools.cache
def _complete_schema() -> dict[str, Any]:
    schema = _load_schema_file()
    _fill_from_domain(schema)
    return schema


def case_file_schema() -> dict[str, Any]:
    """The complete JSON Schema of the case file, code lists included (a copy to keep)."""
    return copy.deepcopy(_complete_schema())


_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_case_file_date(value: object) -> bool:
    """A real calendar date written exactly as YYYY-MM-DD."""
    if not isinstance(value, str) or not _DATE_SHAPE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _inline_refs(node: Any, defs: Mapping[str, Any]) -> Any:
    """The schema with every local ``{"$ref": "#/$defs/x"}`` replaced by `x` itself (the case
    file's schema has no cycles): jsonschema's reference lookups were half its time."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


Check = Callable[[Any], bool]

_JSON_TYPES: Mapping[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}

_QUIET_KEYWORDS = frozenset(
    {"$schema", "$id", "$comment", "title", CODE_LIST_KEYWORD, TEXT_KEYWORD}
)


def _quick_check(schema: Mapping[str, Any]) -> Check:
    """A yes/no check compiled from the (inlined) schema, for the keywords the case file uses:
    much faster than jsonschema, used only to skip it for a file that has no structural problem
    (`test_interchange_properties` holds the two to the same answer). An unknown keyword makes
    it answer "no", so jsonschema decides."""
    unknown = set(schema) - _QUIET_KEYWORDS - {
        "type", "properties", "required", "additionalProperties", "items", "const", "enum",
        "format", "minLength", "maxLength", "minItems",
    }  # fmt: skip
    if unknown or schema.get("additionalProperties", False) is not False:
        return lambda v: False
    checks: list[Check] = []
    kinds = schema.get("type")
    if kinds is not None:
        tests = [_JSON_TYPES[k] for k in ([kinds] if isinstance(kinds, str) else kinds)]
        checks.append(_any_of(tests))
    if "const" in schema:
        const = schema["const"]
        checks.append(lambda v: v == const and type(v) is type(const))
    if "enum" in schema:
        allowed = frozenset(schema["enum"])
        checks.append(lambda v: isinstance(v, (str, type(None))) and v in allowed)
    if schema.get("format") == "date":
        checks.append(lambda v: not isinstance(v, str) or is_case_file_date(v))
    if "minLength" in schema or "maxLength" in schema:
        low, high = schema.get("minLength", 0), schema.get("maxLength", math.inf)
        checks.append(lambda v: not isinstance(v, str) or low <= len(v) <= high)
    if "minItems" in schema:
        fewest = schema["minItems"]
        checks.append(lambda v: not isinstance(v, list) or len(v) >= fewest)
    if "items" in schema:
        item = _quick_check(schema["items"])
        checks.append(lambda v: not isinstance(v, list) or all(map(item, v)))
    if "properties" in schema:
        fields = {k: _quick_check(sub) for k, sub in schema["properties"].items()}
        required = tuple(schema.get("required", ()))

        def fields_ok(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            if any(name not in v for name in required):
                return False
            for name, value in v.items():
                check = fields.get(name)
                if check is None or not check(value):
                    return False
            return True

        checks.append(fields_ok)
    return _all_of(checks)


def _any_of(checks: Sequence[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]
    first, rest = checks[0], _any_of(checks[1:])
    return lambda v: first(v) or rest(v)


def _all_of(checks: Sequence[Check]) -> Check:
    if not checks:
        return lambda v: True
    if len(checks) == 1:
        return checks[0]
    first, rest = checks[0], _all_of(checks[1:])
    return lambda v: first(v) and rest(v)


@functools.cache
def _quick_structure_check() -> Check:
    schema = _complete_schema()
    return _quick_check(_inline_refs(schema, schema["$defs"]))


@functools.cache
def _validator() -> Draft202012Validator:
    schema = _complete_schema()
    checker = FormatChecker(formats=())
    # A format only judges strings; a value of another type is the `type` keyword's to refuse.
    checker.checks("date")(lambda value: not isinstance(value, str) or is_case_file_date(value))
    return Draft202012Validator(_inline_refs(schema, schema["$defs"]), format_checker=checker)


# ---------------------------------------------------------------------------------------------
# Bytes to JSON


class _JsonObject(dict[str, Any]):
    """A JSON object in which some field names occur more than once (JSON keeps the last)."""

    repeated: tuple[str, ...] = ()


class _NotJson:
    """Stands in for a value JSON does not have (NaN, Infinity) or a number too long to read, so
    that the structure check refuses it at its place."""

    def __repr__(self) -> str:
        return "<not a JSON value>"


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    marked = _JsonObject(result)
    repeated: list[str] = []
    for key, _value in pairs:
        if key in seen:
            repeated.append(key)
        seen.add(key)
    marked.repeated = tuple(dict.fromkeys(repeated))
    return marked


def _integer(text: str) -> int | _NotJson:
    return int(text) if len(text) <= 100 else _NotJson()


def _not_json(_text: str) -> _NotJson:
    return _NotJson()


def _line_and_column(data: bytes, offset: int) -> dict[str, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return {"line": data.count(b"\n", 0, offset) + 1, "column": offset - line_start + 1}


def _load_json(data: bytes) -> Any:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DomainError("casefile.not_utf8", "", _line_and_column(data, e.start)) from None
    try:
        return json.loads(
            text, object_pairs_hook=_object, parse_constant=_not_json, parse_int=_integer
        )
    except json.JSONDecodeError as e:
        raise DomainError("casefile.bad_json", "", {"line": e.lineno, "column": e.colno}) from None
    except RecursionError:
        raise DomainError("casefile.too_deep", "", {"max": MAX_NESTING}) from None


# ---------------------------------------------------------------------------------------------
# Places

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")


def place_of(path: Iterable[str | int]) -> str:
    """``families[2].network[0].profession`` for ("families", 2, "network", 0, "profession").
    A field name that is not a plain word is quoted, and cut short when long."""
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
class _Found:
    """A problem of the file's structure; `breaking` when the value at `path` cannot be used."""

    path: JsonPath
    problem: Problem
    breaking: bool = True


def _found(path: JsonPath, code: str, params: Mapping[str, Any] | None = None) -> _Found:
    return _Found(path, Problem(place_of(path), code, dict(params or {})))


# ---------------------------------------------------------------------------------------------
# The structure


def _plain_shape(document: Any) -> bool:
    """No repeated field names and no nesting deeper than `MAX_NESTING`: the quick look that
    nearly every file passes (no places are built)."""
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_NESTING or type(value) is _JsonObject:
            return False
        if not isinstance(value, (dict, list)):
            continue
        children = value.values() if isinstance(value, dict) else value
        stack.extend((v, depth + 1) for v in children if isinstance(v, (dict, list)))
    return True


def _shape_problems(document: Any) -> list[_Found]:
    """Repeated field names anywhere and nesting deeper than `MAX_NESTING` (walked without
    recursion, before anything else looks at the document)."""
    if _plain_shape(document):
        return []
    found: list[_Found] = []
    stack: list[tuple[Any, JsonPath]] = [(document, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_NESTING:
            found.append(_found(path, "casefile.too_deep", {"max": MAX_NESTING}))
            continue
        if isinstance(value, dict):
            if isinstance(value, _JsonObject):
                found.extend(
                    _found((*path, key), "casefile.duplicate_field") for key in value.repeated
                )
            stack.extend((v, (*path, k)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(value))
    found.sort(key=lambda f: _path_order(f.path))
    return found


_TYPE_CODES: Mapping[str, str] = {
    "string": "casefile.not_text",
    "array": "casefile.not_list",
    "object": "casefile.not_object",
    "boolean": "casefile.not_true_false",
    "integer": "casefile.not_whole_number",
}


def _type_code(schema: Mapping[str, Any]) -> str:
    kinds = schema.get("type")
    nullable = isinstance(kinds, list) and "null" in kinds
    if schema.get("format") == "date":
        return "casefile.not_date_or_null" if nullable else "casefile.not_date"
    if CODE_LIST_KEYWORD in schema:
        return "rule.unknown_code"
    if nullable:
        return "casefile.not_text_or_null"
    return _TYPE_CODES.get(kinds if isinstance(kinds, str) else "", "casefile.invalid")


def _code_params(schema: Mapping[str, Any]) -> dict[str, Any]:
    kind = schema.get(CODE_LIST_KEYWORD)
    if isinstance(kind, str):
        return {"choices": ", ".join(codes.CODE_LISTS[kind])}
    return {}


def _problems_of(error: ValidationError) -> Iterator[_Found]:
    """Our problems for one of jsonschema's errors (its own texts are English and technical)."""
    path: JsonPath = tuple(error.absolute_path)
    schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    keyword = error.validator
    instance = error.instance
    if keyword == "required" and isinstance(instance, dict):
        for name in error.validator_value:
            if name not in instance:
                yield _found((*path, name), "casefile.missing")
    elif keyword == "additionalProperties" and isinstance(instance, dict):
        known = schema.get("properties", {})
        for name in instance:
            if name not in known:
                extra = _found((*path, name), "casefile.unknown_field")
                yield replace(extra, breaking=False)
    elif keyword == "type":
        yield _found(path, _type_code(schema), _code_params(schema))
    elif keyword == "format":
        yield _found(path, "casefile.bad_date")
    elif keyword == "enum":
        yield _found(path, "rule.unknown_code", _code_params(schema))
    elif keyword == "const" and path == ("version",):
        yield _found(path, "casefile.version_unsupported", {"version": instance})
    elif keyword == "const":
        yield _found(path, "casefile.not_case_file")
    elif keyword == "maxLength" and TEXT_KEYWORD in schema:
        # the domain's own text rule and words (text_rules.check_text), found before anything
        # else reads the text
        yield _found(path, "rule.text_too_long", {"max": schema["maxLength"]})
    elif keyword == "minLength" and TEXT_KEYWORD in schema:
        yield _found(path, "casefile.text_empty")
    elif keyword in ("minLength", "maxLength") and "maxLength" in schema:
        bounds = {"min": schema.get("minLength", 0), "max": schema["maxLength"]}
        yield _found(path, "casefile.text_length", bounds)
    elif keyword == "minLength":
        yield _found(path, "casefile.text_empty")
    elif keyword == "minItems" and path[-1:] == ("members",):
        yield _found(path, "casefile.no_members")
    elif keyword == "minItems":
        yield _found(path, "casefile.list_too_short", {"min": error.validator_value})
    else:
        yield _found(path, "casefile.invalid")


def _structure_problems(document: Any) -> list[_Found]:
    """Every structural problem, at most one per place (the first found), in file order."""
    if _quick_structure_check()(document):
        return []
    by_place: dict[JsonPath, _Found] = {}
    for error in _validator().iter_errors(document):
        for found in _problems_of(error):
            by_place.setdefault(found.path, found)
    found_all = sorted(by_place.values(), key=lambda f: _path_order(f.path))
    if any(
        f.problem.code in ("casefile.not_case_file", "casefile.version_unsupported")
        for f in found_all
    ):
        # Not a case file of this version: what it holds means nothing to us, so say only that.
        found_all = [f for f in found_all if len(f.path) <= 1]
    return found_all


_RECORD_FIELDS: Mapping[str, int] = {
    name: i
    for i, name in enumerate(
        (
            "format",
            "version",
            "families",
            *FAMILY_FIELDS,
            "goals",
            "id",
            "role",
            "kind",
        )
    )
}


def _path_order(path: JsonPath) -> tuple[tuple[int, int | str], ...]:
    """File order, approximately: by positions, and by the spec's order for family fields."""
    return tuple(
        (0, step) if isinstance(step, int) else (1, _RECORD_FIELDS.get(step, len(_RECORD_FIELDS)))
        for step in path
    )


# ---------------------------------------------------------------------------------------------
# JSON to families, from their sound parts


class _Damage:
    """The places with a breaking problem, and every place that holds one."""

    def __init__(self, paths: Iterable[JsonPath]) -> None:
        self._held: set[JsonPath] = set()
        for path in paths:
            for end in range(1, len(path) + 1):
                self._held.add(path[:end])

    def at(self, path: JsonPath) -> bool:
        return path in self._held


def _date(text: str) -> date:
    return date.fromisoformat(text)


def _date_or_none(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _member(raw: Mapping[str, Any]) -> Member:
    return Member(
        id=raw["id"],
        role=raw["role"],
        given_name=raw["given_name"],
        family_name=raw["family_name"],
        birth_date=_date_or_none(raw["birth_date"]),
        expected_on=_date_or_none(raw["expected_on"]),
        phone=raw["phone"],
        email=raw["email"],
        address=raw["address"],
        notes=raw["notes"],
    )


def _network_member(raw: Mapping[str, Any]) -> NetworkMember:
    return NetworkMember(
        id=raw["id"],
        kind=raw["kind"],
        name=raw["name"],
        relation=raw["relation"],
        mentor_of=raw["mentor_of"],
        organisation=raw["organisation"],
        profession=raw["profession"],
        phone=raw["phone"],
        email=raw["email"],
        strength=raw.get("strength", "normal"),
        since=_date_or_none(raw["since"]),
        until=_date_or_none(raw["until"]),
    )


def _contact(raw: Mapping[str, Any]) -> ContactAssignment:
    return ContactAssignment(
        role=raw["role"],
        network_id=raw["network_id"],
        start=_date(raw["from"]),
        until=_date_or_none(raw["until"]),
    )


def _event(raw: Mapping[str, Any]) -> Event:
    return Event(
        date=_date(raw["date"]),
        type=raw["type"],
        title=raw["title"],
        description=raw["description"],
        involved=tuple(raw["involved"]),
        barriers=tuple(raw["barriers"]),
        enablers=tuple(raw["enablers"]),
    )


def _action(raw: Mapping[str, Any]) -> Action:
    return Action(
        title=raw["title"],
        owner=raw["owner"],
        due_on=_date_or_none(raw["due_on"]),
        status=raw["status"],
    )


def _goal(raw: Mapping[str, Any]) -> Goal:
    return Goal(
        title=raw["title"],
        status=raw["status"],
        actions=tuple(_action(a) for a in raw["actions"]),
    )


def _reflection(raw: Mapping[str, Any]) -> Reflection:
    return Reflection(
        date=_date(raw["date"]),
        text=raw["text"],
        share_for_learning=raw.get("share_for_learning", False),
    )


_STAND_INS: Mapping[str, Any] = {
    "ref": "",
    "name": "",
    "municipality": "",
    "status": "active",
    "opened_on": date(2000, 1, 1),
    "closed_on": None,
    "due_date": None,
    "vulnerabilities": (),
    "learning_consent": "unknown",
}
"""Harmless values for broken family fields; rules that compare them are skipped (`needs`)."""

_SCALAR_READERS: Mapping[str, Callable[[Any], Any]] = {
    "ref": str,
    "name": str,
    "municipality": str,
    "status": str,
    "opened_on": _date,
    "closed_on": _date_or_none,
    "due_date": _date_or_none,
    "vulnerabilities": tuple,
    "learning_consent": str,
}

_RECORD_READERS: Mapping[str, Callable[[Mapping[str, Any]], Any]] = {
    "members": _member,
    "network": _network_member,
    "contacts": _contact,
    "journey": _event,
    "plan.goals": _goal,
    "reflections": _reflection,
}


_OMITTED: Mapping[str, Any] = {"plan": {"goals": []}, "reflections": []}
"""What a family field that may be omitted means when it is."""


@dataclass
class _Salvage:
    """A family built from its sound parts, and what was left out."""

    family: Family
    unsound: set[str]
    kept: dict[str, list[int]]  # record list ("members", "plan.goals", ...) -> original positions


def _salvage(raw: Mapping[str, Any], at: JsonPath, damage: _Damage) -> _Salvage:
    unsound: set[str] = set()
    values: dict[str, Any] = {}
    for name, read in _SCALAR_READERS.items():
        if damage.at((*at, name)):
            unsound.add(name)
            values[name] = _STAND_INS[name]
        else:
            values[name] = read(raw[name])

    kept: dict[str, list[int]] = {}
    records: dict[str, tuple[Any, ...]] = {}
    for name, read in _RECORD_READERS.items():
        field = name.split(".")[0]
        value = raw[field] if field in raw else _OMITTED.get(field)
        items_path: JsonPath = (*at, field)
        if field == "plan":
            value = value.get("goals") if isinstance(value, Mapping) else None
            items_path = (*at, "plan", "goals")
        if damage.at(items_path):
            unsound.add(field)  # the list itself (too short, not a list) or a record in it
        if not isinstance(value, list):
            unsound.add(field)
            value = []
        good: list[Any] = []
        positions: list[int] = []
        for j, item in enumerate(value):
            if damage.at((*items_path, j)):
                unsound.add(field)
                continue
            good.append(read(item))
            positions.append(j)
        kept[name] = positions
        records[name] = tuple(good)

    family = Family(
        **values,
        members=records["members"],
        network=records["network"],
        contacts=records["contacts"],
        journey=records["journey"],
        goals=records["plan.goals"],
        reflections=records["reflections"],
    )
    return _Salvage(family, unsound, kept)


_RECORD_PLACE = re.compile(r"(members|network|contacts|journey|reflections|plan\.goals)\[(\d+)\]")


def _file_place(place: str, family_at: JsonPath, kept: Mapping[str, Sequence[int]]) -> str:
    """A rule's place in the salvaged family -> its place in the file."""
    match = _RECORD_PLACE.match(place)
    if match:
        position = kept[match.group(1)][int(match.group(2))]
        place = f"{match.group(1)}[{position}]{place[match.end() :]}"
    return f"{place_of(family_at)}.{place}"


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


# ---------------------------------------------------------------------------------------------
# The public way in


def _refuse_too_large(size: int) -> None:
    if size > MAX_CASE_FILE_BYTES:
        raise DomainError(
            "file.too_large",
            "",
            {"size": math.ceil(size / MIB), "max": MAX_CASE_FILE_BYTES // MIB},
        )


def parse_case_file(data: bytes, today: date | None = None) -> list[Family]:
    """The families of a case file, each valid, journeys ordered by date (stable).

    Raises `DomainError` listing every problem at its full place when anything is wrong; never
    returns part of a file. `today` (default: `clock.today()`) decides what is "in the future"
    and which contacts and JIMs are current.
    """
    _refuse_too_large(len(data))
    day = today or clock.today()
    document = _load_json(data)

    shape = _shape_problems(document)
    if any(f.problem.code == "casefile.too_deep" for f in shape):
        raise DomainError.from_problems(f.problem for f in shape)
    found: dict[JsonPath, _Found] = {}
    for f in (*shape, *_structure_problems(document)):
        found.setdefault(f.path, f)
    problems = [f.problem for f in found.values()]
    damage = _Damage(f.path for f in found.values() if f.breaking)

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
        salvage = _salvage(raw, at, damage)
        problems.extend(
            replace(p, field=_file_place(p.field, at, salvage.kept))
            for p in run_rules(salvage.family, day, unsound=salvage.unsound)
        )
        families.append(salvage.family)
        positions.append(i)
        if "ref" not in salvage.unsound:
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
