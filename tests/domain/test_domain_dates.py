"""Typed dates (domain.dates.parse_typed_date): what text means which date, the two-digit year
rule, and the named reason when a text is no date (31 February does not exist)."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veldwerk.domain.dates import (
    EARLIEST_DATE,
    LATEST_DATE,
    SHORT_YEAR_AHEAD,
    SHORT_YEAR_PAST,
    full_year,
    parse_typed_date,
    typed_form,
)
from veldwerk.domain.errors import DomainError

TODAY = date(2026, 11, 24)
SEPARATORS = st.sampled_from(["-", "/", ".", " ", " - "])
IN_RANGE = st.dates(min_value=EARLIEST_DATE, max_value=LATEST_DATE)


def refusal(text: str, today: date = TODAY) -> DomainError:
    with pytest.raises(DomainError) as caught:
        parse_typed_date(text, today)
    return caught.value


@pytest.mark.parametrize(
    "text", ["1-3-26", "1-3-2026", "01-03-2026", "1/3/2026", "1.3.2026", "2026-03-01", " 1 3 26 "]
)
def test_the_ways_of_writing_1_march_2026(text: str) -> None:
    """Day-month-year with any of the usual separators, leading zeros or not, a two- or a
    four-digit year, and ISO: all read as 1 March 2026 (what the case director typed)."""
    assert parse_typed_date(text, TODAY) == date(2026, 3, 1)


def test_empty_is_no_date() -> None:
    """An empty field is no date (None), never today."""
    assert parse_typed_date("", TODAY) is None
    assert parse_typed_date("   ", TODAY) is None


def test_31_february_is_named() -> None:
    """31-02-2026 says that 31 February does not exist, in Dutch and English, instead of a
    generic "cannot be read"."""
    error = refusal("31-02-2026")
    assert error.code == "date.no_such_day"
    assert error.problems[0].message("nl") == "31 februari bestaat niet."
    assert error.problems[0].message("en") == "31 February does not exist."


def test_leap_day_and_month_are_named() -> None:
    """29 February of a common year and month 13 each get their own sentence."""
    assert refusal("29-2-2025").problems[0].message("nl") == (
        "29 februari 2025 bestaat niet: 2025 is geen schrikkeljaar."
    )
    assert parse_typed_date("29-2-2024", TODAY) == date(2024, 2, 29)
    assert refusal("1-13-2026").code == "date.no_such_month"
    assert refusal("2026-13-01").code == "date.no_such_month"


@pytest.mark.parametrize("text", ["morgen", "1-3", "1-3-202", "12345", "1--3-2026", "٣-٣-٢٠٢٦"])
def test_what_is_no_date_is_refused(text: str) -> None:
    """Text that is no date at all is refused with "cannot be read", never guessed."""
    assert refusal(text).code == "date.not_a_date"


def test_years_outside_the_sane_range_are_refused() -> None:
    """Year 0000 or 2300 is a typing mistake: refused with the range rule's message."""
    assert refusal("01-01-0000").code == "rule.date_out_of_range"
    assert refusal("01-01-2300").code == "rule.date_out_of_range"


def test_two_digit_years_in_2026() -> None:
    """The documented rule, seen from 24 November 2026: 36 is 2036, 37 is 1937 (a
    grandparent's birth year), 99 is 1999, 00 is 2000."""
    assert [full_year(y, TODAY) for y in (0, 26, 36, 37, 62, 99)] == [
        2000,
        2026,
        2036,
        1937,
        1962,
        1999,
    ]
    assert parse_typed_date("3-4-62", TODAY) == date(1962, 4, 3)


@given(st.integers(0, 99), st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31)))
def test_two_digit_year_lies_in_the_hundred_year_window(short: int, today: date) -> None:
    """A two-digit year ends in those digits and lies from 89 years before today's year to 10
    after it, whatever today is."""
    year = full_year(short, today)
    assert year % 100 == short
    assert today.year - SHORT_YEAR_PAST <= year <= today.year + SHORT_YEAR_AHEAD


@given(IN_RANGE, SEPARATORS, st.booleans())
def test_day_month_year_reads_back(day: date, sep: str, zeros: bool) -> None:
    """Any date in range written day-month-year (with or without leading zeros, any
    separator) and ISO reads back as that date."""
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if zeros else (str(day.day), str(day.month))
    assert parse_typed_date(f"{d}{sep}{m}{sep}{day.year}", TODAY) == day
    assert parse_typed_date(day.isoformat(), TODAY) == day


@given(IN_RANGE)
def test_what_a_field_shows_reads_back(day: date) -> None:
    """What a date field shows (typed_form) reads back as the same date."""
    assert parse_typed_date(typed_form(day), TODAY) == day


@given(st.integers(1900, 2199), st.integers(1, 12), st.integers(29, 99))
def test_days_past_the_month_are_named(year: int, month: int, day: int) -> None:
    """A day past the end of its month is never moved to the next month: it is refused and
    says why."""
    if day <= calendar.monthrange(year, month)[1]:
        return
    error = refusal(f"{day}-{month}-{year}")
    assert error.code in ("date.no_such_day", "date.no_leap_day")
    assert "bestaat niet" in error.problems[0].message("nl")


@given(st.text(max_size=60))
def test_any_text_is_a_date_none_or_a_clear_refusal(text: str) -> None:
    """Whatever is typed or pasted, the answer is a date in range, None, or a DomainError with
    a registered message (never another exception)."""
    try:
        day = parse_typed_date(text, TODAY)
    except DomainError as error:
        assert error.problems[0].message("nl") != error.code
        return
    assert day is None or EARLIEST_DATE <= day <= LATEST_DATE
