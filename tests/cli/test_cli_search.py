"""`veldwerk search TEXT [--json]`: ref, kind, record id and a bracketed snippet for each
record found; a clear line when nothing is found or nothing can be searched; control characters
from stored text never reach the terminal."""

from __future__ import annotations

import json

import pytest

from veldwerk.__main__ import main
from veldwerk.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


@pytest.fixture
def profile(example_workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """The example profile, closed, reachable by the command line."""
    from support.common import PASSPHRASE

    example_workspace.db.execute_sql(  # as a hostile file could have: the rules refuse it
        "UPDATE events SET title = 'Zwemles' || char(27) || '[31m rood' "
        "WHERE id = (SELECT min(id) FROM events)"
    )
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(example_workspace.paths.root))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    example_workspace.close()
    return example_workspace


def test_search_json_gives_ref_kind_record_and_snippet(
    profile: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--json`: the reflection with "wachtlijst" is found by "wacht", with its ref, kind,
    record id and the word between brackets."""
    code, out = run(capsys, "search", "wacht", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["note"] is None and data["more"] is False
    (hit,) = data["hits"]
    assert (hit["ref"], hit["kind"]) == ("HW-2026-001", "reflection")
    assert isinstance(hit["record_id"], int)
    assert "[wachtlijst]" in hit["snippet"]


def test_search_text_output_marks_matches_and_strips_control_characters(
    profile: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    """The plain output names the family and the kind of record in the user's language and
    marks the match; an escape sequence stored in a title is not printed."""
    code, out = run(capsys, "search", "zwemles", "--lang", "nl")
    assert code == 0
    assert "Klantreis" in out and "[Zwemles]" in out
    assert "\x1b" not in out


def test_search_says_when_nothing_is_found_or_nothing_can_be_searched(
    profile: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    """No hits: one clear sentence; only FTS syntax characters: what to type instead."""
    assert run(capsys, "search", "Qwxyzzy", "--lang", "en")[1].strip() == (
        "Nothing found for “Qwxyzzy”."
    )
    code, out = run(capsys, "search", '"*()-', "--lang", "en")
    assert code == 0 and out.strip() == "Type a word, or part of one, to search."
