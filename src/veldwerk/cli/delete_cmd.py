"""`veldwerk delete REF [--yes]`: erase a family and everything about it."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context
from veldwerk.domain.errors import DomainError


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(name, help="erase a family (right to erasure)")
    p.add_argument("ref")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        ws.families.get(ctx.args.ref)  # a clear message for an unknown ref, before asking
        if not ctx.confirm(ctx.t("delete.question", ref=ctx.args.ref)):
            raise DomainError("confirm.needed")
        ws.families.erase(ctx.args.ref)
    ctx.print(ctx.t("delete.done", ref=ctx.args.ref))
    return 0
