"""`veldwerk agenda [--json] [--days N]`: what needs the case director now, over every family."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context
from veldwerk.cli.terminal import json_text, terminal_text
from veldwerk.domain.caseload import DEFAULT_AGENDA_DAYS, MAX_AGENDA_DAYS
from veldwerk.services.agenda import entries_json

JSON_HELP = (
    "print a JSON array, oldest first within each kind, one object per entry: ref, family "
    "(its name), kind (overdue_action, overdue_step, action_due, planned_step, no_contact, "
    "no_backup, reflection, retention_ended), date (YYYY-MM-DD: the due date, the planned "
    "date, the last contact, today, the reflection's date or the day the retention period "
    "ended), text (in the chosen language), title and owner (of an action or step, else "
    "null), overdue (true or false) and tab (family, journey, plan or reflections)"
)


def _days(value: str) -> int:
    n = int(value)
    if not 0 <= n <= MAX_AGENDA_DAYS:
        raise ValueError(value)
    return n


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="what needs you now (the agenda, 'Vandaag')",
        description="One list over all families: overdue actions and actions due soon, planned "
        "steps, families without contact for a number of weeks (the setting "
        "no_contact_weeks), families without a backup, reflections awaiting your approval and "
        "families whose retention period has ended.",
    )
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.add_argument(
        "--days",
        type=_days,
        default=DEFAULT_AGENDA_DAYS,
        metavar="N",
        help=f"look N days ahead (default {DEFAULT_AGENDA_DAYS}, at most {MAX_AGENDA_DAYS})",
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        agenda = ws.agenda.build(days=ctx.args.days, lang=ctx.lang)
    if ctx.args.json:
        ctx.print(json_text(entries_json(agenda.entries), indent=2))
        return 0
    if not agenda.entries:
        ctx.print(ctx.t("agenda.none"))
        return 0
    width = max(len(e.ref) for e in agenda.entries)
    for e in agenda.entries:
        ref = terminal_text(e.ref, one_line=True).ljust(width)
        line = f"{ref}  {terminal_text(e.family, one_line=True)}: {e.text}"
        if e.owner:
            line += f" ({e.owner})"
        ctx.print(terminal_text(line, one_line=True))
    return 0
