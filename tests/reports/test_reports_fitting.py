from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from support.pdf import overlapping, read
from veldwerk.reports import fonts
from veldwerk.reports.fitting import (
    ELLIPSIS,
    Line,
    Run,
    Style,
    clean,
    count_that_fit,
    ellipsize,
    fit_items,
    fit_runs,
    labelled_lines,
    share,
    text_line,
    text_width,
    wrap,
)

BODY = Style(fonts.REGULAR, 8, 10)
BOLD = Style(fonts.BOLD, 8, 10)

texts = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "Cc", "Mn")),
    max_size=300,
)
widths = st.floats(min_value=5, max_value=500)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_width_is_what_reportlab_draws(text: str) -> None:
    """The fast width table gives the same width reportlab uses when it draws (so what fits on
    the measure fits on paper)."""
    fonts.ensure_fonts()
    for style in (BODY, BOLD):
        expected = stringWidth(text, style.font, style.size)
        assert abs(text_width(text, style) - expected) < 1e-6


def test_width_uses_the_fonts_metrics() -> None:
    """Bold is wider than regular and a longer text is wider: widths come from the real font."""
    assert text_width("Łukasz Wąsik", BOLD) > text_width("Łukasz Wąsik", BODY) > 0
    assert text_width("WWWW", BODY) > text_width("iiii", BODY)


def test_ellipsize_keeps_what_fits() -> None:
    """A text that fits is untouched; one that does not ends in "…" and fits."""
    assert ellipsize("Femke Jansen", BODY, 200) == "Femke Jansen"
    cut = ellipsize("Femke Jansen van het Sociaal Team Harderwijk", BODY, 80)
    assert cut.endswith(ELLIPSIS) and text_width(cut, BODY) <= 80
    assert ellipsize("Femke", BODY, 1) == ""


def test_wrap_breaks_at_spaces_and_cuts_the_last_line() -> None:
    """Words stay whole where they can; with max_lines the last line says "…"."""
    lines = wrap("een twee drie vier vijf zes zeven acht negen tien", BODY, 60)
    assert all(text_width(t, BODY) <= 60 for t in lines)
    assert " ".join(lines) == "een twee drie vier vijf zes zeven acht negen tien"
    short = wrap("een twee drie vier vijf zes zeven acht negen tien", BODY, 60, max_lines=2)
    assert len(short) == 2 and short[-1].endswith(ELLIPSIS)


def test_a_word_longer_than_the_line_is_cut_into_pieces() -> None:
    """An e-mail address or a name without spaces wider than the line is broken, not spilled."""
    lines = wrap("x" * 300, BODY, 50)
    assert len(lines) > 1 and all(text_width(t, BODY) <= 50 for t in lines)
    assert "".join(lines) == "x" * 300


def test_clean_flattens_and_composes() -> None:
    """Newlines, tabs and control characters become single spaces; NFD becomes NFC."""
    assert clean("  Sanne\n\tde\x00Vries  ") == "Sanne de Vries"
    assert clean("Zoe\u0308") == "Zoë"
    assert clean(None) == ""


def test_count_that_fit_leaves_room_for_the_more_line() -> None:
    """All items when they fit; otherwise as many as fit together with the "+N more" line."""
    assert count_that_fit([10, 10, 10], 30, 10) == 3
    assert count_that_fit([10, 10, 10], 29, 10) == 1
    assert count_that_fit([10, 10, 10], 5, 10) == 0


def test_fit_items_adds_the_more_line_only_when_it_fits() -> None:
    """The "+N more" line counts the hidden items and never pushes past the room."""
    items = [[text_line([Run(f"item {i}", BODY)], 100)] for i in range(10)]

    def more(n: int) -> Line:
        return text_line([Run(f"+{n} more", BODY)], 100)

    shown = fit_items(items, 45, more)
    assert len(shown) == 4
    assert shown[-1].cells[0].runs[0].text == "+7 more"
    assert fit_items(items, 5, more) == []


def test_share_gives_small_sections_what_they_need() -> None:
    """A section that needs less than half gets what it needs; the other gets the rest."""
    assert share(100, [20, 500]) == [20, 80]
    assert share(100, [500, 500]) == [50, 50]
    assert share(100, [10, 20]) == [10, 20]


def test_labelled_lines_start_with_the_label() -> None:
    """ "Barriers:" in bold begins the first line; the whole fits the width."""
    lines = labelled_lines(Run("Knelpunten:", BOLD), "wachtlijst, huisvesting " * 10, BODY, 150, 2)
    assert len(lines) == 2
    first = lines[0].cells[0].runs
    assert first[0].text == "Knelpunten:" and first[0].style == BOLD
    for line in lines:
        assert sum(text_width(r.text, r.style) for r in line.cells[0].runs) <= 150


@settings(max_examples=150, deadline=None)
@given(texts, widths)
def test_ellipsize_always_fits(text: str, width: float) -> None:
    """Whatever the text, the ellipsized result fits the width."""
    text = clean(text)
    assert text_width(ellipsize(text, BODY, width), BODY) <= width + 1e-6


@settings(max_examples=150, deadline=None)
@given(texts, widths, st.integers(min_value=1, max_value=5))
def test_wrap_always_fits(text: str, width: float, max_lines: int) -> None:
    """Whatever the text, every wrapped line fits and there are at most max_lines."""
    lines = wrap(text, BODY, width, max_lines)
    assert len(lines) <= max_lines
    assert all(text_width(t, BODY) <= width + 1e-6 for t in lines)


@settings(max_examples=100, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4), widths)
def test_fit_runs_always_fits(parts: list[str], width: float) -> None:
    """Runs side by side never exceed the width."""
    runs = fit_runs([Run(p, BOLD if i % 2 else BODY) for i, p in enumerate(parts)], width)
    assert sum(text_width(r.text, r.style) for r in runs) <= width + 1e-6


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.floats(min_value=0, max_value=50), max_size=20),
    st.floats(min_value=0, max_value=400),
    st.floats(min_value=1, max_value=20),
)
def test_count_that_fit_never_overflows(heights: list[float], room: float, more: float) -> None:
    """The shown items never exceed the room, nor do they with the more line when some are
    hidden (unless nothing fits at all, which `fit_items` then leaves empty)."""
    n = count_that_fit(heights, room, more)
    assert sum(heights[:n]) <= room + 1e-6
    if 0 < n < len(heights):
        assert sum(heights[:n]) + more <= room + 1e-6


def test_overlap_check_sees_overlap() -> None:
    """The overlap check used on the pages finds two words printed on top of each other (so its
    silence on the overviews means something)."""
    fonts.ensure_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, initialFontName=fonts.REGULAR)
    c.setFont(fonts.REGULAR, 10)
    c.drawString(100, 700, "Femke")
    c.drawString(110, 703, "Jansen")
    c.drawString(100, 600, "apart")
    c.showPage()
    c.save()
    _, glyphs, _ = read(buffer.getvalue())
    pairs = overlapping(glyphs)
    assert pairs
    assert {g.text for pair in pairs for g in pair} <= set("FemkeJansen")  # not "apart"
    assert overlapping([g for g in glyphs if g.text in "apart"]) == []
