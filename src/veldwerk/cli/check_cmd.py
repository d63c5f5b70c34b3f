"""`veldwerk check`: page check, integrity, schema and audit chain."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context
from veldwerk.cli.terminal import terminal_text


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="check the store for damage",
        description="Check every encrypted page, SQLite's integrity, the schema "
        "and the audit log's hash chain. Exits non-zero on damage.",
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        report = ws.admin.check()
    if report.ok:
        ctx.print(ctx.t("check.ok", n=report.families, schema=report.schema))
        return 0
    ctx.error(ctx.t("check.bad"))
    for problem in report.problems:
        ctx.error(f"  - {terminal_text(problem, one_line=True)}")
    return 1
