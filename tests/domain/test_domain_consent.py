"""The one rule that says whether a change takes a family out of the learning data
(`domain.consent.takes_out_of_learning_data`): every path that changes a family asks it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from veldwerk.domain.consent import in_learning_data, takes_out_of_learning_data
from veldwerk.domain.model import Family, Reflection

SHARED = Reflection(date=date(2026, 3, 1), text="Wat hielp: de vaste contactpersoon.", key=7)


def family(consent: str = "granted", *reflections: Reflection) -> Family:
    return Family(
        ref="T-1",
        name="Gezin Test",
        municipality="Ede",
        status="active",
        opened_on=date(2026, 1, 5),
        learning_consent=consent,
        reflections=reflections,
        key=1,
    )


def shared() -> Reflection:
    return replace(SHARED, share_for_learning=True)


@pytest.mark.parametrize("after", ["refused", "unknown"])
def test_consent_no_longer_granted_takes_the_family_out(after: str) -> None:
    """Protects withdrawal of consent: granted → refused or unknown is a withdrawal."""
    assert takes_out_of_learning_data(family(), family(after))


def test_erased_or_replaced_family_with_consent_is_taken_out() -> None:
    """Protects erasure (and a replace by import, which erases the old family)."""
    assert takes_out_of_learning_data(family(), None)
    assert not takes_out_of_learning_data(family("refused"), None)


def test_a_family_that_was_not_in_the_learning_data_is_never_taken_out() -> None:
    """Protects against needless rebuilds: no consent before, or a new family, takes nothing
    out; neither does giving consent."""
    assert not takes_out_of_learning_data(family("refused"), family("granted"))
    assert not takes_out_of_learning_data(family("unknown"), family("refused"))
    assert not takes_out_of_learning_data(None, family())


def test_other_edits_of_a_consenting_family_take_nothing_out() -> None:
    """Protects the ordinary edit: a new name, or a shared reflection kept as it was (even
    under a new key, as after an import), takes nothing out."""
    assert not takes_out_of_learning_data(family(), replace(family(), name="Gezin Ander"))
    before = family("granted", shared())
    assert not takes_out_of_learning_data(before, family("granted", replace(shared(), key=99)))


def test_a_shared_reflection_that_is_no_longer_shared_as_it_was_is_taken_out() -> None:
    """Protects reflections: deleting a shared one, unmarking it, or changing its text takes
    it out of the learning data."""
    before = family("granted", shared())
    assert takes_out_of_learning_data(before, family("granted"))
    assert takes_out_of_learning_data(before, family("granted", SHARED))
    assert takes_out_of_learning_data(
        before, family("granted", replace(shared(), text="Een andere tekst."))
    )


def test_a_withdrawn_approval_always_counts() -> None:
    """Protects the approval of a reflection: withdrawing it is a withdrawal."""
    assert takes_out_of_learning_data(None, None, approval_withdrawn=True)
    assert takes_out_of_learning_data(family(), family(), approval_withdrawn=True)


def test_only_granted_consent_is_in_the_learning_data() -> None:
    """Protects the consent rule itself: only ``granted`` is in."""
    assert in_learning_data(family("granted"))
    assert not in_learning_data(family("unknown")) and not in_learning_data(family("refused"))
