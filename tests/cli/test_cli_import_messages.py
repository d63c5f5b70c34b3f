"""What `veldwerk import` says when a family is already there: the problem by its place, and a
hint to the choice the command line offers (--replace); the app's own import asks instead."""

from __future__ import annotations

from pathlib import Path

from veldwerk.__main__ import main

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "case-file.example.json"


def test_a_second_import_points_to_replace(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """The refusal names each taken reference and tells how to replace them on the command
    line; it no longer speaks of a 'replace' choice the app's dialogs do not have."""
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(tmp_path / "profile"))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", "correct horse battery staple")
    assert main(["init"]) == 0
    assert main(["import", str(EXAMPLE)]) == 0
    capsys.readouterr()
    assert main(["import", str(EXAMPLE), "--lang", "nl"]) == 1
    err = capsys.readouterr().err
    assert "families[0].ref: Er is al een gezin met kenmerk HW-2026-001." in err
    assert "--replace" in err and "Kies 'vervangen'" not in err
    assert main(["import", str(EXAMPLE), "--replace"]) == 0
