"""The rule for a new passphrase, and a simple strength estimate a user can understand.

Used by ``init``, ``passwd``, ``recover`` and the first-run screen. The estimate is deliberately
plain, so the screen can say why a passphrase is weak:

1. Characters that only repeat a pattern (``aaaa``, ``ababab``, ``Ab1!Ab1!``) or continue a run
   (``abcd``, ``4321``) do not count, after the first two; a very common password inside the
   passphrase (``wachtwoord`` in ``mijnwachtwoord``) counts as one character. What is left is
   the *effective length*.
2. A passphrase that is a very common password (ignoring case, look-alike digits such as
   ``w@chtw00rd`` and digits or signs at the end such as ``welkom01!``) scores 0.
3. Then by effective length: under 6 scores 0; under `MIN_LENGTH` scores 1; one kind of character
   only (say, only lower case letters) and under 12 scores 1; otherwise 2. Reaching 14, or using
   three kinds of character (lower case, upper case, digits, other), adds 1; reaching 20, or 14
   with three kinds, makes 4.

A new passphrase must be at least `MIN_LENGTH` characters and score at least `ACCEPTABLE`. A few
separate words ("paard fiets regen appel") score well; that is the advice the messages give.
"""

from __future__ import annotations

import unicodedata

from veldwerk.domain.errors import DomainError

MIN_LENGTH = 10
ACCEPTABLE = 2
MAX_SCORE = 4

# Characters that stand in for letters in common passwords (p@ssw0rd, w3lk0m).
_LOOKALIKES = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "i",
    }
)

# Very common passwords and words people build them from, Dutch first.
_COMMON_SPELLINGS = (
    # Dutch
    "wachtwoord", "welkom", "welkom01", "welkom123", "geheim", "hallo", "hallo123", "doei",
    "liefde", "schatje", "lieverd", "prinses", "voetbal", "ajax", "feyenoord", "nederland",
    "holland", "amsterdam", "rotterdam", "utrecht", "zomer", "winter", "lente", "herfst",
    "januari", "februari", "maart", "april", "juni", "juli", "augustus", "september", "oktober",
    "november", "december", "maandag", "vrijdag", "wijkteam", "jeugdzorg", "gemeente",
    "veldwerk", "casusregisseur", "inloggen", "computer",
    # international
    "password", "passwort", "welcome", "letmein", "iloveyou", "admin", "administrator",
    "qwerty", "qwertyuiop", "azerty", "azertyuiop", "asdfgh", "asdfghjkl", "zxcvbnm",
    "1qaz2wsx", "1q2w3e4r", "123456", "12345678", "123456789", "1234567890", "111111",
    "123123", "654321", "000000", "monkey", "dragon", "master", "sunshine", "princess",
    "football", "baseball", "superman", "batman", "trustno1", "starwars", "shadow", "michael",
    "secret", "changeme",
)  # fmt: skip
COMMON_PASSWORDS: frozenset[str] = frozenset(w.translate(_LOOKALIKES) for w in _COMMON_SPELLINGS)
"""The common passwords as compared: lower case, look-alike characters read as letters."""

_MIN_COMMON_INSIDE = 5  # common words shorter than this are not looked for inside a passphrase


def _normalized(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


def _common_forms(passphrase: str) -> set[str]:
    """The passphrase as compared with the common list: lower case, look-alikes read as letters,
    as typed and with digits and signs at either end removed (``Welkom01!`` -> ``welkom``)."""
    lowered = _normalized(passphrase).strip().lower()
    core = lowered.strip("0123456789!?.,;:-_+*#&%$@~ ")
    return {lowered.translate(_LOOKALIKES), core.translate(_LOOKALIKES)}


def is_common_password(passphrase: str) -> bool:
    """Whether the passphrase is (a light variation of) a very common password."""
    return not _common_forms(passphrase).isdisjoint(COMMON_PASSWORDS)


def _common_spans(text: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of common passwords inside `text`, longest first."""
    readable = text.lower().translate(_LOOKALIKES)
    taken = [False] * len(text)
    spans: list[tuple[int, int]] = []
    for word in sorted(COMMON_PASSWORDS, key=len, reverse=True):
        if len(word) < _MIN_COMMON_INSIDE:
            continue
        start = readable.find(word)
        while start != -1:
            end = start + len(word)
            if not any(taken[start:end]):
                spans.append((start, end))
                for i in range(start, end):
                    taken[i] = True
            start = readable.find(word, start + 1)
    return sorted(spans)


_PATTERN_PERIODS = (1, 2, 3, 4)


def _repeats_pattern(text: str, i: int) -> bool:
    """Whether text[i] continues a repeated pattern: it and the character before it both equal
    the characters 1-4 places earlier (the third 'a' of ``aaa``, the second 'b' of ``abab``,
    ``Ab1!Ab1!``)."""
    return any(
        i - 1 - p >= 0 and text[i] == text[i - p] and text[i - 1] == text[i - 1 - p]
        for p in _PATTERN_PERIODS
    )


def _continues_run(text: str, i: int) -> bool:
    """Whether text[i] is the third or later of a run of neighbouring letters or digits going
    one way (``abc``, ``4321``); two neighbours, as in Dutch ``ij``, are no run."""
    if i < 2:
        return False
    a, b, c = (text[j].lower() for j in (i - 2, i - 1, i))
    if not (a.isalnum() and b.isalnum() and c.isalnum()):
        return False
    step = ord(b) - ord(a)
    return step in (1, -1) and ord(c) - ord(b) == step


def effective_length(passphrase: str) -> int:
    """Length without repeated patterns and runs, each common password inside counting as one."""
    text = _normalized(passphrase)
    spans = dict(_common_spans(text))
    count = 0
    i = 0
    while i < len(text):
        if i in spans:
            count += 1
            i = spans[i]
            continue
        if not (_repeats_pattern(text, i) or _continues_run(text, i)):
            count += 1
        i += 1
    return count


def character_kinds(passphrase: str) -> int:
    """How many of: lower case letters, upper case letters, digits, anything else."""
    text = _normalized(passphrase)
    kinds = (
        any(c.islower() for c in text),
        any(c.isupper() for c in text),
        any(c.isdigit() for c in text),
        any(not (c.islower() or c.isupper() or c.isdigit()) for c in text),
    )
    return sum(kinds)


def strength(passphrase: str) -> int:
    """0 (very weak) to 4 (strong), by the rules in this module's description."""
    if not passphrase.strip() or is_common_password(passphrase):
        return 0
    length = effective_length(passphrase)
    kinds = character_kinds(passphrase)
    if length < 6:
        return 0
    if length < MIN_LENGTH or (kinds == 1 and length < 12):
        return 1
    if length >= 20 or (length >= 14 and kinds >= 3):
        return 4
    if length >= 14 or kinds >= 3:
        return 3
    return 2


def is_acceptable(passphrase: str) -> bool:
    """Long enough (`MIN_LENGTH` characters) and strong enough (`ACCEPTABLE`)."""
    return len(_normalized(passphrase)) >= MIN_LENGTH and strength(passphrase) >= ACCEPTABLE


def weaknesses(passphrase: str) -> tuple[str, ...]:
    """Message codes (``passphrase.hint.*``, parameter ``min``) saying what would make the
    passphrase stronger; empty when there is nothing obvious to say."""
    text = _normalized(passphrase)
    if strength(text) >= MAX_SCORE:
        return ()
    hints: list[str] = []
    common = is_common_password(text) or bool(_common_spans(text))
    if common:
        hints.append("passphrase.hint.common")
    if len(text) < MIN_LENGTH:
        hints.append("passphrase.hint.too_short")
    elif not common and effective_length(text) <= 0.7 * len(text):
        hints.append("passphrase.hint.repeats")
    if character_kinds(text) < 3:
        hints.append("passphrase.hint.variety")
    return tuple(hints)


def check_new_passphrase(passphrase: str, repeat: str | None = None) -> None:
    """Accept a new passphrase, or raise DomainError: ``passphrase.empty`` (nothing but spaces),
    ``passphrase.too_weak`` (params ``min``), ``passphrase.mismatch`` (`repeat` differs)."""
    if not passphrase.strip():
        raise DomainError("passphrase.empty", "passphrase")
    if not is_acceptable(passphrase):
        raise DomainError("passphrase.too_weak", "passphrase", {"min": MIN_LENGTH})
    if repeat is not None and _normalized(repeat) != _normalized(passphrase):
        raise DomainError("passphrase.mismatch", "repeat")
