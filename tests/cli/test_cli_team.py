"""Sharing a family through the command line, end to end, with three profiles on one machine
and one team folder (issue 13): A is the fixed contact person (Femke Jansen), B the backup
(Ahmed El Amrani), C (Karin Bos) takes the backup role over at the end. Each has its name and
organisation set, and the colleague cards are exchanged with their safety codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from support.common import EXAMPLE
from veldwerk.__main__ import main

PASS = "correct horse battery staple"
REF = "HW-2026-001"
PEOPLE = {
    "a": ("Femke Jansen", "Sociaal Team Harderwijk"),
    "b": ("Ahmed El Amrani", "MEE Veluwe"),
    "c": ("Karin Bos", "Verloskundigenpraktijk Veluwe"),
}


class Team:
    """Three profiles (a, b, c) and one team folder under `root`."""

    def __init__(self, root: Path, capsys: Any) -> None:
        self.root = root
        self.capsys = capsys
        self.folder = root / "team"
        self.folder.mkdir()

    def run(self, who: str, *argv: str, ok: bool = True) -> tuple[int, str, str]:
        code = main(["--data-dir", str(self.root / who), *argv])
        out = self.capsys.readouterr()
        if ok:
            assert code == 0, (argv, out.out, out.err)
        return code, out.out, out.err

    def families(self, who: str) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = json.loads(self.run(who, "families", "--json")[1])
        return rows

    def export(self, who: str) -> dict[str, Any]:
        path = self.root / f"{who}-export.json"
        self.run(who, "export-case", REF, "-o", str(path), "--yes")
        doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return doc

    def edit(self, who: str, change: Any) -> None:
        """Export the family, let `change` edit the document, import it with --replace."""
        doc = self.export(who)
        change(doc["families"][0])
        path = self.root / f"{who}-edited.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        self.run(who, "import", str(path), "--replace")

    def sync(self, *who: str) -> None:
        for name in who:
            self.run(name, "team", "sync")


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Team:
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASS)
    t = Team(tmp_path, capsys)
    codes: dict[str, str] = {}
    for who, (name, organisation) in PEOPLE.items():
        t.run(who, "init")
        t.run(who, "config", "set", "user_name", name)
        t.run(who, "config", "set", "organisation", organisation)
        t.run(who, "config", "set", "team_folder", str(t.folder))
        out = t.run(who, "team", "card", "-o", str(tmp_path / f"{who}.card"))[1]
        codes[who] = out.strip().splitlines()[-1]
    for who in PEOPLE:
        for other in PEOPLE:
            if other != who:
                card = str(tmp_path / f"{other}.card")
                t.run(who, "team", "add", card, "--code", codes[other])
    t.run("a", "import", str(EXAMPLE))
    return t


def _step(title: str, on: str) -> dict[str, Any]:
    return {
        "date": on,
        "type": "contact",
        "title": title,
        "description": None,
        "involved": [],
        "barriers": [],
        "enablers": [],
    }


def test_a_family_shared_edited_conflicting_and_handed_over_through_the_team_folder(
    team: Team,
) -> None:
    """The issue's four steps: (1) A shares with B, B lists it as shared; (2) A and B each add
    a step offline by `import --replace`, only the change travels, and afterwards both exports
    hold both steps and are otherwise equal; (3) consent set to `unknown` by A and `refused` by
    B offline: one conflict, listed alike on both sides; (4) A hands the backup role to C: C
    has the family, B no longer lists it."""
    # 1. A shares the family with B
    team.run("a", "share", REF, "--with", "Ahmed El Amrani")
    team.sync("a", "b")
    (row,) = team.families("b")
    assert (row["ref"], row["shared"]) == (REF, True)
    assert {r["ref"]: r["shared"] for r in team.families("a")}[REF] is True
    assert team.export("a") == team.export("b")
    first_share = max(p.stat().st_size for p in team.folder.glob("*/*.vwcs"))

    # 2. both add a step offline
    team.edit("a", lambda f: f["journey"].append(_step("Gesprek op school", "2026-11-20")))
    team.edit("b", lambda f: f["journey"].append(_step("Bezoek aan de kinderarts", "2026-11-21")))
    team.sync("a", "b", "a")
    newest = [max(d.iterdir()).stat().st_size for d in team.folder.iterdir()]
    assert max(newest) < first_share / 5  # only what changed travelled
    a, b = team.export("a"), team.export("b")
    titles = [e["title"] for e in a["families"][0]["journey"]]
    assert "Gesprek op school" in titles and "Bezoek aan de kinderarts" in titles
    assert a == b

    # 3. consent changed on both sides offline
    assert a["families"][0]["learning_consent"] == "granted"
    team.edit("a", lambda f: f.update(learning_consent="unknown"))
    team.edit("b", lambda f: f.update(learning_consent="refused"))
    team.sync("a", "b", "a")
    lists = [json.loads(team.run(who, "team", "conflicts", "--json")[1]) for who in ("a", "b")]
    for found in lists:
        (conflict,) = found
        assert (conflict["ref"], conflict["field"]) == (REF, "learning_consent")
        assert sorted(c["value"] for c in conflict["choices"]) == ["refused", "unknown"]
    assert lists[0] == lists[1]
    assert team.export("a") == team.export("b")
    assert team.export("a")["families"][0]["learning_consent"] == "refused"  # the careful one

    # 4. A hands the backup role to C
    team.run("a", "handover", REF, "backup", "n2")
    team.sync("a", "b", "c")
    assert [r["ref"] for r in team.families("b")] == []
    (row,) = team.families("c")
    assert (row["ref"], row["shared"], row["backup"]) == (REF, True, "Karin Bos")
    assert team.export("c")["families"][0] == team.export("a")["families"][0]


def test_sharing_with_a_colleague_without_a_role_is_refused_with_the_reason(team: Team) -> None:
    """`share --with` a known colleague who is neither the fixed contact nor the backup of the
    family is refused, saying so; nothing is shared."""
    code, _out, err = team.run("a", "share", REF, "--with", "Karin Bos", ok=False)
    assert code == 1
    assert "Karin Bos" in err and ("backup" in err or "achterwacht" in err)
    assert {r["ref"]: r["shared"] for r in team.families("a")}[REF] is False


def test_a_wrong_safety_code_is_refused(team: Team, tmp_path: Path) -> None:
    """`team add` with a code that is not the card's refuses it and adds nobody."""
    card = tmp_path / "again.card"
    team.run("b", "team", "card", "-o", str(card))
    before = team.run("c", "team", "colleagues")[1]
    code, _out, err = team.run("c", "team", "add", str(card), "--code", "12345 " * 6, ok=False)
    assert code == 1 and err.strip()
    assert team.run("c", "team", "colleagues")[1] == before
