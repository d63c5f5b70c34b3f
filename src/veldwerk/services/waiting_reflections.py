"""Which reflections await the user's approval, found without loading whole families: for the
agenda, which is built after every save over every family (`services.agenda`).

The answer is `LearningService.pending_reflections`'s (a reflection marked for sharing, of a
family with consent, whose scrubbed text's digest is not approved), by the same functions of
`learning.record`: the profile's vocabulary from its identifying values, the scrubber, the
digest. Only the reading differs: the identifying values and the shared reflections come from
a few lean queries (`LearningRepository.identifying_values`, `shared_reflections`), and what
does not change between two builds is kept: the answer itself while the audit log's head
stays where it was (every change to a family, a reflection or an approval is logged), the words
of each family's values until that family changes (its `updated_at`, which every save of one of
its records moves), and each text's scrubbed form while the vocabulary stays the same.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from veldwerk.domain.consent import GRANTED
from veldwerk.learning import record as lrec
from veldwerk.learning.scrub import scrub
from veldwerk.store import audit
from veldwerk.store.database import UnitOfWork

SCRUBBED_KEPT = 4096
"""Scrubbed texts kept between builds (more are simply scrubbed again)."""


@functools.lru_cache(maxsize=1 << 16)
def _words(value: str) -> frozenset[str]:
    return frozenset(lrec.vocabulary_words(value))


@dataclass(frozen=True)
class WaitingReflection:
    ref: str
    family_name: str
    reflection_key: int
    date: date
    digest: str


class WaitingReflections:
    """Keeps the scrubbed texts of one vocabulary between calls (one per agenda service)."""

    def __init__(self) -> None:
        self._vocabulary: frozenset[str] = frozenset()
        self._scrubbed: dict[str, str] = {}
        self._answer: tuple[tuple[int, str], list[WaitingReflection]] | None = None
        self._words_of: dict[int, tuple[object, frozenset[str]]] = {}
        """family id -> (when it last changed, the words of its identifying values)"""

    def _vocabulary_now(self, uow: UnitOfWork) -> frozenset[str]:
        """The profile's vocabulary, reading again only the families that changed since the
        last build (a save touches its family's time): after one save, one family's values
        instead of some 80,000."""
        stamps = uow.learning.family_stamps()
        kept = self._words_of
        for gone in set(kept) - set(stamps):
            del kept[gone]
        changed = [fid for fid, stamp in stamps.items() if kept.get(fid, (None,))[0] != stamp]
        if changed:
            for fid, values in uow.learning.identifying_values_of(changed).items():
                words: set[str] = set()
                for value in values:
                    words |= _words(value)
                kept[fid] = (stamps[fid], frozenset(words))
        vocabulary = frozenset().union(*(w for _stamp, w in kept.values()))
        if vocabulary != self._vocabulary:
            self._vocabulary = vocabulary
            self._scrubbed = {}
        return self._vocabulary

    def _scrub(self, text: str, vocabulary: frozenset[str]) -> str:
        done = self._scrubbed.get(text)
        if done is None:
            done = scrub(text, vocabulary)
            if len(self._scrubbed) < SCRUBBED_KEPT:
                self._scrubbed[text] = done
        return done

    def find(self, uow: UnitOfWork) -> list[WaitingReflection]:
        """The reflections awaiting approval, as `LearningService.pending_reflections` finds
        them, in its order."""
        head = audit.head(uow.conn)
        if self._answer is not None and self._answer[0] == head:
            return list(self._answer[1])
        found = self._find(uow)
        self._answer = (head, found)
        return list(found)

    def _find(self, uow: UnitOfWork) -> list[WaitingReflection]:
        rows = uow.learning.shared_reflections(GRANTED)
        if not rows:
            return []
        vocabulary = self._vocabulary_now(uow)
        approved = uow.learning.approved_digests()
        out = []
        for r in rows:
            digest = lrec.reflection_digest(self._scrub(r.text, vocabulary))
            if digest not in approved:
                out.append(WaitingReflection(r.ref, r.name, r.id, r.date, digest))
        return out
