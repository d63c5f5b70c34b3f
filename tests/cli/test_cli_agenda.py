"""`veldwerk agenda` and `veldwerk retention` from a user's side: the agenda as JSON (ref, kind,
date, text), `--days`, the retention list, its erasure in one confirmed step, and a parent's
early request with its date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.cli import run

PASS = "correct horse battery staple"


@pytest.fixture
def profile(tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """A profile with the spec's example and one family closed more than 20 years ago."""
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "profile"))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASS)
    assert run(capsys, "init")[0] == 0
    doc = json.loads(Path("tests/data/case-file.example.json").read_text(encoding="utf-8"))
    old = json.loads(json.dumps(doc["families"][1]))
    old.update(ref="OUD-2005-001", opened_on="2005-03-11", closed_on="2006-04-30")
    for c in old["contacts"]:
        c["from"] = "2005-03-11"
        c["until"] = "2006-04-30" if c["until"] else None
    old["contacts"] = old["contacts"][:1]
    for e in old["journey"]:
        e["date"] = "2006-04-30"
    doc["families"].append(old)
    path = tmp_path / "case.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = run(capsys, "import", str(path))
    assert code == 0, err
    return tmp_path


def test_agenda_json_lists_every_entry_with_ref_kind_date_and_text(profile, capsys) -> None:  # type: ignore[no-untyped-def]
    """`agenda --json`: overdue actions of the example (with owner), no backup, no contact,
    the reflection awaiting approval and the family whose retention period ended; `--days`
    and `--lang en` are honoured; the plain form names the families."""
    code, out, err = run(capsys, "agenda", "--json")
    assert code == 0, err
    entries = json.loads(out)
    assert all({"ref", "kind", "date", "text", "family", "tab"} <= set(e) for e in entries)
    kinds = [(e["ref"], e["kind"], e["date"]) for e in entries]
    assert ("HW-2026-001", "overdue_action", "2026-06-01") in kinds
    assert ("HW-2026-001", "reflection", "2026-05-10") in kinds
    assert ("OUD-2005-001", "retention_ended", "2026-04-30") in kinds
    assert entries[0]["overdue"] is True
    code, out, _ = run(capsys, "agenda", "--json", "--days", "0", "--lang", "en")
    assert code == 0
    assert any(e["text"].startswith("Overdue since") for e in json.loads(out))
    code, out, _ = run(capsys, "agenda", "--lang", "nl")
    assert code == 0 and "Bewaartermijn verstreken op 30 apr 2026" in out
    with pytest.raises(SystemExit) as refused:
        run(capsys, "agenda", "--days", "-1")
    assert refused.value.code == 2


def test_retention_lists_then_erases_in_one_confirmed_step(profile, capsys) -> None:  # type: ignore[no-untyped-def]
    """`retention --json` lists the family; `--erase` without `--yes` (no terminal) erases
    nothing; with it the family is gone and `check` passes."""
    code, out, _ = run(capsys, "retention", "--json")
    assert code == 0
    ((listed),) = json.loads(out)
    assert listed | {"name": None} == {
        "ref": "OUD-2005-001",
        "name": None,
        "closed_on": "2006-04-30",
        "ended_on": "2026-04-30",
    }
    assert run(capsys, "retention", "--erase")[0] != 0
    assert len(json.loads(run(capsys, "retention", "--json")[1])) == 1
    code, out, err = run(capsys, "retention", "--erase", "--yes", "--lang", "nl")
    assert code == 0, err
    assert "1 gezin is gewist" in out
    assert json.loads(run(capsys, "retention", "--json")[1]) == []
    assert run(capsys, "check")[0] == 0


def test_a_parents_request_erases_with_its_date(profile, capsys) -> None:  # type: ignore[no-untyped-def]
    """`retention --parent-request REF --requested-on DATE --yes` erases the family; a date to
    come is refused with a clear message and erases nothing."""
    code, _, err = run(
        capsys,
        "retention",
        "--parent-request",
        "HW-2026-009",
        "--requested-on",
        "1-12-2026",
        "--yes",
        "--lang",
        "nl",
    )
    assert code != 0 and "niet later zijn dan vandaag" in err
    code, out, err = run(
        capsys,
        "retention",
        "--parent-request",
        "HW-2026-009",
        "--requested-on",
        "20-11-2026",
        "--yes",
    )
    assert code == 0, err
    refs = [r["ref"] for r in json.loads(run(capsys, "families", "--json")[1])]
    assert "HW-2026-009" not in refs
    assert run(capsys, "check")[0] == 0


def test_families_filters_without_backup_and_no_contact(profile, capsys) -> None:  # type: ignore[no-untyped-def]
    """`families --without-backup` and `--no-contact` keep only the active families the
    agenda's rules choose (the example's HW-2026-009 has no backup; no family of the example
    was seen in the last six weeks but one)."""
    code, out, _ = run(capsys, "families", "--json", "--without-backup")
    assert code == 0 and [r["ref"] for r in json.loads(out)] == ["HW-2026-009"]
    code, out, _ = run(capsys, "families", "--json", "--no-contact")
    assert code == 0
    refs = {r["ref"] for r in json.loads(out)}
    assert refs and refs <= {"HW-2026-001", "HW-2026-009"}
