"""`veldwerk share REF --with NAME`: share a family with a colleague who holds a contact role
in it (the fixed contact person or the backup)."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="share a family with a colleague (fixed contact or backup)",
        description="Share a family, end-to-end encrypted, through the team folder with a "
        "colleague who is its fixed contact person or backup. It travels at the next "
        "`veldwerk team sync`.",
    )
    p.add_argument("ref")
    p.add_argument("--with", dest="with_name", required=True, metavar="NAME")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        names = ws.team.share(ctx.args.ref, ctx.args.with_name)
    ctx.print(ctx.t("team.shared", ref=ctx.args.ref, names=", ".join(names)))
    return 0
