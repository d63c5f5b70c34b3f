"""The passphrase rule and strength estimate (veldwerk.domain.passphrase)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veldwerk.domain.errors import DomainError
from veldwerk.domain.passphrase import (
    MIN_LENGTH,
    check_new_passphrase,
    effective_length,
    is_acceptable,
    strength,
    weaknesses,
)
from veldwerk.texts import text
from veldwerk.texts.tables.passphrase import TEXTS as PASSPHRASE_MESSAGES

VERY_COMMON = [
    "wachtwoord",
    "Wachtwoord",
    "WACHTWOORD1",
    "w@chtw00rd",
    "welkom01",
    "Welkom01!",
    "welkom123",
    "Zomer2024!",
    "feyenoord1908",
    "password",
    "P@ssw0rd!",
    "qwertyuiop",
    "1q2w3e4r",
    "123456789",
    "trustno1",
]


@pytest.mark.parametrize("common", VERY_COMMON)
def test_common_passwords_score_zero_and_are_refused(common: str) -> None:
    """Well-known passwords, Dutch ones and look-alike spellings included, count as worthless."""
    assert strength(common) == 0
    with pytest.raises(DomainError) as caught:
        check_new_passphrase(common, common)
    assert caught.value.code == "passphrase.too_weak"
    assert caught.value.params == {"min": MIN_LENGTH}


@pytest.mark.parametrize(
    "weak",
    [
        "aaaaaaaaaaaaaaaa",
        "abcdefghijklmnopq",
        "1234567890123456",
        "9876543210",
        "zyxwvutsrqponm",
        "abababababab",
        "Ab1!Ab1!Ab1!Ab1!",
    ],
)
def test_repeats_and_runs_do_not_count(weak: str) -> None:
    """Long but trivial strings (one key held, the alphabet, counting) are not accepted."""
    assert effective_length(weak) <= 5
    assert strength(weak) == 0
    assert not is_acceptable(weak)


def test_a_common_password_inside_counts_as_one_character() -> None:
    """Wrapping a common password in a few characters does not make it strong."""
    assert effective_length("mijnwachtwoord") == 5  # m i j n + one for 'wachtwoord'
    assert effective_length("mijn fiets") == 10  # neighbours such as 'ij' and 'st' are no run
    assert not is_acceptable("mijnwachtwoord2")
    assert "passphrase.hint.common" in weaknesses("mijnwachtwoord2")


def test_short_passphrases_are_too_weak_whatever_their_variety() -> None:
    """Under MIN_LENGTH characters nothing is acceptable, even with all four kinds."""
    assert len("Kx9!mQz#") < MIN_LENGTH
    assert strength("Kx9!mQz#") == 1
    with pytest.raises(DomainError) as caught:
        check_new_passphrase("Kx9!mQz#")
    assert caught.value.code == "passphrase.too_weak"
    assert "passphrase.hint.too_short" in weaknesses("Kx9!mQz#")


def test_one_kind_of_character_needs_more_length() -> None:
    """A single lower-case word of 10-11 letters is refused; the same length with variety, or
    more length, is accepted."""
    assert strength("koffiekopje") == 1
    assert not is_acceptable("koffiekopje")
    assert is_acceptable("koffiekopjes")  # 12 letters
    assert is_acceptable("koffie kopje")  # a space is a second kind
    assert is_acceptable("Koffie9kop")


@pytest.mark.parametrize(
    ("passphrase", "at_least"),
    [
        ("paard fiets appel regen", 4),
        ("correct horse battery staple", 4),
        ("Gezin-Fiets-Regen-42", 4),
        ("Tr0ub4dor&3x!", 3),
        ("zonnebloem wolk", 3),
        ("Koffie9kop", 2),
    ],
)
def test_word_passphrases_score_well(passphrase: str, at_least: int) -> None:
    """The advice we give (a few separate words) leads to an accepted, strong passphrase."""
    assert strength(passphrase) >= at_least
    check_new_passphrase(passphrase, passphrase)
    if strength(passphrase) == 4:
        assert weaknesses(passphrase) == ()


def test_empty_and_blank_are_empty() -> None:
    """Nothing typed (or only spaces) gets its own message, not 'too weak'."""
    for blank in ("", " ", "\t  \n"):
        with pytest.raises(DomainError) as caught:
            check_new_passphrase(blank, blank)
        assert caught.value.code == "passphrase.empty"
        assert caught.value.field == "passphrase"
        assert strength(blank) == 0


def test_mismatched_repeat_is_reported_on_the_repeat_field() -> None:
    """A strong passphrase typed differently the second time is refused as a mismatch."""
    with pytest.raises(DomainError) as caught:
        check_new_passphrase("paard fiets appel regen", "paard fiets appel regen ")
    assert caught.value.code == "passphrase.mismatch"
    assert caught.value.field == "repeat"
    check_new_passphrase("paard fiets appel regen", None)  # no repeat asked: fine


def test_unicode_forms_of_the_same_passphrase_match() -> None:
    """'é' typed as one code point or as e + accent (macOS) is the same passphrase."""
    composed = "café in de regen"
    decomposed = "cafe\u0301 in de regen"
    check_new_passphrase(composed, decomposed)
    assert strength(composed) == strength(decomposed)


def test_messages_render_in_both_languages_with_their_parameters() -> None:
    """Every passphrase message, including the hints, has Dutch and English text that fills in."""
    codes = ["passphrase.empty", "passphrase.too_weak", "passphrase.mismatch"]
    codes += list(PASSPHRASE_MESSAGES)
    for code in codes:
        for lang in ("nl", "en"):
            said = text(code, lang, min=MIN_LENGTH)
            assert said != code and "{" not in said
    nl = DomainError("passphrase.too_weak", params={"min": MIN_LENGTH}).message("nl")
    assert str(MIN_LENGTH) in nl


@given(st.text(max_size=60))
def test_strength_is_always_between_0_and_4(passphrase: str) -> None:
    """Any input, however odd, gives a score in range and a consistent verdict."""
    score = strength(passphrase)
    assert 0 <= score <= 4
    if is_acceptable(passphrase):
        assert score >= 2 and len(passphrase) >= MIN_LENGTH
        check_new_passphrase(passphrase, passphrase)
    assert set(weaknesses(passphrase)) <= set(PASSPHRASE_MESSAGES)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 -", min_size=1, max_size=30))
def test_adding_a_separate_word_never_lowers_strength(passphrase: str) -> None:
    """Appending a word after a space never makes a passphrase score lower."""
    assert strength(passphrase + " zebra") >= strength(passphrase)
