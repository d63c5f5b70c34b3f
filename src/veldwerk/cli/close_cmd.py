"""`veldwerk close REF --reason CODE [--on DATE] [--note TEXT] [--json]`: close a family.

The rule (reason required, a day from the opening up to today) is `domain.closing`'s; the
journey gets a `closure` step. `--json` prints ``{"ref", "status", "closed_on",
"closing_reason", "closing_note"}``: these keys are stable."""

from __future__ import annotations

from datetime import date
from typing import Any

from veldwerk.cli.context import Context
from veldwerk.cli.terminal import json_text
from veldwerk.domain import codes
from veldwerk.domain.model import Family

REASONS = ", ".join(
    f"{code} ({codes.label('closing_reason', code, 'en')})" for code in codes.CLOSING_REASONS
)


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="close a family, with the reason",
        description="Close a family on a day (default today), with the reason and an optional "
        "note; the journey records a closure step. --json prints ref, status, closed_on, "
        "closing_reason and closing_note.",
    )
    p.add_argument("ref")
    p.add_argument(
        "--reason",
        required=True,
        choices=list(codes.CLOSING_REASONS),
        metavar="CODE",
        help=f"why the family is closed: {REASONS}",
    )
    p.add_argument("--on", type=date.fromisoformat, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--note", metavar="TEXT", help="a note on the closing")
    p.add_argument("--json", action="store_true", help="print the family's closing as JSON")
    p.set_defaults(handler=run)


def status_json(family: Family) -> str:
    """The family's status and closing as the stable JSON of `close` and `reopen`."""
    return json_text(
        {
            "ref": family.ref,
            "status": family.status,
            "closed_on": family.closed_on.isoformat() if family.closed_on else None,
            "closing_reason": family.closing_reason,
            "closing_note": family.closing_note,
        }
    )


def run(ctx: Context) -> int:
    args = ctx.args
    with ctx.open_workspace() as ws:
        family = ws.closing.close(args.ref, args.reason, args.on, args.note)
    if args.json:
        ctx.print(status_json(family))
        return 0
    reason = codes.label("closing_reason", args.reason, ctx.lang)
    day = family.closed_on.isoformat() if family.closed_on else ""
    ctx.print(ctx.t("close.done", ref=args.ref, date=day, reason=reason))
    return 0
