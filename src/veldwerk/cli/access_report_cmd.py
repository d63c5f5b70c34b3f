"""`veldwerk access-report REF -o FILE.pdf [--lang nl|en]`: the family's access request (AVG
art. 15) answered in one PDF: what is recorded, who accessed it, sharing, learning data and how
long it is kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="write the family's access report (what is kept, who looked) to PDF",
        description="Write a PDF for the family, in easy words: everything recorded about "
        "them, who accessed it and when, to whom it was shared, what went into learning data, "
        "and until when it is kept. It holds identifiable data: hand it to the family only.",
    )
    p.add_argument("ref")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        ws.access_report.write(ctx.args.ref, ctx.args.output, lang=ctx.lang)
    ctx.print(ctx.t("access_report.done", path=str(ctx.args.output)))
    return 0
