"""The query building and snippet shaping of search in everything: typed text becomes quoted
prefix words only (no FTS5 syntax survives), overlong text is cut with a note, snippets come
back as plain segments without control characters, and the terminal form brackets matches."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veldwerk.domain.search import (
    END,
    MAX_INPUT,
    MAX_WORDS,
    START,
    bracketed,
    build_match,
    pick_snippet,
    snippet_segments,
)


def test_words_become_quoted_prefixes_and_syntax_only_separates() -> None:
    """Quotes, stars, minus, parentheses and colons only separate words; NEAR and OR are
    words like any other; nothing but symbols is "no words"."""
    assert build_match('wacht "lijst"*').match == '"wacht"* "lijst"*'
    assert build_match("NEAR(a-b) OR title:x").words == ("NEAR", "a", "b", "OR", "title", "x")
    assert build_match('"*()-:^').match is None
    assert build_match('"*()-:^').note == "search.no_words"
    assert build_match("   ").note is None
    assert build_match("Ç\u0327").words  # decomposed accents are joined first (NFC)


def test_overlong_text_is_cut_to_its_first_words_with_a_note() -> None:
    """Beyond MAX_INPUT characters or MAX_WORDS words only the first words count; a word cut
    in half at the limit is dropped."""
    plan = build_match("ab " * 10 + "x" * (MAX_INPUT * 100))
    assert plan.note == "search.shortened" and plan.words == ("ab",) * MAX_WORDS
    cut = build_match("woord " * (MAX_INPUT // 6) + "halverwege" * 50)
    assert "halverwege" not in "".join(cut.words)
    assert len(build_match(" ".join(["a"] * (MAX_WORDS + 3))).words) == MAX_WORDS


@given(st.text(max_size=200))
def test_any_text_gives_only_quoted_words(typed: str) -> None:
    """Whatever is typed, the query is nothing but quoted words with a star."""
    plan = build_match(typed)
    if plan.match is not None:
        for part in plan.match.split(" "):
            assert part.startswith('"') and part.endswith('"*') and '"' not in part[1:-2]


def test_snippets_become_segments_without_control_characters() -> None:
    """Matches between the marks become highlighted segments; control characters and line
    breaks become spaces; the terminal form brackets matches."""
    raw = f"Bel {START}Kuipers{END}\x1b[31m\nover de {START}wacht{END}{START}lijst{END}"
    segments = snippet_segments(raw)
    assert segments == (
        ("Bel ", False),
        ("Kuipers", True),
        (" [31m over de ", False),
        ("wachtlijst", True),
    )
    assert bracketed(segments) == "Bel [Kuipers] [31m over de [wachtlijst]"


def test_the_snippet_shows_where_the_match_is() -> None:
    """A match in the rest of the record shows there; a match in the title shows the title
    followed by the start of the rest."""
    assert pick_snippet("Huisbezoek", f"over de {START}wachtlijst{END}") == (
        ("over de ", False),
        ("wachtlijst", True),
    )
    assert pick_snippet(f"Jeroen {START}Kuipers{END}", "Sociaal Team Elburg") == (
        ("Jeroen ", False),
        ("Kuipers", True),
        (" · Sociaal Team Elburg", False),
    )
    assert pick_snippet("", f"{START}x{END}") == (("x", True),)
