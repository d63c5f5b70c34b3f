"""`veldwerk export-case [REF ...] -o FILE`: write families as a case file (identifiable)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context
from veldwerk.domain.errors import DomainError


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="write families to a case file (identifiable data!)",
        description="Write families back in the case-file format. The file holds "
        "identifiable data in the clear; you are asked to confirm.",
    )
    p.add_argument("refs", nargs="*", metavar="REF", help="families to export (default: all)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    if not ctx.confirm(ctx.t("export_case.question")):
        raise DomainError("confirm.needed")
    with ctx.open_workspace() as ws:
        n = ws.families.export_to(ctx.args.output, ctx.args.refs)
    ctx.print(ctx.t("export_case.done", n=n, path=str(ctx.args.output)))
    return 0
