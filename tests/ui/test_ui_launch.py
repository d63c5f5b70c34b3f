"""Starting the app: the first window comes without the heavy imports, `veldwerk` really shows
it, the translations are complete and in step with the code, every input has an accessible name,
and the demo opens."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from support.shell import WAIT_MS, Shell, choose_family, make_profile
from veldwerk.ui.launch import DB_FILE, KEY_FILE, profile_exists

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
SHELL_SOURCES = sorted((ROOT / "src" / "veldwerk" / "ui").glob("*.py"))


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def test_profile_check_agrees_with_the_store(tmp_path) -> None:
    """The GUI's quick "is there a profile" check uses the store's own file names."""
    from veldwerk.store.profile import ProfilePaths

    paths = ProfilePaths(tmp_path)
    assert (paths.key_file.name, paths.db.name) == (KEY_FILE, DB_FILE)
    assert not profile_exists(tmp_path)
    make_profile(tmp_path / "p", example=False)
    assert profile_exists(tmp_path / "p") == ProfilePaths(tmp_path / "p").exists()


def test_first_window_needs_no_database_imports() -> None:
    """Everything needed up to the unlock or first-run window imports neither SQLAlchemy nor
    SQLCipher nor the services (they load on the worker while the user types)."""
    code = (
        "import sys\n"
        "import veldwerk.ui.app, veldwerk.ui.session, veldwerk.ui.unlock, veldwerk.ui.first_run\n"
        "bad = [m for m in ('sqlalchemy', 'sqlcipher3', 'veldwerk.workspace',"
        " 'veldwerk.store.database', 'jsonschema') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""


def test_veldwerk_command_shows_the_unlock_window_quickly(tmp_path) -> None:
    """`python -m veldwerk --data-dir DIR` on an existing profile shows the unlock window (the
    startup probe reports it on screen); generous limit here, the benchmark has the budget."""
    make_profile(tmp_path / "p", example=False)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VELDWERK_STARTUP_PROBE="1")
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "veldwerk", "--data-dir", str(tmp_path / "p")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    shown = float(
        next(
            line.split()[1] for line in out.stdout.splitlines() if line.startswith("VELDWERK_SHOWN")
        )
    )
    assert shown - start < 5.0


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_dutch_translation_is_complete() -> None:
    """Every string of the shell has a finished Dutch translation (plural forms included)."""
    messages = _messages(TRANSLATIONS / "veldwerk_nl.ts")
    assert len(messages) > 150
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") not in ("unfinished", "vanished")
        forms = [f.text for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            assert len(forms) == 2 and all(forms), message.findtext("source")
        else:
            assert (translation.text or "").strip(), message.findtext("source")


def test_translation_files_are_in_step_with_the_code(tmp_path) -> None:
    """Running lupdate over the shell's code finds no string the .ts file lacks (a new string
    without Dutch would show up in English)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *map(str, SHELL_SOURCES), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )

    def keys(ts: Path) -> set[tuple[str, str]]:
        root = ET.parse(ts).getroot()
        return {
            (ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in root.iter("context")
            for m in ctx.iter("message")
        }

    missing = keys(fresh) - keys(TRANSLATIONS / "veldwerk_nl.ts")
    assert not missing


def test_compiled_dutch_translation_is_used(shell, qtbot) -> None:
    """The compiled .qm (built at install) is found through importlib.resources and used."""
    from veldwerk import assets

    if not assets.translation_names("nl"):
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build_translations.py")],
            check=True,
            timeout=120,
        )
    assert "veldwerk_nl.qm" in assets.translation_names("nl")
    session = shell.start("nl", example=False)
    assert session.unlock_window.subtitle.text().startswith("Je dossiers zijn vergrendeld")


def _unnamed_inputs(root: QWidget) -> list[str]:
    kinds = (QLineEdit, QComboBox, QSpinBox, QDateEdit, QAbstractButton)
    unnamed = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if "tabs" in type(widget).__module__ or _inside_tabs(widget):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QComboBox, QSpinBox, QDateEdit)
        ):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            unnamed.append(f"{type(widget).__name__}:{widget.objectName()}")
    return unnamed


def _inside_tabs(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__module__.startswith("veldwerk.ui.tabs"):
            return True
        parent = parent.parentWidget()
    return False


def test_every_input_of_the_shell_has_an_accessible_name(shell, qtbot) -> None:
    """Screen readers can name every input and button of the shell's windows and dialogs."""
    session, main = shell.open("nl")
    choose_family(qtbot, main, "HW-2026-001")
    assert _unnamed_inputs(session.unlock_window) == []
    assert _unnamed_inputs(main) == []
    for open_dialog in (
        main.new_family,
        main.change_contact,
        main.edit_details,
        session.open_settings,
    ):
        dialog = open_dialog()
        qtbot.waitUntil(lambda d=dialog: d.isVisible(), timeout=WAIT_MS)
        assert _unnamed_inputs(dialog) == [], type(dialog).__name__
        dialog.reject()
    for action in (
        main.new_family_action,
        main.import_action,
        main.find_action,
        main.lock_action,
        main.print_action,
        main.settings_action,
        main.quit_action,
    ):
        assert action.shortcut().toString(), action.text()
        assert any(action in menu.actions() for menu in (main.file_menu, main.edit_menu))


def test_demo_opens_with_families_and_demo_in_the_title(shell, qtbot) -> None:
    """`veldwerk --demo`: a throwaway profile full of synthetic families, DEMO in the title."""
    from veldwerk.ui.session import Session

    session = Session(Path(), "nl", demo=True)
    shell.sessions.append(session)
    window = session.start()
    qtbot.addWidget(window)
    assert "DEMO" in window.windowTitle()
    qtbot.waitUntil(
        lambda: session.is_unlocked and session.worker.idle and window.list_panel.model.total >= 10,
        timeout=60_000,
    )
    assert window.demo_badge.isVisible()
    assert session.profile_dir != Path()


def test_the_demo_leaves_no_profile_behind_after_lock_unlock_and_quit(
    shell, qtbot, tmp_path, monkeypatch
) -> None:
    """The demo is an ordinary workspace with a cleanup: locking removes its throwaway profile
    folder, unlocking makes a fresh one, and quitting removes that one there and then (not only
    when the process exits)."""
    from veldwerk.samples.demo import DEMO_PASSPHRASE
    from veldwerk.ui.session import Session

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    session = Session(Path(), "nl", demo=True)
    shell.sessions.append(session)
    window = session.start()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: session.is_unlocked and session.worker.idle, timeout=60_000)
    assert [p.name for p in temp.iterdir()] == [session.profile_dir.name]
    session.lock()
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert list(temp.iterdir()) == []
    session.unlock_window.secret.setText(DEMO_PASSPHRASE)
    session.unlock_window.unlock_button.click()
    qtbot.waitUntil(lambda: session.is_unlocked and session.worker.idle, timeout=60_000)
    assert len(list(temp.iterdir())) == 1
    session.shutdown()
    assert list(temp.iterdir()) == []


def test_demo_locks_and_unlocks_with_its_published_passphrase(shell, qtbot) -> None:
    """Locking the demo throws its profile away; its published passphrase opens a fresh one and
    returns to the same family."""
    from veldwerk.samples.demo import DEMO_PASSPHRASE
    from veldwerk.ui.session import Session

    session = Session(Path(), "en", demo=True)
    shell.sessions.append(session)
    window = session.start()
    qtbot.addWidget(window)
    qtbot.waitUntil(
        lambda: session.is_unlocked and session.worker.idle and window.list_panel.model.total >= 10,
        timeout=60_000,
    )
    first_root = session.profile_dir
    ref = window.list_panel.model.shown()[1].ref
    choose_family(qtbot, window, ref)
    session.lock()
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert not first_root.exists()
    unlock_window = session.unlock_window
    assert DEMO_PASSPHRASE in unlock_window.demo_label.text()
    unlock_window.secret.setText(DEMO_PASSPHRASE)
    unlock_window.unlock_button.click()
    qtbot.waitUntil(
        lambda: window.current_family is not None and session.worker.idle, timeout=60_000
    )
    assert window.current_family.ref == ref
