"""One change of a shared family (an *op*) and its form in a change set.

An op is named by its clock time (`hlc.Stamp.text`, which holds the device that made it), so
the same op received twice is the same op, and every device orders ops alike. Its kinds:

- ``add``: a record comes into being with its fields (``f``);
- ``set``: some ordinary fields of a record change (the latest op wins, field by field);
- ``mv``: a safety field of the family changes (``f`` holds that one field), naming in ``p`` the
  ops of that field it replaces; two that replace the same op and differ are a conflict;
- ``del``: a record is deleted, naming in ``p`` the ops on it that were seen (an op on it that is
  not named was concurrent: the deletion wins, and is shown);
- ``erase``: the whole family is erased, with ``s`` the newest op seen of each device;
- ``ack``: a person resolved the deletion or erasure notice of op ``a``.

`op_to_json` and `op_from_json` are the only ways between an op and its JSON; the second checks
every part (`records.check_value` for each field) and raises `BadOp`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from veldwerk.domain.team import SAFETY_FIELDS
from veldwerk.team.hlc import PATTERN as STAMP
from veldwerk.team.records import FIELDS, FIXED, UID, VERSION_2_FIELDS, check_value

OP_KINDS: tuple[str, ...] = ("add", "set", "mv", "del", "erase", "ack")
MV_FIELDS: frozenset[str] = frozenset(SAFETY_FIELDS)
FAMILY_FIELDS: frozenset[str] = frozenset(FIELDS["family"]) - MV_FIELDS
"""The family's ordinary fields: what its ``add`` holds (its safety fields come as ``mv``)."""
OPTIONAL_IN_ADD: frozenset[str] = VERSION_2_FIELDS | {"planned"}
"""Fields an ``add`` leaves out while they are unset (so that it stays a version-1 op), and a
step's ``planned``, which a veldwerk from before planned steps does not write (read: not
planned)."""
MAX_PREDS = 10_000


class BadOp(ValueError):
    """An op that is not well formed (what is wrong, without any of its values)."""


@dataclass(frozen=True)
class Op:
    id: str
    kind: str
    type: str
    record: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    preds: tuple[str, ...] = ()
    seen: Mapping[str, str] = field(default_factory=dict)
    target: str | None = None

    @property
    def device(self) -> str:
        return self.id.rsplit(".", 1)[1]


def op_to_json(op: Op) -> dict[str, Any]:
    out: dict[str, Any] = {"id": op.id, "k": op.kind, "t": op.type, "r": op.record}
    if op.fields:
        out["f"] = dict(op.fields)
    if op.preds:
        out["p"] = sorted(op.preds)
    if op.seen:
        out["s"] = dict(op.seen)
    if op.target is not None:
        out["a"] = op.target
    return out


def _stamp(value: Any, what: str) -> str:
    if not isinstance(value, str) or STAMP.match(value) is None:
        raise BadOp(f"{what} is not a clock time")
    return value


def op_from_json(value: Any) -> Op:
    """The op of `value` (JSON as `op_to_json` writes it); BadOp when anything is off."""
    if not isinstance(value, dict) or not {"id", "k", "t", "r"} <= set(value):
        raise BadOp("an op needs id, k, t and r")
    if set(value) - {"id", "k", "t", "r", "f", "p", "s", "a"}:
        raise BadOp("an op has an unknown part")
    op_id = _stamp(value["id"], "id")
    kind, record_type, record = value["k"], value["t"], value["r"]
    if kind not in OP_KINDS or record_type not in FIELDS:
        raise BadOp("unknown op or record kind")
    if not isinstance(record, str) or not UID.match(record):
        raise BadOp("r is not a uid")
    fields = value.get("f", {})
    preds = value.get("p", [])
    seen = value.get("s", {})
    target = value.get("a")
    if not isinstance(fields, dict) or not isinstance(preds, list) or not isinstance(seen, dict):
        raise BadOp("f, p or s of the wrong type")
    if len(preds) > MAX_PREDS or len(seen) > MAX_PREDS:
        raise BadOp("too many predecessors")
    for name, field_value in fields.items():
        if not check_value(record_type, name, field_value):
            raise BadOp(f"field {name!r} of a {record_type} does not hold a value of its type")
    op = Op(
        id=op_id,
        kind=kind,
        type=record_type,
        record=record,
        fields=fields,
        preds=tuple(_stamp(p, "p") for p in preds),
        seen={_device(d): _stamp(s, "s") for d, s in seen.items()},
        target=_stamp(target, "a") if target is not None else None,
    )
    _check_shape(op)
    return op


def _device(value: str) -> str:
    if not UID.match(value):
        raise BadOp("s names no device")
    return value


def _check_shape(op: Op) -> None:
    has = (bool(op.fields), bool(op.preds), bool(op.seen), op.target is not None)
    wanted = FAMILY_FIELDS if op.type == "family" else set(FIELDS[op.type])
    if op.kind == "add" and not (wanted - OPTIONAL_IN_ADD <= set(op.fields) <= wanted):
        raise BadOp("an add holds every field of its record")
    if op.kind == "set" and (not op.fields or MV_FIELDS & set(op.fields)):
        raise BadOp("a set changes ordinary fields")
    if op.kind == "set" and FIXED.get(op.type, frozenset()) & set(op.fields):
        raise BadOp("a set cannot move a record")
    if op.kind == "mv" and (op.type != "family" or len(op.fields) != 1):
        raise BadOp("an mv changes one safety field of the family")
    if op.kind == "mv" and not set(op.fields) <= MV_FIELDS:
        raise BadOp("an mv changes a safety field")
    if op.kind in ("del", "erase", "ack") and has[0]:
        raise BadOp("no fields here")
    if op.kind == "erase" and op.type != "family":
        raise BadOp("only a family is erased")
    if op.kind == "ack" and op.target is None:
        raise BadOp("an ack names its op")
    if op.kind != "ack" and op.target is not None:
        raise BadOp("only an ack names an op")
    if op.kind != "erase" and op.seen:
        raise BadOp("only an erase has s")
