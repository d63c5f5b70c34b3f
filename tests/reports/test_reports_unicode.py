from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from support.pdf import fonts, read
from support.report_families import TODAY, UNICODE_NAMES, unicode_family
from veldwerk.domain.model import Member
from veldwerk.reports.family_overview import build_family_overview
from veldwerk.reports.team_overview import build_team_overview

BUILDERS = {"team": build_team_overview, "family": build_family_overview}


@pytest.mark.parametrize("version", ["team", "family"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_names_come_back_unchanged(version: str, lang: str) -> None:
    """ "Yılmaz", "Şükrü Öztürk", "Łukasz Wąsik", "Nguyễn Thị Hà" and "Zoë Ağaoğlu" print with
    their own letters: the text extracted from the PDF holds every name exactly."""
    text, _, _ = read(BUILDERS[version](unicode_family(), lang=lang, today=TODAY))
    for name in UNICODE_NAMES:
        assert name in text, name


def test_decomposed_input_prints_composed() -> None:
    """A name typed with combining marks (NFD) prints as the composed letters, not as loose
    accents next to the letters."""
    family = unicode_family()
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hà")
    family = type(family)(
        **{**family.__dict__, "members": (*family.members, Member("m9", "partner", nfd))}
    )
    text, _, _ = read(build_team_overview(family, today=TODAY))
    assert "Nguyễn Thị Hà · partner" in text


@pytest.mark.parametrize("version", ["team", "family"])
def test_only_the_embedded_font_is_used(version: str) -> None:
    """Every font on the page is an embedded TrueType subset of DejaVu Sans with a Unicode map
    (no unembedded standard font that a printer would substitute)."""
    found = fonts(BUILDERS[version](unicode_family(), today=TODAY))
    assert found
    for font in found:
        assert font["subtype"] == "/TrueType"
        assert "DejaVuSans" in str(font["name"])
        assert font["embedded"] and font["to_unicode"]


def test_font_licence_ships_beside_the_fonts() -> None:
    """The font files and their licence are package resources (found through importlib, so a
    wheel or a frozen app has them too)."""
    folder = resources.files("veldwerk.resources") / "fonts"
    names = {p.name for p in folder.iterdir()}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= names
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence
