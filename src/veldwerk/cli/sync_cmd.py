"""`veldwerk sync`: deliver waiting learning-data bundles to the shared folder."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="deliver waiting learning data to the shared folder",
        description="Deliver the bundles waiting in the outbox to the shared "
        "folder (setting shared_folder). When the folder cannot be "
        "reached they keep waiting; nothing is lost or sent twice.",
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        result = ws.learning.sync()
        status = ws.learning.status()
    if result.ok:
        ctx.print(ctx.t("sync.delivered", n=len(result.delivered)))
    else:
        ctx.error(result.message(ctx.lang))
    ctx.print(status.describe(ctx.lang))
    return 0 if result.ok else 1
