"""`veldwerk recover`: open the profile with the recovery key and set a new passphrase."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="set a new passphrase with the recovery key",
        description="Unlock with the recovery key (prompt or "
        "VELDWERK_RECOVERY_KEY), then set a new passphrase (prompt or "
        "VELDWERK_NEW_PASSPHRASE).",
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    from veldwerk.workspace import Workspace

    recovery = ctx.secret("VELDWERK_RECOVERY_KEY", "cli.recovery_prompt", "cli.what.recovery_key")
    with Workspace.open_with_recovery_key(ctx.profile_dir, recovery) as ws:
        new, repeat = ctx.new_passphrase()
        ws.admin.change_passphrase(new, repeat)
    ctx.print(ctx.t("recover.done"))
    return 0
