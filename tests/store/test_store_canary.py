"""The canary: texts that identify a family (names, addresses, phone numbers, e-mail, notes,
event texts, reflections) never reach a file in the clear. After importing marked families and
the spec's example, editing, searching, a refused import, a backup, a passphrase change and the
same again through the command line, no file in the profile folder (database, WAL, shared
memory, key file, lock, backups, temporary files) and no file in the log folder holds any of
those texts, in UTF-8 or UTF-16 (LE or BE), while the profile is open and after it is closed."""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from support.common import EXAMPLE, PASSPHRASE
from support.pages import find_markers
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Event, Reflection
from veldwerk.interchange.writer import dump_case_file
from veldwerk.logging_setup import _NoExceptionText
from veldwerk.samples.synthetic import synthetic_families
from veldwerk.store.keys import FAST_KDF_FOR_TESTS
from veldwerk.workspace import Workspace

MARKER = "CNRYQZ"  # in every identifying text of the synthetic families
NEW_PASSPHRASE = "een ander lang wachtwoord 17"
EXAMPLE_FIELDS = {
    "name",
    "given_name",
    "family_name",
    "phone",
    "email",
    "address",
    "notes",
    "description",
    "text",
    "organisation",
    "owner",
}


def example_texts() -> list[str]:
    """The identifying texts of the spec's example (six characters or more)."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in EXAMPLE_FIELDS and isinstance(v, str) and len(v) >= 6:
                    found.add(v)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(json.loads(EXAMPLE.read_bytes()))
    assert len(found) > 20
    return sorted(found)


def every_file(*folders: Path) -> list[tuple[str, bytes]]:
    """(path, bytes) of every file below the folders, hidden ones and subfolders included."""
    out = []
    for folder in folders:
        for dirpath, _dirs, files in os.walk(folder):
            for name in files:
                path = Path(dirpath) / name
                out.append((str(path), path.read_bytes()))
    return out


def assert_no_canary(profile: Path, logs: Path, markers: list[str], when: str) -> list[str]:
    files = every_file(profile, logs)
    found = find_markers(files, markers)
    assert found == [], f"{when}: identifying text found in files:\n" + "\n".join(found)
    return sorted(Path(p).name for p, _ in files)


@pytest.fixture
def log_dir() -> Iterator[Path]:
    """The test's log folder, receiving this process's veldwerk logs at DEBUG level through the
    app's own formatter (the command-line runs below log there through configure_logging)."""
    folder = Path(os.environ["VELDWERK_LOG_DIR"])
    handler = logging.handlers.RotatingFileHandler(folder / "veldwerk-test.log", encoding="utf-8")
    handler.setFormatter(_NoExceptionText("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.DEBUG)
    logger = logging.getLogger("veldwerk")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield folder
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        handler.close()


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("VELDWERK_")}
    full.update(
        VELDWERK_TODAY=os.environ["VELDWERK_TODAY"],
        VELDWERK_LOG_DIR=os.environ["VELDWERK_LOG_DIR"],
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "veldwerk", *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=60,
    )


def test_the_scan_finds_a_marker_in_any_encoding(tmp_path: Path) -> None:
    """The scanner itself: a marker written in UTF-8, UTF-16-LE or UTF-16-BE, in any case, is
    found; the same folder without it is clean."""
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        (tmp_path / "f.bin").write_bytes(b"\x00junk" + f"x {MARKER.lower()}0042 y".encode(encoding))
        assert find_markers(every_file(tmp_path), [MARKER]), encoding
    (tmp_path / "f.bin").write_bytes(b"nothing here")
    assert find_markers(every_file(tmp_path), [MARKER]) == []


@pytest.mark.slow
def test_no_identifying_text_reaches_any_file(
    profile_dir: Path, log_dir: Path, tmp_path: Path
) -> None:
    """Import, edits, an erasure, search, refused changes and a backup in this process; then
    import, a refused import and a backup through the `veldwerk` command (which logs
    through the app's logging setup); then a passphrase change and another edit. Scanned after
    every step, while open (with the WAL present) and closed: no marker and no text of the
    example is in any file of the profile or log folder. The input files (outside both folders)
    do hold them all, which proves the markers and the scan."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    marked = synthetic_families(6, 8, 31, marker=MARKER)
    case_file = inbox / "marked.json"
    case_file.write_bytes(dump_case_file(marked))
    markers = [MARKER, *example_texts()]
    assert {
        f.split(": ")[1]
        for f in find_markers(every_file(inbox) + [("example", EXAMPLE.read_bytes())], markers)
    } == set(markers)

    ws, _recovery = Workspace.create(profile_dir, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    try:
        ws.families.import_file(EXAMPLE)
        ws.families.import_file(case_file)
        ws.families.erase(marked[1].ref)
        ref = marked[0].ref
        family = ws.families.get(ref)
        ws.families.save_member(
            ref, replace(family.members[0], notes=f"Nieuw {MARKER}-n1", phone=f"06-{MARKER}-p1")
        )
        ws.families.save_event(
            ref, Event(date(2026, 3, 2), "contact", f"Bezoek {MARKER}-e1", f"Besproken {MARKER}-e2")
        )
        ws.families.save_reflection(ref, Reflection(date(2026, 3, 3), f"Geleerd {MARKER}-r1"))
        ws.families.update_details(ref, name=f"Gezin {MARKER}-f1")
        ws.families.delete_event(ref, family.journey[0].key)  # type: ignore[arg-type]
        assert len(ws.families.list(query=f"{MARKER}-f1")) == 1
        assert ws.search.search(f"{MARKER}-e1").hits  # the index of everything, too
        ws.access.record_access(ref, "view")  # the access log and report (issue 15)
        ws.access_report.write(ref, inbox / "access.pdf")
        with pytest.raises(DomainError):  # a refused import names the clashing refs
            ws.families.import_file(case_file)
        with pytest.raises(DomainError):
            ws.families.save_member(
                ref, replace(family.members[0], role="nonsense", notes=f"Fout {MARKER}-x1")
            )
        assert (profile_dir / "veldwerk.db-wal").stat().st_size > 0
        seen = assert_no_canary(profile_dir, log_dir, markers, "after import and edits")
        assert {"veldwerk.db", "veldwerk.db-wal", "veldwerk.db-shm", "veldwerk.key"} <= set(seen)

        ws.admin.backup(ws.paths.backups / "by-hand.vwbackup")
        assert_no_canary(profile_dir, log_dir, markers, "after a backup")
    finally:
        ws.close()
    assert_no_canary(profile_dir, log_dir, markers, "after closing")

    bad = inbox / "bad.json"
    bad.write_bytes(dump_case_file([replace(marked[2], status=f"{MARKER}-s1")]))
    second = inbox / "second.json"
    second.write_bytes(dump_case_file(synthetic_families(3, 4, 32, marker=MARKER + "B")))
    common = ("--data-dir", str(profile_dir), "--lang", "nl")
    runs = [
        (["import", str(second)], 0),
        (["import", str(bad)], 1),
        (["backup", str(profile_dir / "backups" / "by-cli.vwbackup")], 0),
        (["access-log", marked[0].ref, "--json"], 0),
        (["access-report", marked[0].ref, "-o", str(inbox / "access-cli.pdf")], 0),
    ]
    for args, expected in runs:
        done = run_cli(*args, *common, env={"VELDWERK_PASSPHRASE": PASSPHRASE})
        assert done.returncode == expected, (args, done.stdout, done.stderr)
        assert_no_canary(profile_dir, log_dir, markers, f"after veldwerk {args[0]}")

    # Last, as it raises the key file's Argon2id cost to the real one (slow to unlock).
    with Workspace.open(profile_dir, PASSPHRASE) as ws:
        ws.admin.change_passphrase(NEW_PASSPHRASE, NEW_PASSPHRASE)
        ws.families.save_event(ref, Event(date(2026, 3, 4), "note", f"Na {MARKER}-e3"))
        assert (profile_dir / "veldwerk.db-wal").stat().st_size > 0
        assert_no_canary(profile_dir, log_dir, markers, "after a passphrase change")
        assert ws.admin.check().ok
    seen = assert_no_canary(profile_dir, log_dir, markers, "at the end")
    assert {"by-hand.vwbackup", "by-cli.vwbackup", "veldwerk.log", "veldwerk-test.log"} <= set(seen)
    assert list((profile_dir / "tmp").iterdir()) == []
    in_process = (log_dir / "veldwerk-test.log").read_text()
    cli = (log_dir / "veldwerk.log").read_text()
    for line in ("imported 6 families", "erased", "backup written", "passphrase changed"):
        assert line in in_process, f"the logs were not written: {line!r} missing"
    assert "imported 3 families" in cli and "backup written" in cli
