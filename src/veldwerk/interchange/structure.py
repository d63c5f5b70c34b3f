"""The structure of a case file: what the strict loader and the schema find, as our problems.

Each problem has its full place (``families[2].network[0].profession``) and a plain message code
of `interchange_messages`; the schema's own keywords never reach a user. A problem is `breaking`
when the value at its place cannot be used (an unknown field can: it is left out).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from veldwerk.domain import codes
from veldwerk.domain.errors import Problem
from veldwerk.domain.rules import FAMILY_FIELDS
from veldwerk.interchange.case_schema import CODE_LIST_KEYWORD, TEXT_KEYWORD, structure_check
from veldwerk.strict_json import JsonFlaw, JsonPath, SchemaError, place_of

__all__ = ["Found", "path_order", "shape_problems", "structure_problems"]


@dataclass(frozen=True)
class Found:
    """A problem of the file's structure; `breaking` when the value at `path` cannot be used."""

    path: JsonPath
    problem: Problem
    breaking: bool = True


def found(path: JsonPath, code: str, params: Mapping[str, Any] | None = None) -> Found:
    return Found(path, Problem(place_of(path), code, dict(params or {})))


def shape_problems(flaws: Iterable[JsonFlaw], max_nesting: int) -> list[Found]:
    """Member names written twice, and nesting deeper than `max_nesting`, in file order. (NaN,
    Infinity and overlong numbers are the schema's to refuse: no type takes their stand-in.)"""
    shape = [
        found(flaw.path, "casefile.duplicate_field")
        if flaw.kind == "duplicate_key"
        else found(flaw.path, "casefile.too_deep", {"max": max_nesting})
        for flaw in flaws
        if flaw.kind in ("duplicate_key", "too_deep")
    ]
    shape.sort(key=lambda f: path_order(f.path))
    return shape


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


def _problem_of(error: SchemaError) -> Found:
    """Our problem for one broken schema rule."""
    path, schema, keyword = error.path, error.schema, error.keyword
    if keyword == "required":
        return found(path, "casefile.missing")
    if keyword == "additionalProperties":
        return replace(found(path, "casefile.unknown_field"), breaking=False)
    if keyword == "type":
        return found(path, _type_code(schema), _code_params(schema))
    if keyword == "format":
        return found(path, "casefile.bad_date")
    if keyword == "enum":
        return found(path, "rule.unknown_code", _code_params(schema))
    if keyword == "const" and path == ("version",):
        return found(path, "casefile.version_unsupported", {"version": error.instance})
    if keyword == "const":
        return found(path, "casefile.not_case_file")
    if keyword == "maxLength" and TEXT_KEYWORD in schema:
        # the domain's own text rule and words (text_rules.check_text), found before anything
        # else reads the text
        return found(path, "rule.text_too_long", {"max": schema["maxLength"]})
    if keyword == "minLength" and TEXT_KEYWORD in schema:
        return found(path, "casefile.text_empty")
    if keyword in ("minLength", "maxLength") and "maxLength" in schema:
        bounds = {"min": schema.get("minLength", 0), "max": schema["maxLength"]}
        return found(path, "casefile.text_length", bounds)
    if keyword == "minLength":
        return found(path, "casefile.text_empty")
    if keyword == "minItems" and path[-1:] == ("members",):
        return found(path, "casefile.no_members")
    if keyword == "minItems":
        return found(path, "casefile.list_too_short", {"min": schema["minItems"]})
    return found(path, "casefile.invalid")


def structure_problems(document: Any) -> list[Found]:
    """Every structural problem, at most one per place (the first found), in file order."""
    check = structure_check()
    if check.is_valid(document):
        return []
    by_place: dict[JsonPath, Found] = {}
    for error in check.errors(document):
        f = _problem_of(error)
        by_place.setdefault(f.path, f)
    found_all = sorted(by_place.values(), key=lambda f: path_order(f.path))
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
        ("format", "version", "families", *FAMILY_FIELDS, "goals", "id", "role", "kind")
    )
}


def path_order(path: JsonPath) -> tuple[tuple[int, int | str], ...]:
    """File order, approximately: by positions, and by the spec's order for family fields."""
    return tuple(
        (0, step) if isinstance(step, int) else (1, _RECORD_FIELDS.get(step, len(_RECORD_FIELDS)))
        for step in path
    )
