"""`veldwerk families [--json]`: the family list."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context
from veldwerk.cli.terminal import json_text, terminal_text
from veldwerk.domain import codes


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="list families",
        description="List families with their "
        "phase, vaste aanspreekpunt and achterwacht; a missing backup is flagged.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--search", default="", help="only families matching these name words")
    p.add_argument("--status", choices=["active", "closed"])
    p.add_argument(
        "--without-backup", action="store_true", help="only active families without a backup"
    )
    p.add_argument(
        "--no-contact",
        action="store_true",
        help="only active families without contact for more weeks than the setting "
        "no_contact_weeks (default 6)",
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        rows = ws.families.list(query=ctx.args.search, status=ctx.args.status)
        if ctx.args.without_backup or ctx.args.no_contact:
            keep = ws.agenda.families_matching(
                without_backup=ctx.args.without_backup,
                no_contact_weeks=0 if ctx.args.no_contact else None,
            )
            rows = [r for r in rows if r.key in keep]
    if ctx.args.json:
        ctx.print(
            json_text(
                [
                    {
                        "ref": r.ref,
                        "name": r.name,
                        "status": r.status,
                        "phase": r.phase,
                        "primary": r.primary,
                        "backup": r.backup,
                        "missing_backup": r.missing_backup,
                        "last_contact": r.last_contact.isoformat() if r.last_contact else None,
                        "shared": r.shared,
                    }
                    for r in rows
                ],
                indent=2,
            )
        )
        return 0
    if not rows:
        ctx.print(ctx.t("families.none"))
        return 0
    header = ctx.t("families.header").split("|")
    table = [header] + [
        [
            terminal_text(cell, one_line=True)
            for cell in (
                r.ref,
                r.name,
                codes.label("family_status", r.status, ctx.lang),
                codes.label("phase", r.phase, ctx.lang),
                r.primary or "-",
                r.backup or ctx.t("families.no_backup") if r.missing_backup else (r.backup or "-"),
            )
        ]
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        ctx.print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0
