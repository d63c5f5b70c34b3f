"""The shared folder is hostile ground for the collector: a FIFO or a link swapped in while it
runs, links to files elsewhere, huge junk, forged bundles that are not canonical, and more bytes
than one run should read. Nothing of it hangs the run, is followed, costs much memory or is
counted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from support.coordinator import bundle_bytes, enrol, make_installations, records_of
from support.coordinator import collect_enrolled as collect
from support.learning import COORDINATOR_PRIVATE, decrypt_inner, signed_file
from veldwerk.coordinator import checker as checker_module
from veldwerk.coordinator import collect as collect_module
from veldwerk.coordinator.collect import CollectResult
from veldwerk.coordinator.database import CoordinatorDatabase, open_database
from veldwerk.learning.bundle import bundle_file_name
from veldwerk.learning.envelope import MARKER
from veldwerk.learning.keys import generate_signing_key

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and POSIX links")

INSTALLATIONS = make_installations(count=4)
KEY_HEX = COORDINATOR_PRIVATE.private_bytes_raw().hex()
MIB = 1024 * 1024


def _db(tmp_path: Path) -> CoordinatorDatabase:
    """The coordinator's database with every installation these tests write enrolled (only
    enrolled installations count)."""
    db = open_database(f"sqlite:///{tmp_path / 'coordinator.sqlite3'}")
    enrol(db, [*INSTALLATIONS, *make_installations(count=12, seed=3)])
    return db


def _shared(tmp_path: Path, count: int = 3) -> tuple[Path, list[Path]]:
    """A shared folder with one bundle of each of `count` installations."""
    shared = tmp_path / "shared"
    shared.mkdir()
    paths = []
    for inst in INSTALLATIONS[:count]:
        path = shared / bundle_file_name(inst.id, 1)
        path.write_bytes(bundle_bytes(inst, 1, records_of(inst, [1, 2, 3])))
        paths.append(path)
    return shared, paths


def _reasons(result: CollectResult) -> dict[str, str]:
    return {r.file: r.reason for r in result.rejected}


def _swap_after_listing(monkeypatch: pytest.MonkeyPatch, swap: Callable[[], None]) -> None:
    """Run `swap` on a thread of its own once the collector has listed the folder and before
    it reads the first file (the collector waits for the swap, so the test is deterministic)."""
    listed, swapped = threading.Event(), threading.Event()
    real = collect_module.find_files

    def swapper() -> None:
        listed.wait(10)
        swap()
        swapped.set()

    def find_then_wait(folder: Path):  # type: ignore[no-untyped-def]
        found = real(folder)
        listed.set()
        assert swapped.wait(10), "the swap did not happen"
        return found

    threading.Thread(target=swapper, daemon=True).start()
    monkeypatch.setattr(collect_module, "find_files", find_then_wait)


def _collect_within(seconds: float, run: Callable[[], CollectResult], fifo: Path) -> CollectResult:
    """`run()` on a thread; fails (after unblocking a reader stuck on `fifo`) when it has not
    finished within `seconds`."""
    box: list[CollectResult | BaseException] = []

    def target() -> None:
        try:
            box.append(run())
        except BaseException as exc:  # reported below
            box.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # let the stuck reader see an end
        os.close(fd)
        thread.join(10)
        pytest.fail(f"collect hung on a FIFO for more than {seconds} s")
    assert time.monotonic() - started < seconds
    (outcome,) = box
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def test_a_fifo_swapped_in_during_collect_does_not_hang_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the collector from a colleague who replaces a bundle by a FIFO between the
    listing and the read (and from one planted before): the run finishes within seconds, the
    FIFOs are refused as not_regular, and the other bundles are collected."""
    shared, paths = _shared(tmp_path)
    os.mkfifo(shared / "planted.vwlb")
    swapped = paths[1]

    def to_fifo() -> None:
        swapped.unlink()
        os.mkfifo(swapped)

    _swap_after_listing(monkeypatch, to_fifo)
    with _db(tmp_path) as db:
        result = _collect_within(5.0, lambda: collect(shared, db, workers=1), swapped)
    assert _reasons(result) == {swapped.name: "not_regular", "planted.vwlb": "not_regular"}
    assert result.new_bundles == 2 and result.retry == ()


def _untouched(target: Path) -> Callable[[], None]:
    """A check that `target` was neither read nor changed: its access time (set well before its
    change time, so that even a `relatime` mount records a read; skipped on a file system that
    records no reads) and then its content."""
    content = target.read_bytes()
    st = target.stat()
    os.utime(target, ns=(st.st_mtime_ns - 3 * 86400 * 10**9, st.st_mtime_ns))
    atime = target.stat().st_atime_ns
    reads_recorded = _records_reads(target.parent)

    def check() -> None:
        if reads_recorded:
            assert target.stat().st_atime_ns == atime, f"{target.name} was read"
        assert target.read_bytes() == content

    return check


def _records_reads(folder: Path) -> bool:
    """Whether this file system updates the access time on a read (not mounted noatime)."""
    probe = folder / "atime-probe"
    probe.write_bytes(b"x")
    st = probe.stat()
    os.utime(probe, ns=(st.st_mtime_ns - 3 * 86400 * 10**9, st.st_mtime_ns))
    before = probe.stat().st_atime_ns
    probe.read_bytes()
    recorded = probe.stat().st_atime_ns != before
    probe.unlink()
    return recorded


def test_links_in_the_shared_folder_are_never_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects what a link points at: links to a large secret file, to a valid bundle outside
    the folder and to a folder of bundles, and a link swapped in for a bundle after the listing,
    are each refused as a link; the targets are not read (content and access time unchanged)
    and nothing behind a link is counted."""
    outside = tmp_path / "outside"
    (outside / "bundles").mkdir(parents=True)
    secret = outside / "key-file.json"
    secret.write_bytes(b'{"secret": "' + b"k" * (2 * MIB) + b'"}')
    elsewhere = outside / "bundle.vwlb"
    other = INSTALLATIONS[3]
    elsewhere.write_bytes(bundle_bytes(other, 1, records_of(other, [1, 2])))
    (outside / "bundles" / "b.vwlb").write_bytes(elsewhere.read_bytes())
    shared, paths = _shared(tmp_path)
    (shared / "secret.vwlb").symlink_to(secret)
    (shared / "bundle elsewhere.vwlb").symlink_to(elsewhere)
    (shared / "more").symlink_to(outside / "bundles", target_is_directory=True)
    checks = [_untouched(secret), _untouched(elsewhere)]
    swapped = paths[0]
    _swap_after_listing(monkeypatch, lambda: (swapped.unlink(), swapped.symlink_to(secret)))
    with _db(tmp_path) as db:
        result = collect(shared, db, workers=1)
    assert _reasons(result) == {
        "secret.vwlb": "link",
        "bundle elsewhere.vwlb": "link",
        "more": "link",
        swapped.name: "link",
    }
    assert result.new_bundles == 2
    assert other.id not in {r.file for r in result.rejected}
    for check in checks:
        check()


_MEASURE = textwrap.dedent(
    """
    import json, sys, tracemalloc
    from pathlib import Path
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from veldwerk.coordinator.collect import collect
    from veldwerk.coordinator.database import open_database

    folder, empty, url = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    key = X25519PrivateKey.from_private_bytes(bytes.fromhex(sys.argv[4]))
    with open_database(url) as db:
        collect(empty, db, private_key=key, workers=1)  # everything imported and warm
        tracemalloc.start()
        before, _ = tracemalloc.get_traced_memory()
        result = collect(folder, db, private_key=key, workers=1)
        _, peak = tracemalloc.get_traced_memory()
    listed = list(result.rejected) + list(getattr(result, "retry", ()))
    reasons = {r.file: r.reason for r in listed}
    print(json.dumps({"grew_kib": (peak - before) // 1024, "reasons": reasons}))
    """
)


def _junk(tmp_path: Path) -> Path:
    """Files of 20 MiB (random; starting like a bundle of today; the old format's parse-me
    attack) and files just under the size limit that start like a bundle or are even signed
    (and encrypted to the coordinator, as anyone can)."""
    folder = tmp_path / "junk"
    folder.mkdir()
    size = 20 * MIB
    (folder / "random.vwlb").write_bytes(os.urandom(size))
    header = {
        "hpke": None,
        "installation_id": "ab" * 16,
        "payload_bytes": size,
        "public_key": "00" * 32,
        "recipient": None,
        "sequence": 1,
    }
    line = json.dumps(header, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    (folder / "like-a-bundle.vwlb").write_bytes((MARKER + line).ljust(size, b"0"))
    old = b'{"format":"veldwerk-learning-bundle","x":[' + b"0," * (size // 2)
    (folder / "old-format.vwlb").write_bytes(
        old + b'0],"signature":"' + b"0" * 128 + b'","version":1}'
    )
    near = 8 * MIB - 4096
    header["payload_bytes"] = near - len(MARKER) - len(line) - 130
    fake = MARKER + line + b"7" * header["payload_bytes"] + b"\n" + b"0" * 128 + b"\n"
    (folder / "unsigned-near-limit.vwlb").write_bytes(
        fake.replace(
            b'"payload_bytes":20971520', b'"payload_bytes":' + str(header["payload_bytes"]).encode()
        )
    )
    key = generate_signing_key()
    dense = b'{"format":"veldwerk-learning-bundle","records":[' + b"0," * (near // 2 - 100) + b"0]}"
    (folder / "signed-dense.vwlb").write_bytes(signed_file(dense, key))
    long_text = b'{"format":"veldwerk-learning-bundle","x":"' + b"a" * (near - 200) + b'"}'
    (folder / "signed-long-text.vwlb").write_bytes(signed_file(long_text, key))
    return folder


def test_junk_files_cost_the_collector_little_memory(tmp_path: Path) -> None:
    """Protects the collector against huge junk (today a 20 MiB file that starts like a bundle
    is parsed before its signature is checked, some 528 MiB): files of 20 MiB are refused from
    their size alone, files just under the limit that start like a bundle are refused after at
    most a hash of their bytes, and signed ones (anyone can sign) are parsed only within the
    value limit; the collector's peak memory (of Python objects, traced) grows by less than
    50 MiB, measured in a process of its own."""
    folder = _junk(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    url = f"sqlite:///{tmp_path / 'memory.sqlite3'}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(folder), str(empty), url, KEY_HEX],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    assert measured["reasons"] == {
        "random.vwlb": "too_large",
        "like-a-bundle.vwlb": "too_large",
        "old-format.vwlb": "too_large",
        "unsigned-near-limit.vwlb": "bad_signature",
        "signed-dense.vwlb": "not_canonical",
        "signed-long-text.vwlb": "schema",
    }
    assert measured["grew_kib"] < 50 * 1024, measured


@pytest.mark.parametrize(
    ("name", "edit"),
    [
        ("duplicate key", (b'"region":', b'"region":"Elders","region":')),
        ("float for an integer", (b'"record_count":3', b'"record_count":3.0')),
        ("whitespace", (b'"sequence":1', b'"sequence": 1')),
        ("a newline at the end", (b'"version":3}', b'"version":3}\n')),
    ],
)
def test_a_bundle_that_is_not_canonical_is_refused(
    tmp_path: Path, name: str, edit: tuple[bytes, bytes]
) -> None:
    """Protects against two readers seeing two bundles, and against forged files passing as
    veldwerk's: a correctly signed bundle with a member name twice (today the last one wins),
    a float where an integer belongs, or whitespace is refused as not_canonical, counts nothing,
    and is refused again on the next run without being checked again."""
    inst = INSTALLATIONS[0]
    good = bundle_bytes(inst, 1, records_of(inst, [1, 2, 3]))
    payload = decrypt_inner(good)
    assert edit[0] in payload, name
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "forged.vwlb").write_bytes(signed_file(payload.replace(*edit, 1), inst.key))
    with _db(tmp_path) as db:
        first = collect(shared, db)
        second = collect(shared, db)
    for result in (first, second):
        assert _reasons(result) == {"forged.vwlb": "not_canonical"}
        assert result.new_bundles == 0 and result.families == 0


def test_pending_work_is_limited_in_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Protects a run from a folder stuffed with bytes: a run reads at most its byte budget,
    smallest files first; the files beyond wait (listed as waiting, "deferred") and are read
    on a later run; files over the size limit are refused unread."""
    shared, paths = _shared(tmp_path, count=4)
    sizes = sorted(p.stat().st_size for p in paths)
    monkeypatch.setattr(collect_module, "MAX_BYTES_PER_RUN", sizes[0] + sizes[1] + 10)
    (shared / "huge.vwlb").write_bytes(b"\0" * (8 * MIB + 1))
    with _db(tmp_path) as db:
        first = collect(shared, db, workers=1)
        assert first.new_bundles == 2
        assert [r.reason for r in first.retry] == ["deferred", "deferred"]
        assert _reasons(first) == {"huge.vwlb": "too_large"}
        assert {r.file for r in first.retry} == {
            p.name for p in paths if p.stat().st_size > sizes[1]
        }
        monkeypatch.setattr(collect_module, "MAX_BYTES_PER_RUN", sum(sizes))
        second = collect(shared, db, workers=1)
    assert (second.new_bundles, second.unchanged, second.retry) == (2, 2, ())
    assert second.installations == 4


@pytest.fixture
def small_flight(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Worker processes from the first file on, at most three bundles' bytes in flight; yields
    the bytes in flight seen after every file was handed over."""
    seen: list[int] = []
    monkeypatch.setattr(checker_module, "POOL_AFTER_SECONDS", 0.0)
    monkeypatch.setattr(checker_module, "POOL_WORTH_SECONDS", 0.0)
    real_submit = checker_module.Checker.submit

    def submit(self, data: bytes, sha256: str) -> None:  # type: ignore[no-untyped-def]
        if self._inline_seconds == 0.0:
            self._inline_seconds = 1e-9  # as if measured: start the pool at once
            self._inline_bytes = 1
        real_submit(self, data, sha256)
        seen.append(self.bytes_in_flight)

    monkeypatch.setattr(checker_module.Checker, "submit", submit)
    yield seen


def test_bytes_in_flight_to_the_workers_are_limited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_flight: list[int]
) -> None:
    """Protects memory while worker processes check bundles: the bytes sent to them and not yet
    answered never exceed the limit (here three bundles' worth), and every bundle is still
    collected."""
    shared = tmp_path / "shared"
    shared.mkdir()
    sizes = []
    for inst in make_installations(count=12, seed=3):
        data = bundle_bytes(inst, 1, records_of(inst, [1, 2]))
        (shared / bundle_file_name(inst.id, 1)).write_bytes(data)
        sizes.append(len(data))
    limit = 3 * max(sizes)
    monkeypatch.setattr(checker_module, "MAX_BYTES_IN_FLIGHT", limit)
    with _db(tmp_path) as db:
        result = collect(shared, db, workers=2)
    assert result.new_bundles == 12 and result.rejected == ()
    assert small_flight and max(small_flight) <= limit
