"""The text rules (domain.text_rules): how long each text may be and which characters no text may
hold, on Family objects, each problem at its place; run by `rules.validate_family`, so by every
service save and by the importer."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_domain_rules import TODAY, assert_bilingual, family, places, with_member

from veldwerk.domain import rules, text_rules
from veldwerk.domain.model import Action, Event, Goal, Member, NetworkMember, Reflection
from veldwerk.domain.text_rules import FREE_TEXT_MAX, SHORT_TEXT_MAX, check_text
from veldwerk.texts import text
from veldwerk.texts.tables.text_rules import TEXTS as TEXT_MESSAGES

FORBIDDEN = {
    "C0 (ESC)": ("\x1b", "rule.text_control_char"),
    "C0 (NUL)": ("\x00", "rule.text_control_char"),
    "carriage return": ("\r", "rule.text_control_char"),
    "DEL": ("\x7f", "rule.text_control_char"),
    "C1 (CSI)": ("\x9b", "rule.text_control_char"),
    "lone high surrogate": ("\ud800", "rule.text_broken_char"),
    "lone low surrogate": ("\udfff", "rule.text_broken_char"),
    "bidi override (RLO)": ("\u202e", "rule.text_direction_char"),
    "bidi embedding (LRE)": ("\u202a", "rule.text_direction_char"),
    "bidi isolate (FSI)": ("\u2068", "rule.text_direction_char"),
    "bidi isolate end (PDI)": ("\u2069", "rule.text_direction_char"),
}
CODE_FIELDS = {
    "role", "kind", "status", "type", "profession", "strength", "learning_consent",
    "vulnerabilities", "barriers", "enablers", "closing_reason", "reason",
}  # fmt: skip
"""Fields that hold codes, limited to their code lists (`check_codes_known`)."""
FORBIDDEN_CHARS = "".join(
    [chr(c) for c in range(0x20) if c not in (0x09, 0x0A)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


def test_text_messages_exist_in_both_languages_and_name_the_limit() -> None:
    """Every text rule has a Dutch and an English text with its limit or position filled in."""
    for code in TEXT_MESSAGES:
        nl = text(code, "nl", max=200, position=7)
        en = text(code, "en", max=200, position=7)
        assert nl != en and "{" not in nl + en
        assert ("200" in nl and "200" in en) or ("7" in nl and "7" in en)
    assert text("rule.text_too_long", "nl", max=200) == ("Dit is te lang: hoogstens 200 tekens.")


@pytest.mark.parametrize(
    ("place", "changed"),
    [
        ("name", lambda n: family(name=n)),
        ("municipality", lambda n: family(municipality=n)),
        ("members[0].given_name", lambda n: with_member(family(), 0, given_name=n)),
        ("members[1].address", lambda n: with_member(family(), 1, address=n)),
        ("members[0].id", lambda n: with_member(family(), 0, id=n)),
    ],
)
def test_short_text_is_at_most_200_characters(place, changed) -> None:  # type: ignore[no-untyped-def]
    """200 characters are fine, 201 are refused at the field's place with the limit named."""
    assert rules.check_text_fields(changed("x" * SHORT_TEXT_MAX)) == []
    problems = rules.check_text_fields(changed("x" * (SHORT_TEXT_MAX + 1)))
    assert places(problems) == [(place, "rule.text_too_long")]
    assert "at most 200 characters" in problems[0].describe("en")
    assert "hoogstens 200 tekens" in problems[0].message("nl")


def test_free_text_is_at_most_20000_characters() -> None:
    """Notes, descriptions and reflections take 20,000 characters; 20,001 are refused there."""

    def with_free(text: str):  # type: ignore[no-untyped-def]
        f = with_member(family(), 0, notes=text)
        journey = (replace(f.journey[0], description=text), *f.journey[1:])
        return replace(f, journey=journey, reflections=(replace(f.reflections[0], text=text),))

    assert rules.check_text_fields(with_free("y" * FREE_TEXT_MAX)) == []
    assert places(rules.check_text_fields(with_free("y" * (FREE_TEXT_MAX + 1)))) == [
        ("members[0].notes", "rule.text_too_long"),
        ("journey[0].description", "rule.text_too_long"),
        ("reflections[0].text", "rule.text_too_long"),
    ]


@pytest.mark.parametrize(("char", "code"), FORBIDDEN.values(), ids=FORBIDDEN.keys())
def test_each_forbidden_character_is_refused_at_its_place(char: str, code: str) -> None:
    """A control character, a half character or a direction override is refused, in short and
    in free text alike, with its place and its position in the text."""
    f = with_member(family(name=f"Gezin{char}De Vries"), 0, notes=f"ab{char}")
    problems = rules.check_text_fields(f)
    assert places(problems) == [("name", code), ("members[0].notes", code)]
    assert [p.params["position"] for p in problems] == [6, 3]
    assert_bilingual(problems)


def test_tab_and_newline_are_free_text_only() -> None:
    """A tab and a line break are fine in notes, a description and a reflection, not in a
    name, a title or an id."""
    text = "Eerste regel\n\tingesprongen\nlaatste"
    f = with_member(family(), 0, notes=text)
    f = replace(f, reflections=(Reflection(TODAY, text),))
    assert rules.check_text_fields(f) == []
    for bad in ("Gezin\nDe Vries", "Gezin\tDe Vries"):
        assert places(rules.check_text_fields(family(name=bad))) == [
            ("name", "rule.text_line_break")
        ]


def test_ref_keeps_its_own_length_rule_and_the_short_text_characters() -> None:
    """The ref's length is `check_ref_length`'s (reported once, not twice); its characters are
    those of short text."""
    assert places(rules.validate_family(family(ref="x" * 300), TODAY)) == [
        ("ref", "rule.ref_length")
    ]
    assert places(rules.validate_family(family(ref="T\x1b1"), TODAY)) == [
        ("ref", "rule.text_control_char")
    ]


def test_every_text_field_of_every_record_has_a_class() -> None:
    """`text_fields` names every text field of the model (a text field added later without a
    class would escape the rules), each at its case-file place."""
    f = family(
        members=(Member("m1", "mother", "a", "b", phone="1", email="e", address="s", notes="n"),),
        network=(NetworkMember("n1", "jim", "c", "r", "m1", "o", None, "p", "e"),),
        journey=(Event(TODAY, "note", "t", "d", involved=("n1",)),),
        goals=(Goal("g", "open", (Action("a", "o"),)),),
    )
    seen = {place.split(".")[-1].split("[")[0] for place, _k, _v in text_rules.text_fields(f)}
    seen |= {"network_id", "text"}  # contacts and reflections of the base family
    for record in (Member, NetworkMember, Event, Goal, Action, Reflection, type(f)):
        for fld in dataclasses.fields(record):
            if "str" in str(fld.type) and fld.name not in CODE_FIELDS:
                assert fld.name in seen, (record.__name__, fld.name)


def test_a_huge_text_is_refused_without_being_read_through() -> None:
    """The length is looked at first: a 30 MB name gives one 'too long', at once."""
    huge = "\x1b" * 30_000_000
    assert places(check_text(huge, "short", "name")) == [("name", "rule.text_too_long")]


allowed_short = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters=FORBIDDEN_CHARS + "\t\n"),
    max_size=SHORT_TEXT_MAX,
)
allowed_free = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters=FORBIDDEN_CHARS),
    max_size=300,
)
forbidden = st.sampled_from([*FORBIDDEN_CHARS, "\ud800", "\udbff", "\udc00", "\udfff"])


@settings(max_examples=200, deadline=None)
@given(allowed_short, allowed_free)
def test_allowed_text_within_its_limit_passes(short: str, free: str) -> None:
    """Any text without a forbidden character, within its class's length, passes."""
    assert check_text(short, "short", "name") == []
    assert check_text(free, "free", "members[0].notes") == []


@settings(max_examples=200, deadline=None)
@given(allowed_free, forbidden, allowed_free, st.sampled_from(["short", "free"]))
def test_any_text_with_a_forbidden_character_is_refused(
    before: str, char: str, after: str, kind: str
) -> None:
    """A forbidden character anywhere in a text is refused, at its position."""
    text = (before + char + after)[: text_rules.TEXT_LIMITS[kind]]
    if char not in text:
        text = char
    (problem,) = check_text(text, kind, "name")
    assert problem.field == "name" and problem.code != "rule.text_too_long"
    assert text[problem.params["position"] - 1] in FORBIDDEN_CHARS + "\t\n" or (
        0xD800 <= ord(text[problem.params["position"] - 1]) <= 0xDFFF
    )
