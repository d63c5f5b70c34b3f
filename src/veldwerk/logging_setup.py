"""Logging: a rotating file in the user's log folder, holding ids and counts only.

Nothing personal is ever logged: code logs record ids, counts and message codes, never names or
free text. Tracebacks of unexpected errors go to the file (the user sees a calm message); their
exception text is kept out by logging only the exception's type and the code location."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs


class _NoExceptionText(logging.Formatter):
    """Formats tracebacks as frames only: an exception's message may quote data."""

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def,override]  # noqa: N802
        import traceback

        etype, _value, tb = ei
        frames = "".join(
            f"  {Path(f.filename).name}:{f.lineno} in {f.name}\n" for f in traceback.extract_tb(tb)
        )
        return f"Traceback (frames only):\n{frames}{etype.__name__ if etype else 'Exception'}"


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
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(_NoExceptionText("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
