"""Readability formulas for the family's easy-read page (no tests here).

- Dutch: Flesch-Douma (Douma 1960), ``206.835 - 0.93 * ASL - 77 * ASW``;
- English: Flesch reading ease (Flesch 1948), ``206.835 - 1.015 * ASL - 84.6 * ASW``;

with ASL the words per sentence and ASW the syllables per word. Both read on the same scale:
90 to 100 very easy, 80 to 90 easy (the easiest band a text with names, dates and places in it
can keep), 70 to 80 fairly easy, 60 to 70 plain. A sentence is what a line says: the page puts
one idea on each line, and a heading or a name stands alone. Phone numbers, e-mail addresses
and numbers are left out (they are not words).

Syllables are counted by their vowels: in Dutch each group of vowels is one syllable (``ij``
counts as a vowel; ``aa``, ``oe``, ``eeuw`` are one); in English the same, less a silent final
``e`` and the ``-ed`` and ``-es`` that add none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?]+(?:\s+|$)")
NL_VOWELS = re.compile(r"[aeiouyáéíóúàèëïöüâêîôû]+")
EN_VOWELS = re.compile(r"[aeiouy]+")
WEIGHTS = {"nl": (0.93, 77.0), "en": (1.015, 84.6)}
"""Flesch-Douma's and Flesch's weights of words per sentence and syllables per word."""


def syllables(word: str, lang: str) -> int:
    """The syllables of `word` in `lang` ("nl" or "en"), at least one."""
    w = word.lower()
    if lang == "nl":
        return max(1, len(NL_VOWELS.findall(w.replace("ij", "i"))))
    n = len(EN_VOWELS.findall(w))
    if n > 1 and w.endswith("e") and not w.endswith(("le", "ee", "ye")):
        n -= 1
    if n > 1 and w.endswith("es") and not w.endswith(("ses", "zes", "ces", "ges", "xes")):
        n -= 1
    if n > 1 and w.endswith("ed") and not w.endswith(("ted", "ded")):
        n -= 1
    return max(1, n)


def words(line: str) -> list[str]:
    """The words of `line`, without e-mail addresses, web addresses and numbers."""
    kept = " ".join(t for t in line.split() if "@" not in t and "://" not in t)
    return WORD.findall(kept)


def sentences(line: str) -> list[str]:
    """The sentences of one line (a line without a full stop is one sentence)."""
    return [s for s in SENTENCE_END.split(line) if words(s)]


@dataclass(frozen=True)
class Score:
    """A text's readability: its score and what it is made of."""

    score: float
    words_per_sentence: float
    syllables_per_word: float
    sentences: int


def flesch(lines: Iterable[str], lang: str) -> Score:
    """Flesch-Douma ("nl") or Flesch reading ease ("en") of the text in `lines`."""
    n_sentences = n_words = n_syllables = 0
    for line in lines:
        found = words(line)
        if not found:
            continue
        n_sentences += max(1, len(sentences(line)))
        n_words += len(found)
        n_syllables += sum(syllables(w, lang) for w in found)
    asl = n_words / n_sentences
    asw = n_syllables / n_words
    per_sentence, per_syllable = WEIGHTS[lang]
    return Score(206.835 - per_sentence * asl - per_syllable * asw, asl, asw, n_sentences)
