"""GUI benchmark: 1,000 families, one of them with 2,000 events, and five figures with budgets.

    .venv/bin/python benchmarks/bench_gui.py [--families 1000] [--events 2000] [--keep DIR]

1. launch -> unlock window on screen (a fresh `python -m veldwerk` process; budget 0.4 s)
2. unlock -> main window populated (from the moment the key is accepted, and, for
   information, from the click including the Argon2id key derivation; budget 0.5 s)
3. switch to a family and draw all its tabs (the 2,000-event family; budget 100 ms)
4. one search keystroke (filter + repaint of the list; budget 30 ms)
5. memory (resident set) after unlock (budget 200 MiB)

The profile is made once in a temporary folder with the real key derivation. Figures 2-5 are
measured in a fresh process, so memory is what a user's session holds. Offscreen unless
QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

PASSPHRASE = "bench paard fiets regen appel"
BIG_REF = "BENCH-BIG-0001"
BUDGETS = {
    "launch_to_unlock_window_s": 0.4,
    "unlock_to_main_populated_s": 0.5,
    "family_switch_all_tabs_ms": 100.0,
    "search_keystroke_ms": 30.0,
    "memory_after_unlock_mib": 200.0,
}


def prepare(root: Path, families: int, events: int) -> None:
    """The profile: `families - 1` synthetic families plus one with `events` events."""
    from veldwerk.samples.synthetic import synthetic_families
    from veldwerk.workspace import Workspace

    many = synthetic_families(families - 1, 12, seed=7)
    (big,) = synthetic_families(1, events, seed=8)
    big = replace(big, ref=BIG_REF)
    ws, _key = Workspace.create(root, PASSPHRASE)
    try:
        ws.families.import_families([*many, big])
    finally:
        ws.close()


def launch_times(root: Path, runs: int) -> list[float]:
    env = dict(os.environ, VELDWERK_STARTUP_PROBE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "veldwerk", "--data-dir", str(root)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        shown = next(
            float(line.split()[1])
            for line in out.stdout.splitlines()
            if line.startswith("VELDWERK_SHOWN")
        )
        times.append(shown - start)
    return times


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def session_figures(root: Path) -> dict[str, float]:
    """Figures 2-5, in this (fresh) process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from veldwerk.ui import style
    from veldwerk.ui.session import Session

    app = QApplication([sys.argv[0]])
    style.apply(app)
    session = Session(root, "nl")
    session.start()
    window = session.unlock_window
    assert window is not None

    def spin(until, limit: float = 120.0) -> None:  # type: ignore[no-untyped-def]
        end = time.perf_counter() + limit
        while not until():
            if time.perf_counter() > end:
                raise TimeoutError("the app did not get there in time")
            app.processEvents()
            time.sleep(0.0005)

    # a user takes a few seconds to type the passphrase: meanwhile the services are imported
    # and the (empty) main window is built
    spin(lambda: session.main_window is not None and session.worker.idle)
    marks: dict[str, float] = {}
    opened = session._opened

    def mark_opened() -> None:
        marks["opened"] = time.perf_counter()
        opened()

    session._opened = mark_opened  # type: ignore[method-assign]
    window.secret.setText(PASSPHRASE)
    marks["click"] = time.perf_counter()
    window.unlock_button.click()
    spin(
        lambda: (
            session.main_window is not None
            and session.main_window.isVisible()
            and session.main_window.list_panel.model.total > 0
        )
    )
    main = session.main_window
    main.repaint()
    app.processEvents()
    marks["populated"] = time.perf_counter()
    memory = rss_mib()

    model = main.list_panel.model
    switches = []
    parts: dict[str, list[float]] = {"set_family": [], "paint": []}
    show_family = main.show_family

    def timed_show(family):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        show_family(family)
        marks["shown"] = time.perf_counter()
        parts["set_family"].append((marks["shown"] - began) * 1000)

    main.show_family = timed_show  # type: ignore[method-assign]
    for ref in (BIG_REF, model.shown()[0].ref, BIG_REF, model.shown()[1].ref, BIG_REF):
        row = next(i for i, s in enumerate(model.shown()) if s.ref == ref)
        start = time.perf_counter()
        main.list_panel.view.setCurrentIndex(model.index(row, 0))
        spin(lambda r=ref: main.current_family is not None and main.current_family.ref == r)
        painted = time.perf_counter()
        for index in range(main.detail.tab_widget.count()):
            main.detail.set_current_tab(index)
            main.detail.tab_widget.currentWidget().repaint()
        main.detail.set_current_tab(0)
        app.processEvents()
        if ref == BIG_REF:
            switches.append((time.perf_counter() - start) * 1000)
            parts["paint"].append((time.perf_counter() - painted) * 1000)
    memory_after = rss_mib()

    keys = []
    search = main.list_panel.search
    search.setFocus()
    for char in "gezin a":
        start = time.perf_counter()
        QTest.keyClick(search, char if char != " " else Qt.Key.Key_Space)
        main.list_panel.view.viewport().repaint()
        keys.append((time.perf_counter() - start) * 1000)
    session.shutdown()
    return {
        "unlock_to_main_populated_s": marks["populated"] - marks["opened"],
        "click_to_main_populated_incl_key_derivation_s": marks["populated"] - marks["click"],
        "family_switch_all_tabs_ms": max(switches[1:]) if len(switches) > 1 else switches[0],
        "family_switch_first_time_ms": switches[0],
        "family_switch_set_family_ms": parts["set_family"][-1],
        "family_switch_paint_tabs_ms": parts["paint"][-1],
        "search_keystroke_ms": statistics.median(keys),
        "search_keystroke_max_ms": max(keys),
        "memory_after_unlock_mib": memory,
        "memory_after_switching_mib": memory_after,
        "families_listed": float(model.total),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", type=int, default=1000)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--launch-runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="use (or make) the profile in this folder")
    parser.add_argument("--session-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.session_only:
        print(json.dumps(session_figures(args.session_only)))
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="veldwerk-bench-"))
    root = work / "profile"
    try:
        if not (root / "veldwerk.db").exists():
            start = time.perf_counter()
            prepare(root, args.families, args.events)
            print(
                f"profile prepared: {args.families} families, one with {args.events} events "
                f"({time.perf_counter() - start:.1f} s)"
            )
        launches = launch_times(root, args.launch_runs)
        out = subprocess.run(
            [sys.executable, __file__, "--session-only", str(root)],
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
        figures = json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    figures["launch_to_unlock_window_s"] = statistics.median(launches)
    figures["launch_to_unlock_window_min_s"] = min(launches)
    rows = [
        ("launch -> unlock window shown (median)", "launch_to_unlock_window_s", "s", 3),
        ("  fastest launch", "launch_to_unlock_window_min_s", "s", 3),
        ("unlock (key accepted) -> main window populated", "unlock_to_main_populated_s", "s", 3),
        (
            "  for information: click -> populated, incl. Argon2id",
            "click_to_main_populated_incl_key_derivation_s",
            "s",
            3,
        ),
        ("switch to the 2,000-event family, draw all tabs", "family_switch_all_tabs_ms", "ms", 1),
        (
            "  of which: give the family to the card and tabs",
            "family_switch_set_family_ms",
            "ms",
            1,
        ),
        ("  of which: paint the five tabs", "family_switch_paint_tabs_ms", "ms", 1),
        ("  first switch (read from the database)", "family_switch_first_time_ms", "ms", 1),
        ("one search keystroke (median)", "search_keystroke_ms", "ms", 1),
        ("  slowest keystroke", "search_keystroke_max_ms", "ms", 1),
        ("memory after unlock", "memory_after_unlock_mib", "MiB", 0),
        ("  after switching families", "memory_after_switching_mib", "MiB", 0),
    ]
    failed = False
    print(
        f"families listed: {int(figures['families_listed'])}; load average now "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    for text, key, unit, digits in rows:
        value = figures[key]
        budget = BUDGETS.get(key)
        verdict = ""
        if budget is not None:
            ok = value <= budget
            failed = failed or not ok
            verdict = f"(budget {budget:g} {unit}: {'ok' if ok else 'OVER'})"
        print(f"{text:<52} {value:>9.{digits}f} {unit:<3} {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
