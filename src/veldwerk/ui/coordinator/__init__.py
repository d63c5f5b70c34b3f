"""The coordinator window (`veldwerk coordinator`, and the app's menu entry).

- `open_coordinator_window(parent, worker=...)`: from inside the app; the window uses the app's
  language and the default coordinator database, and starts at the profile's shared folder (the
  `shared_folder` setting, asked of the config service on the database worker).
- `run_coordinator_window(args, ctx)`: the `veldwerk coordinator` command; makes the application,
  installs the translations and runs until the window is closed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["open_coordinator_window", "run_coordinator_window"]


def open_coordinator_window(parent: Any = None, *, worker: Any = None, **options: Any) -> Any:
    """Show a new coordinator window (a top-level window that `parent` owns) and return it.
    `options` are `CoordinatorWindow`'s (db_url, shared_dir, key, threshold, lang, trusted_keys,
    workers). With the app's database `worker` and no `shared_dir`, the window starts at the
    profile's configured shared folder once the config service has answered."""
    from veldwerk.ui.coordinator.window import CoordinatorWindow

    window = CoordinatorWindow(parent, **options)
    window.setAttribute(_delete_on_close(), True)
    window.show()
    window.raise_()
    window.activateWindow()
    if worker is not None and options.get("shared_dir") is None:
        _start_at_shared_folder(window, worker)
    return window


def _start_at_shared_folder(window: Any, worker: Any) -> None:
    """Ask the config service (on the worker) for the `shared_folder` setting and fill it in,
    if the window is still open by then."""
    from shiboken6 import isValid

    def done(folder: str | None) -> None:
        if isValid(window):
            window.start_at_folder(folder)

    worker.call(lambda ws: ws.config.get("shared_folder"), done, lambda _error: None)


def _delete_on_close() -> Any:
    from PySide6.QtCore import Qt

    return Qt.WidgetAttribute.WA_DeleteOnClose


def run_coordinator_window(args: Any, ctx: Any) -> int:
    """The `veldwerk coordinator` command: the window on its own, in the user's language."""
    from veldwerk.coordinator.perturb import DEFAULT_THRESHOLD
    from veldwerk.ui.app import application
    from veldwerk.ui.i18n import Translations, normalise

    app = application()
    translations = Translations()
    translations.install(normalise(getattr(args, "lang", None) or ctx.lang))
    shared = getattr(args, "shared_dir", None)
    key = getattr(args, "key", None)
    trusted = getattr(args, "trusted_keys", None)
    window = open_coordinator_window(
        None,
        db_url=getattr(args, "db", None),
        shared_dir=Path(shared) if shared else None,
        key=Path(key) if key else None,
        threshold=int(getattr(args, "threshold", DEFAULT_THRESHOLD)),
        lang=translations.lang,
        trusted_keys=Path(trusted) if trusted else None,
        workers=getattr(args, "workers", None),
    )
    app._veldwerk_translations = translations  # type: ignore[attr-defined]  # keep alive
    # the command ends with its window, whatever other windows the process may still show
    window.destroyed.connect(app.quit)
    return int(app.exec())
