"""The coordinator's own SQLite database is encrypted with SQLCipher under the coordinator's
passphrase (a key file beside it, as a profile has): no record value readable in its files, the
passphrase asked by the command line and the window, refused when wrong or weak, a database of an
older veldwerk encrypted in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from support.common import COORDINATOR_PASSPHRASE
from support.coordinator import (
    bundle_bytes,
    coordinator_key_file,
    make_installations,
    records_of,
    write_history,
)
from support.coordinator import collect_enrolled as collect
from support.learning import COORDINATOR_PRIVATE
from veldwerk.coordinator import db_key, tables
from veldwerk.coordinator.database import open_database
from veldwerk.coordinator.repository import load_families
from veldwerk.coordinator.service import CoordinatorService
from veldwerk.domain.errors import DomainError
from veldwerk.learning.bundle import bundle_file_name
from veldwerk.samples.bundles import enrol_every_installation
from veldwerk.store import keys
from veldwerk.ui.coordinator.window import CoordinatorWindow

SQLITE_MAGIC = b"SQLite format 3\x00"


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _files_of(db_file: Path) -> list[bytes]:
    """The bytes of the database and of its WAL and shared-memory files, as they are on disk."""
    return [
        p.read_bytes()
        for p in (db_file, *(db_file.with_name(db_file.name + s) for s in ("-wal", "-shm")))
        if p.exists()
    ]


def test_no_record_value_is_readable_in_the_database_files(tmp_path: Path) -> None:
    """Protects the coordinator's disk: after collecting bundles of several regions, neither the
    database file nor its WAL holds a region name, a code of the records, a pseudonym or an
    installation id (of five characters or more) in plain text (searched in the raw bytes, also
    as UTF-16), and the file is
    not a plain SQLite file; the key file beside it holds no record value either."""
    shared = tmp_path / "shared"
    installations = make_installations(count=6)
    newest = write_history(shared, installations, bundles=2)
    db_file = tmp_path / "coordinator.sqlite3"
    with open_database(_url(db_file)) as db:
        result = collect(shared, db, workers=1)
        with db.engine.connect() as conn:
            kept = load_families(conn)
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        assert result.families == len(kept) > 0
        blobs = _files_of(db_file)  # while open: the WAL is still there
    blobs += _files_of(db_file)
    assert all(not blob.startswith(SQLITE_MAGIC) for blob in blobs[:1])
    records = [r for rs in newest.values() for r in rs]
    values = {inst.region for inst in installations} | {inst.id for inst in installations}
    values |= {r["pseudonym"] for r in records} | {r["opened_quarter"] for r in records}
    values |= {v for r in records for v in r["vulnerabilities"]}
    values |= {e["type"] for r in records for e in r["journey"]}
    values |= {b for r in records for e in r["journey"] for b in e["barriers"]}
    values |= {p for r in records for p in r["network"]["professionals"]}
    values |= {tables.family_facts.name}  # not even the schema is readable
    values = {v for v in values if len(v) >= 5}  # shorter ones turn up in any random bytes
    assert len(values) > 40
    key_file = db_key.key_file(db_file)
    assert key_file.exists() and key_file.stat().st_mode & 0o077 == 0
    blobs.append(key_file.read_bytes())
    for blob in blobs:
        for value in values:
            for encoded in (value.encode("utf-8"), value.encode("utf-16-le")):
                assert encoded not in blob, value


def test_the_passphrase_is_needed_right_and_strong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the key: without a passphrase the database is not opened (and not made); a weak
    new passphrase is refused before anything is written; the wrong one is refused with its own
    message; the right one opens what was stored."""
    db_file = tmp_path / "c.sqlite3"
    monkeypatch.delenv(db_key.ENV_PASSPHRASE)

    def refused(passphrase: str | None) -> str:
        with pytest.raises(DomainError) as caught:
            open_database(_url(db_file), passphrase)
        for lang in ("nl", "en"):
            assert not caught.value.message(lang).startswith("coordinator.")
        return caught.value.code

    assert refused(None) == "coordinator.db_passphrase_needed"
    assert refused("geheim") == "passphrase.too_weak"
    assert not db_file.exists() and not db_key.key_file(db_file).exists()
    inst = make_installations(count=2)[0]
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / bundle_file_name(inst.id, 1)).write_bytes(
        bundle_bytes(inst, 1, records_of(inst, [1]))
    )
    with open_database(_url(db_file), COORDINATOR_PASSPHRASE) as db:
        assert collect(shared, db, workers=1).new_bundles == 1
    assert refused("a wrong but long passphrase 9") == "coordinator.db_wrong_passphrase"
    with open_database(_url(db_file), COORDINATOR_PASSPHRASE) as db, db.engine.connect() as conn:
        assert len(load_families(conn)) == 1
    db_key.key_file(db_file).unlink()
    assert refused(COORDINATOR_PASSPHRASE) == "coordinator.db_key_missing"


def test_a_database_of_an_older_veldwerk_is_encrypted_in_place(tmp_path: Path) -> None:
    """Protects coordinators who upgrade: a plain SQLite coordinator database (as older versions
    made) is encrypted the first time it is opened with a passphrase, keeps its data, and no
    plain copy of it is left beside it."""
    db_file = tmp_path / "old.sqlite3"
    plain = sqlite3.connect(db_file)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute("CREATE TABLE kept (region TEXT)")
    plain.execute("INSERT INTO kept VALUES ('Zuid-Holland, Süd')")
    plain.commit()
    plain.close()
    assert db_file.read_bytes().startswith(SQLITE_MAGIC)
    with open_database(_url(db_file), COORDINATOR_PASSPHRASE) as db, db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT region FROM kept").scalar() == "Zuid-Holland, Süd"
    assert not db_file.read_bytes().startswith(SQLITE_MAGIC)
    assert "Süd".encode() not in b"".join(_files_of(db_file))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite3", "old.sqlite3.key"]


def test_the_service_derives_the_key_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Protects the coordinator's time: the service derives the database key (Argon2id) once,
    however many calls open the database after it."""
    calls: list[Path] = []
    real = keys.unlock_with_passphrase

    def counting(path: Path, passphrase: str) -> bytes:
        calls.append(path)
        return real(path, passphrase)

    monkeypatch.setattr(keys, "unlock_with_passphrase", counting)
    url = _url(tmp_path / "c.sqlite3")
    open_database(url).close()  # made (no unlock)
    service = CoordinatorService(url)
    for _ in range(3):
        service.families()
    service.collect(tmp_path, private_key=COORDINATOR_PRIVATE)
    assert len(calls) == 1


def test_the_window_asks_for_the_database_passphrase(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the window's part: with no passphrase in the environment the window opens
    nothing but asks (twice for a new database, and refuses two different ones); with the
    passphrase it opens the database and hides the question; a wrong passphrase for an existing
    database is said plainly and the question stays."""
    monkeypatch.delenv(db_key.ENV_PASSPHRASE)
    db_file = tmp_path / "c.sqlite3"
    shared = tmp_path / "shared"
    write_history(shared, make_installations(count=3), bundles=1)
    key = coordinator_key_file(tmp_path / "key")
    window = CoordinatorWindow(db_url=_url(db_file), shared_dir=shared, key=key, lang="en")
    qtbot.addWidget(window)
    window.show()
    assert not window.busy and window.db_passphrase_edit.isVisible()
    assert window.db_repeat_edit.isVisible()
    assert "choose a passphrase" in window.status.text()
    assert not window.start_collect() and not db_file.exists()
    window.db_passphrase_edit.setText(COORDINATOR_PASSPHRASE)
    window.db_repeat_edit.setText(COORDINATOR_PASSPHRASE + "x")
    assert window.open_database()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert "not the same" in window.status.text() and not db_file.exists()
    window.db_repeat_edit.setText(COORDINATOR_PASSPHRASE)
    window.open_button.click()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert not window.db_passphrase_edit.isVisible() and db_file.exists()
    assert window.start_collect()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    assert window.last_result is not None and window.last_result.waiting == 3  # not enrolled yet
    window.close()

    again = CoordinatorWindow(db_url=_url(db_file), lang="en")
    qtbot.addWidget(again)
    again.show()
    assert again.db_passphrase_edit.isVisible() and not again.db_repeat_edit.isVisible()
    again.db_passphrase_edit.setText("a wrong but long passphrase 9")
    again.open_database()
    qtbot.waitUntil(lambda: not again.busy, timeout=30_000)
    assert again.status.text() == "The passphrase of the coordinator database is not correct."
    assert again.db_passphrase_edit.isVisible()
    again.db_passphrase_edit.setText(COORDINATOR_PASSPHRASE)
    again.open_database()
    qtbot.waitUntil(lambda: not again.busy, timeout=30_000)
    assert not again.db_passphrase_edit.isVisible()
    assert len(again.installations.waiting) == 3  # the database opened: its waiting list shows


def test_the_command_asks_for_the_passphrase_or_says_where_it_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Protects `veldwerk collect` on an encrypted database: at a terminal it asks for the
    passphrase (twice for a new database, and the database opens with it); without a terminal
    and without $VELDWERK_COORDINATOR_PASSPHRASE it says which variable to set, and changes
    nothing."""
    import getpass

    from veldwerk.cli.main import main

    monkeypatch.delenv(db_key.ENV_PASSPHRASE)
    shared = tmp_path / "shared"
    write_history(shared, make_installations(count=2), bundles=1)
    db_file = tmp_path / "c.sqlite3"
    argv = ["collect", str(shared), "--out", str(tmp_path / "out"), "--db", _url(db_file)]
    argv += ["--key", str(coordinator_key_file(tmp_path / "key"))]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main([*argv, "--lang", "en"]) != 0
    assert db_key.ENV_PASSPHRASE in capsys.readouterr().err
    assert not db_file.exists()
    asked: list[str] = []

    def answer(prompt: str = "") -> str:
        asked.append(prompt)
        return COORDINATOR_PASSPHRASE

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", answer)
    assert main([*argv, "--lang", "en"]) == 0
    assert asked == [
        "New passphrase for the coordinator database: ",
        "Repeat the new passphrase: ",
    ]
    with open_database(_url(db_file), COORDINATOR_PASSPHRASE) as db:  # the coordinator enrols
        enrol_every_installation(db, shared, private_key=COORDINATOR_PRIVATE)
    assert main([*argv, "--lang", "nl"]) == 0
    assert asked[2:] == ["Wachtwoord van de coördinatordatabase: "]
    with open_database(_url(db_file), COORDINATOR_PASSPHRASE) as db, db.engine.connect() as conn:
        assert len(load_families(conn)) > 0
