"""The demo's twelve families: `demo_families(today)`.

A new user should see the app working at once: twelve synthetic families from the Noord-Veluwe,
with the variety a case director meets (parents with a mild intellectual disability, parents
under 18, every phase of the first 1000 days and one family just past them, a JIM, stressful
ties, handovers, a family without an achterwacht, a closed family, crises, waiting lists,
plans and reflections).

Everything here is fictional. Names, addresses, organisations, phone numbers (06-1234xxxx) and
e-mail addresses (@example.nl) are made up; any likeness to real people is chance.

Every date is counted back (or forward, for due dates and plans) from `today`, so the demo
always looks current and every family passes `domain.rules.validate_family` on that day. Each
family is written out by hand, two to a module, with the building blocks of `blocks`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from veldwerk.domain.model import Family
from veldwerk.samples.demo_families.al_hassan_pinas import al_hassan, pinas
from veldwerk.samples.demo_families.blocks import Calendar
from veldwerk.samples.demo_families.jansen_el_amrani import el_amrani, jansen
from veldwerk.samples.demo_families.nguyen_martina import martina, nguyen
from veldwerk.samples.demo_families.ozturk_wasik import ozturk, wasik
from veldwerk.samples.demo_families.tesfay_mensah import mensah, tesfay
from veldwerk.samples.demo_families.visser_de_jong import de_jong, visser

__all__ = ["FAMILIES", "demo_families"]

FAMILIES: tuple[Callable[[Calendar], Family], ...] = (
    jansen,
    el_amrani,
    ozturk,
    wasik,
    nguyen,
    martina,
    tesfay,
    mensah,
    al_hassan,
    pinas,
    visser,
    de_jong,
)
"""The families in the order of the demo (the list's order, and the screenshots')."""


def demo_families(today: date) -> list[Family]:
    """Twelve fictional families, every date relative to `today`; the same `today` always gives
    the same families. Each passes `domain.rules.validate_family(family, today)`."""
    calendar = Calendar(today)
    return [make(calendar) for make in FAMILIES]
