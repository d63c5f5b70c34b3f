"""`veldwerk init`: create the profile and show the recovery key exactly once."""

from __future__ import annotations

import argparse
import os
from typing import Any

from veldwerk.cli.context import Context
from veldwerk.domain.passphrase import check_new_passphrase


def register(sub: Any, name: str) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        name,
        help="create a new encrypted profile",
        description="Create a new encrypted profile. The passphrase comes from the prompt or "
        "VELDWERK_PASSPHRASE; the recovery key is printed once.",
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    from veldwerk.workspace import Workspace

    passphrase = os.environ.get("VELDWERK_PASSPHRASE")
    if passphrase is None:
        first, repeat = ctx.new_passphrase()
    else:
        first, repeat = passphrase, passphrase
    check_new_passphrase(first, repeat)
    ws, recovery = Workspace.create(ctx.profile_dir, first)
    ws.close()
    ctx.print(ctx.t("init.done", path=str(ctx.profile_dir), key=recovery))
    return 0
