"""Probes for the benchmarks and the frozen app's smoke test, switched on by environment
variables (none is set in normal use; each only reports on standard output or writes the file
it is given, and never changes a profile beyond what a user's own clicks would):

- ``VELDWERK_STARTUP_PROBE``: print ``VELDWERK_SHOWN <epoch seconds>`` once the first window is
  on screen, and quit (launch time).
- ``VELDWERK_PROBE_UNLOCK``: type ``VELDWERK_PASSPHRASE`` into the unlock window once the
  services are imported (as a person would, some seconds after it showed), unlock, print
  ``VELDWERK_UNLOCKED <epoch seconds> <resident MiB>`` when the main window is populated, and
  quit (unless ``VELDWERK_PROBE_QUIT_AFTER`` is set).
- ``VELDWERK_PROBE_SCREENSHOT=FILE.png``: save the first window (first run or unlock) as
  ``FILE-first.png`` and, once the main window is populated (the demo's too), the main window
  as ``FILE``, printing ``VELDWERK_SCREENSHOT <file>`` for each.
- ``VELDWERK_PROBE_QUIT_AFTER=SECONDS``: quit cleanly that long after the first window showed,
  printing ``VELDWERK_ALIVE <seconds>`` (the smoke test: the demo stays up).

With any of them the first window's kind is printed, ``VELDWERK_FIRST_WINDOW <class name>``,
and the translations found for the language shown: ``VELDWERK_TRANSLATIONS <lang> <veldwerk's
.qm files> <Qt's own (qtbase) found: 0 or 1>``.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

STARTUP_PROBE_ENV = "VELDWERK_STARTUP_PROBE"
UNLOCK_ENV = "VELDWERK_PROBE_UNLOCK"
SCREENSHOT_ENV = "VELDWERK_PROBE_SCREENSHOT"
QUIT_AFTER_ENV = "VELDWERK_PROBE_QUIT_AFTER"
POLL_MS = 50
ROWS_WAIT_POLLS = 200
"""How long (in polls) a screenshot waits for the family list to fill before it is taken."""


def resident_mib() -> float:
    """This process's resident set in MiB (Linux: /proc; elsewhere the peak from getrusage)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    except (ImportError, OSError):
        return float("nan")


def _say(line: str) -> None:
    print(line, flush=True)


def install(session: Any, window: Any, app: Any) -> None:
    """Switch on the probes the environment asks for (see the module's text)."""
    names = (STARTUP_PROBE_ENV, UNLOCK_ENV, SCREENSHOT_ENV, QUIT_AFTER_ENV)
    if not any(os.environ.get(name) for name in names):
        return
    _say(f"VELDWERK_FIRST_WINDOW {type(window).__name__}")
    _say_translations(session.lang)
    if os.environ.get(STARTUP_PROBE_ENV):
        _startup(window, app)
        return
    seconds = os.environ.get(QUIT_AFTER_ENV)
    if os.environ.get(UNLOCK_ENV):
        _unlock_when_ready(session)
    shot = os.environ.get(SCREENSHOT_ENV)
    if shot and window is not session.main_window:
        first = shot[: -len(".png")] if shot.lower().endswith(".png") else shot
        _save_when_painted(window, f"{first}-first.png")
    if shot or os.environ.get(UNLOCK_ENV):
        quit_app = app if os.environ.get(UNLOCK_ENV) and not seconds else None
        session.main_shown.connect(lambda: _main_shown(session, shot, quit_app))
    if seconds:
        _quit_after(float(seconds), app)


def _say_translations(lang: str) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from veldwerk import assets

    qt = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = lang != "en" and qt.load(f"qtbase_{lang}", path)
    _say(f"VELDWERK_TRANSLATIONS {lang} {len(assets.translation_names(lang))} {int(found)}")


def _startup(window: Any, app: Any) -> None:
    from PySide6.QtCore import QTimer

    def report() -> None:
        _say(f"VELDWERK_SHOWN {time.time():.6f}")
        app.quit()

    window.repaint()
    QTimer.singleShot(0, report)


def _unlock_when_ready(session: Any) -> None:
    from PySide6.QtCore import QTimer

    passphrase = os.environ.get("VELDWERK_PASSPHRASE", "")
    timer = QTimer(session)

    def poll() -> None:
        window = session.unlock_window
        if window is None or session.main_window is None or not session.worker.idle:
            return
        timer.stop()
        window.secret.setText(passphrase)
        window.unlock_button.click()

    timer.timeout.connect(poll)
    timer.start(POLL_MS)


def _save_when_painted(window: Any, path: str) -> None:
    from PySide6.QtCore import QTimer

    def save() -> None:
        window.repaint()
        window.grab().save(path, "PNG")
        _say(f"VELDWERK_SCREENSHOT {path}")

    QTimer.singleShot(POLL_MS, save)


def _main_shown(session: Any, shot: str | None, quit_app: Any) -> None:
    from PySide6.QtCore import QTimer

    window = session.main_window
    if window is None:
        return
    polls = [0]

    def report() -> None:
        polls[0] += 1
        if window.list_panel.model.total == 0 and polls[0] < ROWS_WAIT_POLLS:
            QTimer.singleShot(POLL_MS, report)  # the rows are still on their way
            return
        window.repaint()
        if os.environ.get(UNLOCK_ENV):
            _say(f"VELDWERK_UNLOCKED {time.time():.6f} {resident_mib():.1f}")
        if shot:
            window.grab().save(shot, "PNG")
            _say(f"VELDWERK_SCREENSHOT {shot}")
        if quit_app is not None:
            quit_app.quit()

    QTimer.singleShot(0, report)


def _quit_after(seconds: float, app: Any) -> None:
    from PySide6.QtCore import Qt, QTimer

    started = time.monotonic()
    timer = QTimer(app)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setSingleShot(True)

    def quit_now() -> None:
        left = seconds - (time.monotonic() - started)
        if left > 0:  # a timer may fire a little early
            timer.start(int(left * 1000) + 1)
            return
        _say(f"VELDWERK_ALIVE {time.monotonic() - started:.1f}")
        app.quit()

    timer.timeout.connect(quit_now)
    timer.start(int(seconds * 1000))
