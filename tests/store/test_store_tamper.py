"""A damaged or foreign profile is refused, never read silently and never changed by the attempt:
one flipped byte anywhere in the encrypted database (salt, page 1, middle pages, free pages, the
last page, IVs and HMACs) is damage ("db.damaged"), never a wrong passphrase; a wrong passphrase
or recovery key changes no byte of the profile folder, through the API and the command line."""

from __future__ import annotations

import hashlib
import os
import random
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.common import EXAMPLE, PASSPHRASE, TODAY
from support.pages import HMAC_SIZE, IV_SIZE, PAGE_SIZE, RESERVE, SALT_SIZE, decrypt_page
from veldwerk.__main__ import main
from veldwerk.domain.errors import DomainError
from veldwerk.samples.synthetic import synthetic_families
from veldwerk.store.keys import FAST_KDF_FOR_TESTS, format_recovery_key
from veldwerk.texts import text
from veldwerk.workspace import Workspace

SEED = 20261124


def folder_state(folder: Path) -> dict[str, str]:
    """Every file below `folder` by relative name, with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run_cli(
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    env: dict[str, str],
) -> Ran:
    """`veldwerk ARGS` as a user runs it, in this process for speed; output is caught at the file
    descriptors, so SQLCipher's own writes to stderr would show too. The command's umask is
    undone afterwards."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    capfd.readouterr()
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        code = main(list(args))
    finally:
        os.umask(umask)
        for name in env:
            monkeypatch.delenv(name)
    out = capfd.readouterr()
    return Ran(code, out.out, out.err)


@pytest.fixture(scope="module")
def closed_profile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, str]:
    """A cleanly closed profile of ~70 pages (example + 40 synthetic families, one erased so the
    file has free pages); returns its folder, data key and recovery key."""
    root = tmp_path_factory.mktemp("tamper") / "profile"
    with pytest.MonkeyPatch.context() as mp:  # the per-test fixed day is not set up yet
        mp.setenv("VELDWERK_TODAY", TODAY.isoformat())
        ws, recovery = Workspace.create(root, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
        try:
            ws.families.import_file(EXAMPLE)
            ws.families.import_families(synthetic_families(40, 10, SEED))
            ws.families.erase("HW-2025-017")
            key = ws.data_key
        finally:
            ws.close()
    assert not (root / "veldwerk.db-wal").exists(), "a clean close leaves no WAL"
    return root, key, recovery


def free_pages(db: bytes, key: bytes) -> list[int]:
    """The free-list trunk page and its leaves, read from the decrypted header (so the test knows
    it flips a byte in a page that holds no live row)."""
    header = decrypt_page(db[:PAGE_SIZE], 1, key)
    trunk = int.from_bytes(header[32:36], "big")
    pages: list[int] = []
    while trunk:
        page = decrypt_page(db[(trunk - 1) * PAGE_SIZE : trunk * PAGE_SIZE], trunk, key)
        count = int.from_bytes(page[4:8], "big")
        pages += [trunk] + [
            int.from_bytes(page[8 + 4 * i : 12 + 4 * i], "big") for i in range(count)
        ]
        trunk = int.from_bytes(page[0:4], "big")
    return pages


def tamper_positions(db: bytes, key: bytes) -> dict[str, int]:
    """Named byte offsets: the salt, page 1 (content, IV, HMAC), several middle pages at their
    start, middle, IV and HMAC, a free page, the last page, and one seeded random byte of every
    page."""
    n = len(db) // PAGE_SIZE
    iv_at, hmac_at = PAGE_SIZE - RESERVE, PAGE_SIZE - HMAC_SIZE
    where: dict[str, int] = {
        "salt first byte": 0,
        "salt middle": 7,
        "salt last byte": SALT_SIZE - 1,
        "page 1 first encrypted byte": SALT_SIZE,
        "page 1 header (page size)": 100,
        "page 1 middle": 2048,
        "page 1 last content byte": iv_at - 1,
        "page 1 IV": iv_at,
        "page 1 IV last": iv_at + IV_SIZE - 1,
        "page 1 HMAC": hmac_at,
        "page 1 HMAC last": PAGE_SIZE - 1,
    }
    for pgno in sorted({2, n // 4, n // 2, (3 * n) // 4, n - 1}):
        base = (pgno - 1) * PAGE_SIZE
        where |= {
            f"page {pgno} start": base,
            f"page {pgno} middle": base + 2000,
            f"page {pgno} IV": base + iv_at + 5,
            f"page {pgno} HMAC": base + hmac_at + 30,
            f"page {pgno} HMAC last": base + PAGE_SIZE - 1,
        }
    free = free_pages(db, key)
    assert free, "the erased family should have left free pages"
    where[f"free page {free[0]}"] = (free[0] - 1) * PAGE_SIZE + 1000
    last = (n - 1) * PAGE_SIZE
    where |= {
        "last page start": last,
        "last page middle": last + 2048,
        "last page IV": last + iv_at,
        "last page HMAC last": len(db) - 1,
    }
    rng = random.Random(SEED)
    where |= {f"page {p + 1} random": p * PAGE_SIZE + rng.randrange(PAGE_SIZE) for p in range(n)}
    return where


def flipped(data: bytes, pos: int, bit: int = 0) -> bytes:
    b = bytearray(data)
    b[pos] ^= 1 << bit
    return bytes(b)


def test_every_flipped_byte_is_damage_on_open(closed_profile: tuple[Path, bytes, str]) -> None:
    """One flipped byte anywhere in the database file (salt, page 1, middle, free and last pages,
    IV and HMAC areas; ~100 places) makes `Workspace.open` raise "db.damaged", never
    "key.wrong_passphrase" and never a silent open; the attempt changes no byte of the profile
    folder and leaves no WAL or shared-memory file behind."""
    root, key, _ = closed_profile
    db_path = root / "veldwerk.db"
    original = db_path.read_bytes()
    positions = tamper_positions(original, key)
    assert len(positions) > 90
    rng = random.Random(SEED)
    opened, other = [], []
    try:
        for name, pos in positions.items():
            db_path.write_bytes(flipped(original, pos, rng.randrange(8)))
            before = folder_state(root)
            try:
                Workspace.open(root, PASSPHRASE).close()
                opened.append(name)
            except DomainError as exc:
                if exc.code != "db.damaged":
                    other.append(f"{name}: {exc.code}")
            assert folder_state(root) == before, f"opening changed the profile ({name})"
    finally:
        db_path.write_bytes(original)
    assert not opened, f"damage read silently at: {opened}"
    assert not other, f"damage reported as something else: {other}"
    with Workspace.open(root, PASSPHRASE) as ws:  # the intact file still opens
        assert ws.admin.check().ok


def test_veldwerk_check_reports_damage_plainly(
    closed_profile: tuple[Path, bytes, str],
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`veldwerk check` on a file with one flipped byte (salt, page 1, a middle page, the last
    page's HMAC) exits non-zero with the calm damage message in the user's language and nothing
    else: no traceback, no driver class names, no SQLCipher log lines, not a passphrase error."""
    root, key, _ = closed_profile
    db_path = root / "veldwerk.db"
    original = db_path.read_bytes()
    n = len(original) // PAGE_SIZE
    cases = [(3, "en"), (200, "nl"), ((n // 2) * PAGE_SIZE + 77, "en"), (len(original) - 1, "nl")]
    env = {"VELDWERK_PASSPHRASE": PASSPHRASE}
    try:
        for pos, lang in cases:
            db_path.write_bytes(flipped(original, pos))
            done = run_cli(
                capfd, monkeypatch, "check", "--data-dir", str(root), "--lang", lang, env=env
            )
            lines = done.stderr.strip().splitlines()
            head = text("db.damaged", lang, detail="\x00").split("\x00")[0]
            assert done.returncode == 1, (pos, done.returncode, done.stderr)
            assert done.stdout == ""
            assert len(lines) == 1 and lines[0].startswith(head), (pos, done.stderr)
            assert "Traceback" not in done.stderr and "dbapi2" not in done.stderr
            assert text("key.wrong_passphrase", lang) not in done.stderr
    finally:
        db_path.write_bytes(original)
    done = run_cli(capfd, monkeypatch, "check", "--data-dir", str(root), "--lang", "en", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("All is well")


def test_wrong_passphrase_or_recovery_key_changes_no_byte(
    closed_profile: tuple[Path, bytes, str],
) -> None:
    """A wrong passphrase, a wrong (well-formed) recovery key and a mistyped recovery key are
    refused through `Workspace.open*` with their own codes, and the whole profile folder
    (database, key file, lock, subfolders) is byte for byte what it was."""
    root, _, recovery = closed_profile
    before = folder_state(root)
    other_key = format_recovery_key(bytes(range(32)))
    typo = ("1" if recovery[0] != "1" else "2") + recovery[1:]
    attempts = [
        (lambda: Workspace.open(root, PASSPHRASE + " "), "key.wrong_passphrase"),
        (lambda: Workspace.open(root, ""), "key.wrong_passphrase"),
        (lambda: Workspace.open_with_recovery_key(root, other_key), "key.wrong_recovery_key"),
        (lambda: Workspace.open_with_recovery_key(root, typo), "key.bad_recovery_format"),
    ]
    for attempt, code in attempts:
        with pytest.raises(DomainError) as caught:
            attempt()
        assert caught.value.code == code
        assert folder_state(root) == before
    Workspace.open_with_recovery_key(root, recovery).close()
    assert folder_state(root) == before


def test_cli_wrong_passphrase_or_recovery_key_changes_no_byte(
    closed_profile: tuple[Path, bytes, str],
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Through the command line (`check`, `passwd`, `delete`, `recover`) a wrong passphrase or
    recovery key gives its one plain sentence, exit 1, and changes no byte of the profile."""
    root, _, _ = closed_profile
    before = folder_state(root)
    wrong = {
        "VELDWERK_PASSPHRASE": "not the passphrase at all",
        "VELDWERK_NEW_PASSPHRASE": "another long passphrase 77",
    }
    for args in (["check"], ["passwd"], ["delete", "HW-2026-001", "--yes"]):
        done = run_cli(
            capfd, monkeypatch, *args, "--data-dir", str(root), "--lang", "nl", env=wrong
        )
        assert done.returncode == 1, done
        assert done.stderr.strip() == text("key.wrong_passphrase", "nl")
        assert folder_state(root) == before
    other_key = format_recovery_key(bytes(range(32)))
    done = run_cli(
        capfd,
        monkeypatch,
        "recover",
        "--data-dir",
        str(root),
        "--lang",
        "en",
        env={"VELDWERK_RECOVERY_KEY": other_key, **wrong},
    )
    assert done.returncode == 1, done
    assert done.stderr.strip() == text("key.wrong_recovery_key", "en")
    assert folder_state(root) == before


@pytest.mark.parametrize("cut", ["empty", "half a page", "one page short"])
def test_a_cut_database_is_damage_not_an_empty_profile(
    closed_profile: tuple[Path, bytes, str], cut: str
) -> None:
    """A database file cut short (emptied to 0 bytes, cut inside page 1, a page short) is
    "db.damaged": never opened as a new, empty profile (which would show the user no families
    and write a fresh schema over the remains), and the file is left as it was."""
    root, _, _ = closed_profile
    db_path = root / "veldwerk.db"
    original = db_path.read_bytes()
    keep = {"empty": 0, "half a page": PAGE_SIZE // 2, "one page short": len(original) - PAGE_SIZE}
    try:
        db_path.write_bytes(original[: keep[cut]])
        before = folder_state(root)
        with pytest.raises(DomainError) as caught:
            Workspace.open(root, PASSPHRASE).close()
        assert caught.value.code == "db.damaged"
        assert folder_state(root) == before
    finally:
        db_path.write_bytes(original)
