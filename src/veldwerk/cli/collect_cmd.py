"""`veldwerk collect SHARED_DIR --key FILE`: collect the learning bundles in a shared folder (each
encrypted to the coordinator, opened with its private key) into the coordinator database and
write aggregates.csv, metrics.csv, rejected.csv and report.pdf, and
waiting.csv (the installations that wait for `veldwerk enrol`)."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context

KEY_PASSPHRASE_ENV = "VELDWERK_COORDINATOR_KEY_PASSPHRASE"
DB_PASSPHRASE_ENV = "VELDWERK_COORDINATOR_PASSPHRASE"
SHOWN_REJECTIONS = 10


def _threshold(value: str) -> int:
    from veldwerk.coordinator.perturb import MIN_THRESHOLD

    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number, at least {MIN_THRESHOLD}") from None


def add_db_option(p: argparse.ArgumentParser) -> None:
    """--db: shared with `veldwerk enrol`."""
    p.add_argument(
        "--db",
        metavar="URL",
        help="coordinator database: sqlite:///FILE (encrypted; its passphrase from "
        f"${DB_PASSPHRASE_ENV} or asked) or postgresql+psycopg://... "
        "(default: $VELDWERK_COORDINATOR_DB or the user data folder)",
    )


def add_database_options(p: argparse.ArgumentParser) -> None:
    """--db, --key and --threshold: shared with `veldwerk coordinator`."""
    add_db_option(p)
    p.add_argument(
        "--key",
        type=Path,
        metavar="COORDINATOR_PRIVATE_KEY",
        help="the coordinator's private key, which opens the bundles (every bundle is "
        "encrypted to it: collecting needs it; its passphrase from "
        f"${KEY_PASSPHRASE_ENV} or asked)",
    )
    from veldwerk.coordinator.perturb import DEFAULT_THRESHOLD, MIN_THRESHOLD

    p.add_argument(
        "--threshold",
        type=_threshold,
        default=DEFAULT_THRESHOLD,
        metavar="N",
        help=f"hide numbers of families below N (default {DEFAULT_THRESHOLD}, never below "
        f"{MIN_THRESHOLD}; every other number is rounded)",
    )


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="collect learning bundles and write the coordinator's outputs",
        description="Read every learning bundle in SHARED_DIR, check it and decrypt it with "
        "--key (the coordinator's private key: every bundle is encrypted to it), keep the "
        "newest of every enrolled installation in the coordinator database, and write "
        "aggregates.csv, metrics.csv, rejected.csv, report.pdf and waiting.csv. A bad file "
        "is listed in rejected.csv and never stops the run.",
    )
    p.add_argument("shared_dir", type=Path, metavar="SHARED_DIR")
    p.add_argument(
        "--out",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="where to write the outputs (default: the current folder)",
    )
    add_database_options(p)
    add_collect_options(p)
    p.set_defaults(handler=run)


def add_collect_options(p: argparse.ArgumentParser) -> None:
    """--trusted-keys and --workers: shared with `veldwerk coordinator`."""
    p.add_argument(
        "--trusted-keys",
        type=Path,
        metavar="DIR",
        help="collect only bundles signed by the installation keys in DIR",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes for checking bundles (default: one per processor)",
    )


def load_key(ctx: Context, path: Path | None) -> Any:
    """The coordinator's private key, asking for its passphrase when it has one."""
    if path is None:
        return None
    from veldwerk.coordinator.service import NEEDS_PASSPHRASE, CoordinatorService
    from veldwerk.learning.errors import KeyFileError

    try:
        return CoordinatorService.load_private_key(path)
    except KeyFileError as exc:
        if exc.code != NEEDS_PASSPHRASE:
            raise
    passphrase = os.environ.get(KEY_PASSPHRASE_ENV)
    if passphrase is None:
        passphrase = ctx.secret(
            KEY_PASSPHRASE_ENV,
            "coordinator.key_passphrase_prompt",
            "coordinator.what.key_passphrase",
        )
    return CoordinatorService.load_private_key(path, passphrase)


def unlock_database(ctx: Context, coordinator: Any) -> None:
    """Give `coordinator` (a `CoordinatorService`) its database's passphrase when it needs one
    and none is in the environment: asked, twice for a new database."""
    if not coordinator.needs_passphrase:
        return
    if not coordinator.is_new_database:
        coordinator.unlock(
            ctx.secret(
                DB_PASSPHRASE_ENV,
                "coordinator.db_passphrase_prompt",
                "coordinator.what.db_passphrase",
            )
        )
        return
    first = ctx.secret(
        DB_PASSPHRASE_ENV, "coordinator.db_new_passphrase_prompt", "coordinator.what.db_passphrase"
    )
    coordinator.unlock(first, getpass.getpass(ctx.t("cli.repeat_prompt")))


def run(ctx: Context) -> int:
    from veldwerk.coordinator.service import (
        CoordinatorService,
        require_key,
        summary_line,
        totals_line,
    )
    from veldwerk.coordinator.suppress import checked_threshold
    from veldwerk.coordinator.texts import reason_text

    args = ctx.args
    threshold = checked_threshold(args.threshold)
    require_key(args.key)  # before any passphrase is asked
    coordinator = CoordinatorService(args.db, trusted_keys=args.trusted_keys, workers=args.workers)
    unlock_database(ctx, coordinator)
    key = load_key(ctx, args.key)
    collected = coordinator.collect(args.shared_dir, private_key=key)
    result = collected.result
    ctx.print(summary_line(result, ctx.lang))
    for r in result.rejected[:SHOWN_REJECTIONS]:
        ctx.print(
            ctx.t(
                "coordinator.rejected_line",
                file=r.file,
                reason=reason_text(r.reason, r.detail, ctx.lang),
            )
        )
    if len(result.rejected) > SHOWN_REJECTIONS:
        ctx.print(ctx.t("coordinator.rejected_more", n=len(result.rejected) - SHOWN_REJECTIONS))
    for r in result.retry[:SHOWN_REJECTIONS]:
        reason = reason_text(r.reason, r.detail, ctx.lang)
        ctx.print(ctx.t("coordinator.waiting_line", file=r.file, reason=reason))
    if len(result.retry) > SHOWN_REJECTIONS:
        ctx.print(ctx.t("coordinator.waiting_more", n=len(result.retry) - SHOWN_REJECTIONS))
    ctx.print(totals_line(result, ctx.lang))
    written = coordinator.write_outputs(
        args.out,
        collected.families,
        result.rejected,
        threshold,
        lang=ctx.lang,
        waiting=collected.installations.waiting,
    )
    ctx.print(ctx.t("coordinator.written", paths=", ".join(str(p) for p in written)))
    return 0
