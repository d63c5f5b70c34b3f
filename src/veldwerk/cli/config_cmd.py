"""`veldwerk config get|set KEY [VALUE]`: settings kept inside the profile."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context, common_options
from veldwerk.cli.terminal import terminal_text


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="read or change a setting",
        description="Settings kept in the encrypted profile: region, "
        "shared_folder, auto_lock_minutes, language, coordinator_key, user_name, "
        "organisation, team_folder.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    g = actions.add_parser(
        "get", help="print a setting (all settings without KEY)", parents=[common_options()]
    )
    g.add_argument("key", nargs="?")
    s = actions.add_parser(
        "set", help="change a setting (no VALUE: back to the default)", parents=[common_options()]
    )
    s.add_argument("key")
    s.add_argument("value", nargs="?")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        if ctx.args.action == "get":
            if ctx.args.key is None:
                for key, value in ws.config.all().items():
                    ctx.print(f"{key} = {_show(key, value)}")
            else:
                value = ws.config.get(ctx.args.key)
                ctx.print(_show(ctx.args.key, value))
        else:
            value = ws.config.set(ctx.args.key, ctx.args.value)
            ctx.print(f"{ctx.args.key} = {_show(ctx.args.key, value)}")
    return 0


def _show(key: str, value: str | None) -> str:
    """A setting's value as printed: on one line, control characters escaped."""
    if value is None:
        return ""
    if key == "coordinator_key":
        return "(set)"
    return terminal_text(value, one_line=True)
