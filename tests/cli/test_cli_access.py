"""The access log and the family's access report from the command line (issue 15): each listed
command leaves exactly one entry with every field filled (`access-log --json`); the report PDF
holds every member's name and every journey step's title of its family and nothing of another
family; `overview --emergency` is logged as an emergency access; `check` sees a damaged log."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest

from support.cli import run
from support.common import EXAMPLE
from veldwerk.interchange.reader import read_case_file

PASS = "correct horse battery staple"
REF = "HW-2026-001"


@pytest.fixture
def profile(tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    root = tmp_path / "profile"
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(root))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASS)
    assert run(capsys, "init")[0] == 0
    assert run(capsys, "import", str(EXAMPLE))[0] == 0
    for key, value in (
        ("user_name", "Femke Jansen"),
        ("organisation", "Sociaal Team Harderwijk"),
        ("role", "casusregisseur"),
    ):
        assert run(capsys, "config", "set", key, value)[0] == 0
    return root


def entries(capsys, ref: str = REF) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    code, out, err = run(capsys, "access-log", ref, "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_each_command_leaves_one_filled_entry(profile, capsys, tmp_path: Path) -> None:
    """overview (saved), export-case and access-report each add exactly one entry naming the
    user with their role and organisation, the device, the contact role and emergency=false;
    `--emergency` marks the entry; the text form names the action in Dutch."""
    start = len(entries(capsys))
    steps = [
        (["overview", REF, "-o", str(tmp_path / "o.pdf")], ("save", "overview")),
        (["export-case", REF, "-o", str(tmp_path / "c.json"), "--yes"], ("export", "case_file")),
        (["access-report", REF, "-o", str(tmp_path / "r.pdf")], ("report", "access_report")),
    ]
    for argv, expected in steps:
        code, _out, err = run(capsys, *argv)
        assert code == 0, err
        now = entries(capsys)
        assert len(now) == start + 1, argv
        start += 1
        e = now[-1]
        assert (e["action"], e["kind"]) == expected
        assert e["who"] == {
            "name": "Femke Jansen",
            "role": "casusregisseur",
            "organisation": "Sociaal Team Harderwijk",
            "device_id": e["device_id"],
        }
        assert len(e["device_id"]) == 32 and e["records"] and e["count"] == 1
        assert e["contact_role"] == "primary" and e["emergency"] is False
        assert e["first_at"] and e["last_at"]
    assert run(capsys, "overview", REF, "-o", str(tmp_path / "e.pdf"), "--emergency")[0] == 0
    assert entries(capsys)[-1]["emergency"] is True
    code, out, _ = run(capsys, "access-log", REF, "--lang", "nl", "--action", "export")
    assert code == 0 and "Geëxporteerd" in out and "Femke Jansen" in out
    assert run(capsys, "check")[0] == 0


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_report_holds_the_family_and_no_other(profile, capsys, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    """Every member's name and every journey step's title of the family, who looked (the user),
    and not a member name, step title or reference of the other families."""
    target = tmp_path / f"r-{lang}.pdf"
    code, _out, err = run(capsys, "access-report", REF, "-o", str(target), "--lang", lang)
    assert code == 0, err
    words = " ".join(_pdf_text(target).split())
    families = read_case_file(EXAMPLE, None)
    mine = next(f for f in families if f.ref == REF)
    for m in mine.members:
        assert m.display_name in words
    for e in mine.journey:
        assert " ".join(e.title.split()) in words
    assert "Femke Jansen" in words
    for other in families:
        if other.ref == REF:
            continue
        assert other.ref not in words
        for m in other.members:
            if m.display_name and m.display_name not in {x.display_name for x in mine.members}:
                assert m.display_name not in words
        for e in other.journey:
            assert e.title not in words or any(e.title == x.title for x in mine.journey)
