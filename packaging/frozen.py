"""Build the frozen app once per content, and find it again:

    .venv/bin/python packaging/frozen.py build [--force]   # prints the frozen folder's path
    .venv/bin/python packaging/frozen.py key               # prints the cache key

A build is kept under ``build/frozen-<key>/`` (or ``$VELDWERK_FROZEN_CACHE/frozen-<key>/``),
the key a hash of everything that goes in: the files of ``src/veldwerk`` (compiled translations
included), the spec, ``pyproject.toml``, the Python, and the version of every distribution in the build
environment. The same commit, or a tree that differs only in tests or
documents, reuses the build; any change to what is frozen builds anew. A build counts only
once it finished (``BUILT.json`` is written last); the three newest are kept.

Runs on Linux, Windows and macOS alike (the CI workflow uses it too); the icons are made first
(packaging/make_icons.py) because the spec gives them to the Windows and macOS programs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "veldwerk.spec"
INPUTS = (ROOT / "src" / "veldwerk", SPEC, ROOT / "packaging" / "make_icons.py")
KEEP_BUILDS = 3


def cache_root() -> Path:
    given = os.environ.get("VELDWERK_FROZEN_CACHE", "").strip()
    return Path(given).expanduser() if given else ROOT / "build"


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


def key() -> str:
    """The hash of what a build is made of (see the module's text)."""
    digest = hashlib.sha256()
    project = (ROOT / "pyproject.toml").read_bytes()
    digest.update(project)
    for path in [f for source in INPUTS for f in _files(source)]:
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update("\n".join(_frozen_distributions()).encode())
    digest.update(f"{sys.version}|{platform.system()}|{platform.machine()}".encode())
    return digest.hexdigest()[:20]


def _frozen_distributions() -> list[str]:
    """name==version of every distribution in the build environment (PyInstaller takes what
    it finds importable, optional imports included: scripts/package.sh builds in an
    environment of its own, with nothing but veldwerk and PyInstaller)."""
    return sorted(
        f"{_canonical(d.metadata['Name'])}=={d.version}"
        for d in metadata.distributions()
        if d.metadata["Name"] and _canonical(d.metadata["Name"]) != "veldwerk"
    )


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def program(folder: Path) -> Path:
    """The frozen folder's program (veldwerk, veldwerk.exe; macOS: inside veldwerk.app)."""
    if sys.platform == "darwin":
        return folder / "Contents" / "MacOS" / "veldwerk"
    return folder / ("veldwerk.exe" if sys.platform == "win32" else "veldwerk")


def frozen_folder(dist: Path) -> Path:
    return dist / ("veldwerk.app" if sys.platform == "darwin" else "veldwerk")


def build(*, force: bool = False) -> Path:
    """The frozen folder of this content: reused when built before, else built now."""
    place = cache_root() / f"frozen-{key()}"
    done = place / "BUILT.json"
    folder = frozen_folder(place / "dist")
    if done.is_file() and program(folder).is_file() and not force:
        return folder
    shutil.rmtree(place, ignore_errors=True)
    place.mkdir(parents=True)
    started = time.perf_counter()
    icons = place / "icons"
    make_icons = ROOT / "packaging" / "make_icons.py"
    subprocess.run([sys.executable, str(make_icons), str(icons)], check=True, stdout=sys.stderr)
    env = dict(os.environ, VELDWERK_ICONS_DIR=str(icons))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(place / "dist"),
            "--workpath",
            str(place / "work"),
            str(SPEC),
        ],
        check=True,
        env=env,
        cwd=ROOT,
        stdout=sys.stderr,
    )
    shutil.rmtree(place / "work", ignore_errors=True)
    if not program(folder).is_file():
        raise SystemExit(f"PyInstaller made no program at {program(folder)}")
    seconds = time.perf_counter() - started
    done.write_text(json.dumps({"key": place.name, "seconds": round(seconds, 1)}) + "\n")
    _prune(place)
    return folder


def _prune(keep: Path) -> None:
    builds = sorted(
        (p for p in cache_root().glob("frozen-*") if (p / "BUILT.json").is_file()),
        key=lambda p: (p / "BUILT.json").stat().st_mtime,
        reverse=True,
    )
    for old in builds[KEEP_BUILDS:]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["build", "key"])
    parser.add_argument("--force", action="store_true", help="build even when a build exists")
    args = parser.parse_args(argv)
    if args.what == "key":
        print(key())
    else:
        print(build(force=args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
