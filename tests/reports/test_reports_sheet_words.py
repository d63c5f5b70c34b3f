"""The words of the one-page overviews as a case director and a family read them: a deadline
that has passed says so in words, a JIM's relation is printed once, and the family version
speaks to the family in one way throughout."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from datetime import date

import pytest

from support.pdf import read
from support.report_families import TODAY, realistic_family
from veldwerk.domain.model import Action, Family, Goal
from veldwerk.reports.family_overview import build_family_overview
from veldwerk.reports.team_overview import build_team_overview
from veldwerk.texts import text as catalogue_text
from veldwerk.texts.tables.reports import TEXTS


def _flat(pdf: bytes) -> str:
    text, _, _ = read(pdf)
    return " ".join(text.split())


def _one_action(due_on: date, status: str = "todo") -> Family:
    goal = Goal("Rust in huis", "open", (Action("Huurtoeslag aanvragen", "Femke", due_on, status),))
    return dataclasses.replace(realistic_family(), goals=(goal,))


@pytest.mark.parametrize(
    ("lang", "past", "coming"),
    [
        ("nl", "Wanneer: was vóór 3 september 2026 (te laat)", "Wanneer: vóór 5 oktober 2026"),
        ("en", "When: was before 3 September 2026 (late)", "When: before 5 October 2026"),
    ],
)
def test_family_version_says_in_words_that_a_deadline_has_passed(
    lang: str, past: str, coming: str
) -> None:
    """Protects "a past deadline reads as past": an open action due before today is printed as
    "was vóór … (te laat)" on the family's page (not "vóór" a date that is gone, and not by
    colour alone); one due today is not late yet."""
    late = _flat(build_family_overview(_one_action(date(2026, 9, 3)), lang=lang, today=TODAY))
    assert past in late
    due_today = _flat(build_family_overview(_one_action(TODAY), lang=lang, today=TODAY))
    assert coming in due_today
    assert catalogue_text("report.fam.late", lang) not in due_today


@pytest.mark.parametrize(("lang", "word"), [("nl", "te laat"), ("en", "overdue")])
def test_team_version_marks_a_past_deadline_with_a_word(lang: str, word: str) -> None:
    """The team version prints "(te laat)" / "(overdue)" after a past due date, by the same
    domain rule as the app's Plan tab."""
    flat = _flat(build_team_overview(_one_action(date(2026, 9, 3)), lang=lang, today=TODAY))
    assert f"({word})" in flat
    flat = _flat(build_team_overview(_one_action(TODAY), lang=lang, today=TODAY))
    assert f"({word})" not in flat


def _aunt_as_jim() -> Family:
    family = realistic_family()
    network = tuple(
        dataclasses.replace(n, name="Tante Ans") if n.kind == "jim" else n for n in family.network
    )
    return dataclasses.replace(family, network=network)


def test_a_jim_named_after_the_relation_is_not_repeated_on_the_family_page() -> None:
    """Protects the JIM line: a JIM called "Tante Ans" with relation "tante" is printed as
    "Tante Ans", not "Tante Ans (tante)", and the sentence says "Tante Ans is de JIM van
    Sanne." (not "Tante is …")."""
    flat = _flat(build_family_overview(_aunt_as_jim(), lang="nl", today=TODAY))
    assert "(tante)" not in flat
    assert "Tante Ans is de JIM van Sanne." in flat
    assert len(re.findall("tante", flat, re.IGNORECASE)) == 2  # the name line, the sentence
    # a relation the name does not say is still printed
    assert "Ans de Vries (tante)" in _flat(
        build_family_overview(realistic_family(), lang="nl", today=TODAY)
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_jim_named_after_the_relation_is_not_repeated_on_the_team_page(lang: str) -> None:
    """The team version's network line and eco-map label name "Tante Ans" without a trailing
    "tante" of the relation; only the household's own "Tante Ans" entries remain."""
    flat = _flat(build_team_overview(_aunt_as_jim(), lang=lang, today=TODAY))
    assert "Tante Ans · JIM" in flat
    assert len(re.findall(r"\btante\b", flat, re.IGNORECASE)) == flat.count("Tante Ans")


# Dutch: "je"/"jij"/"jou"/"jouw" only; never "u", "uw", "jullie", nor "mij"/"mijn" (the
# page speaks to the family, it does not speak for them). English: "you", never "me"/"my".
NOT_NL = re.compile(r"\b(u|uw|jullie|mij|mijn|ik)\b", re.IGNORECASE)
NOT_EN = re.compile(r"\b(me|my|mine|I)\b")


def test_every_family_text_speaks_to_the_family_in_one_way() -> None:
    """Protects "one form of address" in the easy-read version: every Dutch text of the family
    version says "je"/"jij", none says "u", "uw", "jullie" or "mijn"; the English ones say
    "you" only."""
    family_texts = [
        (key, forms(nl), forms(en))
        for key, (nl, en) in TEXTS.items()
        if key.startswith("report.fam.")
    ]
    for key, nls, ens in family_texts:
        for nl in nls:
            assert not NOT_NL.search(nl), (key, nl)
        for en in ens:
            assert not NOT_EN.search(en), (key, en)
    assert any(re.search(r"\b(je|jij|jou|jouw)\b", nl) for _, nls, _ in family_texts for nl in nls)


def forms(template: str | Mapping[str, str]) -> list[str]:
    """A text's one template, or a plural's forms."""
    return [template] if isinstance(template, str) else list(template.values())


@pytest.mark.parametrize(("lang", "wrong"), [("nl", NOT_NL), ("en", NOT_EN)])
def test_the_printed_family_page_uses_one_form_of_address(lang: str, wrong: re.Pattern) -> None:
    """The family page as printed (headings included) has no other form of address."""
    text, _, _ = read(build_family_overview(realistic_family(), lang=lang, today=TODAY))
    assert not wrong.search(text), wrong.search(text)
