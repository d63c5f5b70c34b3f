"""Store benchmark: the encrypted store against a plain SQLite file, same operations, same run.

    .venv/bin/python benchmarks/bench_store.py [--families 1000] [--events 40] [--big 2000]

Prints, for 1,000 families of 40 events plus one family of 2,000 events: unlock, import, load one
family (500 and 2,000 events), list all families, search by name, save one edit; each with its
budget and its ratio to the same operation on a plain unencrypted SQLite file.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("VELDWERK_TODAY", "2026-11-24")

from timing import timed  # noqa: E402

from veldwerk.domain import clock, rules  # noqa: E402
from veldwerk.samples.synthetic import synthetic_families  # noqa: E402
from veldwerk.store import keys  # noqa: E402
from veldwerk.store.database import Database  # noqa: E402


def with_events(family, n: int, seed_family):  # type: ignore[no-untyped-def]
    """`family` with `n` events, cloned from `seed_family`'s journey (valid references)."""
    base = list(seed_family.journey)
    journey = tuple(dataclasses.replace(base[i % len(base)], title=f"Stap {i}") for i in range(n))
    return dataclasses.replace(family, journey=journey)


def run_store(folder: Path, families: list, plain: bool) -> dict[str, float]:  # type: ignore[type-arg]
    today = clock.today()
    key = os.urandom(32)
    out: dict[str, float] = {}
    db = Database.open(folder / "v.db", key, folder, plain=plain)

    # import: the same path the service takes (rules checked, Core inserts, one transaction)
    def do_import() -> None:
        for f in families:
            assert not rules.validate_family(f, today)
        with db.unit_of_work(write=True) as uow:
            uow.families.insert_families(families)
            uow.commit()

    out["import"] = timed(do_import)
    db.close()
    # unlock = (Argon2id, encrypted only) + open with every page checked + schema check
    if not plain:
        kf = folder / "k.key"
        keys.create_key_file(kf, "benchmark passphrase 2026")
        out["argon2id"] = timed(
            lambda: keys.unlock_with_passphrase(kf, "benchmark passphrase 2026"), 3
        )
    holder: dict[str, Database] = {}

    def do_open() -> None:
        holder["db"] = Database.open(folder / "v.db", key, folder, plain=plain)

    out["open"] = timed(do_open)
    holder["db"].close()

    def do_open_unchecked() -> None:
        holder["db"] = Database.open(folder / "v.db", key, folder, plain=plain, verify_pages=False)

    out["open_only"] = timed(do_open_unchecked)
    db = holder["db"]
    out["page_check"] = timed(db.page_problems, 3)
    out["unlock"] = out.get("argon2id", 0.0) + out["open"]
    with db.unit_of_work() as uow:
        ids = uow.families.all_ids()
        big_id = ids[-1]
        mid_id = ids[-2]
        out["load_500"] = timed(lambda: uow.families.load(mid_id), 20)
        out["load_2000"] = timed(lambda: uow.families.load(big_id), 10)
        out["list_all"] = timed(lambda: uow.families.summaries(today), 10)
        names = [f.members[0].family_name or f.name for f in families[:50]]
        it = iter(names * 10)
        out["search"] = timed(lambda: uow.families.search(next(it)), 50)
        event = uow.families.load(ids[0]).journey[0]  # type: ignore[union-attr]
    counter = iter(range(10**6))

    def save_edit() -> None:
        with db.unit_of_work(write=True) as w:
            w.families.save_event(ids[0], dataclasses.replace(event, title=f"t{next(counter)}"))
            w.commit()

    out["save_edit"] = timed(save_edit, 50)
    db.close()
    return out


BUDGETS = {
    "unlock": 1.0,
    "import": 5.0,
    "load_500": 0.025,
    "search": 0.010,
    "save_edit": 0.002,
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--families", type=int, default=1000)
    ap.add_argument("--events", type=int, default=40)
    ap.add_argument("--big", type=int, default=2000)
    a = ap.parse_args()
    t = time.perf_counter()
    families = synthetic_families(a.families + 2, a.events, seed=7, end=date(2026, 11, 1))
    families[-2] = with_events(families[-2], 500, families[0])
    families[-1] = with_events(families[-1], a.big, families[0])
    print(
        f"generated {len(families)} families in {time.perf_counter() - t:.2f} s "
        f"({a.families} x {a.events} events, one of 500, one of {a.big})"
    )
    with tempfile.TemporaryDirectory() as enc_dir, tempfile.TemporaryDirectory() as plain_dir:
        enc = run_store(Path(enc_dir), families, plain=False)
        plain = run_store(Path(plain_dir), families, plain=True)
    print(f"\n{'operation':<12}{'encrypted':>12}{'plain':>12}{'ratio':>8}{'budget':>12}  ok")
    for name in ("unlock", "import", "load_500", "load_2000", "list_all", "search", "save_edit"):
        e, p = enc[name], plain[name]
        ratio = e / p
        ptxt = f"{p * 1000:>10.1f}ms"
        if name == "unlock":  # Argon2id and the HMAC page check have no plain counterpart:
            ratio = enc["open_only"] / plain["open_only"]  # the ratio is the opening's own
            ptxt = f"{'(see below)':>12}"
        budget = BUDGETS.get(name)
        ok = "" if budget is None else ("yes" if e <= budget else "NO")
        btxt = "" if budget is None else f"{budget * 1000:.0f} ms"
        print(f"{name:<12}{e * 1000:>10.1f}ms{ptxt}{ratio:>8.2f}{btxt:>12}  {ok}")
    print(
        f"\nunlock = Argon2id {enc['argon2id'] * 1000:.0f} ms ({keys.DEFAULT_KDF}) "
        f"+ open {enc['open'] * 1000:.1f} ms, of which the integrity check of every page "
        f"{enc['page_check'] * 1000:.1f} ms (HMAC of every page + quick_check; plain "
        f"quick_check {plain['page_check'] * 1000:.1f} ms).\n"
        f"opening alone: encrypted {enc['open_only'] * 1000:.1f} ms, plain "
        f"{plain['open_only'] * 1000:.1f} ms, ratio "
        f"{enc['open_only'] / plain['open_only']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
