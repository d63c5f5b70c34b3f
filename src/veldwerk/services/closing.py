"""Closing a family and reopening it (issue 14): the use cases over `domain.closing`, for the
GUI and the command line alike. Each is one edit of the family (`FamilyService.edit`): loaded,
changed by the domain rule, checked against every rule of the case file, stored, in one
transaction (a shared family's colleagues get the change, a waiting learning export is rebuilt)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from veldwerk.domain import clock, closing
from veldwerk.domain.model import Family
from veldwerk.services.families import FamilyService
from veldwerk.store.database import UnitOfWork

Rule = Callable[[UnitOfWork, Family], closing.StatusChange]


def _lang(uow: UnitOfWork) -> str:
    return uow.settings.get("language") or "nl"


class ClosingService:
    def __init__(self, families: FamilyService) -> None:
        self._families = families

    def close(
        self, ref: str, reason: str | None, on: date | None = None, note: str | None = None
    ) -> Family:
        """Close the family `ref` on `on` (default today) for `reason` (a code of
        `codes.CLOSING_REASONS`), with an optional `note`: a `closure` step is added."""
        day = on or clock.today()
        return self._apply(
            ref,
            lambda uow, f: closing.close_family(f, reason, day, clock.today(), note, _lang(uow)),
        )

    def reopen(self, ref: str, on: date | None = None) -> Family:
        """Reopen the closed family `ref` on `on` (default today): active again, the closing
        fields cleared, the history kept and a step added (`domain.closing.reopen_family`)."""
        day = on or clock.today()
        return self._apply(
            ref, lambda uow, f: closing.reopen_family(f, day, clock.today(), _lang(uow))
        )

    def _apply(self, ref: str, rule: Rule) -> Family:
        held: dict[str, closing.StatusChange] = {}

        def apply(uow: UnitOfWork, f: Family) -> Family:
            held["change"] = rule(uow, f)
            return held["change"].family

        def store(uow: UnitOfWork, fid: int, new: Family) -> None:
            uow.families.update_family(fid, new)
            uow.families.save_event(fid, held["change"].event)

        return self._families.edit(ref, apply, store)
