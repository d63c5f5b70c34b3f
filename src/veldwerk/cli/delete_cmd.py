"""`veldwerk delete REF [--yes]`: erase a family and everything about it."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context
from veldwerk.domain import messages
from veldwerk.domain.errors import DomainError

messages.register(
    {
        "delete.question": (
            "Gezin {ref} en alles wat erover is vastgelegd definitief wissen? Dit kan niet "
            "ongedaan worden.",
            "Erase family {ref} and everything recorded about it for good? This cannot be undone.",
        ),
        "delete.done": (
            "Gezin {ref} is gewist. Let op: reservekopieën die u zelf eerder maakte, bevatten het "
            "gezin nog; vernietig die als dat nodig is.",
            "Family {ref} has been erased. Note: backups you made yourself earlier still hold the "
            "family; destroy them if needed.",
        ),
    }
)


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
