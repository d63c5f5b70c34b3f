"""Many threads on one open profile: writers queue (BEGIN IMMEDIATE with a busy timeout) and
readers read beside them, so nothing crashes, no row is lost and no "database is locked" error
reaches a caller."""

from __future__ import annotations

import threading
import traceback
from datetime import date, timedelta
from pathlib import Path

import pytest

from support.common import PASSPHRASE
from veldwerk.domain.model import Event
from veldwerk.samples.synthetic import synthetic_families
from veldwerk.services.admin import restore
from veldwerk.workspace import Workspace

THREADS = 20
ROUNDS = 5


@pytest.mark.slow
def test_twenty_threads_read_and_write_at_once(workspace: Workspace, tmp_path: Path) -> None:
    """20 threads start together; each adds ROUNDS events to its own family through
    `families.save_event`, and between writes lists all families, searches, and reads its family
    back; a 21st thread writes two backups meanwhile. No thread fails (in particular no
    "database is locked"), each write is visible to its own next read, every event is there at
    the end, the audit chain is whole and `check` passes; both backups restore to a profile that
    passes `check`."""
    ws = workspace
    families = synthetic_families(THREADS, 3, 2026)
    ws.families.import_families(families)
    start_events = {f.ref: len(f.journey) for f in families}
    barrier = threading.Barrier(THREADS + 1)
    errors: list[str] = []

    def work(ref: str, n: int) -> None:
        try:
            barrier.wait(timeout=30)
            for k in range(ROUNDS):
                day = date(2026, 1, 1) + timedelta(days=k)
                saved = ws.families.save_event(
                    ref, Event(day, "contact", f"Huisbezoek {n}-{k}", f"thread {n} round {k}")
                )
                assert sum(e.title == f"Huisbezoek {n}-{k}" for e in saved.journey) == 1
                assert len(ws.families.list()) == THREADS
                assert ref in {s.ref for s in ws.families.list(query=ref)}
                family = ws.families.get(ref)
                assert len(family.journey) == start_events[ref] + k + 1
        except BaseException:
            errors.append(f"thread {n}: {traceback.format_exc()}")

    backups = [tmp_path / f"during-{i}.vwbackup" for i in range(2)]

    def back_up() -> None:
        try:
            barrier.wait(timeout=30)
            for target in backups:
                ws.admin.backup(target)
        except BaseException:
            errors.append(f"backup: {traceback.format_exc()}")

    threads = [
        threading.Thread(target=work, args=(f.ref, n), name=f"worker-{n}")
        for n, f in enumerate(families)
    ]
    threads.append(threading.Thread(target=back_up, name="backup"))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a thread hangs"
    assert not errors, "\n".join(errors)
    assert not any("locked" in e for e in errors)

    with ws.db.engine.connect() as conn:
        events = conn.exec_driver_sql("SELECT count(*) FROM events").scalar()
        inserts = conn.exec_driver_sql(
            "SELECT count(*) FROM audit_log WHERE action = 'insert' AND table_name = 'events'"
        ).scalar()
    assert events == sum(start_events.values()) + THREADS * ROUNDS
    assert inserts == THREADS * ROUNDS
    for f in families:
        titles = {e.title for e in ws.families.get(f.ref).journey}
        n = families.index(f)
        assert {f"Huisbezoek {n}-{k}" for k in range(ROUNDS)} <= titles
    report = ws.admin.check()
    assert report.ok, report.problems
    assert report.families == THREADS

    for i, target in enumerate(backups):  # backups taken in the storm are whole and consistent
        assert restore(tmp_path / f"restored-{i}", target, PASSPHRASE) == THREADS
        with Workspace.open(tmp_path / f"restored-{i}", PASSPHRASE) as copy:
            assert copy.admin.check().ok
