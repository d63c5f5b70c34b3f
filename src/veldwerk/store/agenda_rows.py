"""What the agenda reads ("Vandaag", `services.agenda`): a few lean queries over every family,
so that the list over 1,000 families builds in a few milliseconds (benchmarks/bench_agenda.py)
without loading whole families. The rules stay the domain's: which steps are contacts
(`caseload.CONTACT_STEP_TYPES`), which actions are open (`caseload.is_open_action`), who is the
current achterwacht (`contacts.current_among`)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import Connection, Table, func, select

from veldwerk.domain import caseload
from veldwerk.domain.caseload import CaseloadFamily, OpenAction, PlannedStep
from veldwerk.domain.contacts import current_among
from veldwerk.domain.model import Action, ContactAssignment
from veldwerk.store import mapping
from veldwerk.store.models import ActionRow, ContactRow, EventRow, FamilyRow, GoalRow

families_t: Table = FamilyRow.__table__  # type: ignore[assignment]
events_t: Table = EventRow.__table__  # type: ignore[assignment]
contacts_t: Table = ContactRow.__table__  # type: ignore[assignment]
goals_t: Table = GoalRow.__table__  # type: ignore[assignment]
actions_t: Table = ActionRow.__table__  # type: ignore[assignment]


class AgendaRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def families(self, today: date) -> list[CaseloadFamily]:
        """Every family with its last contact on or before `today`, and whether it has an
        achterwacht today."""
        last = (
            select(func.max(events_t.c.date))
            .where(
                events_t.c.family_id == families_t.c.id,
                events_t.c.type.in_(sorted(caseload.CONTACT_STEP_TYPES)),
                events_t.c.planned.is_(False),
                events_t.c.date <= today,
            )
            .scalar_subquery()
        )  # one index search per family (ix_events_family_date), not a scan of every step
        backed = self._with_backup(today)
        rows = self.conn.execute(
            select(
                families_t.c.id,
                families_t.c.ref,
                families_t.c.name,
                families_t.c.status,
                families_t.c.opened_on,
                families_t.c.closed_on,
                last.label("last"),
            ).order_by(families_t.c.ref)
        )
        return [
            CaseloadFamily(
                key=r.id,
                ref=r.ref,
                name=r.name,
                status=r.status,
                opened_on=r.opened_on,
                closed_on=r.closed_on,
                last_contact=r.last,
                has_backup=r.id in backed,
            )
            for r in rows
        ]

    def _with_backup(self, today: date) -> set[int]:
        """The families with an achterwacht current `today`, by the domain's rule over every
        backup assignment of the family, in the order a loaded family has them."""
        assignments: dict[int, list[ContactAssignment]] = defaultdict(list)
        for r in self.conn.execute(
            select(contacts_t)
            .where(contacts_t.c.role == "backup")
            .order_by(contacts_t.c.position, contacts_t.c.id)
        ):
            assignments[r.family_id].append(mapping.contact_from(r))
        return {
            family_id
            for family_id, held in assignments.items()
            if current_among(held, "backup", today) is not None
        }

    def open_actions(self, until: date) -> list[OpenAction]:
        """Open actions with a due date on or before `until` (overdue ones included)."""
        rows = self.conn.execute(
            select(
                goals_t.c.family_id,
                actions_t.c.id,
                actions_t.c.title,
                actions_t.c.owner,
                actions_t.c.due_on,
                actions_t.c.status,
                goals_t.c.status.label("goal_status"),
            )
            .join(goals_t, goals_t.c.id == actions_t.c.goal_id)
            .where(actions_t.c.due_on.between(date.min, until))
        )
        return [
            OpenAction(r.family_id, Action(r.title, r.owner, r.due_on, r.status, key=r.id))
            for r in rows
            if caseload.is_open_action(r.status, r.goal_status)
        ]

    def planned_steps(self, until: date) -> list[PlannedStep]:
        """Planned steps dated on or before `until` (those whose date has passed included)."""
        rows = self.conn.execute(
            select(
                events_t.c.family_id,
                events_t.c.id,
                events_t.c.date,
                events_t.c.type,
                events_t.c.title,
            ).where(events_t.c.planned.is_(True), events_t.c.date <= until)
        )
        return [PlannedStep(r.family_id, r.id, r.date, r.type, r.title) for r in rows]
