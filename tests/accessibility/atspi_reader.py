"""Read veldwerk as a screen reader does: through AT-SPI, on a virtual X screen.

    dbus-run-session -- /usr/bin/python3 tests/accessibility/atspi_reader.py OUT.json [--lang nl]

Runs with the system's Python (Debian's python3-pyatspi), inside a private D-Bus session. It
starts Xvfb and the accessibility bus (at-spi-bus-launcher), makes a profile with the spec's
example families (the app's own Python, `VELDWERK_PYTHON`, default .venv/bin/python), starts
`veldwerk` on it with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, and then does what a screen reader
user does, only through AT-SPI:

1. reads the unlock window, types the passphrase into its password field and presses Unlock;
2. reads the main window, picks the first family with View › Next family, reads it again;
3. presses "Change contact person…" and reads the dialog that opens.

Each window is written to OUT.json as the list of what Orca would say of each node: its role,
name and description (with its depth and a few states). Nothing here is a test; the test
(`test_atspi_readout.py`) runs this and judges what it read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

pyatspi: Any = None
"""Debian's python3-pyatspi, imported once the accessibility bus runs (it connects on import)."""

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple 42"
MAX_NODES = 600
"""At most this many nodes are read of one window (a long list is not read to its end)."""
MAX_ROWS = 4
"""Of a table or list, only the first rows are read, as a screen reader reads what is in sight."""
STATES = ("focused", "focusable", "checked", "selected", "editable", "sensitive")


def wait_for(what: str, check: Any, timeout: float = 30.0) -> Any:
    """Poll `check()` until it gives something true; that, or an error saying `what`."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            found = check()
        except Exception:  # the tree changes under us while windows open
            found = None
        if found:
            return found
        time.sleep(0.1)
    raise SystemExit(f"timed out waiting for {what}")


def node_info(node: Any, depth: int) -> dict[str, Any]:
    """What Orca says of a node: its role, name and description, the label it is labelled by
    (Orca reads a combo box as "label, value"), and a few states."""
    states = node.getState()
    labels = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            labels += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return {
        "depth": depth,
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "labelled_by": [t for t in labels if t],
        "states": [s for s in STATES if states.contains(getattr(pyatspi, f"STATE_{s.upper()}"))],
    }


def read(
    node: Any, depth: int = 0, out: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """The visible subtree of `node`, depth first, as `node_info` dicts."""
    out = [] if out is None else out
    if len(out) >= MAX_NODES:
        return out
    states = node.getState()
    if depth and not states.contains(pyatspi.STATE_SHOWING):
        return out
    out.append(node_info(node, depth))
    role = node.getRole()
    count = node.childCount
    if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE):
        count = min(count, MAX_ROWS * 6)
    for i in range(count):
        child = node.getChildAtIndex(i)
        if child is not None:
            read(child, depth + 1, out)
    return out


def find(node: Any, role: int, name: str | None = None, depth: int = 0) -> Any:
    """The first node below `node` with `role` (and `name`, without a shortcut's &)."""
    if depth > 40:
        return None
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is None:
            continue
        if child.getRole() == role and (name is None or child.name == name):
            return child
        found = find(child, role, name, depth + 1)
        if found is not None:
            return found
    return None


def app_node() -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "veldwerk":
            return app
    return None


def window(title_part: str) -> Any:
    """The app's shown top-level window whose name holds `title_part`."""
    app = app_node()
    if app is None:
        return None
    for i in range(app.childCount):
        win = app.getChildAtIndex(i)
        if win is not None and title_part in (win.name or "") and _showing(win):
            return win
    return None


def press(node: Any) -> None:
    """Do a control's first action (Press, Toggle...), as a screen reader's Enter does."""
    action = node.queryAction()
    action.doAction(0)


def start(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)


def run(out: Path, lang: str, python: str) -> dict[str, Any]:
    texts = LABELS[lang]
    with tempfile.TemporaryDirectory(prefix="veldwerk-atspi-") as tmp:
        work = Path(tmp)
        env = dict(os.environ)
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1400x1000x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_fd,),
            stderr=(work / "xvfb.log").open("wb"),
        )
        os.close(write_fd)
        said = b""
        while not said.endswith(b"\n"):  # Xvfb writes the number, then the newline: wait for
            chunk = os.read(read_fd, 16)  # both, or it dies writing into a closed pipe
            if not chunk:
                break
            said += chunk
        display = said.decode().strip()
        os.close(read_fd)
        env["DISPLAY"] = f":{display}"
        procs: list[subprocess.Popen[bytes]] = [xvfb]
        readout: dict[str, Any] = {}
        try:
            os.environ["DISPLAY"] = env["DISPLAY"]
            procs.append(
                start(
                    ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                    env,
                    work / "bus.log",
                )
            )
            wait_for("the accessibility bus", _bus_ready, timeout=10)
            global pyatspi
            import pyatspi as atspi  # here: it connects to the accessibility bus when imported

            pyatspi = atspi
            profile = work / "profile"
            subprocess.run(
                [python, "-c", MAKE_PROFILE, str(profile), PASSPHRASE],
                env=dict(env, PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT / 'tests'}"),
                check=True,
                cwd=ROOT,
            )
            app_env = dict(
                env,
                QT_QPA_PLATFORM="xcb",
                QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                QT_ACCESSIBILITY="1",
                VELDWERK_TODAY="2026-11-24",
                VELDWERK_LOG_DIR=str(work / "logs"),
                PYTHONPATH=str(ROOT / "src"),
            )
            cmd = [python, "-m", "veldwerk", "--data-dir", str(profile), "--lang", lang]
            procs.append(start(cmd, app_env, work / "app.log"))
            unlock = wait_for("the unlock window", lambda: window("veldwerk"))
            secret = wait_for(
                "the passphrase field", lambda: find(unlock, pyatspi.ROLE_PASSWORD_TEXT)
            )
            readout["unlock"] = read(unlock)
            secret.queryEditableText().setTextContents(PASSPHRASE)
            press(
                wait_for(
                    "the unlock button",
                    lambda: find(unlock, pyatspi.ROLE_PUSH_BUTTON, texts["unlock"]),
                )
            )
            main = wait_for("the main window", _main_window)
            table = wait_for("the family list", lambda: _filled(find(main, pyatspi.ROLE_TABLE)))
            assert table is not None
            press(find(main, pyatspi.ROLE_MENU_ITEM, texts["view"]))  # the View menu opens
            next_family = wait_for(
                "View › Next family",
                lambda: _showing(_find_anywhere(pyatspi.ROLE_MENU_ITEM, texts["next_family"])),
            )
            press(next_family)
            change = wait_for(
                "the change contact button",
                lambda: _showing(find(main, pyatspi.ROLE_PUSH_BUTTON, texts["change_button"])),
            )
            readout["main"] = read(main)
            network_tab = find(main, pyatspi.ROLE_PAGE_TAB, texts["network"])
            press(network_tab)
            readout["network"] = read(
                wait_for("the eco-map", lambda: _showing(_named_like(main, texts["ecomap"])))
            )
            press(change)
            dialog = wait_for("the change contact dialog", lambda: window(texts["change_title"]))
            wait_for("the dialog's fields", lambda: find(dialog, pyatspi.ROLE_COMBO_BOX))
            readout["change_contact"] = read(dialog)
            out.write_text(json.dumps(readout, ensure_ascii=False, indent=1), encoding="utf-8")
            return readout
        except BaseException:
            if readout:
                out.write_text(json.dumps(readout, ensure_ascii=False, indent=1), encoding="utf-8")
            for log in sorted(work.glob("*.log")):  # what the app and the bus said, to see why
                print(f"--- {log.name}", log.read_text(errors="replace")[-3000:], file=sys.stderr)
            raise
        finally:
            for proc in reversed(procs):
                proc.terminate()
            for proc in reversed(procs):
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()


def _bus_ready() -> bool:
    """Whether the accessibility bus has its name on the session bus (asked without starting
    one: a second launcher, started by D-Bus without the display, would break the first)."""
    done = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            "string:org.a11y.Bus",
        ],
        capture_output=True,
        text=True,
    )
    return done.returncode == 0 and "boolean true" in done.stdout


def _main_window() -> Any:
    """The app's shown window with a menu bar (the unlock window has none)."""
    app = app_node()
    for i in range(app.childCount if app is not None else 0):
        win = app.getChildAtIndex(i)
        if win is not None and _showing(win) and find(win, pyatspi.ROLE_MENU_BAR) is not None:
            return win
    return None


def _find_anywhere(role: int, name: str) -> Any:
    """A node with `role` and `name` in any window of the app (a menu opens a window)."""
    app = app_node()
    return find(app, role, name) if app is not None else None


def _named_like(node: Any, start: str, depth: int = 0) -> Any:
    """The first node below `node` whose name starts with `start`."""
    for i in range(node.childCount if depth < 40 else 0):
        child = node.getChildAtIndex(i)
        if child is None:
            continue
        if (child.name or "").startswith(start):
            return child
        found = _named_like(child, start, depth + 1)
        if found is not None:
            return found
    return None


def _filled(table: Any) -> Any:
    return table if table is not None and table.childCount > 8 else None


def _showing(node: Any) -> Any:
    if node is not None and node.getState().contains(pyatspi.STATE_SHOWING):
        return node
    return None


LABELS = {
    "en": {
        "unlock": "Unlock",
        "view": "View",
        "next_family": "Next family",
        "network": "Network",
        "ecomap": "Eco-map of the network",
        "change_button": "Change contact person",
        "change_title": "Change contact person",
    },
    "nl": {
        "unlock": "Openen",
        "view": "Beeld",
        "next_family": "Volgend gezin",
        "network": "Netwerk",
        "ecomap": "Ecogram van het netwerk",
        "change_button": "Contactpersoon wisselen",
        "change_title": "Contactpersoon wisselen",
    },
}
"""The texts the reader looks for, as the app shows them in each language."""

MAKE_PROFILE = """
import sys
from pathlib import Path
import support.profiles as profiles
import support.shell as shell
profiles.PASSPHRASE = sys.argv[2]  # the copied template opens with the reader's passphrase
shell.make_profile(Path(sys.argv[1]))
"""
"""Run by the app's Python: a profile with the spec's example families (fast test KDF)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=sorted(LABELS), default="en")
    args = parser.parse_args(argv)
    python = os.environ.get("VELDWERK_PYTHON", str(ROOT / ".venv" / "bin" / "python"))
    run(args.out, args.lang, python)
    return 0


if __name__ == "__main__":
    sys.exit(main())
