""" "Sinds je weg was": what colleagues changed in a shared family since this device last looked,
read from the ops (each names its device and its time). One line per record: a step added, a
member changed, the consent changed, a goal deleted."""

from __future__ import annotations

from dataclasses import dataclass

from veldwerk.team.merge import FamilyState


@dataclass(frozen=True)
class Change:
    """A record another device changed: `what` is ``added``, ``changed`` or ``deleted``; for
    the family itself `fields` names what changed; `label` is the record's own title or name
    (a step's title, a member's name), `day` a step's date (ISO)."""

    op: str
    device: str
    kind: str
    record: str
    what: str
    fields: tuple[str, ...]
    label: str
    day: str | None = None


def _label(state: FamilyState, kind: str, uid: str) -> tuple[str, str | None]:
    record = state.records.get((kind, uid))
    if record is None:
        return "", None
    if kind == "member":
        parts = (record.value("given_name"), record.value("family_name"))
        return " ".join(str(p) for p in parts if p), None
    if kind == "network":
        return str(record.value("name") or ""), None
    if kind == "event":
        return str(record.value("title") or ""), record.value("date")
    if kind in ("goal", "action"):
        return str(record.value("title") or ""), None
    if kind == "reflection":
        return "", record.value("date")
    return "", None


def changes_since(state: FamilyState, mark: str, me: str) -> list[Change]:
    """The changes by other devices than `me` with a time after `mark` (an op id; "" for all),
    newest first, one per record (its newest op, "added" when it was added since)."""
    newest: dict[tuple[str, str], Change] = {}
    for op_id in sorted(state.ops, reverse=True):
        op = state.ops[op_id]
        if op_id <= mark:
            break
        if op.device == me or op.kind in ("ack", "erase"):
            continue
        key = (op.type, op.record if op.type != "family" else "")
        what = {"add": "added", "del": "deleted"}.get(op.kind, "changed")
        label, day = _label(state, op.type, op.record)
        found = newest.get(key)
        if found is None:
            newest[key] = Change(
                op_id, op.device, op.type, op.record, what, tuple(op.fields), label, day
            )
        elif what == "added" and found.what == "changed":
            newest[key] = Change(
                found.op, found.device, op.type, op.record, "added", (), label, day
            )
        elif op.type == "family":
            merged = tuple(dict.fromkeys((*found.fields, *op.fields)))
            newest[key] = Change(found.op, found.device, "family", op.record, "changed", merged, "")
    return sorted(newest.values(), key=lambda c: c.op, reverse=True)


def newest_op(state: FamilyState) -> str:
    """The latest op held (the mark after "seen")."""
    return max(state.ops, default="")
