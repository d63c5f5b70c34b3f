"""`veldwerk coordinator [SHARED_DIR]`: the coordinator window (collect, dashboard, report)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.collect_cmd import add_collect_options, add_database_options
from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="open the coordinator window",
        description="Open the coordinator window: choose the shared folder and key, collect "
        "with a progress bar, see the dashboard and the refused files, save the "
        "report.",
    )
    p.add_argument("shared_dir", type=Path, nargs="?", metavar="SHARED_DIR")
    add_database_options(p)
    add_collect_options(p)
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    from veldwerk.coordinator.suppress import checked_threshold
    from veldwerk.ui.coordinator import run_coordinator_window

    checked_threshold(ctx.args.threshold)
    return run_coordinator_window(ctx.args, ctx)
