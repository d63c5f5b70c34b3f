"""The command line never writes a stored text raw to a terminal: control characters (ESC starts
colour and cursor sequences, C1 CSI does the same), direction overrides and line separators are
printed as visible escapes in every output (family list, import report, errors, settings), and
`--json` output escapes them as JSON, so it still reads back to the same value."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from support.cli import run
from veldwerk.cli.terminal import json_text, terminal_text
from veldwerk.domain.model import Family, Member

PASS = "a long test passphrase 42"
RED = "Gezin \x1b[31mRood"
SNEAKY = "Gezin \x9b2J\u202eDe Vries\u2066"
ACTIVE = (
    [chr(c) for c in range(0x20) if c != 0x0A]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + ["\u2028", "\u2029", "\ud800", "\udfff"]
    + [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
)


def raw_free(text: str) -> bool:
    """No character a terminal acts on (newline aside)."""
    return not any(c in text for c in ACTIVE)


@pytest.fixture
def stored(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A profile holding families whose names hold control characters, as an older version
    could store them (written straight into the store: the rules refuse them today)."""
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS
    from veldwerk.workspace import Workspace

    root = tmp_path / "profile"
    ws, _recovery = Workspace.create(root, PASS, kdf=FAST_KDF_FOR_TESTS)
    try:
        with ws.db.unit_of_work(write=True) as uow:
            uow.families.insert_families(
                [
                    Family(
                        ref=f"T-{i}",
                        name=name,
                        municipality="Ermelo",
                        status="closed",
                        opened_on=date(2026, 1, 1),
                        closed_on=date(2026, 2, 1),
                        members=(Member("m1", "mother", "Anna"),),
                    )
                    for i, name in enumerate((RED, SNEAKY))
                ]
            )
            uow.commit()
    finally:
        ws.close()
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(root))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASS)
    return root


def test_families_prints_stored_names_escaped(stored, capsys) -> None:  # type: ignore[no-untyped-def]
    """A name holding ESC[31m (which would turn the terminal red) or CSI 2J (clear the screen)
    is listed with the escapes visible, each row still one line."""
    code, out, err = run(capsys, "families")
    assert code == 0, err
    assert raw_free(out)
    assert "Gezin \\x1b[31mRood" in out
    assert "Gezin \\x9b2J\\u202eDe Vries\\u2066" in out
    assert len(out.splitlines()) == 3


def test_families_json_escapes_them_and_reads_back_the_same(stored, capsys) -> None:  # type: ignore[no-untyped-def]
    """`--json` keeps letters as they are but writes control characters, C1 and direction
    overrides as JSON escapes; the value read back is the stored name."""
    code, out, err = run(capsys, "families", "--json")
    assert code == 0, err
    assert raw_free(out)
    assert "\\u009b" in out and "\\u202e" in out
    assert sorted(r["name"] for r in json.loads(out)) == sorted([RED, SNEAKY])


def test_import_report_escapes_what_the_file_holds(stored, capsys, tmp_path, example_bytes) -> None:  # type: ignore[no-untyped-def]
    """A refused file's problems name places, and a place can quote a field name from the file:
    a C1 character or direction override there is escaped too."""
    doc = json.loads(example_bytes)
    doc["families"][0]["\x9b2J\u202ename"] = "x"
    doc["families"][0]["name"] = RED
    bad: Path = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "import", str(bad))
    assert code == 1
    assert raw_free(err)
    assert '\\x9b2J\\u202ename"]: This field is unknown' in err
    assert "families[0].name: This holds a character that is not allowed" in err


def test_errors_and_settings_are_printed_escaped(stored, capsys) -> None:  # type: ignore[no-untyped-def]
    """An error message quoting what was typed, and a setting's value, are escaped: `config
    get` never replays control characters stored in a setting."""
    code, out, err = run(capsys, "delete", "\x1b]0;owned\x07", "--yes")
    assert code == 1 and raw_free(err) and "\\x1b]0;owned\\x07" in err
    code, out, err = run(capsys, "config", "set", "shared_folder", "/tmp/a\x1b[2Jb\nc")
    assert code == 0, err
    assert raw_free(out) and out == "shared_folder = /tmp/a\\x1b[2Jb\\x0ac\n"
    code, out, err = run(capsys, "config", "get", "shared_folder")
    assert out == "/tmp/a\\x1b[2Jb\\x0ac\n"
    code, out, err = run(capsys, "config", "get")
    assert raw_free(out) and "shared_folder = /tmp/a\\x1b[2Jb\\x0ac" in out


def test_terminal_text_escapes_each_kind_and_keeps_lines() -> None:
    """Each kind is written as a visible escape; a newline is kept in a message, escaped in a
    single line; ordinary letters (ë, ç, Arabic) are untouched."""
    assert terminal_text("a\x1bb\x7fc\x85d\u202ee\u2069f\ud800g\u2028h") == (
        "a\\x1bb\\x7fc\\x85d\\u202ee\\u2069f\\ud800g\\u2028h"
    )
    assert terminal_text("een\ntwee\r\tdrie") == "een\ntwee\\x0d\\x09drie"
    assert terminal_text("een\ntwee", one_line=True) == "een\\x0atwee"
    assert terminal_text("Zoë François مريم") == "Zoë François مريم"


@given(st.text(st.one_of(st.characters(), st.sampled_from(ACTIVE))))
def test_no_text_reaches_the_terminal_raw(text: str) -> None:
    """For any text: no active character is left, and JSON output reads back the same text."""
    assert raw_free(terminal_text(text))
    assert raw_free(terminal_text(text, one_line=True).replace("\n", "")) and (
        "\n" not in terminal_text(text, one_line=True)
    )
    out = json_text({"name": text})
    assert raw_free(out) and json.loads(out) == {"name": text}
