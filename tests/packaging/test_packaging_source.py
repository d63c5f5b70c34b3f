"""What the frozen app relies on, checked in the source install: the Alembic scripts are found
as files through importlib.resources (and a missing folder is named, not an AssertionError),
the version has one source, freeze_support runs before the command line in a frozen program,
and the probes the smoke test drives the app with."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from support.common import EXAMPLE
from support.shell import Shell

ROOT = Path(__file__).resolve().parents[2]


def test_migration_scripts_are_found_as_files_for_both_databases() -> None:
    """Alembic reads env.py and versions/*.py from a folder: both packages have one, with
    every revision, and both heads are known."""
    from veldwerk.coordinator import database
    from veldwerk.store import migrate

    for package in ("veldwerk.store", "veldwerk.coordinator"):
        folder = Path(migrate.script_folder(package))
        assert (folder / "env.py").is_file()
        assert list((folder / "versions").glob("*.py"))
    assert migrate.head_revision() in migrate.known_revisions()
    assert database.head_revision() in database.known_revisions()


def test_missing_migration_scripts_are_named(tmp_path, monkeypatch) -> None:
    """A package frozen without its scripts (the old spec's fault) says where it looked,
    instead of an AssertionError deep in Alembic."""
    from veldwerk.store import migrate

    pkg = tmp_path / "frozenpkg"
    (pkg / "migrations" / "versions").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(migrate.MigrationScriptsMissing, match="frozenpkg"):
        migrate.script_folder("frozenpkg")
    (pkg / "migrations" / "env.py").write_text("")
    with pytest.raises(migrate.MigrationScriptsMissing, match="versions"):
        migrate.script_folder("frozenpkg")


def test_version_comes_from_the_package_metadata(capsys) -> None:
    """pyproject.toml's version, installed as metadata, is what --version says."""
    import veldwerk
    from veldwerk.cli.main import main

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert veldwerk.version() == metadata.version("veldwerk") == declared
    assert veldwerk.__version__ == declared
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.strip() == f"veldwerk {declared}"


def test_about_shows_the_version(qtbot, tmp_path, monkeypatch) -> None:
    """Help › About names the installed version."""
    import veldwerk

    shell = Shell(qtbot, tmp_path, monkeypatch)
    try:
        _session, main = shell.open("en", example=False)
        main.about()
        (kind, title, text), *_ = shell.dialogs.calls
        assert kind == "information" and veldwerk.version() in text
    finally:
        shell.close()


def test_a_frozen_program_runs_freeze_support_before_the_command_line(monkeypatch, capsys):
    """A worker process of the frozen app is the same executable: freeze_support must get it
    before argparse (else it would try to parse the worker's arguments or open a window)."""
    import multiprocessing

    from veldwerk.__main__ import main

    calls: list[str] = []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: calls.append("freeze"))
    with pytest.raises(SystemExit):
        main(["--version"])
    assert calls == ["freeze"] and sys.dont_write_bytecode


def test_demo_probe_stays_up_and_saves_its_window(tmp_path) -> None:
    """The probes the frozen smoke test uses: the demo stays up for the time asked, saves its
    populated main window as a PNG and quits cleanly."""
    shot = tmp_path / "demo.png"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        VELDWERK_PROBE_SCREENSHOT=str(shot),
        VELDWERK_PROBE_QUIT_AFTER="1",
    )
    out = subprocess.run(
        [sys.executable, "-m", "veldwerk", "--demo", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "VELDWERK_FIRST_WINDOW MainWindow" in lines
    assert f"VELDWERK_SCREENSHOT {shot}" in lines
    assert any(line.startswith("VELDWERK_ALIVE 1") for line in lines)
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_unlock_probe_reports_memory_after_unlock(tmp_path) -> None:
    """The benchmark's unlock probe types the passphrase, waits for the populated main window
    and reports the resident memory, then quits."""
    from support.common import PASSPHRASE
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS
    from veldwerk.workspace import Workspace

    ws, _key = Workspace.create(tmp_path / "p", PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    ws.families.import_file(EXAMPLE)
    ws.close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        VELDWERK_PROBE_UNLOCK="1",
        VELDWERK_PASSPHRASE=PASSPHRASE,
    )
    out = subprocess.run(
        [sys.executable, "-m", "veldwerk", "--data-dir", str(tmp_path / "p")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    (line,) = [x for x in out.stdout.splitlines() if x.startswith("VELDWERK_UNLOCKED")]
    assert 20 < float(line.split()[2]) < 2000


def test_init_without_any_standard_input_says_what_to_set(monkeypatch, tmp_path, capsys):
    """The Windows app has no console and no standard input: `init` must not wait on a prompt
    nobody can see, it says which variable to set."""
    from veldwerk.cli.main import main

    monkeypatch.setattr(sys, "stdin", None)
    code = main(["--lang", "en", "--data-dir", str(tmp_path / "p"), "init"])
    assert code == 1 and "VELDWERK_NEW_PASSPHRASE" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


def test_worker_processes_can_be_asked_for_from_the_first_bundle(monkeypatch, caplog) -> None:
    """VELDWERK_POOL_FROM_START sends bundles to worker processes at once (the smoke test
    proves with it that the frozen app's workers start); their answer is the same."""
    import logging

    from veldwerk.coordinator import checker
    from veldwerk.learning.envelope import MARKER

    monkeypatch.setenv(checker.POOL_FROM_START_ENV, "1")
    check = checker.Checker(None, workers=2)
    try:
        with caplog.at_level(logging.INFO, logger=checker.__name__):
            check.submit(MARKER + b"not a bundle", "0" * 64)
            (result,) = list(check.results(block=True))
    finally:
        check.close()
    assert "checking bundles in 2 worker processes" in caplog.text
    assert isinstance(result, checker.Refused) and result.sha256 == "0" * 64


def test_preloading_the_services_keeps_no_source_lines() -> None:
    """PySide6's import hook reads every imported module's source into linecache (26 MiB of a
    source install's memory after unlock); the preload drops them."""
    import linecache

    from veldwerk.ui.launch import preload_services

    linecache.getlines(__file__)  # something cached, as the hook would
    preload_services()
    assert linecache.cache == {}
