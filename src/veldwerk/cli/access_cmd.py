"""`veldwerk access-log REF [--json] [--since DAY] [--until DAY] [--action ACTION]`: who viewed,
changed, printed, saved, exported, shared or received the family, oldest first."""

from __future__ import annotations

from datetime import date
from typing import Any

from veldwerk.cli.context import Context
from veldwerk.cli.terminal import json_text, terminal_text
from veldwerk.services.access import ACTIONS, AccessEntry, Person
from veldwerk.services.access_report import describe, when


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="show who accessed a family (the access log)",
        description="Print the family's access log, oldest first: when, who (name, role, "
        "organisation, the contact role held then, for whom they acted), what was done to "
        "which data, from which device, and whether it was an emergency access. With --json: "
        "an array of objects with the keys first_at, last_at (ISO 8601, UTC), count, action ("
        + ", ".join(ACTIONS)
        + "), kind, records (ids), who {name, role, organisation, device_id}, contact_role "
        "(primary, backup, none), acting_for and party (a who, or null), device_id, emergency.",
    )
    p.add_argument("ref")
    p.add_argument("--json", action="store_true", help="print a JSON array (stable keys)")
    p.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--action", action="append", choices=ACTIONS, help="only these (repeatable)")
    p.set_defaults(handler=run)


def _who(p: Person | None) -> dict[str, str] | None:
    if p is None:
        return None
    return {
        "name": p.name,
        "role": p.role,
        "organisation": p.organisation,
        "device_id": p.device_id,
    }


def as_json(e: AccessEntry) -> dict[str, Any]:
    return {
        "first_at": e.first_at.isoformat(),
        "last_at": e.last_at.isoformat(),
        "count": e.count,
        "action": e.action,
        "kind": e.kind,
        "records": list(e.records),
        "who": _who(e.who),
        "contact_role": e.contact_role,
        "acting_for": _who(e.acting_for),
        "party": _who(e.party),
        "device_id": e.device_id,
        "emergency": e.emergency,
    }


def run(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_workspace() as ws:
        entries = ws.access.entries(a.ref, since=a.since, until=a.until, actions=a.action)
    if a.json:
        ctx.print(json_text([as_json(e) for e in entries], indent=2))
        return 0
    if not entries:
        ctx.print(ctx.t("access_log.none", ref=a.ref))
        return 0
    for e in entries:
        line = f"{when(e, ctx.lang)}  {describe(e, ctx.lang)}  [{e.device_id[:8]}]"
        ctx.print(terminal_text(line, one_line=True))
    return 0
