"""The power-cut test of the one atomic write: a process rewriting a file in a loop is SIGKILLed
(no clean-up of any kind) at seeded random moments; the file always holds a whole version."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from veldwerk.files import is_temp_for, remove_stale_temps, write_atomically

SEED = 20240611
KILLS = 20
REPEAT = 100_000  # about 900 kB per version
CHUNK = 16 * 1024  # many writes per version, so kills land inside them

WRITER = f"""
import sys
from pathlib import Path
import veldwerk.files.atomic as atomic

atomic.CHUNK_SIZE = {CHUNK}
path = Path(sys.argv[1])
k = int(path.read_bytes()[:8])
print("ready", flush=True)
while True:
    k += 1
    atomic.write_atomically(path, b"%08d\\n" % k * {REPEAT})
    print(k, flush=True)
"""


def version(k: int) -> bytes:
    return b"%08d\n" % k * REPEAT


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_leaves_the_old_or_the_new_version(tmp_path: Path) -> None:
    """A child rewrites a 900 kB file in a loop (version k+1 over version k) and is SIGKILLed
    20 times at seeded random moments. After every kill the file is exactly the last version
    the child reported written or the one it was writing (never a mix, never short), still
    mode 0600; other files are only temporary leftovers, which `remove_stale_temps` clears."""
    path = tmp_path / "state.bin"
    write_atomically(path, version(0))
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    rng = random.Random(SEED)
    written = 0
    outcomes = {"old": 0, "new": 0}
    temps_seen = 0
    for round_no in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        reported = child.stdout.read().split()
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        if reported:
            written = int(reported[-1])
        data = path.read_bytes()
        found = int(data[:8])
        assert data == version(found), f"round {round_no}: not one whole version"
        assert found in (written, written + 1), f"round {round_no}: {found} after {written}"
        outcomes["old" if found == written else "new"] += 1
        written = found
        assert oct(path.stat().st_mode & 0o777) == oct(0o600)
        others = [p for p in tmp_path.iterdir() if p not in (path, script)]
        assert all(is_temp_for(p, path) for p in others), others
        temps_seen += bool(others)
    print(f"{KILLS} kills: {outcomes}; {temps_seen} left a temporary file; {written} versions")
    assert written > KILLS, "the child must have got through many versions"
    assert temps_seen >= 1, "no kill landed while a version was being written"
    remove_stale_temps(path)
    assert sorted(tmp_path.iterdir()) == [path, script]
