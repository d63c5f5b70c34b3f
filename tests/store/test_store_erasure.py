"""The right to erasure: after `families.erase(ref)` or `veldwerk delete REF --yes`, no text of the
family is left in any page of the database or its WAL, read with the data key as an attacker
would (tests/store/pages.py), while another family's text still is (which proves the reader);
the audit log keeps only that a family was erased."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from support.common import EXAMPLE, PASSPHRASE
from support.pages import decrypted_pages, find_markers
from veldwerk.__main__ import main
from veldwerk.domain.model import Event
from veldwerk.interchange.writer import dump_case_file
from veldwerk.samples.synthetic import synthetic_families
from veldwerk.workspace import Workspace

GONE = "ERAZQX"  # every text of the family to erase holds this
KEPT = "KEPTQB"  # every text of the family that stays holds this


def marked_case_file(folder: Path) -> tuple[Path, str, str]:
    """A case file (outside the profile) with one family marked GONE and one marked KEPT."""
    gone = synthetic_families(1, 12, 11, marker=GONE)[0]
    kept = synthetic_families(1, 12, 12, marker=KEPT)[0]
    path = folder / "marked.json"
    path.write_bytes(dump_case_file([gone, kept]))
    return path, gone.ref, kept.ref


def blobs(db_path: Path, key: bytes) -> list[tuple[str, bytes]]:
    return [(f"{where} page {n}", page) for where, n, page in decrypted_pages(db_path, key)]


def edit_family(ws: Workspace, ref: str) -> None:
    """Edits that leave old versions of rows behind in pages: a new event, a long note (on
    overflow pages) replaced by a short one, a deleted event, a changed family name (each text
    marked)."""
    family = ws.families.get(ref)
    ws.families.save_event(
        ref,
        Event(
            date(2025, 12, 1), "note", f"Telefoontje {GONE}-edit-1", f"Nieuwe notitie {GONE}-edit-2"
        ),
    )
    member = family.members[0]
    ws.families.save_member(ref, replace(member, notes=f"Lang verslag {GONE}-long. " * 700))
    ws.families.save_member(ref, replace(member, notes=f"Aangepast {GONE}-edit-3"))
    ws.families.delete_event(ref, family.journey[-1].key)  # type: ignore[arg-type]
    ws.families.update_details(ref, name=f"Gezin {GONE}-edit-4")


def audit_rows(ws: Workspace) -> list[Any]:
    with ws.db.engine.connect() as conn:
        return list(
            conn.exec_driver_sql(
                "SELECT action, table_name, record_id, fields FROM audit_log ORDER BY id"
            )
        )


def test_erase_leaves_no_text_in_any_page(workspace: Workspace, tmp_path: Path) -> None:
    """After edits and `ws.families.erase(ref)`, the erased family's marker is in no decrypted
    page of the database or WAL (checked while the profile is open and again after closing),
    though it was there before the erasure; the other family's marker and the example's texts
    are still found; the audit log's last entry is only ("erase", "families", id) and no audit
    entry holds any value (field names only); `check` passes."""
    ws = workspace
    ws.families.import_file(EXAMPLE)
    path, gone_ref, kept_ref = marked_case_file(tmp_path)
    ws.families.import_file(path)
    edit_family(ws, gone_ref)
    key, db_path = ws.data_key, ws.paths.db
    gone_id = ws.families.get(gone_ref).key
    ws.db.checkpoint()
    before = find_markers(blobs(db_path, key), [GONE, KEPT, "Stationsstraat 12, 3841 AB"])
    assert {f.split(": ")[1] for f in before} == {GONE, KEPT, "Stationsstraat 12, 3841 AB"}

    ws.families.erase(gone_ref)

    open_pages = blobs(db_path, key)
    assert find_markers(open_pages, [GONE]) == []
    assert find_markers(open_pages, [KEPT]) and find_markers(open_pages, ["Karin Bos"])
    assert ws.families.list(query=GONE) == []
    assert [s.ref for s in ws.families.list(query=KEPT)] == [kept_ref]
    rows = audit_rows(ws)
    assert tuple(rows[-1]) == ("erase", "families", gone_id, "[]")
    assert (
        find_markers(
            [(f"audit {i}", repr(tuple(r)).encode()) for i, r in enumerate(rows)], [GONE, KEPT]
        )
        == []
    )
    assert all(re.fullmatch(r"[a-z_]+", name) for r in rows for name in json.loads(r.fields))
    assert ws.admin.check().ok
    ws.close()

    closed_pages = blobs(db_path, key)
    assert not db_path.with_name("veldwerk.db-wal").exists()
    assert find_markers(closed_pages, [GONE]) == []
    assert find_markers(closed_pages, [KEPT])


def test_cli_delete_leaves_no_text_in_any_page(
    profile_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`veldwerk delete REF --yes` on a closed profile erases the family: its marker is in no
    decrypted page of the database or WAL, the other family's still is, and the command prints
    only that the family was erased."""
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS

    path, gone_ref, kept_ref = marked_case_file(tmp_path)
    ws, _ = Workspace.create(profile_dir, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    ws.families.import_file(path)
    edit_family(ws, gone_ref)
    key, db_path = ws.data_key, ws.paths.db
    ws.close()
    assert find_markers(blobs(db_path, key), [GONE])

    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    umask = os.umask(0o077)  # the command sets it; put this process's back afterwards
    try:
        code = main(["delete", gone_ref, "--yes", "--data-dir", str(profile_dir), "--lang", "en"])
    finally:
        os.umask(umask)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert out.out.strip().startswith(f"Family {gone_ref} has been erased.")

    pages = blobs(db_path, key)
    assert find_markers(pages, [GONE]) == []
    assert find_markers(pages, [KEPT])
    with Workspace.open(profile_dir, PASSPHRASE) as ws:
        assert [s.ref for s in ws.families.list()] == [kept_ref]
        assert tuple(audit_rows(ws)[-1])[:2] == ("erase", "families")
        assert ws.admin.check().ok


def test_erase_while_a_reader_is_open_still_wipes_the_wal(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A read transaction open in another thread (the family list refreshing) while a family is
    erased: the erasure's checkpoint waits for it instead of leaving the family's old pages in
    the WAL, so once `erase` returns no page of the database or WAL holds its text."""
    import threading
    import time

    ws = workspace
    path, gone_ref, _ = marked_case_file(tmp_path)
    ws.families.import_file(path)
    edit_family(ws, gone_ref)
    reading = threading.Event()

    def long_read() -> None:
        with ws.db.unit_of_work() as uow:
            uow.families.count()  # the snapshot starts here
            reading.set()
            time.sleep(0.6)

    reader = threading.Thread(target=long_read)
    reader.start()
    assert reading.wait(10)
    ws.families.erase(gone_ref)
    reader.join()
    pages = blobs(ws.paths.db, ws.data_key)
    assert find_markers(pages, [GONE]) == []
    assert find_markers(pages, [KEPT])
