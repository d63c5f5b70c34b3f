"""The coordinator database: where it lives, refusing a newer schema, a clear message when it
cannot be reached, two collections into one SQLite file at once, and nothing identifying in it."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from support.coordinator import TODAY, collect, enrol, make_installations, write_history
from support.learning import COORDINATOR_PRIVATE, COORDINATOR_PUBLIC
from veldwerk.coordinator import tables
from veldwerk.coordinator.database import (
    VERSION_TABLE,
    default_url,
    describe_url,
    open_database,
)
from veldwerk.coordinator.outputs import write_outputs
from veldwerk.coordinator.repository import load_families
from veldwerk.domain.errors import DomainError
from veldwerk.learning.bundle import build_bundle, bundle_file_name
from veldwerk.learning.keys import generate_signing_key
from veldwerk.learning.record import build_record, pending_reflections, profile_vocabulary
from veldwerk.samples.bundles import enrol_every_installation
from veldwerk.samples.synthetic import synthetic_families


def test_where_the_database_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Protects the default: $VELDWERK_COORDINATOR_DB, else coordinator.sqlite3 in the user
    data folder "veldwerk-coordinator"; a URL is shown without its password."""
    monkeypatch.delenv("VELDWERK_COORDINATOR_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert (
        default_url() == f"sqlite:///{tmp_path / 'data' / 'veldwerk-coordinator'}"
        "/coordinator.sqlite3"
    )
    monkeypatch.setenv("VELDWERK_COORDINATOR_DB", "sqlite:////elsewhere/c.db")
    assert default_url() == "sqlite:////elsewhere/c.db"
    shown = describe_url("postgresql+psycopg://coord:s3cret@db.example:5432/learning")
    assert "s3cret" not in shown and "db.example" in shown
    assert describe_url("sqlite:////elsewhere/c.db") == "/elsewhere/c.db"


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    """Protects against downgrades: a database made by a newer veldwerk (an unknown schema
    version) is refused with a clear message and not changed."""
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    with open_database(url) as db, db.engine.begin() as conn:
        conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'c9999'"))
    with pytest.raises(DomainError) as caught:
        open_database(url)
    assert caught.value.code == "coordinator.db_newer"
    assert "nieuwere versie" in caught.value.message("nl")


def test_an_unreachable_server_is_said_plainly() -> None:
    """Protects the message for a server that is not there: coordinator.db_unreachable, without
    the password of the URL."""
    with pytest.raises(DomainError) as caught:
        open_database("postgresql+psycopg://coord:s3cret@127.0.0.1:1/learning?connect_timeout=2")
    assert caught.value.code == "coordinator.db_unreachable"
    assert "s3cret" not in caught.value.message("en")
    with pytest.raises(DomainError):
        open_database("not a url")


def test_two_collections_into_one_sqlite_file_at_once(tmp_path: Path) -> None:
    """Protects the embedded database under concurrency: two collections of the same folder
    running at the same time (each with its own connection) wait for each other and store every
    family exactly once."""
    folder = tmp_path / "shared"
    installations = make_installations(count=12)
    newest = write_history(folder, installations, bundles=3)
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    enrol(url, installations)
    results = []
    errors = []

    def run() -> None:
        try:
            with open_database(url) as db:
                results.append(collect(folder, db, workers=1))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert sum(r.new_bundles for r in results) == 12
    with open_database(url) as db, db.engine.connect() as conn:
        assert conn.execute(
            select(func.count()).select_from(tables.family_facts)
        ).scalar_one() == sum(len(r) for r in newest.values())


def test_nothing_identifying_is_kept_or_written(tmp_path: Path) -> None:
    """Protects the coordinator's disk: from families whose every identifying value carries a
    marker and whose shared reflections were approved, neither the database file nor any
    output holds the marker or a reflection's text."""
    marker = "QZXCOORD"
    families = [
        dataclasses.replace(f, learning_consent="granted")
        for f in synthetic_families(40, 8, 99, marker=marker)
    ]
    vocabulary = profile_vocabulary(families)
    approved = frozenset(
        d for f in families for _, _, d in pending_reflections(f, vocabulary=vocabulary)
    )
    records = [
        build_record(
            f,
            region="Regio",
            today=TODAY,
            approved_reflections=approved,
            vocabulary=vocabulary,
        )
        for f in families
    ]
    reflections = {t for r in records if r for t in r["reflections"]}
    assert reflections, "the test needs shared reflections"
    shared = tmp_path / "shared"
    shared.mkdir()
    installation = "ab" * 16
    (shared / bundle_file_name(installation, 1)).write_bytes(
        build_bundle(
            [r for r in records if r],
            installation_id=installation,
            region="Regio",
            sequence=1,
            created=TODAY,
            signing_key=generate_signing_key(),
            coordinator_key=COORDINATOR_PUBLIC,
        )
    )
    db_file = tmp_path / "c.sqlite3"
    with open_database(f"sqlite:///{db_file}") as db:
        assert enrol_every_installation(db, shared, private_key=COORDINATOR_PRIVATE) == 1
        result = collect(shared, db)
        with db.engine.connect() as conn:
            kept = load_families(conn)
    assert result.families == 40
    write_outputs(tmp_path / "out", kept, result.rejected, 5, lang="nl")
    blobs = [db_file.read_bytes()] + [p.read_bytes() for p in (tmp_path / "out").iterdir()]
    wal = db_file.with_name(db_file.name + "-wal")
    if wal.exists():
        blobs.append(wal.read_bytes())
    for blob in blobs:
        assert marker.encode() not in blob
        for reflection in reflections:
            assert reflection.encode("utf-8") not in blob
