"""`veldwerk overview REF -o FILE.pdf [--family-version] [--lang nl|en]`: the one-page overview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="print a family's one-page overview to PDF",
        description="Write the one-page family overview (team version, or the "
        "easy-read family version) as a PDF. The team version holds "
        "confidential data: store it safely.",
    )
    p.add_argument("ref")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument(
        "--family-version", action="store_true", help="the easy-read page for the family itself"
    )
    p.add_argument(
        "--emergency",
        action="store_true",
        help="log this as an emergency access: you open the family outside your own role",
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        ws.reports.write_overview(
            ctx.args.ref,
            ctx.args.output,
            family_version=ctx.args.family_version,
            lang=ctx.lang,
            emergency=ctx.args.emergency,
        )
    ctx.print(ctx.t("overview.done", path=str(ctx.args.output)))
    return 0
