"""The spec's worked phase examples hold where a user sees phases on the command line: the family
list (`families --json`, today's phase) and the learning data (`export --preview`, each step's
phase)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from veldwerk.__main__ import main

EXAMPLE = Path(__file__).parent.parent / "data" / "case-file.example.json"


def person(mid: str, role: str, **dates: str | None) -> dict[str, Any]:
    return {
        "id": mid,
        "role": role,
        "given_name": "Kind",
        "family_name": "Test",
        "birth_date": dates.get("birth_date"),
        "expected_on": dates.get("expected_on"),
        "phone": None,
        "email": None,
        "address": None,
        "notes": None,
    }


def step(day: str) -> dict[str, Any]:
    return {
        "date": day,
        "type": "contact",
        "title": "Gesprek",
        "description": None,
        "involved": [],
        "barriers": [],
        "enablers": [],
    }


# ref -> (extra member, due date, [(event date, phase)]) : the spec's three worked examples
CASES = {
    "F-1": (
        person("u1", "unborn_child", expected_on="2026-08-20"),
        None,
        [("2025-10-10", "wish"), ("2026-01-05", "pregnancy"), ("2026-09-01", "first_year")],
    ),
    "F-2": (
        person("c1", "child", birth_date="2026-07-08"),
        "2026-08-20",
        [
            ("2025-10-10", "wish"),
            ("2026-01-05", "pregnancy"),
            ("2026-07-08", "first_year"),
            ("2026-07-25", "first_year"),
        ],
    ),
    "F-3": (
        person("c1", "child", birth_date="2025-03-01"),
        "2026-09-01",
        [("2025-11-01", "first_year"), ("2025-12-15", "pregnancy")],
    ),
}


def case_file(tmp_path: Path) -> Path:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    template = doc["families"][0]
    families = []
    for ref, (member, due, steps) in CASES.items():
        fam = copy.deepcopy(template)
        fam.update(ref=ref, name=f"Gezin {ref}", due_date=due, learning_consent="granted")
        fam["opened_on"] = steps[0][0]
        fam["members"] = [fam["members"][0], member]
        fam["network"] = [n for n in fam["network"] if n["kind"] != "jim"]
        fam["journey"] = [step(day) for day, _ in steps]
        fam["reflections"] = []
        for c in fam["contacts"]:
            c["from"] = steps[0][0]
        families.append(fam)
    doc["families"] = families
    path = tmp_path / "phases.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "profile"))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", "correct horse battery staple")

    def run(*argv: str) -> str:
        code = main(list(argv))
        out = capsys.readouterr()
        assert code == 0, out.err
        return out.out

    run("init")
    run("import", str(case_file(tmp_path)))
    return run


def test_families_json_shows_the_phase_of_today(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`families --json` gives each family the phase of today's date by the spec's rule, on each
    worked example's dates."""
    for ref, (_, _, steps) in CASES.items():
        for day, phase in steps:
            monkeypatch.setenv("VELDWERK_TODAY", day)
            rows = {r["ref"]: r for r in json.loads(cli("families", "--json"))}
            assert rows[ref]["phase"] == phase, (ref, day)


def test_export_preview_gives_each_step_the_spec_phase(cli) -> None:  # type: ignore[no-untyped-def]
    """`export --preview` (what leaves as learning data) derives each step's phase by the same
    rule: the worked examples hold there too."""
    cli("config", "set", "region", "Noord-Veluwe")
    records = json.loads(cli("export", "--preview"))
    assert len(records) == len(CASES)
    seen = sorted(tuple(e["phase"] for e in r["journey"]) for r in records)
    wanted = sorted(tuple(phase for _, phase in sorted(steps)) for _, _, steps in CASES.values())
    assert seen == wanted
