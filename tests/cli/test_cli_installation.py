"""The enrolment from both sides on the command line (issue 11): the case director's
`veldwerk installation` shows the fingerprint the coordinator's `veldwerk enrol --list` shows
for the same installation; only after `veldwerk enrol` does its learning data count."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support.cli import run
from support.coordinator import read_csv

PASS = "correct horse battery staple"


def test_the_fingerprint_read_out_is_the_one_the_coordinator_sees(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Protects comparing by phone, end to end: a profile's `veldwerk installation` prints its
    id and key fingerprint (in Dutch); after export and sync, `veldwerk collect` counts nothing
    of it and lists it in waiting.csv with that same fingerprint; `veldwerk enrol ID --region R
    --fingerprint <what was read out>` enrols it, and the next collect counts its family."""
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "profile"))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASS)
    assert run(capsys, "init")[0] == 0
    assert run(capsys, "import", "tests/data/case-file.example.json")[0] == 0
    shared = tmp_path / "shared"
    shared.mkdir()
    assert run(capsys, "coordinator-keygen", str(tmp_path / "keys"))[0] == 0
    public = next((tmp_path / "keys").glob("*public*"))
    private = next((tmp_path / "keys").glob("*private*"))
    for key, value in (
        ("region", "Noord-Veluwe"),
        ("shared_folder", str(shared)),
        ("coordinator_key", str(public)),
    ):
        assert run(capsys, "config", "set", key, value)[0] == 0
    code, card, _ = run(capsys, "installation", "--lang", "nl")
    assert code == 0 and "Vingerafdruk van de sleutel: " in card
    installation = re.search(r"Installatie: ([0-9a-f]{32})", card).group(1)  # type: ignore[union-attr]
    spoken = re.search(r"sleutel: ((?:[0-9a-f]{4} ){7}[0-9a-f]{4})", card).group(1)  # type: ignore[union-attr]
    assert run(capsys, "export")[0] == 0 and run(capsys, "sync")[0] == 0

    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    collect = ["collect", str(shared), "--db", db, "--key", str(private), "--lang", "en"]
    code, out, err = run(capsys, *collect, "--out", str(tmp_path / "first"))
    assert code == 0, err
    assert "Now in the database: 0 families from 0 installations." in out
    assert read_csv(tmp_path / "first" / "waiting.csv")[1][:3] == [
        installation,
        "Noord-Veluwe",
        spoken,
    ]
    code, listed, _ = run(capsys, "enrol", "--db", db, "--list", "--lang", "en")
    assert f"{installation}  region Noord-Veluwe  fingerprint {spoken}" in listed
    argv = ["enrol", "--db", db, installation, "--region", "Noord-Veluwe"]
    assert run(capsys, *argv, "--fingerprint", spoken)[0] == 0
    code, out, _ = run(capsys, *collect, "--out", str(tmp_path / "second"))
    assert "Now in the database: 1 families from 1 installations." in out
    assert read_csv(tmp_path / "second" / "waiting.csv") == [
        ["installation_id", "claimed_region", "key_fingerprint", "first_seen", "reason"]
    ]
