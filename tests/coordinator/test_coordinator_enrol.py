"""Enrolled installations only (issue 11): a bundle of an installation the coordinator has not
enrolled counts nothing and waits in waiting.csv; forged installations (a new id, or an enrolled
id with another key) change no published number; two keys for one id count neither; an
enrolment binds one region; the region-name rule; the upgrade of a database made before
enrolment; and `veldwerk enrol`. The window's Installations tab is in
test_coordinator_enrol_window.py."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from support.coordinator import (
    Installation,
    bundle_bytes,
    enrol,
    forge,
    forged_records,
    make_installations,
    read_csv,
    records_of,
    write_history,
)
from support.learning import COORDINATOR_PRIVATE
from veldwerk.cli.main import main
from veldwerk.coordinator import tables
from veldwerk.coordinator.database import _config, database_key, make_engine, open_database
from veldwerk.coordinator.enrolment import WAIT_REASONS
from veldwerk.coordinator.service import CoordinatorService
from veldwerk.coordinator.waiting import WAITING_COLUMNS
from veldwerk.domain.errors import DomainError
from veldwerk.domain.fingerprint import fingerprint_of, format_fingerprint, parse_fingerprint
from veldwerk.domain.region import checked_region, is_region_name
from veldwerk.learning.keys import generate_signing_key

DOCS = Path(__file__).resolve().parents[2] / "docs" / "coordinator-outputs.md"
PUBLISHED = ("aggregates.csv", "metrics.csv", "rejected.csv", "report.pdf")


def _url(tmp_path: Path, name: str = "c.sqlite3") -> str:
    return f"sqlite:///{tmp_path / name}"


def _outputs(url: str, folder: Path, out: Path) -> dict[str, bytes]:
    """Collect `folder` through the service and write every output; name -> bytes."""
    service = CoordinatorService(url, workers=1)
    collected = service.collect(folder, private_key=COORDINATOR_PRIVATE)
    written = service.write_outputs(
        out,
        collected.families,
        collected.result.rejected,
        5,
        lang="en",
        waiting=collected.installations.waiting,
    )
    return {p.name: p.read_bytes() for p in written}


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Installation]]:
    """Ten real installations, two bundles each; the last one (West) has three families, so
    West is hidden as "<5"."""
    folder = tmp_path_factory.mktemp("enrol") / "shared"
    installations = make_installations(count=10)
    write_history(folder, installations, bundles=2)
    return folder, installations


# --- not enrolled: nothing counts, the installation waits ---------------------------------


def test_a_bundle_of_an_installation_not_enrolled_counts_nothing_until_enrolled(
    practice: tuple[Path, list[Installation]], tmp_path: Path
) -> None:
    """Protects "only enrolled installations": an installation whose bundles are collected
    before it is enrolled adds no family and is listed in waiting.csv (id, claimed region,
    fingerprint in groups of four, first seen, reason), not in rejected.csv; enrolled from the
    waiting list, the next collection counts it and it leaves waiting.csv."""
    folder, installations = practice
    url = _url(tmp_path)
    late = installations[0]
    enrol(url, installations[1:])
    first = _outputs(url, folder, tmp_path / "first")
    service = CoordinatorService(url)
    counted = {f.installation_id for f in service.families()}
    assert late.id not in counted and len(counted) == 9
    assert read_csv(tmp_path / "first" / "rejected.csv") == [["file", "reason"]]
    header, *rows = read_csv(tmp_path / "first" / "waiting.csv")
    assert tuple(header) == WAITING_COLUMNS
    ((inst, region, shown, first_seen, reason),) = rows
    assert (inst, region, reason) == (late.id, late.region, "not_enrolled")
    assert shown == format_fingerprint(late.fingerprint) and len(shown.split(" ")) == 8
    assert first_seen.endswith("Z") and first_seen[:2] == "20" and "waiting.csv" in first
    done = service.enrol(late.id, late.region)
    assert done.enrolment.fingerprint == late.fingerprint and not done.other_keys_waiting
    again = service.collect(folder, private_key=COORDINATOR_PRIVATE)
    assert again.result.new_bundles == 1 and again.installations.waiting == []
    assert late.id in {f.installation_id for f in again.families}


# --- forged installations change no published number ---------------------------------------


def test_forged_installations_change_no_published_number(
    practice: tuple[Path, list[Installation]], tmp_path: Path
) -> None:
    """Protects against injected families (issue 11, attack 2): four fake families carrying
    every code "from" the small region West, under a new installation id and under West's own
    (enrolled) id with another key, change no byte of aggregates.csv, metrics.csv,
    rejected.csv or report.pdf; both forgeries are flagged in waiting.csv. Had the new id been
    counted (trust on first use), West's hidden "<5" would have become a number."""
    folder, installations = practice
    west = installations[-1]
    forged = tmp_path / "forged"
    shutil.copytree(folder, forged)
    new_id = "f" * 32
    new_fp = forge(forged, new_id, west.region, west)
    reused_fp = forge(forged, west.id, west.region, west)

    clean_url, forged_url = _url(tmp_path, "clean.sqlite3"), _url(tmp_path, "forged.sqlite3")
    enrol(clean_url, installations)
    enrol(forged_url, installations)
    clean = _outputs(clean_url, folder, tmp_path / "clean")
    attacked = _outputs(forged_url, forged, tmp_path / "attacked")
    for name in PUBLISHED:
        assert attacked[name] == clean[name], name
    waiting = {(r[0], r[2], r[4]) for r in read_csv(tmp_path / "attacked" / "waiting.csv")[1:]}
    assert waiting == {
        (new_id, format_fingerprint(new_fp), "not_enrolled"),
        (west.id, format_fingerprint(reused_fp), "key_changed"),
    }
    region_cells = {r[1]: r[2] for r in read_csv(tmp_path / "clean" / "aggregates.csv")}
    assert region_cells[west.region] == "<5"

    CoordinatorService(forged_url).enrol(new_id, west.region)  # what trust on first use did
    counted = _outputs(forged_url, forged, tmp_path / "counted")
    assert counted["aggregates.csv"] != clean["aggregates.csv"]
    cells = {r[1]: r[2] for r in read_csv(tmp_path / "counted" / "aggregates.csv")}
    assert cells[west.region].isdigit()


def test_a_forged_key_cannot_win_the_first_collection(tmp_path: Path) -> None:
    """Protects against the first-use race: an installation pre-enrolled by its fingerprint
    (read out by the case director) counts only its own bundles, even when the first
    collection finds a forged bundle with its id, a lower sequence and an earlier creation time
    beside the real one."""
    real = make_installations(count=2)[0]
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "real.vwlb").write_bytes(bundle_bytes(real, 5, records_of(real, [1, 2, 3])))
    (shared / "forged.vwlb").write_bytes(
        bundle_bytes(real, 1, forged_records(real, real.region), key=generate_signing_key())
    )
    service = CoordinatorService(_url(tmp_path))
    service.enrol(real.id, real.region, fingerprint=format_fingerprint(real.fingerprint).upper())
    collected = service.collect(shared, private_key=COORDINATOR_PRIVATE)
    assert (collected.result.new_bundles, collected.result.waiting) == (1, 1)
    assert len(collected.families) == 3
    assert [w.reason for w in collected.installations.waiting] == ["key_changed"]


# --- two keys for one installation ---------------------------------------------------------


def test_two_keys_claiming_one_installation_count_neither_and_are_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Protects the issue's "two keys claiming one installation: neither counts, and both are
    flagged for a person": both keys wait as two_keys (in waiting.csv and `enrol --list`);
    enrolling without a fingerprint is refused, saying to ask for it; enrolling the one the
    case director reads out counts it, and the other key stays flagged as key_changed."""
    real = make_installations(count=2)[0]
    other = dataclasses.replace(real, key=generate_signing_key())
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "a.vwlb").write_bytes(bundle_bytes(real, 1, records_of(real, [1, 2])))
    (shared / "b.vwlb").write_bytes(bundle_bytes(other, 2, records_of(real, [3])))
    url = _url(tmp_path)
    out = _outputs(url, shared, tmp_path / "out")
    assert CoordinatorService(url).families() == []
    rows = read_csv(tmp_path / "out" / "waiting.csv")[1:]
    assert sorted((r[0], r[2], r[4]) for r in rows) == sorted(
        (real.id, format_fingerprint(i.fingerprint), "two_keys") for i in (real, other)
    )
    assert out["rejected.csv"] == b"file,reason\n"
    assert main(["enrol", "--db", url, "--list", "--lang", "en"]) == 0
    listed = capsys.readouterr().out
    assert listed.count("More than one key claims to be this installation") == 2
    assert main(["enrol", "--db", url, real.id, "--region", real.region, "--lang", "nl"]) == 1
    assert "2 verschillende sleutels" in capsys.readouterr().err
    argv = ["enrol", "--db", url, real.id, "--region", real.region, "--lang", "en"]
    assert main([*argv, "--fingerprint", format_fingerprint(real.fingerprint)]) == 0
    assert "another fingerprint" in capsys.readouterr().out
    collected = CoordinatorService(url).collect(shared, private_key=COORDINATOR_PRIVATE)
    assert len(collected.families) == 2
    assert [(w.fingerprint, w.reason) for w in collected.installations.waiting] == [
        (other.fingerprint, "key_changed")
    ]


# --- one region per enrolment; the region-name rule ----------------------------------------


def test_an_enrolment_binds_one_region(tmp_path: Path) -> None:
    """Protects the region binding: an installation enrolled in another region than its
    bundles claim counts nothing (flagged other_region), also when only one of its records
    claims another region; enrolled again in the claimed region, it counts."""
    inst = make_installations(count=2)[0]
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "one.vwlb").write_bytes(bundle_bytes(inst, 1, records_of(inst, [1, 2])))
    service = CoordinatorService(_url(tmp_path))
    service.enrol(inst.id, "Elders", fingerprint=inst.fingerprint)
    first = service.collect(shared, private_key=COORDINATOR_PRIVATE)
    assert first.families == [] and first.result.waiting == 1
    assert [(w.region, w.reason) for w in first.installations.waiting] == [
        (inst.region, "other_region")
    ]
    service.enrol(inst.id, inst.region)  # the enrolled key is kept
    assert len(service.collect(shared, private_key=COORDINATOR_PRIVATE).families) == 2
    records = records_of(inst, [1, 2])
    records[1]["region"] = "Elders"
    (shared / "two.vwlb").write_bytes(bundle_bytes(inst, 2, records))
    mixed = service.collect(shared, private_key=COORDINATOR_PRIVATE)
    assert len(mixed.families) == 2 and mixed.result.new_bundles == 0
    assert [(w.region, w.reason) for w in mixed.installations.waiting] == [
        ("Elders", "other_region")
    ]


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("Noord-Veluwe", True),
        ("'s-Hertogenbosch", True),
        ("Fryslân", True),
        ("Zuid-Holland 't Süd 2", True),
        ("Île-de-France", True),
        ("", False),
        ("R" * 61, False),
        ("Zuid-Holland, Süd", False),
        ('=HYPERLINK("http://x")', False),
        ("-Noord", False),
        ("+31", False),
        ("@Noord", False),
        ("Noord\tZuid", False),
        ("Noord\r", False),
        (" Noord", False),
        ("Noord  Zuid", False),
        ("Noord\x1b[2J", False),
        ("Noord/Zuid", False),
        ("Noord\u202eZuid", False),
    ],
)
def test_the_region_name_rule(name: str, allowed: bool) -> None:
    """Protects the one rule for region names: letters (with diacritics), digits, single
    spaces, - and ', beginning with a letter, a digit or '; nothing a spreadsheet runs as a
    formula, no comma, no control or direction character."""
    assert is_region_name(name) is allowed


def test_a_bad_region_is_refused_with_a_clear_message_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Protects the rule where a region comes in: `veldwerk enrol` refuses a bad region in
    words (Dutch and English); a bundle claiming one is refused as bad_region (listed in
    rejected.csv, not on the waiting list), even from an enrolled installation."""
    inst = make_installations(count=2)[0]
    url = _url(tmp_path)
    argv = ["enrol", "--db", url, inst.id, "--region", "Zuid, =1+1", "--fingerprint"]
    assert main([*argv, inst.fingerprint, "--lang", "nl"]) == 1
    assert "Een regionaam bestaat uit 1 tot 60 letters" in capsys.readouterr().err
    with pytest.raises(DomainError) as caught:
        checked_region("-Noord")
    assert "begins with a letter, a digit or an apostrophe" in caught.value.message("en")
    assert checked_region(" Fryslân  Noord ") == "Fryslân Noord"
    enrol(url, [inst])
    shared = tmp_path / "shared"
    shared.mkdir()
    bad = dataclasses.replace(inst, region='=HYPERLINK("http://x")')
    (shared / "bad.vwlb").write_bytes(bundle_bytes(bad, 1, records_of(bad, [1])))
    collected = CoordinatorService(url).collect(shared, private_key=COORDINATOR_PRIVATE)
    assert [(r.file, r.reason) for r in collected.result.rejected] == [("bad.vwlb", "bad_region")]
    assert collected.installations.waiting == [] and collected.families == []


def test_waiting_csv_and_its_reasons_are_documented() -> None:
    """Protects the documentation: every column of waiting.csv and every reason an
    installation can wait for are explained in docs/coordinator-outputs.md."""
    text = DOCS.read_text(encoding="utf-8")
    for name in ("waiting.csv", *WAITING_COLUMNS, *WAIT_REASONS, "veldwerk enrol"):
        assert f"`{name}`" in text or name in text, name


# --- fingerprints ----------------------------------------------------------------------


def test_the_fingerprint_is_read_out_in_groups_of_four() -> None:
    """Protects comparing by phone: a key's fingerprint is 32 hex digits shown in eight groups
    of four; what a person types back (upper case, spaces, hyphens) parses to it, and anything
    else does not."""
    key = "ab" * 32
    fingerprint = fingerprint_of(key)
    shown = format_fingerprint(fingerprint)
    assert len(fingerprint) == 32 and [len(g) for g in shown.split(" ")] == [4] * 8
    assert parse_fingerprint(shown.upper().replace(" ", "-")) == fingerprint
    assert parse_fingerprint(shown[:-1]) is None and parse_fingerprint("zz" * 16) is None
    assert fingerprint_of("ab" * 31 + "ac") != fingerprint


# --- the upgrade from the database before enrolment ------------------------------------------


def test_upgrading_a_database_of_the_previous_revision(
    practice: tuple[Path, list[Installation]], tmp_path: Path
) -> None:
    """Protects the migration c0001 -> c0002 on a real database collected by trust on first
    use: every installation it knew is on the waiting list (its key's fingerprint, its region),
    nothing counts any more, refused files stay remembered; once enrolled, the next collection
    counts them again."""
    folder, installations = practice
    url = _url(tmp_path)
    engine = make_engine(url, database_key(url, None))  # the test passphrase from the environment
    with engine.connect() as conn:
        command.upgrade(_config(conn), "c0001")
        conn.commit()
    with engine.begin() as conn:
        now = "2026-11-01 08:00:00"
        for inst in installations[:3]:
            conn.exec_driver_sql(
                "INSERT INTO installations VALUES (?, ?, 2, ?, ?, ?, ?, ?)",
                (inst.id, inst.public_hex, inst.region, "0" * 64, "x", now, now),
            )
            conn.exec_driver_sql(
                "INSERT INTO family_facts VALUES (?, ?, ?, '2024-Q1', '{}')",
                (inst.id, "p" * 64, inst.region),
            )
            conn.exec_driver_sql(
                "INSERT INTO files VALUES (?, 'collected', NULL, NULL, ?, 2, ?)",
                (inst.id * 2, inst.id, now),
            )
        conn.exec_driver_sql(
            "INSERT INTO files VALUES (?, 'rejected', 'damaged', '', NULL, NULL, ?)",
            ("d" * 64, now),
        )
    engine.dispose()
    service = CoordinatorService(url)
    upgraded = service.installations()
    assert upgraded.enrolled == []
    assert [(w.installation_id, w.fingerprint, w.region, w.reason) for w in upgraded.waiting] == [
        (i.id, i.fingerprint, i.region, "not_enrolled")
        for i in sorted(installations[:3], key=lambda i: i.id)
    ]
    with open_database(url) as db, db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(tables.family_facts)).scalar() == 0
        assert conn.execute(select(tables.files.c.status)).scalars().all() == ["rejected"]
    for inst in installations[:3]:
        service.enrol(inst.id, inst.region)
    collected = service.collect(folder, private_key=COORDINATOR_PRIVATE)
    assert collected.result.installations == 3
    assert {w.installation_id for w in collected.installations.waiting} == {
        i.id for i in installations[3:]
    }


# --- the command line ----------------------------------------------------------------------


def test_the_enrol_command(
    practice: tuple[Path, list[Installation]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Protects `veldwerk enrol`: --list shows the waiting installations (claimed region,
    fingerprint, first seen, why) and the enrolled ones, in Dutch; an installation is enrolled
    from the waiting list, or pre-enrolled by its fingerprint; an id not on the list without a
    fingerprint, a bad id, a bad fingerprint and a wrong combination of options are refused
    in words; --revoke ends an enrolment and nothing of it counts afterwards."""
    folder, installations = practice
    url = _url(tmp_path)
    a, b, c = installations[:3]
    CoordinatorService(url).collect(folder, private_key=COORDINATOR_PRIVATE)
    assert main(["enrol", "--db", url, "--list", "--lang", "nl"]) == 0
    listed = capsys.readouterr().out
    assert "Goedgekeurd (0):\n  (geen)\nWachtend (10):" in listed
    assert f"  {a.id}  regio {a.region}  vingerafdruk {format_fingerprint(a.fingerprint)}" in listed
    assert "Nog niet goedgekeurd" in listed and "eerst gezien 20" in listed

    assert main(["enrol", "--db", url, a.id, "--region", a.region, "--lang", "en"]) == 0
    assert f"Enrolled: {a.id} in region {a.region}" in capsys.readouterr().out
    fresh = "c" * 32
    argv = ["enrol", "--db", url, fresh, "--region", "Noord", "--lang", "en"]
    assert main(argv) == 1
    assert "is not on the waiting list" in capsys.readouterr().err
    assert main([*argv, "--fingerprint", "12" * 16]) == 0
    assert main(["enrol", "--db", url, "nonsense", "--region", "Noord", "--lang", "en"]) == 1
    assert "32 characters 0-9 and a-f" in capsys.readouterr().err
    assert main([*argv, "--fingerprint", "12 34"]) == 1
    assert "A fingerprint is 32 characters" in capsys.readouterr().err
    assert main(["enrol", "--db", url, "--list", a.id, "--lang", "nl"]) == 1
    assert "Geef een installatie-id met --region" in capsys.readouterr().err

    service = CoordinatorService(url)
    service.enrol(b.id, b.region)
    service.collect(folder, private_key=COORDINATOR_PRIVATE)
    assert {f.installation_id for f in service.families()} == {a.id, b.id}
    assert main(["enrol", "--db", url, "--revoke", b.id, "--lang", "en"]) == 0
    assert "nothing of this installation counts" in capsys.readouterr().out
    assert {f.installation_id for f in service.families()} == {a.id}
    again = service.collect(folder, private_key=COORDINATOR_PRIVATE)
    assert {f.installation_id for f in again.families} == {a.id}
    assert b.id in {w.installation_id for w in again.installations.waiting}
    assert main(["enrol", "--db", url, "--revoke", c.id, "--lang", "en"]) == 1
    assert f"Installation {c.id} is not enrolled." in capsys.readouterr().err
    assert main(["enrol", "--db", url, "--list", "--lang", "en"]) == 0
    assert "Enrolled (2):" in capsys.readouterr().out
