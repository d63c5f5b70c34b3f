"""The agenda ("Vandaag"): one list over every family of what needs the case director now, for
the first screen after unlocking and `veldwerk agenda`. The rules are `domain.caseload`'s (what
is overdue, what counts as a contact), `domain.planned`'s and `domain.retention`'s; this module
reads what they need in one transaction and puts the entries in order.

Every entry names its family (`ref`, `family`), its `kind` (`caseload.KINDS`), the `date` it is
about, a `text` in the user's language, and the `tab` of the family it opens at. The list is
built fresh on every call: after a save the GUI asks again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from veldwerk.domain import caseload, clock, plan, retention
from veldwerk.domain.caseload import CaseloadFamily
from veldwerk.services.config import ConfigService
from veldwerk.services.uow import unit_of_work
from veldwerk.services.waiting_reflections import WaitingReflections
from veldwerk.store.database import Database, UnitOfWork
from veldwerk.texts import format_date, text

TABS: dict[str, str] = {
    "overdue_action": "plan",
    "action_due": "plan",
    "overdue_step": "journey",
    "planned_step": "journey",
    "no_contact": "journey",
    "no_backup": "family",
    "reflection": "reflections",
    "retention_ended": "family",
}
"""The family's tab each kind of entry opens at."""


@dataclass(frozen=True)
class AgendaEntry:
    kind: str
    family_key: int
    ref: str
    family: str
    """The family's name."""
    date: date
    text: str
    tab: str
    title: str | None = None
    """The action's or step's own title (None for the other kinds)."""
    owner: str | None = None
    """Who holds an action (as the plan says)."""
    record_key: int | None = None
    """The action, step or reflection the entry is about."""

    @property
    def overdue(self) -> bool:
        return self.kind in caseload.OVERDUE_KINDS

    def as_json(self) -> dict[str, Any]:
        """The stable JSON form of `veldwerk agenda --json`."""
        return {
            "ref": self.ref,
            "family": self.family,
            "kind": self.kind,
            "date": self.date.isoformat(),
            "text": self.text,
            "title": self.title,
            "owner": self.owner,
            "overdue": self.overdue,
            "tab": self.tab,
        }


@dataclass(frozen=True)
class Agenda:
    today: date
    days: int
    entries: tuple[AgendaEntry, ...]

    @property
    def overdue(self) -> int:
        """How many entries are overdue (the status bar's count)."""
        return sum(1 for e in self.entries if e.overdue)


class AgendaService:
    """Over the families of `db`, with the settings of `config`; the reflections awaiting
    approval are `WaitingReflections`'s (the same answer as the learning service's)."""

    def __init__(self, db: Database, config: ConfigService) -> None:
        self._db = db
        self._config = config
        self._waiting = WaitingReflections()

    def build(
        self,
        *,
        days: int = caseload.DEFAULT_AGENDA_DAYS,
        lang: str | None = None,
        uow: UnitOfWork | None = None,
    ) -> Agenda:
        """The agenda of today (`clock.today`), looking `days` ahead, its texts in `lang` (by
        default the profile's language)."""
        today = clock.today()
        days = max(0, min(days, caseload.MAX_AGENDA_DAYS))
        horizon = caseload.agenda_horizon(today, days)
        with unit_of_work(self._db, uow) as uow:
            lang = lang or uow.settings.get("language") or "nl"
            weeks = self._config.number("no_contact_weeks", uow=uow)
            years = self._config.number("retention_years", uow=uow)
            families = uow.agenda.families(today)
            actions = uow.agenda.open_actions(horizon)
            steps = uow.agenda.planned_steps(horizon)
            pending = self._waiting.find(uow)
        by_key = {f.key: f for f in families}
        active = {f.key for f in families if f.status == "active"}

        shown: dict[date, str] = {}

        def day(d: date) -> str:
            if d not in shown:
                shown[d] = format_date(d, lang)
            return shown[d]

        def entry(kind: str, f: CaseloadFamily, on: date, **more: Any) -> AgendaEntry:
            params = {"date": day(on), "title": more.get("title") or ""}
            return AgendaEntry(
                kind,
                f.key,
                f.ref,
                f.name,
                on,
                text(f"agenda.{kind}", lang, **params),
                TABS[kind],
                **more,
            )

        out: list[AgendaEntry] = []
        for a in actions:
            if a.family_key in active:
                kind = "overdue_action" if plan.is_overdue(a.action, today) else "action_due"
                out.append(
                    entry(
                        kind,
                        by_key[a.family_key],
                        a.due_on,
                        title=a.action.title,
                        owner=a.action.owner,
                        record_key=a.action.key,
                    )
                )
        for s in steps:
            if s.family_key in active:
                kind = "overdue_step" if caseload.step_overdue(s, today) else "planned_step"
                out.append(
                    entry(kind, by_key[s.family_key], s.date, title=s.title, record_key=s.key)
                )
        for f in families:
            if caseload.no_contact_for(f.status, f.last_contact, f.opened_on, today, weeks):
                since = caseload.contact_overdue_since(f.last_contact, f.opened_on)
                out.append(entry("no_contact", f, since))
            if f.lacks_backup:
                out.append(entry("no_backup", f, today))
            if f.closed_on is not None and retention.retention_ended(
                f.status, f.closed_on, today, years
            ):
                out.append(
                    entry("retention_ended", f, retention.retention_ends_on(f.closed_on, years))
                )
        by_ref = {f.ref: f for f in families}
        for p in pending:
            holder = by_ref.get(p.ref)
            if holder is not None:
                out.append(
                    entry(
                        "reflection",
                        holder,
                        p.date,
                        record_key=p.reflection_key,
                    )
                )
        out.sort(key=lambda e: (caseload.kind_order(e.kind), e.date, e.ref, e.record_key or 0))
        return Agenda(today, days, tuple(out))

    def families_matching(
        self, *, without_backup: bool = False, no_contact_weeks: int | None = None
    ) -> frozenset[int]:
        """The keys of the families the family list's filters keep: active families without a
        current achterwacht (`without_backup`), and active families without contact for more
        than `no_contact_weeks` weeks (the setting's value when 0 is given). Every family when
        neither filter is on."""
        today = clock.today()
        with self._db.unit_of_work() as uow:
            families = uow.agenda.families(today)
            if no_contact_weeks == 0:
                no_contact_weeks = self._config.number("no_contact_weeks", uow=uow)
        tests: list[Callable[[CaseloadFamily], bool]] = []
        if without_backup:
            tests.append(lambda f: f.lacks_backup)
        if no_contact_weeks is not None:
            weeks = no_contact_weeks
            tests.append(
                lambda f: caseload.no_contact_for(
                    f.status, f.last_contact, f.opened_on, today, weeks
                )
            )
        return frozenset(f.key for f in families if all(t(f) for t in tests))


def entries_json(entries: Iterable[AgendaEntry]) -> list[dict[str, Any]]:
    return [e.as_json() for e in entries]
