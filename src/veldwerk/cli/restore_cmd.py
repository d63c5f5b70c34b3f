"""`veldwerk restore FILE`: restore a backup into a folder without a profile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="restore a backup into an empty profile folder",
        description="Restore a backup file into a folder that holds no profile. "
        "The passphrase (prompt or VELDWERK_PASSPHRASE) is the one "
        "valid when the backup was made; the recovery key works too.",
    )
    p.add_argument("file", type=Path)
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    from veldwerk.services.admin import restore

    n = restore(ctx.profile_dir, ctx.args.file, ctx.passphrase())
    ctx.print(ctx.t("restore.done", path=str(ctx.profile_dir), n=n))
    return 0
