"""Consent for learning: which families are in the learning data, and the one rule that says
whether a change takes (part of) a family out of it.

A family is in the learning data only while its consent is ``granted``. A change takes it out
when it was in and afterwards its consent is no longer ``granted``, or it is gone (erased, or
replaced by an import: the replaced family is erased and a new one stored), or a reflection it
shared is no longer shared as it was (unmarked, deleted or its text changed), or the user
withdrew the approval of a reflection. Every such change must also reach the exports still
waiting to be delivered (the services rebuild or drop them), or a stale export would carry
what was withdrawn to the coordinator.
"""

from __future__ import annotations

from collections import Counter

from veldwerk.domain.model import Family

GRANTED = "granted"


def in_learning_data(family: Family) -> bool:
    """Whether `family` is in the learning data: only with consent ``granted``."""
    return family.learning_consent == GRANTED


def _shared_texts(family: Family) -> Counter[str]:
    return Counter(r.text for r in family.reflections if r.share_for_learning)


def takes_out_of_learning_data(
    before: Family | None, after: Family | None, *, approval_withdrawn: bool = False
) -> bool:
    """Does this change take a family, or part of it, out of the learning data?

    `before` is the family as it was (None: it did not exist), `after` as it is now (None:
    erased, or replaced by an import). `approval_withdrawn`: the user withdrew the approval of
    a reflection, which always counts (its text may be in a waiting export)."""
    if approval_withdrawn:
        return True
    if before is None or not in_learning_data(before):
        return False
    if after is None or not in_learning_data(after):
        return True
    return bool(_shared_texts(before) - _shared_texts(after))
