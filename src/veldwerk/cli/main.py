"""The `veldwerk` command: global options, one module per command, and the one place where
errors become messages (a DomainError in the user's language; anything else a calm generic
message, with the details in the log, never a traceback)."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from veldwerk import version
from veldwerk.cli.context import Context, common_options, user_language
from veldwerk.cli.terminal import terminal_text
from veldwerk.domain.errors import DomainError

# command name -> module in veldwerk.cli
COMMANDS: dict[str, str] = {
    "init": "init_cmd",
    "import": "import_cmd",
    "families": "families_cmd",
    "export-case": "export_case_cmd",
    "passwd": "passwd_cmd",
    "recover": "recover_cmd",
    "check": "check_cmd",
    "backup": "backup_cmd",
    "restore": "restore_cmd",
    "delete": "delete_cmd",
    "config": "config_cmd",
    "overview": "overview_cmd",
    "export": "export_cmd",
    "sync": "sync_cmd",
    "coordinator-keygen": "coordinator_keygen_cmd",
    "collect": "collect_cmd",
    "coordinator": "coordinator_cmd",
    "enrol": "enrol_cmd",
    "installation": "installation_cmd",
    "team": "team_cmd",
    "share": "share_cmd",
    "handover": "handover_cmd",
    "search": "search_cmd",
    "close": "close_cmd",
    "reopen": "reopen_cmd",
    "access-log": "access_cmd",
    "access-report": "access_report_cmd",
    "agenda": "agenda_cmd",
    "retention": "retention_cmd",
}

log = logging.getLogger("veldwerk")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="veldwerk",
        description="Encrypted, offline case records for the first 1000 days.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="profile folder (default: $VELDWERK_DATA_DIR or the user data dir)",
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="language of messages")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app with a throwaway profile full of synthetic families",
    )
    if not with_commands:
        return parser
    sub = _WithCommonOptions(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for name, module in COMMANDS.items():
        mod = importlib.import_module(f"veldwerk.cli.{module}")
        mod.register(sub, name)
    return parser


class _VersionAction(argparse.Action):
    """``--version``: the version is read from the package metadata only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, help=str(kwargs["help"]))

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        print(f"veldwerk {version()}")
        parser.exit()


class _WithCommonOptions:
    """Adds the common options to every command's parser."""

    def __init__(self, sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        self._sub = sub

    def add_parser(self, name: str, **kwargs: object) -> argparse.ArgumentParser:
        kwargs.setdefault("parents", [common_options()])
        parser: argparse.ArgumentParser = self._sub.add_parser(name, **kwargs)  # type: ignore[arg-type]
        return parser


def main(argv: list[str]) -> int:
    from veldwerk.logging_setup import configure_logging

    configure_logging()
    os.umask(0o077)  # every file veldwerk creates is private to the user
    # With no command the app opens: parse only the global options, so the window appears
    # without importing every command module first.
    wants_app = not any(a in COMMANDS for a in argv) and not {"-h", "--help"} & set(argv)
    parser = build_parser(with_commands=not wants_app)
    args = parser.parse_args(argv)
    ctx = Context(args=args, lang=user_language(args.lang))
    handler = getattr(args, "handler", None)
    if handler is None:
        return _launch_gui(args, ctx)
    try:
        return int(handler(ctx) or 0)
    except DomainError as exc:
        print(terminal_text(_user_text(exc, ctx.lang)), file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(ctx.t("cancelled"), file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(ctx.t("cli.unexpected"), file=sys.stderr)
        return 2


def _user_text(exc: DomainError, lang: str) -> str:
    """Problems in a file are listed with their place; a single plain problem (a wrong
    passphrase, a bad setting) is just its sentence."""
    if len(exc.problems) == 1 and not any(c in exc.field for c in "[]."):
        return exc.message(lang)
    return exc.describe(lang)


def _launch_gui(args: argparse.Namespace, ctx: Context) -> int:
    gui = importlib.import_module("veldwerk.ui.app")  # Qt only when the window opens
    return int(gui.run(args, ctx))
