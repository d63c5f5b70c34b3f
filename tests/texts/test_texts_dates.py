"""The one date formatter (`veldwerk.texts.format_date`): each style gives, to the character, what
the screens, the overviews, the coordinator's report and the outbox showed before there was one
formatter (reports' short and long dates, the list's day, the tabs' dates, the delivery moment)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from veldwerk.texts import format_date, format_iso_date, text

DAYS = (
    date(2026, 1, 1),
    date(2026, 3, 9),
    date(2026, 5, 31),
    date(2026, 9, 14),
    date(2026, 11, 24),
)


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Amsterdam's for the test (a moment is shown in local time)."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("style", "nl", "en"),
    [
        (
            "short",
            ["1 jan 2026", "9 mrt 2026", "31 mei 2026", "14 sep 2026", "24 nov 2026"],
            ["1 Jan 2026", "9 Mar 2026", "31 May 2026", "14 Sept 2026", "24 Nov 2026"],
        ),
        (
            "long",
            [
                "1 januari 2026",
                "9 maart 2026",
                "31 mei 2026",
                "14 september 2026",
                "24 november 2026",
            ],
            [
                "1 January 2026",
                "9 March 2026",
                "31 May 2026",
                "14 September 2026",
                "24 November 2026",
            ],
        ),
        (
            "numeric",
            ["01-01-2026", "09-03-2026", "31-05-2026", "14-09-2026", "24-11-2026"],
            ["2026-01-01", "2026-03-09", "2026-05-31", "2026-09-14", "2026-11-24"],
        ),
    ],
)
def test_each_style_in_both_languages(style: str, nl: list[str], en: list[str]) -> None:
    """Protects the dates people read: short in lists and on the team overview, long on the
    family's page and the coordinator's report, numeric in the family list and contact history."""
    assert [format_date(d, "nl", style) for d in DAYS] == nl
    assert [format_date(d, "en", style) for d in DAYS] == en


def test_short_is_the_default_and_none_is_empty() -> None:
    """`format_date(day, lang)` is the short form; a missing date shows as nothing."""
    assert format_date(date(2026, 11, 24), "nl") == "24 nov 2026"
    assert format_date(None, "en") == "" and format_date(None, "nl", "numeric") == ""


def test_every_short_month_is_a_short_word_without_a_full_stop() -> None:
    """Dutch months are written without a full stop ("mrt", not Qt's "mrt."), and every short
    month is the catalogue's, in both languages."""
    for month in range(1, 13):
        for lang in ("nl", "en"):
            short = text(f"date.month_short.{month}", lang)
            assert "." not in short and 3 <= len(short) <= 4
            assert text(f"date.month.{month}", lang)[0] == short[0]


def test_a_moment_is_shown_in_local_time(amsterdam: None) -> None:
    """A delivery moment is local time to the minute: "24-11-2026 15:02" in Dutch and
    "2026-11-24 15:02" in English for 14:02 UTC in Amsterdam's winter."""
    when = datetime(2026, 11, 24, 14, 2, tzinfo=UTC)
    assert format_date(when, "nl", "moment") == "24-11-2026 15:02"
    assert format_date(when, "en", "moment") == "2026-11-24 15:02"
    east = datetime(2026, 6, 1, 23, 59, tzinfo=timezone(timedelta(hours=5)))
    assert format_date(east, "nl", "moment") == "01-06-2026 20:59"


def test_a_moment_needs_a_time_and_a_style_must_exist() -> None:
    """Asking for a moment of a plain date, or for a style that does not exist, is a programming
    error, not a silently wrong date."""
    with pytest.raises(ValueError):
        format_date(date(2026, 1, 1), "nl", "moment")
    with pytest.raises(ValueError):
        format_date(date(2026, 1, 1), "nl", "fancy")


def test_an_iso_text_is_formatted_and_anything_else_kept() -> None:
    """A date read as ISO text (a bundle's collection day, a reflection's date) is shown in the
    style asked for; a text that is no date is shown as it is."""
    assert format_iso_date("2026-12-01", "nl", "long") == "1 december 2026"
    assert format_iso_date("2026-05-10", "en") == "10 May 2026"
    assert format_iso_date("later", "nl", "long") == "later"
