"""`veldwerk reopen REF [--on DATE] [--json]`: reopen a closed family.

The history is kept and the journey gets a step (`domain.closing.reopen_family`); a family
without a current fixed contact is refused, saying to choose one first (`veldwerk handover REF
primary NETWORK_ID`). `--json` prints what `close --json` prints."""

from __future__ import annotations

from datetime import date
from typing import Any

from veldwerk.cli.close_cmd import status_json
from veldwerk.cli.context import Context
from veldwerk.domain import clock


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="reopen a closed family",
        description="Reopen a closed family on a day (default today): it is active again, its "
        "history stays, and the journey records the reopening. The family needs a current "
        "fixed contact person (veldwerk handover REF primary NETWORK_ID). --json prints ref, "
        "status, closed_on, closing_reason and closing_note.",
    )
    p.add_argument("ref")
    p.add_argument("--on", type=date.fromisoformat, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--json", action="store_true", help="print the family's status as JSON")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    args = ctx.args
    with ctx.open_workspace() as ws:
        family = ws.closing.reopen(args.ref, args.on)
    if args.json:
        ctx.print(status_json(family))
        return 0
    day = (args.on or clock.today()).isoformat()
    ctx.print(ctx.t("reopen.done", ref=args.ref, date=day))
    return 0
