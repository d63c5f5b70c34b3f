"""What the GUI needs before anything heavy is imported: is there a profile yet, and a way to
import the services (SQLAlchemy, SQLCipher, the interchange) in the background while the user is
typing the passphrase."""

from __future__ import annotations

import importlib
import linecache
import pkgutil
import time
from pathlib import Path

# The names of a profile's two essential files (store/profile.py's ProfilePaths). Repeated here
# because importing the store would cost the time the unlock window must not wait for; the
# launch test checks that both agree.
KEY_FILE = "veldwerk.key"
DB_FILE = "veldwerk.db"

HEAVY_MODULES = (
    "veldwerk.workspace",
    "veldwerk.services.families",
    "veldwerk.services.config",
    "veldwerk.services.admin",
)
WINDOW_MODULES = (
    "veldwerk.ui.main_window",
    "veldwerk.ui.family_detail",
    "veldwerk.ui.family_form",
    "veldwerk.ui.change_contact",
    "veldwerk.ui.closing_dialog",
    "veldwerk.ui.settings_dialog",
)
"""The main window's code: imported (not built: widgets belong to the GUI thread) in the
background too, with every module of the family tabs."""


def profile_exists(root: Path) -> bool:
    """Whether a profile has been created in `root` (key file and database both present)."""
    return (root / KEY_FILE).is_file() and (root / DB_FILE).is_file()


def preload_services() -> float:
    """Import the services and everything below them, and the main window's modules; returns
    the seconds it took. Run on the database worker once the first window shows."""
    start = time.perf_counter()
    # PySide6's import hook reads the source of every module imported after it (to see whether
    # it uses PySide6) and linecache keeps those lines: some 26 MiB for these imports in a
    # source install (a frozen app has no sources to read). Nothing needs them kept, and
    # dropping them after each import lets the next one reuse the memory.
    for name in HEAVY_MODULES + WINDOW_MODULES:
        importlib.import_module(name)
        linecache.clearcache()
    tabs = importlib.import_module("veldwerk.ui.tabs")
    for module in pkgutil.iter_modules(tabs.__path__):
        importlib.import_module(f"veldwerk.ui.tabs.{module.name}")
    linecache.clearcache()
    return time.perf_counter() - start
