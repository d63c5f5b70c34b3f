"""Small coordinator facts built by hand for the tests of the pure rules: `fam` for one family's
facts and `ev` for one event's."""

from __future__ import annotations

from veldwerk.coordinator.facts import EventFacts, FamilyFacts


def fam(
    region: str = "R",
    *,
    status: str = "active",
    events: tuple[EventFacts, ...] = (),
    vulns: tuple[str, ...] = (),
    quarter: str = "2024-Q1",
    n: int = 0,
    backup: bool = False,
    jim: bool = False,
    most: int = 2,
    weeks: int = 10,
) -> FamilyFacts:
    return FamilyFacts(
        "i" * 32,
        f"{region}-{quarter}-{n}",
        region,
        status,
        quarter,
        weeks,
        vulns,
        events,
        backup,
        jim,
        most,
    )


def ev(
    type_: str = "contact",
    phase: str = "wish",
    barriers: tuple[str, ...] = (),
    enablers: tuple[str, ...] = (),
    week: int = 0,
) -> EventFacts:
    return EventFacts(type_, phase, barriers, enablers, week)
