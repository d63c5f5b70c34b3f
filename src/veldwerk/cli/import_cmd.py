"""`veldwerk import FILE [--replace]`: import a case file, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="import a case file (all or nothing)",
        description="Import families from a veldwerk case file. A file with any "
        "problem is refused whole, with every problem listed.",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--replace", action="store_true", help="replace families whose ref already exists"
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    from veldwerk.domain.errors import DomainError

    with ctx.open_workspace() as ws:
        try:
            result = ws.families.import_file(ctx.args.file, replace_existing=ctx.args.replace)
        except DomainError as exc:
            ctx.error(ctx.t("import.refused"))
            ctx.error(exc.describe(ctx.lang))
            if any(p.code == "family.ref_exists" for p in exc.problems):
                ctx.error(ctx.t("import.replace_hint"))
            return 1
    ctx.print(ctx.t("import.done", n=result.imported, replaced=result.replaced))
    return 0
