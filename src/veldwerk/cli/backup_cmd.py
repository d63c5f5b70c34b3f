"""`veldwerk backup FILE`: an encrypted backup, consistent while the app is open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(name, help="write an encrypted backup file")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        ws.admin.backup(ctx.args.file)
    ctx.print(ctx.t("backup.done", path=str(ctx.args.file)))
    return 0
