"""High contrast (EN 301 549 11.7, user preferences): when the desktop asks for high contrast
the app follows the system's palette instead of forcing its own colours, in the widgets, the
style sheet and the parts it paints itself; otherwise it keeps its calm light look."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette

from veldwerk.domain import ecomap_spec as spec
from veldwerk.ui import style
from veldwerk.ui.accessibility_audit import contrast
from veldwerk.ui.screenshots.shots import high_contrast_palette
from veldwerk.ui.tabs import ecomap_style
from veldwerk.ui.tabs import style as tabs_style

HEX = re.compile(r"#[0-9a-fA-F]{3,6}\b")


@pytest.fixture
def restore(qapp, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Whatever a test does, the next one gets the app's own look back."""
    yield
    monkeypatch.setenv(style.CONTRAST_ENV, "normal")
    style.apply(qapp)


def test_a_high_contrast_palette_is_told_from_an_ordinary_one(qapp) -> None:  # type: ignore[no-untyped-def]
    """Protects the palette detection: a desktop's high-contrast palette (text 15:1, highlight
    7:1 and more) is recognised; the app's light palette and Qt's default one are not."""
    assert style.looks_high_contrast(high_contrast_palette())
    assert not style.looks_high_contrast(style.light_palette())
    assert not style.looks_high_contrast(QPalette())


def test_high_contrast_follows_the_system_palette_everywhere(qapp, monkeypatch, restore) -> None:  # type: ignore[no-untyped-def]
    """Protects following the system: its palette is the app's, the style sheet names no colour
    of its own (only palette roles), the painted chips, timeline and eco-map take the palette's
    text and base, and every pair Qt draws with still reaches its contrast."""
    monkeypatch.delenv(style.CONTRAST_ENV, raising=False)
    system = high_contrast_palette()
    style.apply(qapp, system)
    assert style.high_contrast_active()
    window = QPalette.ColorRole.Window
    assert qapp.palette().color(window) == system.color(window)
    assert not HEX.search(qapp.styleSheet())
    assert "palette(highlight)" in qapp.styleSheet()
    text = system.color(QPalette.ColorRole.Text)
    base = system.color(QPalette.ColorRole.Base)
    assert text == tabs_style.INK and text == tabs_style.BARRIER_INK
    assert base == tabs_style.BARRIER_BG and tabs_style.SELECTION_FRAME is not None
    assert ecomap_style.colour(spec.BACKGROUND) == base
    assert ecomap_style.colour(spec.STRESS) == text
    assert not HEX.search(tabs_style.BANNER_CSS)
    assert contrast.failing(contrast.app_pairs(qapp.palette())) == []


def test_the_environment_asks_for_or_refuses_high_contrast(qapp, monkeypatch, restore) -> None:  # type: ignore[no-untyped-def]
    """Protects VELDWERK_CONTRAST: "high" follows the system even with an ordinary palette
    (a desktop that does not say it prefers high contrast), "normal" keeps the app's colours
    even with a high-contrast one; the app's own look comes back whole."""
    monkeypatch.setenv(style.CONTRAST_ENV, "normal")
    style.apply(qapp, high_contrast_palette())
    assert not style.high_contrast_active()
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == style.WINDOW
    assert tabs_style.INK.name() == "#1f2a30" and tabs_style.SELECTION_FRAME is None
    assert ecomap_style.colour(spec.BACKGROUND).name() == spec.BACKGROUND
    monkeypatch.setenv(style.CONTRAST_ENV, "high")
    style.apply(qapp, QPalette())
    assert style.high_contrast_active()
