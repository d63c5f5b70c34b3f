"""The report service: the one-page overviews of a family from the encrypted store, as PDF
bytes or a file, in the team and the family version, in Dutch and English, dated by the app's
clock, and its refusals by code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support.pdf import page_count, read
from veldwerk.domain.errors import DomainError
from veldwerk.workspace import Workspace

REF = "HW-2026-001"
NOTE = "Werkt graag met pictogrammen"  # Sanne's note in the example: for the team only


def _text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF-") and page_count(pdf) == 1
    return read(pdf)[0]


@pytest.mark.parametrize(
    ("family_version", "lang", "opening"),
    [
        (False, "nl", "Gezin De Vries Teamoverzicht\nKenmerk HW-2026-001 · Harderwijk · actief"),
        (False, "en", "Gezin De Vries Team overview\nRef. HW-2026-001 · Harderwijk · active"),
        (True, "nl", "Gezin De Vries\nDit blad is voor jou."),
        (True, "en", "Gezin De Vries\nThis page is for you."),
    ],
)
def test_overview_pdf_gives_the_chosen_version_and_language(
    example_workspace: Workspace, family_version: bool, lang: str, opening: str
) -> None:
    """Protects printing from the app and `veldwerk overview`: the family stored in the profile
    comes out as a one-page PDF of the chosen version (team or family) in the chosen language."""
    text = _text(
        example_workspace.reports.overview_pdf(REF, family_version=family_version, lang=lang)
    )
    assert text.startswith(opening), text[:200]


def test_the_team_version_is_dated_by_the_app_s_clock_and_the_family_version_is_plain(
    example_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects what each sheet says: the team version carries the notes for the team and the
    day it was printed (the app's clock, here VELDWERK_TODAY); the family version, for the
    fridge, leaves the notes out and says the day it was made."""
    monkeypatch.setenv("VELDWERK_TODAY", "2026-12-01")
    team = _text(example_workspace.reports.overview_pdf(REF))
    assert "Afgedrukt op 1 dec 2026" in team
    family = _text(example_workspace.reports.overview_pdf(REF, family_version=True))
    assert "Gemaakt op 1 december 2026." in family
    assert NOTE not in family


def test_an_unknown_family_is_refused_and_nothing_written(
    example_workspace: Workspace, tmp_path: Path
) -> None:
    """Protects against a mistyped reference: "family.not_found" with the reference, for the
    bytes and for the file, and no file appears."""
    target = tmp_path / "overzicht.pdf"
    for call in (
        lambda: example_workspace.reports.overview_pdf("HW-0000-000"),
        lambda: example_workspace.reports.write_overview("HW-0000-000", target),
    ):
        with pytest.raises(DomainError) as caught:
            call()
        assert (caught.value.code, caught.value.params) == (
            "family.not_found",
            {"ref": "HW-0000-000"},
        )
    assert not target.exists()


def test_write_overview_writes_the_same_sheet_privately(
    example_workspace: Workspace, tmp_path: Path
) -> None:
    """Protects the saved overview: the file holds the same sheet as the bytes (the family
    version in English here), readable by its owner only, and replaces an older file."""
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "overzicht.pdf"
    target.write_bytes(b"an older overview")
    reports = example_workspace.reports
    reports.write_overview(REF, target, family_version=True, lang="en")
    expected = reports.overview_pdf(REF, family_version=True, lang="en")
    assert _text(target.read_bytes()) == _text(expected)
    if os.name != "nt":
        assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["overzicht.pdf"]  # no temporary file


def test_write_overview_into_a_missing_folder_says_so(
    example_workspace: Workspace, tmp_path: Path
) -> None:
    """Protects `veldwerk overview -o`: a folder that does not exist is "file.unwritable" with
    the path (a message the user can act on, not an unexpected error)."""
    target = tmp_path / "geen map" / "overzicht.pdf"
    with pytest.raises(DomainError) as caught:
        example_workspace.reports.write_overview(REF, target)
    assert (caught.value.code, caught.value.params) == ("file.unwritable", {"path": str(target)})
    assert caught.value.message("nl").startswith(f"Het bestand {target} kan niet worden")
