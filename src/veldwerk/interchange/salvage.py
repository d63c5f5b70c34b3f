"""A family built from the sound parts of its JSON, so its rules can be checked too.

A record with a problem inside is left out, a broken family field gets a harmless stand-in
(`STAND_INS`), and the family says which fields are unsound, so the rules that need a left-out
part complete (`Rule.needs`) are skipped for it. `file_place` turns a rule's place in the built
family back into its place in the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from veldwerk.domain import model
from veldwerk.domain.model import Family
from veldwerk.strict_json import JsonPath, place_of

__all__ = ["Damage", "Salvage", "file_place", "salvage"]


class Damage:
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


def _member(raw: Mapping[str, Any]) -> model.Member:
    return model.Member(
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


def _network_member(raw: Mapping[str, Any]) -> model.NetworkMember:
    return model.NetworkMember(
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


def _contact(raw: Mapping[str, Any]) -> model.ContactAssignment:
    return model.ContactAssignment(
        role=raw["role"],
        network_id=raw["network_id"],
        start=_date(raw["from"]),
        until=_date_or_none(raw["until"]),
        reason=raw.get("reason"),
        warm_handover=raw.get("warm_handover"),
        note=raw.get("note"),
    )


def _event(raw: Mapping[str, Any]) -> model.Event:
    return model.Event(
        date=_date(raw["date"]),
        type=raw["type"],
        title=raw["title"],
        description=raw["description"],
        involved=tuple(raw["involved"]),
        barriers=tuple(raw["barriers"]),
        enablers=tuple(raw["enablers"]),
        planned=raw.get("planned", False),
    )


def _action(raw: Mapping[str, Any]) -> model.Action:
    return model.Action(
        title=raw["title"],
        owner=raw["owner"],
        due_on=_date_or_none(raw["due_on"]),
        status=raw["status"],
    )


def _goal(raw: Mapping[str, Any]) -> model.Goal:
    return model.Goal(
        title=raw["title"],
        status=raw["status"],
        actions=tuple(_action(a) for a in raw["actions"]),
    )


def _reflection(raw: Mapping[str, Any]) -> model.Reflection:
    return model.Reflection(
        date=_date(raw["date"]),
        text=raw["text"],
        share_for_learning=raw.get("share_for_learning", False),
    )


STAND_INS: Mapping[str, Any] = {
    "ref": "",
    "name": "",
    "municipality": "",
    "status": "active",
    "opened_on": date(2000, 1, 1),
    "closed_on": None,
    "closing_reason": None,
    "closing_note": None,
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

_OPTIONAL_SCALARS: tuple[str, ...] = ("closing_reason", "closing_note")
"""Family fields a case file may leave out (extensions: docs/case-file-extensions.md)."""

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
class Salvage:
    """A family built from its sound parts, and what was left out."""

    family: Family
    unsound: set[str]
    kept: dict[str, list[int]]  # record list ("members", "plan.goals", ...) -> original positions


def salvage(raw: Mapping[str, Any], at: JsonPath, damage: Damage) -> Salvage:
    unsound: set[str] = set()
    values: dict[str, Any] = {}
    for name, read in _SCALAR_READERS.items():
        if damage.at((*at, name)):
            unsound.add(name)
            values[name] = STAND_INS[name]
        else:
            values[name] = read(raw[name])
    for name in _OPTIONAL_SCALARS:
        if damage.at((*at, name)):
            unsound.add(name)
            values[name] = STAND_INS[name]
        else:
            values[name] = raw.get(name)

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
    return Salvage(family, unsound, kept)


_RECORD_PLACE = re.compile(r"(members|network|contacts|journey|reflections|plan\.goals)\[(\d+)\]")


def file_place(place: str, family_at: JsonPath, kept: Mapping[str, Sequence[int]]) -> str:
    """A rule's place in the salvaged family -> its place in the file."""
    match = _RECORD_PLACE.match(place)
    if match:
        position = kept[match.group(1)][int(match.group(2))]
        place = f"{match.group(1)}[{position}]{place[match.end() :]}"
    return f"{place_of(family_at)}.{place}"
