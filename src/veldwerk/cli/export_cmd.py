"""`veldwerk export [--preview] [--to DIR]`: anonymised learning data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context
from veldwerk.cli.terminal import json_text


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="export anonymised learning data",
        description="Build a signed snapshot of the anonymised learning records "
        "(families with consent only) into the outbox; 'veldwerk "
        "sync' delivers it to the shared folder.",
    )
    p.add_argument(
        "--preview",
        action="store_true",
        help="print exactly the records that would leave, and build nothing",
    )
    p.add_argument("--to", type=Path, metavar="DIR", help="write the bundle straight into DIR")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        if ctx.args.preview:
            records = ws.learning.records()
            ctx.print(json_text(records, indent=2, sort_keys=True))
            return 0
        result = ws.learning.export(ctx.args.to)
        pending = len(ws.learning.pending_reflections())
    ctx.print(ctx.t("export.done", n=result.records, seq=result.sequence, path=str(result.path)))
    if pending:
        ctx.print(ctx.t("export.pending_reflections", n=pending))
    return 0
