"""The scrubber: takes everything out of a reflection that could point to a person.

A reflection only reaches the learning record after this, and only in the exact scrubbed form the
user approved in the preview. The scrubber errs on the side of removing too much: the user sees
the result before it is shared, and a sentence that reads a little stiffly is better than a name
that slips through.

What goes, in this order, each replaced by a neutral token:

1. links ``[link]`` and e-mail addresses ``[e-mail]``;
2. Dutch postcodes ``[postcode]``;
3. dates in numbers or with a month name, and years ``[datum]``;
4. phone numbers ``[telefoon]``;
5. street addresses and street names ``[adres]``;
6. BSN-like and other long numbers, and words mixing letters and digits ``[nummer]``;
7. initials and the word after a form of address (mevrouw, dhr., ...) ``[naam]``;
8. word by word ``[naam]``: every word of the profile's vocabulary (all words of every name,
   address, phone, e-mail and organisation field, see `record.profile_vocabulary`), every word
   that contains such a word of four letters or more, every capitalised word inside a sentence
   (names and organisations; a few generic abbreviations like JGZ excepted) and every
   capitalised word at the start of a sentence that is not an ordinary word.

Text is first normalised (NFKC, invisible characters removed) so that look-alike characters
cannot smuggle a name past the rules. Neighbouring ``[naam]`` tokens merge into one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from veldwerk.learning.wordlists import COMMON_WORDS, KEEP_CAPITALISED, MONTHS, TITLES

NAME = "[naam]"
PHONE = "[telefoon]"
DATE = "[datum]"
POSTCODE = "[postcode]"
EMAIL = "[e-mail]"
NUMBER = "[nummer]"
ADDRESS = "[adres]"
LINK = "[link]"

TOKENS: tuple[str, ...] = (NAME, PHONE, DATE, POSTCODE, EMAIL, NUMBER, ADDRESS, LINK)

# While scrubbing, each token is held as one private-use character, which no later rule matches.
_SENTINEL = {token: chr(0xE000 + i) for i, token in enumerate(TOKENS)}
_UNSENTINEL = {v: k for k, v in _SENTINEL.items()}
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_ORDINAL = r"(?:e|ste|de|st|nd|rd|th)?"
_STREET_SUFFIX = (
    "straatweg|straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|hof|pad|park|markt|"
    "plantsoen|boulevard|allee|baan|veld|wal|burg|haven|berg|dam|akker|horst|hoek|"
    "street|road|avenue|lane"
)
_STREET_ONLY_SUFFIX = (
    "straatweg|straat|laan|gracht|kade|singel|plein|steeg|dreef|plantsoen|boulevard"
)
_TWO_LETTER_WORDS = (
    "is|en|in|op|te|er|na|om|al|ze|we|je|of|nu|zo|de|an|at|as|be|by|do|go|he|if|it|me|my|no|on|"
    "or|so|to|up|us"
)

_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_POSTCODE = re.compile(
    r"\b[1-9]\d{3}\s?[A-Z]{2}\b"
    rf"|\b[1-9]\d{{3}}[a-z]{{2}}\b|\b[1-9]\d{{3}}\s(?!(?:{_TWO_LETTER_WORDS})\b)[a-z]{{2}}\b"
)
_DATES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"),
    re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b"),
    re.compile(
        rf"(?i)\b\d{{1,2}}{_ORDINAL}\s*(?:of\s+)?{_MONTH}(?:\s*,?\s*'?(?:\d{{4}}|\d{{2}}\b))?"
    ),
    re.compile(rf"(?i)\b{_MONTH}\s*\d{{1,2}}{_ORDINAL}\b(?:\s*,?\s*(?:\d{{4}}|'\d{{2}})\b)?"),
    re.compile(rf"(?i)\b{_MONTH}\s*'?(?:\d{{4}}|\d{{2}})\b"),
    re.compile(r"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])[-/](?:0?[1-9]|1[0-2])(?![\w/-])"),
    re.compile(r"\b(?:19|20)\d{2}\b"),
    re.compile(r"'\d{2}\b"),
)
_PHONES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\w)(?:\+|00)\d{1,3}[\s.\-/]*(?:\(0\)[\s.\-/]*)?\d(?:[\s.\-/]*\d){6,12}(?!\w)"),
    re.compile(r"(?<!\w)(?:\(0\d{1,3}\)|0\d{1,3})(?:[\s.\-/]*\d){6,9}(?!\w)"),
)
_ADDRESSES: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"(?i)(?<![\w'-])[\w'-]*(?:{_STREET_SUFFIX})\s+\d{{1,5}}(?:\s?[a-z](?!\w))?(?:\s?[-/]\s?\d{{1,4}})?(?!\w)"
    ),
    re.compile(r"(?i)\b(?:postbus|p\.?o\.?\s?box)\s*\d+"),
    re.compile(rf"(?i)\b\w+(?:{_STREET_ONLY_SUFFIX})\b"),
    re.compile(r"\b[A-Z]\w*weg\b"),
)
_NUMBERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\w)\d(?:[\s.\-]?\d){4,}(?!\w)"),
    re.compile(r"\b(?=(?:[^\W\d]*\d){2})(?=\w*[^\W\d_])\w{3,}\b"),
)
_INITIALS = re.compile(
    r"\b[A-Z]\.(?:\s?[A-Z]\.){0,3}(?=\s*(?:[A-Z\u00c0-\u00de]|(?:de|van|der|den|ter|ten|te|el|al)\b))"
)
_TITLE = re.compile(
    r"(?i)\b(?P<title>" + "|".join(TITLES) + r")\.?(?P<gap>\s+)"
    r"(?P<particles>(?:(?:de|van|der|den|ter|ten|te|het|'t)\s+)*)(?P<word>[^\W\d_][\w'-]*)"
)
_WORD = re.compile(r"\w+")
_SENTENCE_END = ".!?:;\n"
_LEADING_PUNCTUATION = " \t\r\"'‘’“”«»([{-–—•*·>"
_MERGE_NAMES = re.compile(
    re.escape(_SENTINEL[NAME]) + r"(?:[ \t\-–'’]*" + re.escape(_SENTINEL[NAME]) + ")+"
)
_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def scrub(text: str, vocabulary: frozenset[str]) -> str:
    """`text` with every name, organisation, address, phone number, e-mail, postcode, BSN-like
    number and date replaced by a neutral token ([naam], [adres], ...). `vocabulary` holds the
    lower-cased words of the profile's identifying fields (`record.profile_vocabulary`)."""
    out = _normalise(text)
    out = _replace(out, _URL, LINK)
    out = _replace(out, _EMAIL, EMAIL)
    out = _replace(out, _POSTCODE, POSTCODE)
    for pattern in _DATES:
        out = _replace(out, pattern, DATE)
    for pattern in _PHONES:
        out = _replace(out, pattern, PHONE)
    for pattern in _ADDRESSES:
        out = _replace(out, pattern, ADDRESS)
    for pattern in _NUMBERS:
        out = _replace(out, pattern, NUMBER)
    out = _replace(out, _INITIALS, NAME)
    out = _TITLE.sub(_title_replacement, out)
    out = _scrub_words(out, vocabulary)
    out = _MERGE_NAMES.sub(_SENTINEL[NAME], out)
    return "".join(_UNSENTINEL.get(ch, ch) for ch in out).strip()


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _PRIVATE_USE.sub(" ", text)
    return "".join(
        ch if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co") else " "
        for ch in text
    )


def _replace(text: str, pattern: re.Pattern[str], token: str) -> str:
    return pattern.sub(_SENTINEL[token], text)


def _title_replacement(match: re.Match[str]) -> str:
    word = match.group("word")
    particles = match.group("particles")
    if particles and not word[0].isupper():
        return match.group(0)
    if word.lower() in COMMON_WORDS and not word[0].isupper():
        return match.group(0)
    return match.group("title") + match.group("gap") + particles + _SENTINEL[NAME]


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _LEADING_PUNCTUATION:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


LONGEST_INNER_MATCH = 48
"""Vocabulary words up to this length are also found inside longer words."""


def _is_identifying_word(lower: str, vocabulary: frozenset[str]) -> bool:
    """The word is in the vocabulary, or contains a vocabulary word of 4+ characters."""
    if lower in vocabulary:
        return True
    n = len(lower)
    for size in range(4, min(LONGEST_INNER_MATCH, n - 1) + 1):
        for i in range(0, n - size + 1):
            if lower[i : i + size] in vocabulary:
                return True
    return False


def _word_replacement(text: str, vocabulary: frozenset[str]) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if _is_identifying_word(lower, vocabulary):
            return _SENTINEL[NAME]
        if any(ch.isdigit() for ch in word):
            return word
        if word in KEEP_CAPITALISED:
            return word
        if word.isupper() and len(word) >= 2:
            return _SENTINEL[NAME]
        if not word[0].isupper():
            return word
        if _at_sentence_start(text, match.start()) and lower in COMMON_WORDS:
            return word
        return _SENTINEL[NAME]

    return replace


def _scrub_words(text: str, vocabulary: frozenset[str]) -> str:
    return _WORD.sub(_word_replacement(text, vocabulary), text)
