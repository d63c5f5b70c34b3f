"""Packaging benchmark: the frozen app's size, launch time and memory, against the source
install measured side by side in the same run.

    .venv/bin/python benchmarks/bench_package.py [--frozen DIR] [--runs 7] [--keep DIR]

1. the frozen folder (budget 220 MB) and a .tar.gz of it (budget 100 MB; MB = 10^6 bytes)
2. launch -> unlock window on screen, frozen against `python -m veldwerk`, runs interleaved
   (budget: frozen at most 1.5x the source install)
3. resident memory once the main window is populated after unlock, 1,000 families
   (budget 170 MiB), for both; and where the frozen app's memory goes (/proc/PID/smaps)

The frozen folder is the one `scripts/package.sh` built for this content (packaging/frozen.py,
run in its build environment), or --frozen DIR. The profile (1,000 families, one with 2,000
events, real key derivation) is made once in a temporary folder. Offscreen. Linux only for
the memory breakdown.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gui import PASSPHRASE, prepare  # noqa: E402

BUDGETS = {
    "folder_mb": 220.0,
    "tar_gz_mb": 100.0,
    "launch_ratio": 1.5,
    "memory_frozen_mib": 170.0,
    "memory_source_mib": 170.0,
}


def frozen_folder(given: Path | None) -> Path:
    if given is not None:
        return given
    python = ROOT / "build" / "venv-package" / "bin" / "python"
    if not python.exists():
        raise SystemExit("no build environment: run scripts/package.sh first (or give --frozen)")
    out = subprocess.run(
        [str(python), str(ROOT / "packaging" / "frozen.py"), "build"],
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(out.stdout.strip().splitlines()[-1])


def program(folder: Path) -> Path:
    if sys.platform == "darwin":
        return folder / "Contents" / "MacOS" / "veldwerk"
    return folder / ("veldwerk.exe" if sys.platform == "win32" else "veldwerk")


def folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def tar_gz_bytes(folder: Path, work: Path) -> int:
    target = work / "veldwerk.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname="veldwerk")
    return target.stat().st_size


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VELDWERK_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def _probe(command: list[str], env: dict[str, str], marker: str) -> tuple[float, list[str]]:
    """Start `command`, return (seconds since start at which it printed `marker`, the line)."""
    start = time.time()
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)
    if out.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({out.returncode}): {out.stderr[-2000:]}")
    line = next(x for x in out.stdout.splitlines() if x.startswith(marker))
    fields = line.split()
    return float(fields[1]) - start, fields


def launches(commands: dict[str, list[str]], root: Path, runs: int) -> dict[str, list[float]]:
    """Launch -> unlock window, the commands taking turns (the machine's state is shared)."""
    env = _env(VELDWERK_STARTUP_PROBE="1")
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # one warm-up each: the files in the page cache
        _probe([*command, "--data-dir", str(root)], env, "VELDWERK_SHOWN")
    for _ in range(runs):
        for name, command in commands.items():
            seconds, _ = _probe([*command, "--data-dir", str(root)], env, "VELDWERK_SHOWN")
            times[name].append(seconds)
    return times


def memory(command: list[str], root: Path, runs: int) -> list[float]:
    env = _env(VELDWERK_PROBE_UNLOCK="1", VELDWERK_PASSPHRASE=PASSPHRASE)
    return [
        float(_probe([*command, "--data-dir", str(root)], env, "VELDWERK_UNLOCKED")[1][2])
        for _ in range(runs)
    ]


def where_memory_goes(command: list[str], root: Path) -> list[tuple[str, float]]:
    """The resident set of one frozen run after unlock, by mapping (Linux)."""
    if not Path("/proc/self/smaps").exists():
        return []
    env = _env(
        VELDWERK_PROBE_UNLOCK="1", VELDWERK_PASSPHRASE=PASSPHRASE, VELDWERK_PROBE_QUIT_AFTER="120"
    )
    proc = subprocess.Popen(
        [*command, "--data-dir", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("VELDWERK_UNLOCKED"):
                break
        groups: collections.Counter[str] = collections.Counter()
        current = "?"
        with open(f"/proc/{proc.pid}/smaps", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                    parts = line.split()
                    current = _group(parts[5] if len(parts) > 5 else "")
                elif line.startswith("Rss:"):
                    groups[current] += int(line.split()[1])
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return [(name, kib / 1024) for name, kib in groups.most_common()]


def _group(path: str) -> str:
    name = os.path.basename(path)
    if not path or path.startswith("["):
        return "Python objects, Qt and SQLCipher heaps (anonymous, [heap])"
    if name.startswith("libQt6") or name.startswith("libicu"):
        return "Qt and ICU libraries"
    if "PySide6" in path or "shiboken6" in path:
        return "PySide6 bindings"
    if "cryptography" in path or name.startswith(("libcrypto", "libssl")):
        return "cryptography and OpenSSL"
    if "sqlcipher3" in path:
        return "SQLCipher"
    if name.startswith("libpython") or "lib-dynload" in path or name == "base_library.zip":
        return "Python itself"
    if name.endswith((".ttf", ".qm")):
        return "fonts and translations"
    return "other libraries"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frozen", type=Path, help="the frozen folder (default: build it)")
    parser.add_argument("--runs", type=int, default=7, help="launches of each, interleaved")
    parser.add_argument("--memory-runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="use (or make) the profile in this folder")
    args = parser.parse_args()

    folder = frozen_folder(args.frozen)
    frozen = [str(program(folder))]
    source = [sys.executable, "-m", "veldwerk"]
    work = args.keep or Path(tempfile.mkdtemp(prefix="veldwerk-bench-package-"))
    root = work / "profile"
    figures: dict[str, float] = {}
    try:
        if not (root / "veldwerk.db").exists():
            prepare(root, 1000, 2000)
        figures["folder_mb"] = folder_bytes(folder) / 1e6
        figures["tar_gz_mb"] = tar_gz_bytes(folder, work) / 1e6
        times = launches({"frozen": frozen, "source": source}, root, args.runs)
        figures["launch_frozen_s"] = statistics.median(times["frozen"])
        figures["launch_source_s"] = statistics.median(times["source"])
        figures["launch_ratio"] = figures["launch_frozen_s"] / figures["launch_source_s"]
        figures["memory_frozen_mib"] = statistics.median(memory(frozen, root, args.memory_runs))
        figures["memory_source_mib"] = statistics.median(memory(source, root, args.memory_runs))
        breakdown = where_memory_goes(frozen, root)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    rows = [
        ("frozen folder", "folder_mb", "MB", 1),
        (".tar.gz of it", "tar_gz_mb", "MB", 1),
        ("launch -> unlock window, frozen (median)", "launch_frozen_s", "s", 3),
        ("launch -> unlock window, source (median)", "launch_source_s", "s", 3),
        ("  frozen / source", "launch_ratio", "x", 2),
        ("memory after unlock, 1,000 families, frozen", "memory_frozen_mib", "MiB", 1),
        ("memory after unlock, 1,000 families, source", "memory_source_mib", "MiB", 1),
    ]
    print(f"frozen app: {folder}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    failed = False
    for text, key, unit, digits in rows:
        value, budget = figures[key], BUDGETS.get(key)
        verdict = ""
        if budget is not None:
            failed = failed or value > budget
            verdict = f"(budget {budget:g} {unit}: {'ok' if value <= budget else 'OVER'})"
        print(f"{text:<46} {value:>9.{digits}f} {unit:<3} {verdict}")
    if breakdown:
        print("where the frozen app's memory goes after unlock (resident, by mapping):")
        for name, mib in breakdown:
            print(f"  {name:<60} {mib:>7.1f} MiB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
