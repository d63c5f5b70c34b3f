"""`veldwerk installation`: this profile's installation id and the fingerprint of its signing
key, to read out to the coordinator, who counts the learning data of enrolled installations
only (`veldwerk enrol` on the coordinator's side)."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="show this installation's id and key fingerprint for the coordinator",
        description="Show the installation id and the fingerprint of the key this profile "
        "signs its learning data with. The coordinator compares the fingerprint with you by "
        "phone before enrolling the installation; only then does its learning data count.",
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    from veldwerk.domain.fingerprint import format_fingerprint

    with ctx.open_workspace() as ws:
        identity = ws.learning.installation()
    ctx.print(
        ctx.t(
            "installation.card",
            id=identity.installation_id,
            fingerprint=format_fingerprint(identity.fingerprint),
        )
    )
    return 0
