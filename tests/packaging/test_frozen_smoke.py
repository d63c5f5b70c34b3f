"""The frozen app, driven as a case director's and a coordinator's computer would: --version,
init, import of the spec's example, families --json, overview, check, the learning data to a
coordinator key, collect (its worker processes started from the frozen program), enrol; the
demo stays up 10 seconds and draws its main window; the first run starts in the user data
folder; and the program folder is not written to.

Skipped unless ``VELDWERK_FROZEN_APP`` names a frozen folder (``scripts/package.sh --smoke``
and the CI workflow set it, after building or reusing a build of the same content). The demo
runs on a real X server when ``Xvfb`` is installed (as it is where package.sh installs it),
otherwise offscreen; its screenshot is kept in ``$VELDWERK_SMOKE_SHOTS`` (default
``build/smoke-shots``) for a person to look at.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import stat
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "data" / "case-file.example.json"
FROZEN = os.environ.get("VELDWERK_FROZEN_APP", "")
PASSPHRASE = "rustige middag bij de bakker op de hoek"
TIMEOUT = 180

pytestmark = pytest.mark.skipif(
    not FROZEN, reason="no frozen app given (VELDWERK_FROZEN_APP; scripts/package.sh --smoke)"
)


def _programs(folder: Path) -> tuple[Path, Path]:
    """(the command-line program, the program whose windows the tests drive) of a frozen
    folder. On Windows both are veldwerk-cli.exe: veldwerk.exe has no console, so nothing it
    prints reaches the test (test_windowed_program_starts starts it)."""
    if sys.platform == "darwin":
        exe = folder / "Contents" / "MacOS" / "veldwerk"
        return exe, exe
    if sys.platform == "win32":
        return folder / "veldwerk-cli.exe", folder / "veldwerk-cli.exe"
    return folder / "veldwerk", folder / "veldwerk"


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    """The frozen folder, made read-only for the module (as under /opt or Program Files); what
    is in it is compared before and after (root may write to a read-only folder)."""
    path = Path(FROZEN).resolve()
    before = _snapshot(path)
    modes = {p: p.stat().st_mode for p in [path, *path.rglob("*")] if not p.is_symlink()}
    for p, mode in modes.items():
        p.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        yield path
    finally:
        for p, mode in modes.items():
            p.chmod(mode)
    assert _snapshot(path) == before, "the frozen app wrote into its own folder"


def _snapshot(path: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(path).as_posix(): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in [path, *path.rglob("*")]
    }


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


def _env(home: Path, **extra: str) -> dict[str, str]:
    """A user with an empty home: the user data, state and config folders are all in it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VELDWERK_")}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        LANG="en_GB.UTF-8",
        VELDWERK_COORDINATOR_PASSPHRASE="coordinator op de fiets naar het werk",
    )
    env.pop("LC_ALL", None)
    env.update(extra)
    return env


def run(program: Path, *args: str, env: dict[str, str], ok: bool = True) -> tuple[str, str]:
    done = subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
    )
    if ok:
        assert done.returncode == 0, f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout, done.stderr


def test_version_is_the_package_version(folder: Path, home: Path) -> None:
    """--version prints pyproject.toml's version, read from the metadata frozen with it."""
    cli, _ = _programs(folder)
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    out, _ = run(cli, "--version", env=_env(home))
    assert out.strip() == f"veldwerk {declared}"


def test_case_director_and_coordinator_commands(folder: Path, tmp_path: Path) -> None:
    """Every command that opens a profile runs the migrations (the frozen Alembic scripts);
    the learning data reaches a coordinator, whose collect checks it in worker processes
    started from the frozen program, and counts it once the installation is enrolled."""
    cli, _ = _programs(folder)
    profile = tmp_path / "profile"
    env = _env(
        tmp_path / "home",
        VELDWERK_PASSPHRASE=PASSPHRASE,
        VELDWERK_DATA_DIR=str(profile),
        VELDWERK_LOG_DIR=str(tmp_path / "logs"),
    )
    out, _ = run(cli, "init", env=env)
    assert "recovery key" in out and (profile / "veldwerk.db").is_file()
    out, _ = run(cli, "import", str(EXAMPLE), env=env)
    assert "3 family(ies) imported" in out
    out, _ = run(cli, "families", "--json", env=env)
    refs = {f["ref"] for f in json.loads(out)}
    assert "HW-2026-001" in refs and len(refs) == 3
    pdf = tmp_path / "overview.pdf"
    run(cli, "overview", "HW-2026-001", "-o", str(pdf), env=env)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5_000
    run(cli, "check", env=env)

    shared, keys = tmp_path / "shared", tmp_path / "keys"
    shared.mkdir()
    run(cli, "coordinator-keygen", str(keys), env=env)
    public = next(keys.glob("*public*"))
    private = next(keys.glob("*private*"))
    for name, value in (
        ("region", "Noord-Veluwe"),
        ("shared_folder", str(shared)),
        ("coordinator_key", str(public)),
    ):
        run(cli, "config", "set", name, value, env=env)
    out, _ = run(cli, "installation", env=env)
    installation = next(w for w in out.split() if len(w) == 32)
    run(cli, "export", env=env)
    run(cli, "sync", env=env)
    assert len(list(shared.iterdir())) == 1

    db = f"sqlite:///{(tmp_path / 'coordinator.sqlite3').as_posix()}"
    collect = ["collect", str(shared), "--db", db, "--key", str(private), "--workers", "2"]
    workers_env = dict(env, VELDWERK_POOL_FROM_START="1")
    out, _ = run(cli, *collect, "--out", str(tmp_path / "first"), env=workers_env)
    assert "0 families from 0 installations" in out
    log = (tmp_path / "logs" / "veldwerk.log").read_text(encoding="utf-8")
    assert "checking bundles in 2 worker processes" in log
    assert "worker processes failed" not in log and "Traceback" not in log
    with open(tmp_path / "first" / "waiting.csv", encoding="utf-8", newline="") as fh:
        assert [row[0] for row in csv.reader(fh)][1:] == [installation]
    run(cli, "enrol", "--db", db, installation, "--region", "Noord-Veluwe", env=env)
    out, _ = run(cli, *collect, "--out", str(tmp_path / "second"), env=workers_env)
    assert "1 families from 1 installations" in out
    assert any(p.suffix == ".pdf" for p in (tmp_path / "second").iterdir())


class _Display:
    """A real X server (Xvfb) for the demo when one can be started, else None (offscreen)."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.name = ""

    def start(self) -> str | None:
        xvfb = shutil.which("Xvfb")
        if xvfb is None or sys.platform != "linux":
            return None
        for number in range(71, 90):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                continue
            self.proc = subprocess.Popen(
                [xvfb, f":{number}", "-screen", "0", "1360x860x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and self.proc.poll() is None:
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    self.name = f":{number}"
                    return self.name
                time.sleep(0.05)  # waiting for another process's socket: nothing to wait on
            self.stop()
        return None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


@pytest.fixture(scope="module")
def display() -> Iterator[dict[str, str]]:
    """The environment that puts the app's windows on a screen: Xvfb's, or offscreen."""
    server = _Display()
    name = server.start()
    try:
        yield (
            {"DISPLAY": name, "QT_QPA_PLATFORM": "xcb"}
            if name
            else {"QT_QPA_PLATFORM": "offscreen"}
        )
    finally:
        server.stop()


def _shots() -> Path:
    shots = Path(os.environ.get("VELDWERK_SMOKE_SHOTS") or ROOT / "build" / "smoke-shots")
    shots.mkdir(parents=True, exist_ok=True)
    return shots


def test_demo_stays_up_and_draws_its_main_window(folder, tmp_path, display) -> None:
    """--demo opens the main window with the synthetic families and is still running 10
    seconds later (it used to exit at once); its window is saved for a person to look at."""
    _, gui = _programs(folder)
    shot = _shots() / "frozen-demo.png"
    shot.unlink(missing_ok=True)
    env = _env(
        tmp_path / "home",
        **display,
        VELDWERK_PROBE_SCREENSHOT=str(shot),
        VELDWERK_PROBE_QUIT_AFTER="10",
    )
    out, err = run(gui, "--demo", "--lang", "en", env=env)
    lines = out.splitlines()
    assert "VELDWERK_FIRST_WINDOW MainWindow" in lines, err
    assert f"VELDWERK_SCREENSHOT {shot}" in lines, err
    alive = next(float(x.split()[1]) for x in lines if x.startswith("VELDWERK_ALIVE"))
    assert alive >= 10.0
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000


def test_first_run_uses_the_user_data_folder(folder, tmp_path, display) -> None:
    """A new user: the first-run screen shows, in Dutch (veldwerk's and Qt's translations are
    found in the frozen folder); the profile is made in the user data folder
        (platformdirs: ~/.local/share/veldwerk/profile on Linux), the log in the user log folder,
        nothing next to the program; the next start asks to unlock it."""
    import platformdirs

    cli, gui = _programs(folder)
    home = tmp_path / "home"
    env = _env(home, **display, VELDWERK_PROBE_SCREENSHOT=str(_shots() / "frozen-first-run.png"))
    env["VELDWERK_PROBE_QUIT_AFTER"] = "2"
    out, err = run(gui, "--lang", "nl", env=env)
    lines = out.splitlines()
    assert "VELDWERK_FIRST_WINDOW FirstRunWindow" in lines, err
    (found,) = [x.split()[1:] for x in lines if x.startswith("VELDWERK_TRANSLATIONS")]
    assert found[0] == "nl" and int(found[1]) >= 2 and found[2] == "1"  # veldwerk's and Qt's
    assert (_shots() / "frozen-first-run-first.png").is_file()

    saved = {k: os.environ.get(k) for k in ("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")}
    os.environ.update({k: env[k] for k in saved})
    try:
        expected = platformdirs.user_data_path("veldwerk", appauthor=False) / "profile"
        logs = platformdirs.user_log_path("veldwerk", appauthor=False)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    assert not expected.exists()
    out, _ = run(cli, "init", env=dict(env, VELDWERK_PASSPHRASE=PASSPHRASE))
    assert str(expected) in out and (expected / "veldwerk.db").is_file()
    assert (logs / "veldwerk.log").is_file()
    env["VELDWERK_PROBE_SCREENSHOT"] = str(_shots() / "frozen-unlock.png")
    out, err = run(gui, "--lang", "en", env=env)
    assert "VELDWERK_FIRST_WINDOW UnlockWindow" in out.splitlines(), err
    assert (_shots() / "frozen-unlock-first.png").is_file()


@pytest.mark.skipif(sys.platform != "win32", reason="only Windows has a separate windowed program")
def test_windowed_program_starts(folder, tmp_path) -> None:
    """veldwerk.exe (the Start menu's program, without a console) opens the demo and quits
    cleanly when asked."""
    env = _env(tmp_path / "home", QT_QPA_PLATFORM="offscreen", VELDWERK_PROBE_QUIT_AFTER="3")
    run(folder / "veldwerk.exe", "--demo", env=env)
