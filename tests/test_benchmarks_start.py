"""Every benchmark still starts: `benchmarks/X.py --help` imports all it needs and exits 0.
A benchmark whose imports broke (a test helper moved) went unnoticed until someone ran it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = sorted((ROOT / "benchmarks").glob("bench_*.py"))


def test_the_benchmarks_are_found() -> None:
    """The scan sees the benchmarks (a scan of nothing would pass)."""
    assert len(BENCHMARKS) >= 10


@pytest.mark.parametrize("bench", BENCHMARKS, ids=lambda p: p.stem)
def test_a_benchmark_starts(bench: Path) -> None:
    """`--help` runs the benchmark's imports and its argument parser, nothing more."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(bench), "--help"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
