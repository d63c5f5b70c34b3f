"""The command line of issue 14's handover notes and closing/reopening: `handover --reason
--warm --note`, `close --reason --on --note`, `reopen`, each round-tripping through `export-case`
and `import` into another profile; the refusals are one clear line and store nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.cli import run

PASS = "correct horse battery staple"
EXAMPLE = "tests/data/case-file.example.json"


def init(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(root))
    assert run(capsys, "init")[0] == 0


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASS)


def exported(capsys: pytest.CaptureFixture[str], target: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    code, _out, err = run(capsys, "export-case", "-o", str(target), "--yes")
    assert code == 0, err
    doc = json.loads(target.read_text(encoding="utf-8"))
    return {f["ref"]: f for f in doc["families"]}


def test_handover_notes_and_closing_round_trip(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A handover with reason, warm handover and note, and a closing with reason and note, are in
    the exported case file (with the handover and closure steps); imported into a fresh profile
    and exported again the file is the same; the families untouched are written exactly as the
    spec example has them (no extension fields)."""
    init(capsys, monkeypatch, tmp_path / "one")
    assert run(capsys, "import", EXAMPLE)[0] == 0
    code, out, err = run(
        capsys, "handover", "HW-2026-001", "backup", "n2", "--on", "2026-11-01",
        "--reason", "leave", "--warm", "--note", "Moeder belt liever 's ochtends.", "--lang", "nl",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(
        capsys, "close", "HW-2026-009", "--reason", "child_two", "--on", "2026-11-20",
        "--note", "Goed afgerond.", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out) == {
        "ref": "HW-2026-009",
        "status": "closed",
        "closed_on": "2026-11-20",
        "closing_reason": "child_two",
        "closing_note": "Goed afgerond.",
    }
    first = exported(capsys, tmp_path / "one.json")
    new_backup = first["HW-2026-001"]["contacts"][-1]
    assert new_backup == {
        "role": "backup",
        "network_id": "n2",
        "from": "2026-11-01",
        "until": None,
        "reason": "leave",
        "warm_handover": True,
        "note": "Moeder belt liever 's ochtends.",
    }
    assert "reason" not in first["HW-2026-001"]["contacts"][0]
    step = next(e for e in first["HW-2026-001"]["journey"] if e["type"] == "handover")
    assert "Reden: Verlof" in step["description"] and "Warme overdracht: ja" in step["description"]
    closed = first["HW-2026-009"]
    assert (closed["status"], closed["closing_reason"], closed["closing_note"]) == (
        "closed",
        "child_two",
        "Goed afgerond.",
    )
    assert any(e["type"] == "closure" for e in closed["journey"])
    original = {f["ref"]: f for f in json.loads(Path(EXAMPLE).read_text("utf-8"))["families"]}
    assert first["HW-2025-017"] == original["HW-2025-017"]

    init(capsys, monkeypatch, tmp_path / "two")
    code, _out, err = run(capsys, "import", str(tmp_path / "one.json"))
    assert code == 0, err
    assert exported(capsys, tmp_path / "two.json") == first


def test_reopen_round_trips_and_refuses_a_family_without_a_primary(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Reopening a family closed just before makes it active with no closing fields, keeps the
    closure step and adds a step, through export and import; the example's closed family, whose
    fixed contact ended, is refused with the advice to choose one first, and is left as it was."""
    init(capsys, monkeypatch, tmp_path / "one")
    assert run(capsys, "import", EXAMPLE)[0] == 0
    assert run(capsys, "close", "HW-2026-009", "--reason", "moved", "--on", "2026-11-20")[0] == 0
    code, out, err = run(capsys, "reopen", "HW-2026-009", "--on", "2026-11-22", "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "active" and json.loads(out)["closed_on"] is None
    code, _out, err = run(capsys, "reopen", "HW-2025-017", "--lang", "nl")
    assert code == 1 and "vast aanspreekpunt" in err and "Traceback" not in err
    code, _out, err = run(capsys, "close", "HW-2026-001", "--reason", "moved", "--on", "2030-01-01")
    assert code == 1 and "future" in err
    first = exported(capsys, tmp_path / "one.json")
    family = first["HW-2026-009"]
    assert family["status"] == "active" and "closing_reason" not in family
    assert [e["type"] for e in family["journey"]][-2:] == ["closure", "intake"]
    assert first["HW-2026-001"]["status"] == "active"
    assert first["HW-2025-017"]["status"] == "closed"
    init(capsys, monkeypatch, tmp_path / "two")
    assert run(capsys, "import", str(tmp_path / "one.json"))[0] == 0
    assert exported(capsys, tmp_path / "two.json") == first
