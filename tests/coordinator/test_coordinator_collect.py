"""Collecting a shared folder: 300 bundles of 30 installations with known content, incremental
runs, and every kind of bad, late, doubled or foreign file."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from support.coordinator import (
    Installation,
    bundle_bytes,
    collect,
    enrol,
    expected_counts,
    expected_hidden,
    expected_metric_row,
    expected_text,
    make_installations,
    read_csv,
    records_of,
    resign,
    write_history,
)
from support.learning import COORDINATOR_PRIVATE, resealed
from veldwerk.coordinator.collect import CollectResult
from veldwerk.coordinator.database import CoordinatorDatabase, open_database
from veldwerk.coordinator.outputs import write_outputs
from veldwerk.coordinator.repository import load_families
from veldwerk.learning.bundle import bundle_file_name
from veldwerk.learning.keys import generate_signing_key
from veldwerk.progress import CancelToken

COORDINATOR = COORDINATOR_PRIVATE


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """30 installations, 10 bundles each (300 files), encrypted; and the newest records."""
    folder = tmp_path_factory.mktemp("history") / "shared"
    installations = make_installations()
    newest = write_history(folder, installations)
    return folder, installations, newest


def _db(tmp_path: Path, name: str = "coordinator.sqlite3") -> CoordinatorDatabase:
    return open_database(f"sqlite:///{tmp_path / name}")


def _families(db: CoordinatorDatabase) -> list:  # type: ignore[type-arg]
    with db.engine.connect() as conn:
        return load_families(conn)


def _copy(folder: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shared"
    shutil.copytree(folder, target)
    return target


def _reasons(result: CollectResult) -> dict[str, str]:
    return {r.file: r.reason for r in result.rejected}


def _expected_aggregates(newest: dict[str, list[dict]], t: int = 5) -> list[list[str]]:
    """aggregates.csv computed straight from the records, with every rule written out plainly
    (docs/coordinator-outputs.md): rounding, the threshold, complementary hiding of regions and
    of the events of phases and event types (chosen by families, never an empty cell)."""
    records = [r for rs in newest.values() for r in rs]
    counts = expected_counts(records)
    small = {k for k, (fam, _) in counts.items() if fam < t}
    regions = {k[1]: counts[k][0] for k in counts if k[0] == "region"}
    hidden_regions = {("region", r) for r in expected_hidden(regions, t)}
    hidden_events: set[tuple[str, str]] = set()
    for dim, field in (("phase", "phase"), ("event_type", "type")):
        having = [{e[field] for e in r["journey"]} for r in records]
        hidden = {k[1] for k in small if k[0] == dim}
        visible = sorted((counts[k][0], k[1]) for k in counts if k[0] == dim and k not in small)
        visible = [v for v in visible if v[0] > 0]

        def holding(hidden: set[str] = hidden, dim: str = dim) -> list[str]:
            return [c for c in hidden if counts[(dim, c)][0] > 0]

        def distinct(cells: list[str], having: list[set[str]] = having) -> int:
            return sum(1 for h in having if h & set(cells))

        while visible and holding() and (len(holding()) < 2 or distinct(holding()) < t):
            hidden.add(visible.pop(0)[1])
        hidden_events |= {(dim, c) for c in hidden}
    rows = []
    for (dim, cat), (fam, ev) in counts.items():
        if (dim, cat) in small:
            rows.append([dim, cat, f"<{t}", ""])
        elif (dim, cat) in hidden_regions:
            rows.append([dim, cat, "x", ""])
        else:
            shown = "" if ev is None or (dim, cat) in hidden_events else expected_text(ev, t)
            rows.append([dim, cat, expected_text(fam, t), shown])
    return rows


def test_300_bundles_give_the_independently_computed_outputs(history, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Protects the whole chain: 300 bundles of 30 installations (10 sequences each, the newest
    without a withdrawn family) give exactly the aggregates and metrics computed from the newest
    records by the test itself, protection included (rounding, threshold, hiding, totals)."""
    folder, installations, newest = history
    with _db(tmp_path) as db:
        enrol(db, installations)
        result = collect(folder, db)
        families = _families(db)
    assert (result.files, result.new_bundles, result.superseded) == (300, 30, 270)
    assert result.rejected == () and result.duplicates == 0
    assert result.installations == 30
    assert result.families == sum(len(r) for r in newest.values()) == len(families)
    write_outputs(tmp_path / "out", families, result.rejected, 5)

    aggregates = read_csv(tmp_path / "out" / "aggregates.csv")
    assert aggregates[0] == ["dimension", "category", "families", "events"]
    assert sorted(aggregates[1:]) == sorted(_expected_aggregates(newest))
    region_rows = {r[1]: r[2] for r in aggregates if r[0] == "region"}
    assert region_rows["West"] == "<5"
    assert list(region_rows.values()).count("x") == 1

    metrics = read_csv(tmp_path / "out" / "metrics.csv")
    assert metrics[0] == [
        "region",
        "families",
        "with_backup_pct",
        "with_jim_pct",
        "median_max_concurrent_professionals",
        "median_duration_weeks",
        "median_weeks_signal_to_intake",
    ]
    by_region: dict[str, list[dict]] = {}
    for inst in installations:
        by_region.setdefault(inst.region, []).extend(newest[inst.id])
    all_records = [r for rs in newest.values() for r in rs]
    expected = {name: expected_metric_row(name, rs) for name, rs in by_region.items()}
    hidden = min((n for n in by_region if n != "West"), key=lambda n: len(by_region[n]))
    expected[hidden] = [hidden, "x", "", "", "", "", ""]
    rows = {row[0]: row for row in metrics[1:]}
    assert list(rows) == [*sorted(by_region), "all"]
    shown = sum(int(row[1]) for row in expected.values() if row[1].isdigit())
    all_row = expected_metric_row("all", all_records)
    assert rows.pop("all") == ["all", f"{shown}+", *all_row[2:]]  # the total of the regions shown
    assert rows == expected
    assert all(v != "" for v in all_row)


def test_recollecting_an_unchanged_folder_skips_everything(history, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Protects incremental collection: the second run over the same 300 files checks none of
    them again (by content hash) and changes nothing."""
    folder, installations, _ = history
    with _db(tmp_path) as db:
        enrol(db, installations)
        collect(folder, db)
        before = _families(db)
        started = time.perf_counter()
        again = collect(folder, db)
        took = time.perf_counter() - started
        assert (again.unchanged, again.new_bundles, again.superseded) == (300, 0, 0)
        assert _families(db) == before
    assert took < 1.0


def test_late_older_bundles_never_overwrite_newer_ones(tmp_path: Path) -> None:
    """Protects newest-wins: sequence 5 collected first, then 1-4 and 6 arrive; 1-4 are older
    (not stored), 6 replaces 5, and a withdrawn family disappears with it."""
    inst = make_installations(count=2)[0]
    shared = tmp_path / "shared"
    shared.mkdir()
    ids = list(range(1, len(inst.families) + 1))
    fifth = records_of(inst, ids)
    (shared / bundle_file_name(inst.id, 5)).write_bytes(bundle_bytes(inst, 5, fifth))
    with _db(tmp_path) as db:
        enrol(db, [inst])
        assert collect(shared, db).new_bundles == 1
        for seq in (1, 2, 3, 4):
            (shared / bundle_file_name(inst.id, seq)).write_bytes(
                bundle_bytes(inst, seq, records_of(inst, ids[:2]))
            )
        late = collect(shared, db)
        assert (late.new_bundles, late.superseded, late.unchanged) == (0, 4, 1)
        assert len(_families(db)) == len(ids)
        (shared / bundle_file_name(inst.id, 6)).write_bytes(
            bundle_bytes(inst, 6, records_of(inst, ids[1:]))
        )
        newer = collect(shared, db)
        assert (newer.new_bundles, newer.unchanged) == (1, 5)
        kept = _families(db)
    assert len(kept) == len(ids) - 1
    assert {f.pseudonym for f in kept}.isdisjoint(r["pseudonym"] for r in fifth)  # all replaced


def test_bad_files_are_listed_with_their_reason_and_never_stop_the_run(tmp_path: Path) -> None:
    """Protects robustness: tampered, truncated, re-signed, unknown version, a plain bundle
    (signed, not encrypted), wrong coordinator key, empty, a case file, random bytes and a
    folder are each listed with their reason (those that do not verify, as a file still
    arriving would not, as waiting); the good bundle between them is collected; a second run
    lists them again; without the coordinator's key no bundle is collected at all (each is
    encrypted)."""
    a, b = make_installations(count=3)[:2]
    shared = tmp_path / "shared"
    (shared / "sub").mkdir(parents=True)
    good = bundle_bytes(a, 1, records_of(a, [1, 2, 3]))
    (shared / "good.vwlb").write_bytes(good)
    tampered = bytearray(good)
    tampered[len(good) // 2] ^= 0x01  # in the encrypted payload
    (shared / "tampered.vwlb").write_bytes(bytes(tampered))
    (shared / "truncated.vwlb").write_bytes(good[: len(good) // 2])
    forged_key = generate_signing_key()
    (shared / "resigned-new.vwlb").write_bytes(
        resign(
            bundle_bytes(b, 1, records_of(b, [1])),
            lambda o: o["header"].update(sequence=7),
            forged_key,
        )
    )

    def future(o: dict) -> None:
        o["version"] = 4

    (shared / "version4.vwlb").write_bytes(resign(good, future, a.key))
    (shared / "plain.vwlb").write_bytes(resealed(good, lambda o: None, a.key, recipient=None))
    other = X25519PrivateKey.generate()
    (shared / "sub" / "other-key.vwlb").write_bytes(
        bundle_bytes(a, 2, records_of(a, [1]), coordinator_key=other.public_key())
    )
    (shared / "empty.vwlb").write_bytes(b"")
    (shared / "case.json").write_text('{"format":"veldwerk-case-file","version":1}')
    (shared / "random.bin").write_bytes(os.urandom(3000))
    (shared / ".waiting.vwlb.partial").write_bytes(good[:100])
    with _db(tmp_path) as db:
        enrol(db, [a, b])
        first = collect(shared, db)
        second = collect(shared, db)
    assert first.new_bundles == 1  # good.vwlb (a)
    assert first.waiting == 1  # resigned-new.vwlb: b's id with another key waits for a person
    expected = {
        "version4.vwlb": "unknown_version",
        "plain.vwlb": "not_encrypted",
        "sub/other-key.vwlb": "wrong_key",
        "case.json": "not_a_bundle",
        "random.bin": "not_a_bundle",
    }
    waiting = {  # did not verify, as a file still arriving would not: tried again next time
        "tampered.vwlb": "bad_signature",
        "truncated.vwlb": "truncated",
        "empty.vwlb": "truncated",
    }
    assert _reasons(first) == expected
    assert {r.file: r.reason for r in first.retry} == waiting
    assert _reasons(second) == expected
    assert {r.file: r.reason for r in second.retry} == waiting
    assert (second.unchanged, second.waiting) == (1, 1)  # a waiting bundle is checked again
    with _db(tmp_path, "without-key.sqlite3") as db:
        enrol(db, [a, b])
        without_key = collect(shared, db, private_key=None)
    assert without_key.new_bundles == 0 and without_key.families == 0
    assert _reasons(without_key) == {
        **expected,
        "good.vwlb": "encrypted_no_key",
        "resigned-new.vwlb": "encrypted_no_key",
        "version4.vwlb": "encrypted_no_key",  # its version is inside
        "sub/other-key.vwlb": "encrypted_no_key",
    }


def test_another_key_never_counts_for_an_enrolled_installation(tmp_path: Path) -> None:
    """Protects the enrolled key: a newer bundle with an enrolled installation's id but signed
    by another key is not counted (it waits for a person as key_changed, not refused as a bad
    file), also when it arrives together with the real ones, before them into a fresh
    database, and on every later run; it changes nothing."""
    inst = make_installations(count=2)[0]
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "real-1.vwlb").write_bytes(bundle_bytes(inst, 1, records_of(inst, [1, 2, 3])))
    impostor = generate_signing_key()
    with _db(tmp_path) as db:
        enrol(db, [inst])
        collect(shared, db)
        (shared / "impostor-9.vwlb").write_bytes(
            bundle_bytes(inst, 9, records_of(inst, [1]), key=impostor)
        )
        (shared / "real-2.vwlb").write_bytes(bundle_bytes(inst, 2, records_of(inst, [1, 2])))
        result = collect(shared, db)
        assert (_reasons(result), result.waiting, result.new_bundles) == ({}, 1, 1)
        assert len(_families(db)) == 2
        again = collect(shared, db)
        assert (again.waiting, again.new_bundles, again.unchanged) == (1, 0, 2)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copy(shared / "impostor-9.vwlb", fresh)
    shutil.copy(shared / "real-1.vwlb", fresh)
    with _db(tmp_path, "fresh.sqlite3") as db:
        enrol(db, [inst])
        together = collect(fresh, db)
        assert (together.waiting, together.new_bundles) == (1, 1)
        assert len(_families(db)) == 3


def test_trusted_keys_limit_collection(tmp_path: Path) -> None:
    """Protects --trusted-keys: only bundles signed by a listed key are collected; the others
    are refused as untrusted_key, and are collected once their key is listed."""
    a, b = make_installations(count=3)[:2]
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "a.vwlb").write_bytes(bundle_bytes(a, 1, records_of(a, [1])))
    (shared / "b.vwlb").write_bytes(bundle_bytes(b, 1, records_of(b, [1])))
    with _db(tmp_path) as db:
        enrol(db, [a, b])
        first = collect(shared, db, trusted_keys=frozenset({a.public_hex}))
        assert _reasons(first) == {"b.vwlb": "untrusted_key"}
        assert first.new_bundles == 1
        second = collect(shared, db, trusted_keys=frozenset({a.public_hex, b.public_hex}))
        assert second.rejected == () and second.new_bundles == 1


def test_duplicates_and_encrypted_copies_count_once(history, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Protects against double counting: the same bundle under three names, and the same
    export encrypted once more (other bytes, same sequence), give each family once."""
    _, installations, _ = history
    inst: Installation = installations[0]
    shared = tmp_path / "shared"
    shared.mkdir()
    records = records_of(inst, [1, 2, 3, 4])
    data = bundle_bytes(inst, 3, records)
    for name in ("one.vwlb", "two.vwlb", "copy of one.vwlb"):
        (shared / name).write_bytes(data)
    (shared / "sealed.vwlb").write_bytes(bundle_bytes(inst, 3, records))
    with _db(tmp_path) as db:
        enrol(db, [inst])
        result = collect(shared, db, private_key=COORDINATOR)
        assert (result.new_bundles, result.duplicates, result.superseded) == (1, 2, 1)
        assert len(_families(db)) == 4


def test_a_bundle_naming_a_family_twice_is_refused(tmp_path: Path) -> None:
    """Protects counting distinct families: a (validly signed) bundle that holds one pseudonym
    twice is refused as not fitting the format."""
    inst = make_installations(count=2)[0]
    shared = tmp_path / "shared"
    shared.mkdir()
    record = records_of(inst, [1])[0]
    (shared / "twice.vwlb").write_bytes(
        bundle_bytes(inst, 1, [record, json.loads(json.dumps(record))])
    )
    with _db(tmp_path) as db:
        assert _reasons(collect(shared, db)) == {"twice.vwlb": "schema"}


def test_5000_files_most_of_them_not_bundles(history, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Protects a messy shared folder: 4,700 other files (text, images, empty, random) among
    300 bundles; every other file is listed, the bundles give the same families, and a second
    run is quick."""
    folder, installations, newest = history
    shared = _copy(folder, tmp_path)
    junk = shared / "other stuff"
    junk.mkdir()
    for i in range(4700):
        kind = i % 4
        path = junk / f"file-{i:04d}{('.txt', '.png', '.vwlb', '.bin')[kind]}"
        if kind == 0:
            path.write_text(f"notes {i}\n")
        elif kind == 1:
            path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
        elif kind == 2:
            path.write_bytes(b"")
        else:
            path.write_bytes(os.urandom(64))
    with _db(tmp_path) as db:
        enrol(db, installations)
        result = collect(shared, db)
        assert result.files == 5000
        assert len(result.rejected) == 3525 and len(result.retry) == 1175  # empty: waiting
        assert {r.reason for r in result.rejected} == {"not_a_bundle"}
        assert {r.reason for r in result.retry} == {"truncated"}
        assert result.families == sum(len(r) for r in newest.values())
        started = time.perf_counter()
        again = collect(shared, db)
        took = time.perf_counter() - started
    assert len(again.rejected) + len(again.retry) == 4700 and again.unchanged == 300
    assert took < 3.0


def test_cancel_keeps_what_was_stored_and_the_next_run_goes_on(  # type: ignore[no-untyped-def]
    history, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects cancel: stopping while storing keeps whole installations only (never part of
    one), and the next run finishes the job; progress only goes up."""
    import veldwerk.coordinator.collect as collect_module

    monkeypatch.setattr(collect_module, "INSTALLATIONS_PER_TRANSACTION", 4)
    folder, installations, newest = history
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if total > 300 and done >= 308:
            token.cancel()

    with _db(tmp_path) as db:
        enrol(db, installations)
        stopped = collect(folder, db, progress=progress, cancel=token)
        assert stopped.cancelled
        assert stopped.installations == 8
        kept = _families(db)
        per_installation: dict[str, int] = {}
        for f in kept:
            per_installation[f.installation_id] = per_installation.get(f.installation_id, 0) + 1
        assert all(n == len(newest[i]) for i, n in per_installation.items())
        finished = collect(folder, db)
        assert not finished.cancelled and finished.installations == 30
    assert seen == sorted(seen)
