"""Logging: a rotating file in the user's log folder, holding ids and counts only.

Nothing personal is ever logged: code logs record ids, counts and message codes, never names or
free text. Tracebacks of unexpected errors go to the file (the user sees a calm message); their
exception text is kept out by logging only the exception's type and the code location.

Even so the log is the user's own: the folder is made private (0700) and the file and each of its
rotations (0600), whatever the umask; a log file left readable by an older version is made private
when it is opened again."""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

FOLDER_MODE = 0o700
FILE_MODE = 0o600


class _NoExceptionText(logging.Formatter):
    """Formats tracebacks as frames only: an exception's message may quote data."""

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        import traceback

        etype, _value, tb = ei
        frames = "".join(
            f"  {Path(f.filename).name}:{f.lineno} in {f.name}\n" for f in traceback.extract_tb(tb)
        )
        return f"Traceback (frames only):\n{frames}{etype.__name__ if etype else 'Exception'}"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose file is created, and kept, readable by the user only. Rotation
    renames files, so every rotation keeps the mode the file was given here."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.baseFilename, flags, FILE_MODE)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)  # an older, wider file; the umask never widens it
            return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        except BaseException:
            os.close(fd)
            raise


def _make_private(target: Path) -> None:
    """The log folder 0700, and any log file or rotation already in it 0600 (an older version
    left them readable to others). A folder that is not the user's (a VELDWERK_LOG_DIR given)
    keeps its mode; the files in it are private all the same."""
    target.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        target.parent.chmod(FOLDER_MODE)
    for old in target.parent.glob(target.name + "*"):
        if old.is_file() and not old.is_symlink():
            old.chmod(FILE_MODE)


def log_dir() -> Path:
    given = os.environ.get("VELDWERK_LOG_DIR")
    return Path(given) if given else platformdirs.user_log_path("veldwerk", appauthor=False)


def configure_logging() -> None:
    root = logging.getLogger("veldwerk")
    target = log_dir() / "veldwerk.log"
    for old in list(root.handlers):
        if getattr(old, "baseFilename", None) == str(target):
            return
        root.removeHandler(old)
        old.close()
    root.setLevel(logging.INFO)
    root.propagate = False
    try:
        _make_private(target)
        handler: logging.Handler = _PrivateRotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(_NoExceptionText("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
