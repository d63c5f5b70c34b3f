"""What every command needs: the profile folder, the user's language, passphrase prompts,
confirmation, opening the workspace, and writing to the terminal (`print` and `error`: through
`terminal.terminal_text`, so no stored text reaches the terminal raw)."""

from __future__ import annotations

import argparse
import getpass
import locale
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from veldwerk.cli.terminal import terminal_text
from veldwerk.domain.errors import DomainError
from veldwerk.texts import text

if TYPE_CHECKING:
    from veldwerk.workspace import Workspace


def common_options() -> argparse.ArgumentParser:
    """--data-dir and --lang are accepted after the command too (`veldwerk check --lang nl`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="profile folder (default: $VELDWERK_DATA_DIR or the user data dir)",
    )
    common.add_argument(
        "--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help="language of messages"
    )
    return common


def user_language(explicit: str | None = None) -> str:
    """--lang, else VELDWERK_LANG, else Dutch when the system language is Dutch, else English."""
    for value in (explicit, os.environ.get("VELDWERK_LANG")):
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    loc = locale.getlocale()[0] or ""
    return "nl" if loc.lower().startswith("nl") else "en"


def _terminal() -> bool:
    """Whether a person can answer a prompt: a windowed program (the Windows app without a
    console) has no standard input at all, and must not wait for one."""
    stdin = sys.stdin
    return stdin is not None and not stdin.closed and stdin.isatty()


@dataclass
class Context:
    args: argparse.Namespace
    lang: str

    @property
    def out(self) -> TextIO:
        return sys.stdout

    @property
    def err(self) -> TextIO:
        return sys.stderr

    @property
    def profile_dir(self) -> Path:
        from veldwerk.store.profile import default_profile_dir

        given = getattr(self.args, "data_dir", None)
        return Path(given).expanduser() if given else default_profile_dir()

    def t(self, code: str, **params: object) -> str:
        """The message `code` in the user's language; a text parameter (a ref, a path, a file
        name from a shared folder) is put in on one line, its control characters escaped."""
        values = {
            k: terminal_text(v, one_line=True) if isinstance(v, str) else v
            for k, v in params.items()
        }
        return text(code, self.lang, **values)

    def secret(self, env: str, prompt_code: str, what_code: str) -> str:
        value = os.environ.get(env)
        if value is not None:
            return value
        if not _terminal():
            raise DomainError("cli.no_terminal", params={"what": self.t(what_code), "env": env})
        return getpass.getpass(self.t(prompt_code))

    def passphrase(self) -> str:
        return self.secret("VELDWERK_PASSPHRASE", "cli.passphrase_prompt", "cli.what.passphrase")

    def new_passphrase(self) -> tuple[str, str]:
        value = os.environ.get("VELDWERK_NEW_PASSPHRASE")
        if value is not None:
            return value, value
        first = self.secret(
            "VELDWERK_NEW_PASSPHRASE", "cli.new_passphrase_prompt", "cli.what.new_passphrase"
        )
        return first, getpass.getpass(self.t("cli.repeat_prompt"))

    def confirm(self, question: str) -> bool:
        if getattr(self.args, "yes", False):
            return True
        if not _terminal():
            return False
        answer = input(self.t("cli.confirm", question=question)).strip().lower()
        return answer in ("j", "ja", "y", "yes")

    def open_workspace(self) -> Workspace:
        from veldwerk.workspace import Workspace

        return Workspace.open(self.profile_dir, self.passphrase())

    def print(self, text: str = "") -> None:
        """A line (or lines) on standard output, control characters escaped."""
        print(terminal_text(text), file=self.out)

    def error(self, text: str) -> None:
        """A line (or lines) on standard error, control characters escaped."""
        print(terminal_text(text), file=self.err)
