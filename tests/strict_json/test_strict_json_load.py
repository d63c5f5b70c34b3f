"""The one strict JSON loader (`strict_json.load`): what Python's json takes but a file from
outside may not hold (NaN, Infinity, overlong numbers, a member name twice, deep nesting, too
many bytes), each refused at its place, and what it leaves to others (lone surrogates)."""

from __future__ import annotations

import pytest

from veldwerk.strict_json import JsonLoadError, NotJson, load_json, place_of, read_json
from veldwerk.strict_json.load import MAX_NUMBER_DIGITS

BIG = 1 << 20


def refusal(data: bytes, *, max_bytes: int = BIG, max_depth: int | None = None) -> JsonLoadError:
    with pytest.raises(JsonLoadError) as caught:
        load_json(data, max_bytes=max_bytes, max_depth=max_depth)
    return caught.value


@pytest.mark.parametrize("word", ["NaN", "Infinity", "-Infinity", "1e400", "-1E999"])
def test_nan_and_infinity_are_refused_at_their_place(word: str) -> None:
    """NaN and Infinity are no JSON; a number too large for a float is Infinity in disguise."""
    data = b'{"records": [{"weeks": 3}, {"weeks": ' + word.encode() + b"}]}"
    error = refusal(data)
    assert (error.kind, error.place) == ("not_a_number", "records[1].weeks")
    loaded = read_json(data, max_bytes=BIG)
    stand_in = loaded.value["records"][1]["weeks"]
    assert isinstance(stand_in, NotJson) and stand_in.kind == "not_a_number"
    assert [(f.path, f.kind) for f in loaded.flaws] == [(("records", 1, "weeks"), "not_a_number")]


def test_numbers_are_read_up_to_their_length_limit() -> None:
    """A number of 100 characters is read; one of 101 is refused unread (Python would spend
    quadratic time on a long integer)."""
    longest = "9" * MAX_NUMBER_DIGITS
    assert load_json(f'{{"n": {longest}}}'.encode(), max_bytes=BIG) == {"n": int(longest)}
    assert refusal(f'{{"n": {longest}9}}'.encode()).kind == "number_too_long"
    assert refusal(b'{"n": 0.' + b"1" * MAX_NUMBER_DIGITS + b"}").kind == "number_too_long"
    assert load_json(b"[1.5, -0, 2e3]", max_bytes=BIG) == [1.5, 0, 2000.0]


def test_a_member_name_twice_is_refused_at_its_place() -> None:
    """The second "name" would silently win in Python's json; here it is a flaw at its place,
    and read_json keeps the last value and names every repeated name once."""
    data = b'{"families": [{"name": "A", "name": "B", "ref": 1, "ref": 2, "name": "C"}]}'
    assert refusal(data).kind == "duplicate_key"
    loaded = read_json(data, max_bytes=BIG)
    assert loaded.value == {"families": [{"name": "C", "ref": 2}]}
    assert {place_of(f.path) for f in loaded.flaws} == {"families[0].name", "families[0].ref"}
    assert {f.kind for f in loaded.flaws} == {"duplicate_key"}


def test_nesting_past_the_limit_is_a_flaw_and_far_past_it_an_error() -> None:
    """Nesting deeper than `max_depth` is a flaw at the first place too deep (no recursion);
    nesting beyond the interpreter's own guard is one clean error, never a RecursionError."""
    data = b'{"a": ' + b"[" * 6 + b"]" * 6 + b"}"
    assert load_json(data, max_bytes=BIG, max_depth=6) == {"a": [[[[[[]]]]]]}
    loaded = read_json(data, max_bytes=BIG, max_depth=5)
    assert [(f.path, f.kind) for f in loaded.flaws] == [(("a", 0, 0, 0, 0, 0), "too_deep")]
    assert refusal(data, max_depth=5).kind == "too_deep"
    deep = b"[" * 900 + b"]" * 900
    assert refusal(deep, max_depth=32).kind == "too_deep"
    deeper = b"[" * 100_000 + b"]" * 100_000
    assert refusal(deeper, max_bytes=len(deeper)).kind == "too_deep"


def test_the_size_cap_is_checked_before_anything_is_decoded() -> None:
    """At most `max_bytes`: one byte more is refused with both sizes, without decoding."""
    data = b'{"a": "' + b"x" * 93 + b'"}'
    assert len(data) == 102
    assert load_json(data, max_bytes=102) == {"a": "x" * 93}
    error = refusal(data, max_bytes=101)
    assert (error.kind, error.size, error.limit) == ("too_large", 102, 101)
    assert refusal(b"\xff" * 200, max_bytes=100).kind == "too_large"


def test_bytes_that_are_not_utf8_are_refused_with_line_and_column() -> None:
    """Latin-1 is not UTF-8: refused where the first bad byte is."""
    error = refusal('{\n "a": "café"}'.encode("latin-1"))
    assert (error.kind, error.line, error.column) == ("not_utf8", 2, 11)


def test_a_byte_order_mark_only_where_the_caller_allows_it() -> None:
    """A UTF-8 byte-order mark (Windows Notepad) is read only with `allow_bom`."""
    data = b'\xef\xbb\xbf{"a": 1}'
    assert refusal(data).kind == "syntax"
    assert load_json(data, max_bytes=BIG, allow_bom=True) == {"a": 1}


@pytest.mark.parametrize(
    ("data", "line", "column", "cut_off"),
    [
        (b"", 1, 1, True),
        (b'{"a": [1, 2', 1, 12, True),
        (b'{"a": "half', 1, 7, True),
        (b'{"a": fa', 1, 7, True),
        (b'{"a": [tru', 1, 8, True),
        (b'{"a": nul', 1, 7, True),
        (b'{"a": fals}', 1, 7, False),
        (b'{"a": 1,,\n "b": 2}', 1, 9, False),
        (b'{"a": 1} trailing', 1, 10, False),
        (b"{'a': 1}", 1, 2, False),
    ],
)
def test_broken_json_says_where_and_whether_it_was_cut_off(
    data: bytes, line: int, column: int, cut_off: bool
) -> None:
    """Broken JSON is one error with line and column; `cut_off` when the text ends before the
    JSON does (a file that has not fully arrived)."""
    error = refusal(data)
    assert (error.kind, error.line, error.column, error.cut_off) == (
        "syntax",
        line,
        column,
        cut_off,
    )


def test_lone_surrogates_are_left_to_the_text_rules() -> None:
    """``"\\ud800"`` is valid JSON for half a character: loaded as it is, for the reader's
    text rules to refuse at their place (the case file's do)."""
    assert load_json(b'{"name": "a\\ud800"}', max_bytes=BIG) == {"name": "a\ud800"}


def test_a_sound_document_has_no_flaws() -> None:
    """The common case: the value as json gives it, no flaws, no stand-ins."""
    data = b'{"a": [1, 2.5, "x", true, null, {"b": {}}]}'
    loaded = read_json(data, max_bytes=BIG, max_depth=3)
    assert loaded.value == {"a": [1, 2.5, "x", True, None, {"b": {}}]} and loaded.flaws == ()


def test_places_read_like_a_person_writes_them() -> None:
    """Places: dotted names, positions in brackets, odd names quoted and long ones cut short."""
    assert place_of(("families", 2, "network", 0, "profession")) == (
        "families[2].network[0].profession"
    )
    assert place_of(()) == ""
    assert place_of(("a b", 1)) == '["a b"][1]'
    assert place_of(("x" * 50,)) == '["' + "x" * 40 + '…"]'
