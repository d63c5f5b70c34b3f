"""Consent through the command line: a family that withdraws after `veldwerk export` (by
`import --replace`, or erased by `veldwerk delete`) is in no bundle of the shared folder after
the next `veldwerk sync`, and the shared folder keeps only this installation's newest bundle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from support.cli import run
from support.learning import coordinator_public_pem, open_bundle

PASS = "correct horse battery staple"
EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "case-file.example.json"
REF = "HW-2026-001"
OTHER = "HW-2026-009"


def case_file(tmp_path: Path, name: str, consents: dict[str, str]) -> Path:
    """The spec's example with the given consents."""
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for family in doc["families"]:
        family["learning_consent"] = consents.get(family["ref"], family["learning_consent"])
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def journeys(folder: Path) -> list[list[dict[str, Any]]]:
    """The journey of every record in every bundle of `folder` (read with veldwerk's reader):
    a bundle holds no ref or name, so a test finds a family by its event pattern."""
    return [
        r["journey"]
        for p in sorted(folder.glob("*.vwlb"))
        for r in open_bundle(p.read_bytes()).records
    ]


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Path:
    """init, import the example with two consenting families, region, shared folder and the
    coordinator's key set."""
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "profile"))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASS)
    assert run(capsys, "init")[0] == 0
    start = case_file(tmp_path, "start.json", {OTHER: "granted"})
    assert run(capsys, "import", str(start))[0] == 0
    folder = tmp_path / "shared"
    folder.mkdir()
    assert run(capsys, "config", "set", "region", "Noord-Veluwe")[0] == 0
    assert run(capsys, "config", "set", "shared_folder", str(folder))[0] == 0
    key = tmp_path / "coordinator-public.pem"
    key.write_bytes(coordinator_public_pem())
    assert run(capsys, "config", "set", "coordinator_key", str(key))[0] == 0
    return folder


def pattern_of(capsys: Any, ref: str) -> list[dict[str, Any]]:
    """The family's journey as `export --preview` shows it, picked out by its event types
    (the example's HW-2026-001 has a crisis; HW-2026-009 has none)."""
    code, out, _ = run(capsys, "export", "--preview")
    assert code == 0
    records = [r["journey"] for r in json.loads(out)]
    crisis = [j for j in records if any(e["type"] == "crisis" for e in j)]
    assert len(records) == 2 and len(crisis) == 1
    return crisis[0] if ref == REF else next(j for j in records if j is not crisis[0])


def test_consent_refused_by_import_replace_after_export_is_never_delivered(
    shared: Path, capsys: Any, tmp_path: Path
) -> None:
    """The reported path: export, sync, export again (waiting), then `import --replace` with
    consent refused, then sync: the family's records are in no file of the shared folder,
    the older delivered bundle is gone, the other family is still delivered; a bundle the
    user exported with --to stays as it was."""
    pattern = pattern_of(capsys, REF)
    other = pattern_of(capsys, OTHER)
    assert run(capsys, "export")[0] == 0
    assert run(capsys, "sync")[0] == 0
    assert pattern in journeys(shared)
    assert run(capsys, "export")[0] == 0  # waits in the outbox, the family in it
    mine = tmp_path / "mine"
    assert run(capsys, "export", "--to", str(mine))[0] == 0
    (own,) = mine.glob("*.vwlb")
    own_bytes = own.read_bytes()

    refused = case_file(tmp_path, "refused.json", {OTHER: "granted", REF: "refused"})
    code, _, err = run(capsys, "import", "--replace", str(refused))
    assert code == 0, err
    code, out, err = run(capsys, "sync")
    assert code == 0, err
    assert journeys(shared) == [other]
    assert len(list(shared.iterdir())) == 1  # only the newest bundle of this installation
    assert own.read_bytes() == own_bytes


def test_erased_family_after_export_is_not_delivered(shared: Path, capsys: Any) -> None:
    """`veldwerk delete` after `veldwerk export`: the next sync delivers a bundle without
    the erased family."""
    pattern = pattern_of(capsys, REF)
    assert run(capsys, "export")[0] == 0
    assert run(capsys, "delete", REF, "--yes")[0] == 0
    assert run(capsys, "sync")[0] == 0
    found = journeys(shared)
    assert len(found) == 1 and pattern not in found


def test_without_a_region_the_waiting_export_is_dropped_not_delivered(
    shared: Path, capsys: Any, tmp_path: Path
) -> None:
    """No region when consent is withdrawn: no new export can be made, so the waiting one is
    dropped and sync delivers nothing."""
    assert run(capsys, "export")[0] == 0
    assert run(capsys, "config", "set", "region")[0] == 0
    refused = case_file(tmp_path, "refused.json", {OTHER: "granted", REF: "refused"})
    assert run(capsys, "import", "--replace", str(refused))[0] == 0
    code, out, _ = run(capsys, "sync")
    assert code == 0 and list(shared.iterdir()) == []


def test_consent_refused_after_delivery_leaves_no_copy_in_the_shared_folder(
    shared: Path, capsys: Any, tmp_path: Path
) -> None:
    """Export and sync, then consent refused with nothing waiting: the withdrawal makes a new
    export that supersedes the delivered one, so after the next sync the family is in no file
    of the shared folder (the old bundle is removed)."""
    pattern = pattern_of(capsys, REF)
    other = pattern_of(capsys, OTHER)
    assert run(capsys, "export")[0] == 0
    assert run(capsys, "sync")[0] == 0
    assert pattern in journeys(shared)
    refused = case_file(tmp_path, "refused.json", {OTHER: "granted", REF: "refused"})
    assert run(capsys, "import", "--replace", str(refused))[0] == 0
    assert run(capsys, "sync")[0] == 0
    assert journeys(shared) == [other]
    assert len(list(shared.iterdir())) == 1
