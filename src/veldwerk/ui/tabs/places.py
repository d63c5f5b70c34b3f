"""Reading the place of a problem (``journey[3].involved[0]``) to find the field it is about."""

from __future__ import annotations

import re
from dataclasses import dataclass

_INDEX = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class Place:
    """`collection` and `index` of the record (None for a bare field such as ``title``), the
    field inside it without indices (``involved``, ``actions.status``) and the indices found
    inside the field (``actions[1].status`` -> (1,))."""

    collection: str | None
    index: int | None
    field: str
    inner: tuple[int, ...] = ()


def split_place(place: str) -> Place:
    """``journey[3].date`` -> Place("journey", 3, "date");
    ``plan.goals[0].actions[1].status`` -> Place("goals", 0, "actions.status", (1,));
    ``title`` -> Place(None, None, "title")."""
    if place.startswith("plan."):
        place = place[len("plan.") :]
    head, _, rest = place.partition(".")
    match = re.fullmatch(r"([A-Za-z_]+)\[(\d+)\]", head)
    if match is None:
        inner = tuple(int(i) for i in _INDEX.findall(place))
        return Place(None, None, _INDEX.sub("", place), inner)
    inner = tuple(int(i) for i in _INDEX.findall(rest))
    return Place(match.group(1), int(match.group(2)), _INDEX.sub("", rest), inner)
