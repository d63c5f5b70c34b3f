"""Minimised records under attack: what an observer of any number of bundles learns about a
family's dates, whether bundles can be linked by pseudonym, and how unique the records are.

The observer here is as strong as it gets: it reads every bundle (it holds the coordinator's key),
knows the export day of each, knows how veldwerk builds a record, and knows everything about the
family except its opening date. It tries every opening date of four years and keeps those that
give exactly the records it saw. `version_1_record` rebuilds what the previous format (version 1)
published, so the test shows the attack working there and failing now.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from support.learning import (
    REGION,
    contents,
    give_coordinator_key,
    granted,
    open_bundle,
    without_pseudonym,
)
from veldwerk.domain.model import Family
from veldwerk.domain.phases import phase_of
from veldwerk.learning.record import (
    age_band,
    age_on,
    backup_now,
    build_record,
    profile_vocabulary,
    quarter_start,
)
from veldwerk.samples.demo_families import demo_families
from veldwerk.samples.synthetic import synthetic_families

REF = "HW-2026-001"  # the example's family with consent: opened 2026-02-03, active
FIRST_EXPORT = date(2026, 11, 27)
EXPORT_DAYS = [FIRST_EXPORT + timedelta(days=i) for i in range(7)]  # 27 Nov to 3 Dec
"""Seven daily exports, over the turn of a month (the month is all a bundle says of its day)."""

Record = dict[str, Any]


def version_1_record(family: Family, today: date, vocabulary: frozenset[str]) -> Record | None:
    """The record as version 1 made it: duration in whole weeks up to today, event weeks from
    the opening date, age and pregnancy on the opening date, backup on the export day."""
    record = build_record(
        family, region=REGION, today=today, pseudonym="0" * 64, vocabulary=vocabulary
    )
    if record is None:
        return None
    opened = family.opened_on
    end = family.closed_on if family.status == "closed" and family.closed_on else today
    record["duration_weeks"] = max(0, (end - opened).days // 7)
    events = sorted(family.journey, key=lambda e: e.date)
    for entry, event in zip(record["journey"], events, strict=True):
        entry["week"] = (event.date - opened).days // 7
    parents = [m.birth_date for m in family.members if m.role in ("mother", "father", "partner")]
    births = [b for b in parents if b]
    record["youngest_parent_age_band"] = age_band(age_on(max(births), opened)) if births else None
    record["pregnancy_at_start"] = phase_of(family, opened) == "pregnancy"
    record["contacts"]["backup_now"] = backup_now(family.contacts, today)
    return record


def version_2_record(family: Family, today: date, vocabulary: frozenset[str]) -> Record | None:
    return build_record(family, region=REGION, today=today, vocabulary=vocabulary)


Builder = Callable[[Family, date, frozenset[str]], Record | None]


def consistent_opening_dates(
    family: Family,
    seen: Sequence[Record],
    days: Sequence[date],
    vocabulary: frozenset[str],
    build: Builder,
) -> set[date]:
    """Every opening date within two years either side of the real one that, with everything
    else about the family as it is, gives exactly the records `seen` on the export `days`."""
    wanted = [without_pseudonym(r) for r in seen]
    real = family.opened_on
    found = set()
    for offset in range(-730, 731):
        candidate = dataclasses.replace(family, opened_on=real + timedelta(days=offset))
        made = [build(candidate, day, vocabulary) for day in days]
        if all(
            m is not None and without_pseudonym(m) == w for m, w in zip(made, wanted, strict=True)
        ):
            found.add(candidate.opened_on)
    return found


def quarter_days(day: date) -> set[date]:
    start = quarter_start(day)
    end = quarter_start(start + timedelta(days=95))
    return {start + timedelta(days=i) for i in range((end - start).days)}


@pytest.fixture
def ws(example_workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    example_workspace.config.set("region", REGION)
    give_coordinator_key(example_workspace, tmp_path / "keys")
    return example_workspace


def test_seven_daily_exports_narrow_the_opening_date_to_no_less_than_its_quarter(
    ws, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the opening date (attack 1 of issue 11): one family exported on seven days in a
    row (the clock moved a day each time), every bundle decrypted. Of all opening dates within
    two years, exactly those of its whole quarter (2026-Q1, 90 days) fit all seven records, as
    the quarter the record publishes says anyway. The same seven exports in version 1's format
    gave the opening date to the day. The seven records are the same but for their pseudonyms
    (all seven differ), and each bundle says only its month."""
    bundles = []
    for day in EXPORT_DAYS:
        monkeypatch.setenv("VELDWERK_TODAY", day.isoformat())
        bundles.append(open_bundle(ws.learning.export().path.read_bytes()))
    records = [b.records[0] for b in bundles]
    assert all(len(b.records) == 1 for b in bundles)
    assert [b.header.created for b in bundles] == ["2026-11"] * 4 + ["2026-12"] * 3
    assert len({r["pseudonym"] for r in records}) == 7
    assert len(set(contents(records))) == 1  # the export day entered no value

    families = ws.families.all()
    family = next(f for f in families if f.ref == REF)
    vocabulary = profile_vocabulary(families)
    now = consistent_opening_dates(family, records, EXPORT_DAYS, vocabulary, version_2_record)
    quarter = quarter_days(family.opened_on)
    assert len(quarter) == 90 and family.opened_on in quarter
    assert now == quarter, sorted(now - quarter) + sorted(quarter - now)

    before = [version_1_record(family, day, vocabulary) for day in EXPORT_DAYS]
    assert before[0] is not None
    then = consistent_opening_dates(
        family, [r for r in before if r], EXPORT_DAYS, vocabulary, version_1_record
    )
    print(
        f"\nopening date {family.opened_on}: consistent with all 7 daily records: "
        f"version 1: {len(then)} day(s) {sorted(then)}, version 2: {len(now)} days "
        f"({min(now)} to {max(now)})"
    )
    assert then == {family.opened_on}  # the attack worked on version 1


@pytest.mark.parametrize("day", [date(2026, 1, 1), date(2026, 2, 14), date(2026, 3, 31)])
def test_any_opening_day_of_a_quarter_gives_the_same_records_on_any_day(day: date) -> None:
    """Protects the argument of docs/learning-bundle.md in its general form: for families of
    every kind (demo and synthetic: active and closed, pregnancies, births, backups), moving
    the opening date to any other day of its quarter changes no record made on any of the seven
    export days."""
    families = granted([*demo_families(date(2026, 11, 24)), *synthetic_families(40, 8, 11)])
    vocabulary = profile_vocabulary(families)
    for family in families:
        moved = dataclasses.replace(
            family, opened_on=quarter_start(family.opened_on) + (day - date(2026, 1, 1))
        )
        if quarter_start(moved.opened_on) != quarter_start(family.opened_on):
            continue  # (31 March has no twin in a 30-day last month)
        for export_day in EXPORT_DAYS:
            a = version_2_record(family, export_day, vocabulary)
            b = version_2_record(moved, export_day, vocabulary)
            assert a is not None and b is not None
            assert without_pseudonym(a) == without_pseudonym(b), family.ref


def test_pseudonyms_never_repeat_between_bundles(ws) -> None:
    """Protects unlinkability: two exports of the same families share no pseudonym, and no
    pseudonym repeats within one either."""
    ws.families.set_consent("HW-2026-009", "granted")
    first = open_bundle(ws.learning.export().path.read_bytes()).records
    second = open_bundle(ws.learning.export().path.read_bytes()).records
    a, b = {r["pseudonym"] for r in first}, {r["pseudonym"] for r in second}
    assert len(a) == len(first) == 2 and len(b) == 2 and a.isdisjoint(b)
    assert contents(first) == contents(second)


KEY_VARIABLES = (
    "region",
    "status",
    "opened_quarter",
    "duration_weeks",
    "youngest_parent_age_band",
    "children",
    "pregnancy_at_start",
)
"""What an outsider (a neighbour, a journalist, a colleague) may know about a family: where,
whether help still goes on, when it began and how long it took, the household."""


def unique_fraction(records: Sequence[Record], key: Callable[[Record], str]) -> float:
    keys = [key(r) for r in records]
    counts = Counter(keys)
    return sum(1 for k in keys if counts[k] == 1) / len(keys)


def _time(record: Record) -> str:
    return json.dumps([record[k] for k in KEY_VARIABLES[:4]])


def _known(record: Record) -> str:
    return json.dumps([record[k] for k in KEY_VARIABLES])


def _whole(record: Record) -> str:
    return without_pseudonym({**record, "reflections": []})


def test_fewer_records_are_unique_than_in_version_1() -> None:
    """Protects against near-unique records (issue 11): over the demo's families and 200
    synthetic ones (all consenting), the share of records that no other record matches on what
    an outsider may know drops from version 1 to version 2, both on the time values alone and
    with the household. (Whole records, journeys included, stay unique: they are pseudonymised
    personal data, readable only by the coordinator; only the protected numbers made of them
    are published.)"""
    today = date(2026, 11, 24)
    families = granted([*demo_families(today), *synthetic_families(200, 8, 4711)])
    vocabulary = profile_vocabulary(families)
    before = [version_1_record(f, today, vocabulary) for f in families]
    after = [version_2_record(f, today, vocabulary) for f in families]
    old = [r for r in before if r is not None]
    new = [r for r in after if r is not None]
    assert len(old) == len(new) == len(families) == 212
    figures = {
        name: (unique_fraction(old, key), unique_fraction(new, key))
        for name, key in (
            ("time (region, status, quarter, duration)", _time),
            ("outsider's knowledge (time and household)", _known),
            ("whole record (journey included)", _whole),
        )
    }
    print(f"\nunique records among {len(new)} families, version 1 -> version 2:")
    for name, (was, now) in figures.items():
        print(f"  {name}: {was:.1%} -> {now:.1%}")
    time_before, time_after = figures["time (region, status, quarter, duration)"]
    known_before, known_after = figures["outsider's knowledge (time and household)"]
    assert time_after < time_before / 2
    assert known_after < known_before - 0.1
    assert figures["whole record (journey included)"][0] == 1.0
