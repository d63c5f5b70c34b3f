"""The outbox and delivery: offline first, nothing lost, nothing delivered twice, no half files."""

from __future__ import annotations

import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from support.learning import COORDINATOR_PUBLIC, CREATED, REGION, open_bundle
from veldwerk.files import temp_name_for, temp_target
from veldwerk.learning.bundle import build_bundle, new_installation_id
from veldwerk.learning.errors import BundleError
from veldwerk.learning.keys import generate_signing_key
from veldwerk.learning.outbox import KEEP_SENT, Outbox
from veldwerk.learning.record import build_record
from veldwerk.progress import Cancelled, CancelToken

KEY = generate_signing_key()
NOW = datetime(2026, 11, 24, 13, 5, 0, tzinfo=UTC)


def _bundle(
    sequence: int = 1,
    installation: str | None = None,
    records: list | None = None,  # type: ignore[type-arg]
) -> bytes:
    return build_bundle(
        records or [],
        installation_id=installation or "a" * 32,
        region=REGION,
        sequence=sequence,
        created=CREATED,
        signing_key=KEY,
        coordinator_key=COORDINATOR_PUBLIC,
    )


def _box(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox", now=lambda: NOW)


def _visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_put_writes_privately_and_atomically(tmp_path: Path) -> None:
    """Protects the outbox files: mode 0600 in a 0700 folder, no temporary file left, and
    the bundle under its final name."""
    box = _box(tmp_path)
    data = _bundle()
    path = box.put(data, 1)
    assert path.name == f"{'a' * 32}-00000001.vwlb"
    assert path.read_bytes() == data
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(box.directory.stat().st_mode) == 0o700
    assert box.pending() == [path]
    assert not [p for p in box.directory.iterdir() if p.name.endswith(".partial")]
    with pytest.raises(ValueError):
        box.put(data, 2)  # the sequence must be the bundle's own


def test_temporary_files_a_killed_write_left_in_the_outbox_are_cleared(tmp_path: Path) -> None:
    """Protects the private outbox after a crash: temporary files a process killed while
    writing left (random names, never taken for bundles) are removed by the next put."""
    box = _box(tmp_path)
    temp_name_for(box.directory / f"{'a' * 32}-00000001.vwlb").write_bytes(b"half")
    temp_name_for(box.directory / "state.json").write_bytes(b"{")
    box.put(_bundle(), 1)
    assert sorted(p.name for p in box.directory.iterdir() if p.name.startswith(".")) == [".lock"]


def test_a_newer_snapshot_replaces_waiting_older_ones(tmp_path: Path) -> None:
    """Protects "full snapshot" semantics: a newer bundle replaces waiting older ones of the
    same installation (so a withdrawn family does not travel in a stale one), others stay;
    putting the same bundle again is harmless, a lower or reused sequence (another bundle under
    the same name) is refused."""
    box = _box(tmp_path)
    other = box.put(_bundle(1, "b" * 32), 1)
    box.put(_bundle(1), 1)
    second = _bundle(2)  # encryption is randomised: the same bundle is these bytes
    newest = box.put(second, 2)
    assert box.pending() == sorted([other, newest])
    assert box.put(second, 2) == newest
    with pytest.raises(ValueError):
        box.put(_bundle(2), 2)
    with pytest.raises(ValueError):
        box.put(_bundle(1), 1)
    assert box.highest_sequence("a" * 32) == 2
    assert box.highest_sequence("b" * 32) == 1
    assert box.highest_sequence("c" * 32) == 0


def test_offline_export_then_the_folder_appears(tmp_path: Path) -> None:
    """Protects offline first: with the shared folder missing, nothing is lost and the status
    says "1 waiting" and why; once it appears, exactly one delivery; syncing again adds
    nothing and leaves the delivered file alone."""
    box = _box(tmp_path)
    data = _bundle()
    box.put(data, 1)
    target = tmp_path / "share"
    result = box.deliver(target)
    assert (result.delivered, result.waiting, result.error) == ((), 1, "target_missing")
    status = box.status()
    assert (status.waiting, status.last_delivery, status.last_error) == (1, None, "target_missing")
    assert status.describe("nl") == (
        "1 bundel wacht op verzending. Nog nooit verzonden. De gedeelde map is nu niet "
        "bereikbaar. De bundels wachten en gaan mee bij de volgende keer verzenden."
    )
    assert status.describe("en").startswith("1 bundle is waiting to be sent. Never sent yet. ")

    target.mkdir()
    result = box.deliver(target)
    assert result.ok and result.delivered == (f"{'a' * 32}-00000001.vwlb",)
    assert _visible(target) == list(result.delivered)
    assert (target / result.delivered[0]).read_bytes() == data
    inode = (target / result.delivered[0]).stat().st_ino
    status = Outbox(box.directory).status()  # persisted, seen by a new object
    assert (status.waiting, status.last_delivery, status.last_error) == (0, NOW, None)
    local = NOW.astimezone()  # the machine's zone; see the test of local time below
    assert (
        status.describe("nl")
        == f"Er wachten geen bundels. Laatst verzonden: {local:%d-%m-%Y %H:%M}."
    )

    again = box.deliver(target)
    assert again.ok and again.delivered == ()
    assert _visible(target) == list(result.delivered)
    assert (target / result.delivered[0]).stat().st_ino == inode
    assert [p.name for p in box.sent()] == list(result.delivered)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
def test_the_status_gives_the_last_delivery_in_local_time(tmp_path: Path) -> None:
    """Protects the status line's time: a delivery at 13:05 UTC on 24 November is said as
    14:05 on a laptop in the Netherlands (CET), day first in Dutch, ISO order in English."""
    box = _box(tmp_path)
    box.put(_bundle(), 1)
    target = tmp_path / "share"
    target.mkdir()
    assert box.deliver(target).ok
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "CET-1CEST,M3.5.0,M10.5.0/3"  # Europe/Amsterdam, without tzdata
    time.tzset()
    try:
        status = box.status()
        assert (
            status.describe("nl") == "Er wachten geen bundels. Laatst verzonden: 24-11-2026 14:05."
        )
        assert status.describe("en") == "No bundles are waiting. Last sent: 2026-11-24 14:05."
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


def test_target_that_is_a_file_or_unwritable(tmp_path: Path) -> None:
    """Protects against odd targets: a file instead of a folder counts as missing; a folder
    without write permission is reported as such; the bundle keeps waiting either way."""
    box = _box(tmp_path)
    box.put(_bundle(), 1)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert box.deliver(not_a_folder).error == "target_missing"
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert box.deliver(locked).error == "target_unwritable"
    assert len(box.pending()) == 1


def test_the_target_vanishing_halfway(tmp_path: Path) -> None:
    """Protects a share that drops during a sync: what was delivered stays delivered, the rest
    keeps waiting, the status says the folder is unreachable."""
    box = _box(tmp_path)
    box.put(_bundle(1, "a" * 32), 1)
    box.put(_bundle(1, "b" * 32), 1)
    target = tmp_path / "share"
    target.mkdir()

    def drop(done: int, total: int) -> None:
        if done == 1:
            shutil.rmtree(target)

    result = box.deliver(target, progress=drop)
    assert len(result.delivered) == 1 and result.waiting == 1
    assert result.error == "target_missing"
    assert box.status().last_delivery == NOW


def test_a_crash_after_the_rename_counts_as_delivered(tmp_path: Path) -> None:
    """Protects exactly-once across crashes: a final file already there with the same bytes
    (the process died before moving the bundle to sent/) is not written again."""
    box = _box(tmp_path)
    data = _bundle()
    path = box.put(data, 1)
    target = tmp_path / "share"
    target.mkdir()
    (target / path.name).write_bytes(data)
    (target / f".{path.name}.partial").write_bytes(data[:10])
    inode = (target / path.name).stat().st_ino
    result = box.deliver(target)
    assert result.ok and result.delivered == (path.name,)
    assert (target / path.name).stat().st_ino == inode
    assert sorted(p.name for p in target.iterdir()) == [path.name]
    assert box.pending() == []


def test_a_different_file_under_the_same_name_is_never_overwritten(tmp_path: Path) -> None:
    """Protects the shared folder: a different file with the bundle's name is left alone, the
    bundle keeps waiting, the status says there is a conflict."""
    box = _box(tmp_path)
    path = box.put(_bundle(), 1)
    target = tmp_path / "share"
    target.mkdir()
    (target / path.name).write_bytes(b"someone else's file")
    result = box.deliver(target)
    assert result.error == "conflict" and result.waiting == 1
    assert (target / path.name).read_bytes() == b"someone else's file"
    assert box.status().last_error == "conflict"


def test_cancel_between_bundles(tmp_path: Path) -> None:
    """Protects cancelling (the shared CancelToken): it stops between bundles; what was
    delivered is recorded, the rest waits."""
    box = _box(tmp_path)
    for inst in ("a", "b", "c"):
        box.put(_bundle(1, inst * 32), 1)
    target = tmp_path / "share"
    target.mkdir()
    token = CancelToken()
    with pytest.raises(Cancelled):
        box.deliver(target, progress=lambda done, total: token.cancel(), cancel=token)
    assert len(_visible(target)) == 1
    assert len(box.pending()) == 2
    assert box.status().last_delivery == NOW
    assert box.deliver(target).delivered and len(_visible(target)) == 3


def test_sent_keeps_the_last_few_for_the_preview(tmp_path: Path) -> None:
    """Protects housekeeping: sent/ keeps the last few bundles; latest() is the newest; the
    shared folder keeps only the newest (older ones are removed once it is delivered)."""
    box = _box(tmp_path)
    target = tmp_path / "share"
    target.mkdir()
    for sequence in range(1, KEEP_SENT + 4):
        box.put(_bundle(sequence), sequence)
        box.deliver(target)
    assert len(box.sent()) == KEEP_SENT
    latest = box.latest()
    assert latest is not None and latest.name.endswith(f"{KEEP_SENT + 3:08d}.vwlb")
    assert _visible(target) == [latest.name]


def test_status_texts_in_both_languages(tmp_path: Path) -> None:
    """Protects the "n waiting" text: singular and plural, Dutch and English."""
    box = _box(tmp_path)
    assert "Er wachten geen bundels" in box.status().describe("nl")
    box.put(_bundle(1, "a" * 32), 1)
    assert "1 bundle is waiting" in box.status().describe("en")
    box.put(_bundle(1, "b" * 32), 1)
    assert "2 bundels wachten" in box.status().describe("nl")
    assert "2 bundles are waiting" in box.status().describe("en")


def test_two_syncs_at_once_deliver_once_threads(tmp_path: Path) -> None:
    """Protects exactly-once with two syncs at the same moment (two threads, two lock handles):
    every bundle is delivered by exactly one of them."""
    for round_ in range(5):
        box = Outbox(tmp_path / f"outbox{round_}")
        for inst in "abcd":
            box.put(_bundle(1, inst * 32), 1)
        target = tmp_path / f"share{round_}"
        target.mkdir()
        barrier = threading.Barrier(2)
        results = []

        def sync(
            box: Outbox = box,
            target: Path = target,
            barrier: threading.Barrier = barrier,
            results: list = results,  # type: ignore[type-arg]
        ) -> None:
            barrier.wait()
            results.append(Outbox(box.directory).deliver(target))

        threads = [threading.Thread(target=sync) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        names = [n for r in results for n in r.delivered]
        assert sorted(names) == _visible(target) and len(names) == 4, results


SYNC_SCRIPT = """
import sys
from pathlib import Path
import veldwerk.files.atomic as atomic
import veldwerk.learning.outbox as ob
atomic.CHUNK_SIZE = int(sys.argv[3])
box = ob.Outbox(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
result = box.deliver(Path(sys.argv[2]))
print(",".join(result.delivered) + "|" + str(result.busy), flush=True)
"""


def _start_sync(script: Path, box: Outbox, target: Path, chunk: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(script), str(box.directory), str(target), str(chunk)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process


def test_two_syncs_at_once_deliver_once_processes(tmp_path: Path) -> None:
    """Protects exactly-once between two processes (say the app and `veldwerk sync`)."""
    script = tmp_path / "sync.py"
    script.write_text(SYNC_SCRIPT)
    box = Outbox(tmp_path / "outbox")
    for inst in "abc":
        box.put(_bundle(1, inst * 32), 1)
    target = tmp_path / "share"
    target.mkdir()
    processes = [_start_sync(script, box, target, 1024) for _ in range(2)]
    for p in processes:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    outputs = [p.communicate(timeout=60)[0].strip() for p in processes]
    names = [n for out in outputs for n in out.split("|")[0].split(",") if n]
    assert sorted(names) == _visible(target) and len(names) == 3, outputs


@pytest.fixture(scope="module")
def big_records() -> list:  # type: ignore[type-arg]
    from support.learning import TODAY, granted, marked_families

    families = granted(marked_families(n=150, events=40, seed=9))
    return [build_record(f, region=REGION, today=TODAY) for f in families]


def _reset(box: Outbox, target: Path) -> None:
    """Back to "everything waiting, nothing delivered" (temporary leftovers stay)."""
    for path in box.sent():
        path.rename(box.directory / path.name)
    for path in target.iterdir():
        if not path.name.startswith("."):
            path.unlink()


def test_a_copy_killed_halfway_never_leaves_a_file_that_passes(
    tmp_path: Path,
    big_records: list,  # type: ignore[type-arg]
) -> None:
    """Protects readers of the shared folder: a sync killed with SIGKILL at random moments
    never leaves a file under a bundle name that is not the complete bundle; half-written
    temporary files are dot-files ``.<name>.<random>.partial`` that the reader refuses as
    truncated;
    nothing is lost; after kills, a sync delivers every bundle exactly once."""
    script = tmp_path / "sync.py"
    script.write_text(SYNC_SCRIPT)
    box = Outbox(tmp_path / "outbox")
    originals: dict[str, bytes] = {}
    for _ in range(4):
        data = _bundle(1, new_installation_id(), big_records)
        originals[box.put(data, 1).name] = data
    assert min(len(d) for d in originals.values()) > 500_000
    target = tmp_path / "share"
    target.mkdir()
    chunk = 256

    def run(kill_after: float | None) -> float:
        process = _start_sync(script, box, target, chunk)
        assert process.stdin is not None
        started = time.monotonic()
        process.stdin.write("go\n")
        process.stdin.flush()
        if kill_after is None:
            process.communicate(timeout=120)
        else:
            time.sleep(kill_after)
            process.send_signal(signal.SIGKILL)
            process.wait()
        return time.monotonic() - started

    full = run(None)  # how long a whole sync takes here
    rng = random.Random(99)
    partials = 0
    for _ in range(8):
        _reset(box, target)
        run(rng.uniform(0.0, full))
        for path in target.iterdir():
            if path.name.startswith("."):
                final = temp_target(path.name, ".partial")
                assert final is not None and final.endswith(".vwlb"), path.name
                data = path.read_bytes()
                if data != originals[final]:
                    partials += 1
                    with pytest.raises(BundleError) as caught:
                        open_bundle(data)
                    assert caught.value.reason == "truncated"
            else:
                assert path.read_bytes() == originals[path.name]
                open_bundle(path.read_bytes())
        kept = {p.name for p in box.pending()} | {p.name for p in box.sent()}
        assert kept == set(originals)  # nothing lost
        assert {p.name for p in box.sent()} <= set(_visible(target))
    assert partials >= 1, "no kill landed while a bundle was being written"
    for _ in range(2):  # kills one after another, without a reset, then a clean sync
        run(rng.uniform(0.0, full / 2))
    result = box.deliver(target)
    assert result.ok and result.waiting == 0
    assert sorted(p.name for p in target.iterdir()) == sorted(originals)
    assert {p.name for p in box.sent()} == set(originals)
    for name, data in originals.items():
        assert (target / name).read_bytes() == data
