"""The command line from a user's side: every command of the store issue, exit codes, messages on
stderr in the chosen language, and a failed command that leaves the profile's bytes unchanged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from support.cli import run
from support.learning import contents
from veldwerk.__main__ import main
from veldwerk.learning.bundle import peek, read_bundle
from veldwerk.learning.keys import load_coordinator_private_key

PASS = "correct horse battery staple"
NEW = "another long passphrase 7"


def folder_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def profile(tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    root = tmp_path / "profile"
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(root))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASS)
    code, out, _ = run(capsys, "init")
    assert code == 0
    recovery = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    return root, recovery


def test_init_import_list_export_roundtrip(profile, capsys, tmp_path):
    """The done-when path: init, import the spec example, families --json, export-case gives the
    same document back, check passes."""
    root, recovery = profile
    assert len(recovery.replace("-", "")) >= 40
    code, out, err = run(capsys, "import", "tests/data/case-file.example.json")
    assert code == 0, err
    code, out, _ = run(capsys, "families", "--json")
    rows = json.loads(out)
    assert {"ref", "name", "status", "phase", "primary", "backup", "missing_backup"} <= set(rows[0])
    assert [r["missing_backup"] for r in rows] == [False, True, False]
    target = tmp_path / "out.json"
    code, out, err = run(capsys, "export-case", "-o", str(target), "--yes")
    assert code == 0, err
    original = json.loads(Path("tests/data/case-file.example.json").read_text(encoding="utf-8"))
    assert json.loads(target.read_text(encoding="utf-8")) == original
    code, out, _ = run(capsys, "check")
    assert code == 0 and "3" in out


def test_export_case_needs_confirmation(profile, capsys, tmp_path):
    code, _, err = run(capsys, "export-case", "-o", str(tmp_path / "x.json"))
    assert code == 1 and "--yes" in err and not (tmp_path / "x.json").exists()


def test_refused_import_lists_every_problem_and_stores_nothing(profile, capsys, tmp_path):
    doc = json.loads(Path("tests/data/case-file.example.json").read_text(encoding="utf-8"))
    doc["families"][0]["status"] = "open"
    doc["families"][2]["network"][0]["profession"] = None
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = run(capsys, "import", str(bad), "--lang", "nl")
    assert code == 1
    assert "families[0].status" in err and "families[2].network[0].profession" in err
    assert "niets opgeslagen" in err
    code, out, _ = run(capsys, "families", "--json")
    assert json.loads(out) == []


def test_wrong_passphrase_is_one_clear_line_and_changes_nothing(profile, capsys, monkeypatch):
    root, _ = profile
    run(capsys, "import", "tests/data/case-file.example.json")
    before = folder_digest(root)
    monkeypatch.setenv("VELDWERK_PASSPHRASE", "not the passphrase")
    code, _, err = run(capsys, "families")
    assert code == 1 and err.strip() == "The passphrase is not correct."
    code, _, err = run(capsys, "families", "--lang", "nl")
    assert err.strip() == "Het wachtwoord klopt niet."
    assert folder_digest(root) == before


def test_passwd_and_recover(profile, capsys, monkeypatch):
    root, recovery = profile
    monkeypatch.setenv("VELDWERK_NEW_PASSPHRASE", NEW)
    assert run(capsys, "passwd")[0] == 0
    assert run(capsys, "check")[0] == 1  # the old passphrase no longer opens it
    monkeypatch.setenv("VELDWERK_PASSPHRASE", NEW)
    assert run(capsys, "check")[0] == 0
    before = folder_digest(root)
    wrong = recovery[:-1] + ("0" if recovery[-1] != "0" else "1")
    monkeypatch.setenv("VELDWERK_RECOVERY_KEY", wrong)
    code, _, err = run(capsys, "recover")
    assert code == 1 and "recovery key" in err
    assert folder_digest(root) == before
    monkeypatch.setenv("VELDWERK_RECOVERY_KEY", recovery)
    monkeypatch.setenv("VELDWERK_NEW_PASSPHRASE", PASS)
    assert run(capsys, "recover")[0] == 0
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASS)
    assert run(capsys, "check")[0] == 0


def test_weak_new_passphrase_is_refused(profile, capsys, monkeypatch):
    monkeypatch.setenv("VELDWERK_NEW_PASSPHRASE", "welkom01")
    code, _, err = run(capsys, "passwd")
    assert code == 1 and "guess" in err
    assert run(capsys, "check")[0] == 0


def test_backup_and_restore_into_an_empty_profile(profile, capsys, monkeypatch, tmp_path):
    run(capsys, "import", "tests/data/case-file.example.json")
    target = tmp_path / "backup.vwb"
    assert run(capsys, "backup", str(target))[0] == 0
    assert run(capsys, "backup", str(target))[0] == 1  # never overwrites
    assert b"Sanne" not in target.read_bytes()
    code, _, err = run(capsys, "restore", str(target))
    assert code == 1 and "already has" in err  # the current profile is not empty
    other = tmp_path / "restored"
    code, out, err = run(capsys, "--data-dir", str(other), "restore", str(target))
    assert code == 0, err
    code, out, _ = run(capsys, "--data-dir", str(other), "families", "--json")
    assert len(json.loads(out)) == 3
    assert run(capsys, "--data-dir", str(other), "check")[0] == 0


def test_restore_refuses_what_is_not_a_backup(profile, capsys, tmp_path):
    junk = tmp_path / "junk.vwb"
    junk.write_bytes(b"hello")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "new"), "restore", str(junk))
    assert code == 1 and "not a veldwerk backup" in err


def test_delete_erases_a_family(profile, capsys):
    run(capsys, "import", "tests/data/case-file.example.json")
    code, out, _ = run(capsys, "delete", "HW-2026-009", "--yes")
    assert code == 0
    code, out, _ = run(capsys, "families", "--json")
    assert [r["ref"] for r in json.loads(out)] == ["HW-2026-001", "HW-2025-017"]
    code, _, err = run(capsys, "delete", "HW-0000", "--yes")
    assert code == 1 and "HW-0000" in err


def test_config_get_and_set(profile, capsys):
    assert run(capsys, "config", "set", "region", "Noord-Veluwe")[0] == 0
    code, out, _ = run(capsys, "config", "get", "region")
    assert out.strip() == "Noord-Veluwe"
    code, _, err = run(capsys, "config", "set", "auto_lock_minutes", "zero", "--lang", "nl")
    assert code == 1 and "minuten" in err
    code, _, err = run(capsys, "config", "get", "colour")
    assert code == 1 and "region" in err


def test_second_init_and_missing_profile(profile, capsys, tmp_path):
    code, _, err = run(capsys, "init")
    assert code == 1 and "already a profile" in err
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "families")
    assert code == 1 and "veldwerk init" in err


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and "veldwerk" in capsys.readouterr().out
    for command in (
        "init",
        "import",
        "families",
        "export-case",
        "passwd",
        "recover",
        "check",
        "backup",
        "restore",
        "delete",
        "config",
    ):
        with pytest.raises(SystemExit) as exc:
            main([command, "--help"])
        assert exc.value.code == 0
        assert "usage" in capsys.readouterr().out


def test_unexpected_error_is_calm_and_logged_without_personal_data(profile, capsys, monkeypatch):
    """A bug shows a calm message (no traceback) and the log holds no personal data."""
    import os

    from veldwerk.services import families

    def boom(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("Sanne de Vries lives at Stationsstraat 12")

    monkeypatch.setattr(families.FamilyService, "list", boom)
    code, out, err = run(capsys, "families")
    assert code == 2 and "Traceback" not in err and "Sanne" not in err
    log = Path(os.environ["VELDWERK_LOG_DIR"]) / "veldwerk.log"
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "Sanne" not in text and "Stationsstraat" not in text


def test_learning_export_preview_sync_and_keygen(profile, capsys, monkeypatch, tmp_path):
    """export --preview prints exactly what would leave, with or without the coordinator's key;
    export without the key is refused, saying how to get one (in Dutch and English), and
    leaves nothing; coordinator-keygen makes a key pair that config accepts (the public key
    only); then export + sync deliver an encrypted bundle into the shared folder."""
    run(capsys, "import", "tests/data/case-file.example.json")
    code, _, err = run(capsys, "export", "--preview")
    assert code == 1 and "region" in err
    run(capsys, "config", "set", "region", "Noord-Veluwe")
    code, out, _ = run(capsys, "export", "--preview")
    records = json.loads(out)
    assert len(records) == 1 and "Sanne" not in out
    shared = tmp_path / "shared"
    run(capsys, "config", "set", "shared_folder", str(shared))
    code, out, err = run(capsys, "export")
    assert code == 1 and "coordinator_key" in err and "public key" in err and not out
    code, _, err = run(capsys, "export", "--lang", "nl")
    assert code == 1 and "coördinator" in err and "Instellingen" in err
    assert not shared.exists()
    code, out, _ = run(capsys, "coordinator-keygen", str(tmp_path / "keys"))
    assert code == 0
    private = next((tmp_path / "keys").glob("*private*"))
    code, _, err = run(capsys, "config", "set", "coordinator_key", str(private))
    assert code == 1
    public = next((tmp_path / "keys").glob("*public*"))
    assert run(capsys, "config", "set", "coordinator_key", str(public))[0] == 0
    assert run(capsys, "export")[0] == 0
    code, _, err = run(capsys, "sync")
    assert code == 1 and err
    shared.mkdir()
    code, out, _ = run(capsys, "sync")
    (delivered,) = shared.iterdir()
    assert code == 0 and peek(delivered.read_bytes()).encrypted
    key = load_coordinator_private_key(private)
    bundle = read_bundle(delivered.read_bytes(), coordinator_private_key=key)
    assert contents(bundle.records) == contents(records)


def test_overview_pdf(profile, capsys, tmp_path):
    run(capsys, "import", "tests/data/case-file.example.json")
    target = tmp_path / "o.pdf"
    assert run(capsys, "overview", "HW-2026-001", "-o", str(target))[0] == 0
    assert target.read_bytes().startswith(b"%PDF")
    family = tmp_path / "f.pdf"
    assert (
        run(
            capsys, "overview", "HW-2026-001", "-o", str(family), "--family-version", "--lang", "en"
        )[0]
        == 0
    )
    code, _, err = run(capsys, "overview", "NOPE", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "NOPE" in err and not (tmp_path / "x.pdf").exists()
