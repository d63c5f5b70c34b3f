"""A test helper that reads a SQLCipher 4 database (and its WAL) page by page with the raw data
key, independently of SQLCipher, using `cryptography` only.

SQLCipher 4 with a raw 32-byte key: every page is 4096 bytes and ends in an 80-byte reserve, a
16-byte IV followed by a 64-byte HMAC-SHA512. The page minus the reserve is AES-256-CBC with the
raw key and that IV (no padding). The first page's first 16 bytes are the file's salt and are not
encrypted; its decrypted text starts at offset 16 (we put SQLite's magic header back in front).
The HMAC key is PBKDF2-HMAC-SHA512(raw key, salt XOR 0x3a, 2 rounds, 32 bytes); the HMAC covers
the encrypted bytes and the IV, then the page number as 4 bytes little-endian.

A WAL file is a 32-byte header, then frames of a 24-byte header (page number big-endian first)
and one page encrypted exactly as in the main file.

The tests use this to look inside the database as an attacker with the key would: a marker that
is erased must be gone from every page, including free pages and old WAL frames. Before relying
on it, a test finds a LIVE marker in the same decrypted pages, which proves the decoder.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_SIZE = 16
HMAC_SIZE = 64
SALT_SIZE = 16
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24


def hmac_key(data_key: bytes, salt: bytes) -> bytes:
    """SQLCipher 4's page-HMAC key for a raw key: PBKDF2-HMAC-SHA512, salt XOR 0x3a, 2 rounds."""
    return hashlib.pbkdf2_hmac("sha512", data_key, bytes(b ^ 0x3A for b in salt), 2, 32)


def _content_start(pgno: int) -> int:
    return SALT_SIZE if pgno == 1 else 0


def page_hmac_ok(page: bytes, pgno: int, data_key: bytes, salt: bytes) -> bool:
    """Whether the page's stored HMAC matches its encrypted bytes, IV and page number."""
    body = page[_content_start(pgno) : PAGE_SIZE - HMAC_SIZE]
    expected = hmac.new(
        hmac_key(data_key, salt), body + pgno.to_bytes(4, "little"), hashlib.sha512
    ).digest()
    return hmac.compare_digest(expected, page[PAGE_SIZE - HMAC_SIZE : PAGE_SIZE])


def decrypt_page(page: bytes, pgno: int, data_key: bytes) -> bytes:
    """The plain page (the reserve is dropped; page 1 gets SQLite's magic header back)."""
    if len(page) != PAGE_SIZE:
        raise ValueError(f"page {pgno} has {len(page)} bytes")
    start = _content_start(pgno)
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_SIZE]
    decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize()
    return (SQLITE_MAGIC if pgno == 1 else b"") + plain


def salt_of(db_path: Path) -> bytes:
    with open(db_path, "rb") as f:
        return f.read(SALT_SIZE)


def db_pages(db_path: Path) -> Iterator[tuple[int, bytes]]:
    """(page number, encrypted page) for every whole page of the main file."""
    data = db_path.read_bytes()
    for i in range(len(data) // PAGE_SIZE):
        yield i + 1, data[i * PAGE_SIZE : (i + 1) * PAGE_SIZE]


def wal_frames(wal_path: Path) -> Iterator[tuple[int, bytes]]:
    """(page number, encrypted page) for every whole frame of a WAL file, old frames included."""
    if not wal_path.exists():
        return
    data = wal_path.read_bytes()
    pos = WAL_HEADER_SIZE
    frame = WAL_FRAME_HEADER_SIZE + PAGE_SIZE
    while pos + frame <= len(data):
        pgno = int.from_bytes(data[pos : pos + 4], "big")
        if pgno:
            yield pgno, data[pos + WAL_FRAME_HEADER_SIZE : pos + frame]
        pos += frame


def decrypted_pages(db_path: Path, data_key: bytes) -> list[tuple[str, int, bytes]]:
    """Every page of the database and of its WAL (if any), decrypted: (file, pgno, plain)."""
    out = [("db", n, decrypt_page(p, n, data_key)) for n, p in db_pages(db_path)]
    wal = db_path.with_name(db_path.name + "-wal")
    out += [("wal", n, decrypt_page(p, n, data_key)) for n, p in wal_frames(wal)]
    return out


def encodings_of(marker: str) -> list[bytes]:
    """The marker as UTF-8 and UTF-16 (LE and BE), as it could sit in any file."""
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def find_markers(blobs: Iterable[tuple[str, bytes]], markers: Iterable[str]) -> list[str]:
    """'where: marker' for each marker found (UTF-8 or UTF-16) in any named blob: as written, or
    in any mix of ASCII case. (`bytes.lower` folds ASCII only, so the marker is also sought as it
    is: "Émile" lowered is "émile", which the lowered bytes of "Émile" do not contain.)"""
    wanted = [
        (m, enc, lowered)
        for m in markers
        for text, lowered in ((m, False), (m.lower(), True))
        for enc in encodings_of(text)
    ]
    found = []
    for where, blob in blobs:
        low = blob.lower()
        found += [
            f"{where}: {m}" for m, enc, lowered in wanted if enc in (low if lowered else blob)
        ]
    return sorted(set(found))
