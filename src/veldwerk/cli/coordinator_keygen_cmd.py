"""`veldwerk coordinator-keygen DIR`: a coordinator's key pair for encrypted learning data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="make a coordinator key pair",
        description="Make a coordinator key pair in DIR. Case directors who set "
        "the public key send learning data only this key can open.",
    )
    p.add_argument("dir", type=Path)
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    from veldwerk.learning.keys import generate_coordinator_keypair

    private, public = generate_coordinator_keypair(ctx.args.dir)
    ctx.print(ctx.t("keygen.done", private=str(private), public=str(public)))
    return 0
