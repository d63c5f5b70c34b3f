"""`veldwerk passwd`: a new passphrase (the data key is rewrapped, the data untouched)."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="change the passphrase",
        description="Change the passphrase. The current one comes from the prompt "
        "or VELDWERK_PASSPHRASE, the new one from the prompt or "
        "VELDWERK_NEW_PASSPHRASE.",
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        new, repeat = ctx.new_passphrase()
        ws.admin.change_passphrase(new, repeat)
    ctx.print(ctx.t("passwd.done"))
    return 0
