"""The throwaway demo profile behind ``veldwerk --demo``: an ordinary workspace with a cleanup.

`open_demo()` creates a profile in a fresh temporary folder, fills it with
`demo_families(today)` and returns a `Demo`: the open `Workspace` (no subclass, nothing special
about it) and `cleanup()`, which closes the workspace and removes the whole folder. As a context
manager it gives the workspace and cleans up on leaving. Whoever holds the demo calls the cleanup
once the workspace is closed (the app does so when it locks or quits); it also runs, at the
latest, when the program exits.

The profile is opened with a fixed, published passphrase and the cheap test KDF
(`keys.FAST_KDF_FOR_TESTS`): that is acceptable ONLY because it holds demo data and is thrown
away. Never put real family data in it.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from veldwerk.domain import clock
from veldwerk.samples.demo_families import demo_families
from veldwerk.store import keys
from veldwerk.workspace import Workspace

log = logging.getLogger(__name__)

__all__ = [
    "DEMO_FOLDER_PREFIX",
    "DEMO_PASSPHRASE",
    "DEMO_REGION",
    "Demo",
    "demo_families",
    "open_demo",
]

DEMO_PASSPHRASE = "Demo-profiel: alleen verzonnen gezinnen, 2 x 6 stuks!"
"""Published on purpose: the demo profile holds only fictional data and is thrown away."""

DEMO_REGION = "Noord-Veluwe demo"
"""A region name keeps the rule of `domain.region` (letters, digits, spaces, - and ')."""
DEMO_FOLDER_PREFIX = "veldwerk-demo-"
DEMO_USER = (
    ("user_name", "Jeroen Kuipers"),
    ("organisation", "Sociaal Team Elburg"),
    ("role", "casusregisseur"),
)
"""Who uses the demo: the fixed contact of several of its families (made up, as they are)."""


@dataclass(eq=False)
class Demo:
    """An open demo profile: its ordinary `workspace` and the temporary `folder` it lives in."""

    workspace: Workspace
    folder: Path

    def cleanup(self) -> None:
        """Close the workspace (if still open) and remove the whole demo folder; idempotent.
        Call it on the thread that owns the workspace, or after that thread closed it."""
        try:
            self.workspace.close()
        finally:
            atexit.unregister(self.cleanup)
            _remove_folder(self.folder)

    def __enter__(self) -> Workspace:
        return self.workspace

    def __exit__(self, *exc: object) -> None:
        self.cleanup()


def _remove_folder(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
        log.info("demo profile removed")


def open_demo(today: date | None = None) -> Demo:
    """A new demo profile in a fresh temporary folder, filled with `demo_families(today)`,
    region "Noord-Veluwe demo" and no language chosen, returned open with its cleanup.

    `today` defaults to `clock.today()`. The import checks the rules on `clock.today()`, so a
    `today` after it is refused (a child would be born in the future); an earlier one works but
    the family list then shows phases as of `clock.today()`. On any failure nothing is left
    behind."""
    day = today or clock.today()
    root = Path(tempfile.mkdtemp(prefix=DEMO_FOLDER_PREFIX))
    try:
        ws, _recovery = Workspace.create(root, DEMO_PASSPHRASE, kdf=keys.FAST_KDF_FOR_TESTS)
    except BaseException:
        _remove_folder(root)
        raise
    demo = Demo(ws, root)
    try:
        for name, value in DEMO_USER:  # the access log and the team screens name the user
            ws.config.set(name, value)
        ws.families.import_families(demo_families(day))
        ws.config.set("region", DEMO_REGION)
    except BaseException:
        demo.cleanup()
        raise
    atexit.register(demo.cleanup)
    log.info("demo profile opened with %d families", ws.families.count())
    return demo
