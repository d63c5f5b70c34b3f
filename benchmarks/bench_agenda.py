"""Agenda benchmark: the Vandaag list over 1,000 families of 40 events, against a floor measured
in the same run (the same agenda on a plain, unencrypted SQLite file).

    .venv/bin/python benchmarks/bench_agenda.py [--families 1000] [--events 40]

Prints the time to build the agenda (median of 20; budget 50 ms) when nothing changed since the
last build and right after a save (the reflections awaiting approval are then worked out
again), each with its ratio to the plain-file floor; the family list (summaries) beside it; and
how many entries of each kind the list held. One family in ten has a planned step, so every
kind of query has rows to read.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

os.environ.setdefault("VELDWERK_TODAY", "2026-11-24")

from timing import timed  # noqa: E402

from veldwerk.domain import clock  # noqa: E402
from veldwerk.samples.synthetic import synthetic_families  # noqa: E402
from veldwerk.services.agenda import AgendaService  # noqa: E402
from veldwerk.services.config import ConfigService  # noqa: E402
from veldwerk.store.database import Database  # noqa: E402

BUDGET = 0.050


def with_planned_step(family):  # type: ignore[no-untyped-def]
    """`family` with its last step planned (not done yet)."""
    journey = list(family.journey)
    journey[-1] = dataclasses.replace(journey[-1], planned=True, barriers=(), enablers=())
    return dataclasses.replace(family, journey=tuple(journey))


def run(folder: Path, families: list, plain: bool) -> dict[str, object]:  # type: ignore[type-arg]
    db = Database.open(folder / "v.db", os.urandom(32), folder, plain=plain)
    try:
        with db.unit_of_work(write=True) as uow:
            uow.families.insert_families(families)
            uow.commit()
        config = ConfigService(db)
        agenda = AgendaService(db, config)
        built = agenda.build()
        today = clock.today()

        def summaries() -> None:
            with db.unit_of_work() as uow:
                uow.families.summaries(today)

        family = families[0]
        counter = iter(range(10**6))

        def after_a_save() -> float:
            with db.unit_of_work(write=True) as uow:
                fid = uow.families.id_of(family.ref)
                assert fid is not None
                uow.families.update_family(
                    fid, dataclasses.replace(family, name=f"G {next(counter)}")
                )
                uow.commit()
            t = time.perf_counter()
            agenda.build()
            return time.perf_counter() - t

        return {
            "agenda": timed(agenda.build, 20, warm_up=1),
            "after_save": statistics.median(after_a_save() for _ in range(10)),
            "list": timed(summaries, 10, warm_up=1),
            "kinds": Counter(e.kind for e in built.entries),
        }
    finally:
        db.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--families", type=int, default=1000)
    ap.add_argument("--events", type=int, default=40)
    a = ap.parse_args()
    families = synthetic_families(a.families, a.events, seed=7, end=date(2026, 11, 1))
    families = [with_planned_step(f) if i % 10 == 0 else f for i, f in enumerate(families)]
    with tempfile.TemporaryDirectory() as enc_dir, tempfile.TemporaryDirectory() as plain_dir:
        enc = run(Path(enc_dir), families, plain=False)
        floor = run(Path(plain_dir), families, plain=True)
    print(f"{a.families} families x {a.events} events")
    print(f"{'':<22}{'encrypted':>10}{'plain floor':>13}{'ratio':>7}{'budget':>9}  ok")
    for name, label in (("agenda", "agenda"), ("after_save", "agenda after a save")):
        e, p = float(enc[name]), float(floor[name])  # type: ignore[arg-type]
        ok = "yes" if e <= BUDGET else "NO"
        print(
            f"{label:<22}{e * 1000:>8.1f}ms{p * 1000:>11.1f}ms{e / p:>7.2f}"
            f"{BUDGET * 1000:>7.0f}ms  {ok}"
        )
    print(f"family list          {float(enc['list']) * 1000:8.1f} ms")  # type: ignore[arg-type]
    print("entries: " + ", ".join(f"{k} {n}" for k, n in sorted(enc["kinds"].items())))  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
