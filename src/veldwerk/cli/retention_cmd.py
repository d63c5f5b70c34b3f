"""`veldwerk retention [--json] [--erase] [--parent-request REF --requested-on DATE] [--yes]`:
the families whose retention period has ended, their erasure in one confirmed step, and the
erasure a family's parents ask for early (docs/retention.md)."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context
from veldwerk.cli.terminal import json_text, terminal_text
from veldwerk.domain import clock
from veldwerk.domain.dates import parse_typed_date
from veldwerk.domain.errors import DomainError
from veldwerk.texts import format_date


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="families whose retention period has ended; erase them",
        description="A youth-care file is kept for a number of years after care ended (the "
        "setting retention_years, default 20, counted from closed_on), unless the parents ask "
        "earlier for it to be destroyed. Without options: list the families whose period has "
        "ended. Each erasure leaves only a tombstone in the audit log: when, a family, why.",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array of the families listed, by reference: ref, name, closed_on "
        "and ended_on (YYYY-MM-DD)",
    )
    p.add_argument(
        "--erase",
        action="store_true",
        help="erase every family listed, after one confirmation (reason: retention_ended)",
    )
    p.add_argument(
        "--parent-request",
        metavar="REF",
        help="erase family REF now, as its parents asked (reason: parent_request)",
    )
    p.add_argument(
        "--requested-on",
        metavar="DATE",
        help="the day the parents asked (with --parent-request; default today)",
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    if ctx.args.parent_request:
        return _parent_request(ctx)
    with ctx.open_workspace() as ws:
        due = ws.retention.due()
        if ctx.args.erase and due:
            if not ctx.confirm(ctx.t("retention.question", n=len(due))):
                raise DomainError("confirm.needed")
            erased = ws.retention.erase_due([d.ref for d in due])
            ctx.print(ctx.t("retention.erased", n=erased))
            return 0
    if ctx.args.json:
        ctx.print(json_text([d.as_json() for d in due], indent=2))
        return 0
    if not due:
        ctx.print(ctx.t("retention.none"))
        return 0
    header = ctx.t("retention.header").split("|")
    table = [header] + [
        [
            terminal_text(d.ref, one_line=True),
            terminal_text(d.name, one_line=True),
            format_date(d.closed_on, ctx.lang),
            format_date(d.ended_on, ctx.lang),
        ]
        for d in due
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        ctx.print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _parent_request(ctx: Context) -> int:
    ref = ctx.args.parent_request
    today = clock.today()
    asked = parse_typed_date(ctx.args.requested_on or "", today) or today
    with ctx.open_workspace() as ws:
        ws.families.get(ref)  # a clear message for an unknown ref, before asking
        question = ctx.t("retention.request_question", ref=ref, date=format_date(asked, ctx.lang))
        if not ctx.confirm(question):
            raise DomainError("confirm.needed")
        ws.retention.erase_on_request(ref, asked)
    ctx.print(ctx.t("retention.request_done", ref=ref))
    return 0
