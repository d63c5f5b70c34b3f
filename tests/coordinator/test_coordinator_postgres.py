"""The shared PostgreSQL path, against a real server: the same results as SQLite, the same
schema through the same migrations, and two coordinators collecting at the same moment without
storing anything twice."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from support.coordinator import (
    collect,
    coordinator_key_file,
    enrol,
    make_installations,
    write_history,
)
from support.postgres import new_database, postgres_bin, postgres_server
from veldwerk.coordinator import tables
from veldwerk.coordinator.database import open_database
from veldwerk.coordinator.outputs import write_outputs
from veldwerk.coordinator.repository import load_families
from veldwerk.coordinator.suppress import DEFAULT_THRESHOLD

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        postgres_bin() is None, reason="PostgreSQL is not installed (apt-get install -y postgresql)"
    ),
]


INSTALLATIONS = make_installations()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("pg-history") / "shared"
    newest = write_history(folder, INSTALLATIONS)
    return folder, newest


def _outputs(url: str, folder: Path, out: Path) -> tuple[bytes, bytes, int]:
    with open_database(url) as db:
        enrol(db, INSTALLATIONS)
        result = collect(folder, db)
        with db.engine.connect() as conn:
            families = load_families(conn)
    write_outputs(out, families, result.rejected, DEFAULT_THRESHOLD)  # as `veldwerk collect`
    return (
        (out / "aggregates.csv").read_bytes(),
        (out / "metrics.csv").read_bytes(),
        result.new_bundles,
    )


def test_postgresql_gives_the_same_outputs_as_sqlite(
    server: str,
    history,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Protects one schema for both: 300 bundles collected into PostgreSQL give byte for byte
    the same aggregates.csv and metrics.csv as into SQLite; re-collecting changes nothing."""
    folder, _ = history
    url = new_database(server, "same_as_sqlite")
    pg = _outputs(url, folder, tmp_path / "pg")
    lite = _outputs(f"sqlite:///{tmp_path / 'c.sqlite3'}", folder, tmp_path / "lite")
    assert pg == lite and pg[2] == 30
    with open_database(url) as db:
        again = collect(folder, db)
    assert (again.unchanged, again.new_bundles) == (300, 0)


def test_two_coordinators_at_the_same_time_store_nothing_twice(  # type: ignore[no-untyped-def]
    server: str, history, tmp_path: Path
) -> None:
    """Protects shared collection: two `veldwerk enrol --list` processes started together on
    one new database both migrate it; then, with the installations enrolled, two `veldwerk
    collect` processes started together (both collecting the same 300 bundles) end with every
    installation and family exactly once, and both write the complete outputs."""
    folder, newest = history
    url = new_database(server, "two_at_once")
    env = {**os.environ, "VELDWERK_LANG": "en"}
    listing = [
        subprocess.Popen(
            [sys.executable, "-m", "veldwerk", "enrol", "--db", url, "--list"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    listed = [p.communicate(timeout=120) for p in listing]
    assert [p.returncode for p in listing] == [0, 0], listed
    assert all("Waiting (0):" in out for out, _ in listed), listed
    enrol(url, INSTALLATIONS)
    key = coordinator_key_file(tmp_path / "key")
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "veldwerk",
                "collect",
                str(folder),
                "--db",
                url,
                "--out",
                str(tmp_path / f"out{i}"),
                "--workers",
                "1",
                "--key",
                str(key),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    with open_database(url) as db, db.engine.connect() as conn:
        installations = conn.execute(select(func.count()).select_from(tables.installations))
        families = conn.execute(select(func.count()).select_from(tables.family_facts))
        assert installations.scalar_one() == 30
        assert families.scalar_one() == sum(len(r) for r in newest.values())
        files = conn.execute(
            select(tables.files.c.status, func.count()).group_by(tables.files.c.status)
        ).all()
    assert dict(files) == {"collected": 30, "superseded": 270}
    a, b = ((tmp_path / f"out{i}" / "aggregates.csv").read_bytes() for i in range(2))
    assert a == b
    lite = _outputs(f"sqlite:///{tmp_path / 'c.sqlite3'}", folder, tmp_path / "lite")
    assert a == lite[0]
    summaries = [out for out, _ in results]
    assert sum(int(s.split("files looked at: ")[1].split(" new")[0]) for s in summaries) == 30


def test_the_migrated_schema_is_the_declared_one(server: str, tmp_path: Path) -> None:
    """Protects migrations: on SQLite and PostgreSQL the schema made by the Alembic migrations
    is exactly the tables the code declares."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    for url in (new_database(server, "schema"), f"sqlite:///{tmp_path / 's.sqlite3'}"):
        with open_database(url) as db, db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"version_table": "coordinator_alembic_version"}
            )
            diff = [d for d in compare_metadata(context, tables.metadata)]
        assert diff == [], (url.split(":")[0], diff)


def test_interleaved_transactions_of_two_coordinators(  # type: ignore[no-untyped-def]
    server: str, history, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the row locks: two coordinators storing three installations per transaction,
    interleaved on one server, apply each installation's newest bundle exactly once."""
    import threading

    import veldwerk.coordinator.collect as collect_module

    monkeypatch.setattr(collect_module, "INSTALLATIONS_PER_TRANSACTION", 3)
    folder, newest = history
    url = new_database(server, "interleaved")
    enrol(url, INSTALLATIONS)
    results: list = []  # type: ignore[type-arg]
    errors: list = []  # type: ignore[type-arg]

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
    assert not errors, errors
    assert sum(r.new_bundles for r in results) == 30
    assert all(r.families == sum(len(x) for x in newest.values()) for r in results)
    with open_database(url) as db, db.engine.connect() as conn:
        assert conn.execute(
            select(func.count()).select_from(tables.family_facts)
        ).scalar_one() == sum(len(x) for x in newest.values())
