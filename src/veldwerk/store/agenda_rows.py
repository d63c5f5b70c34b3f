"""What the agenda reads ("Vandaag", `services.agenda`): a few lean queries over every family,
so that the list over 1,000 families builds in a few milliseconds (benchmarks/bench_agenda.py)
without loading whole families. The rules stay the domain's: which steps are contacts
(`caseload.CONTACT_STEP_TYPES`), which actions are open (`caseload.is_open_action`), who is the
current achterwacht (`summaries.current_contact_names`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, Table, func, select

from veldwerk.domain import caseload
from veldwerk.domain.caseload import CaseloadFamily, OpenAction, PlannedStep
from veldwerk.domain.consent import GRANTED
from veldwerk.domain.model import Action
from veldwerk.store.models import ActionRow, EventRow, FamilyRow, GoalRow, ReflectionRow
from veldwerk.store.summaries import current_contact_names

families_t: Table = FamilyRow.__table__  # type: ignore[assignment]
events_t: Table = EventRow.__table__  # type: ignore[assignment]
goals_t: Table = GoalRow.__table__  # type: ignore[assignment]
actions_t: Table = ActionRow.__table__  # type: ignore[assignment]
reflections_t: Table = ReflectionRow.__table__  # type: ignore[assignment]


class AgendaRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def families(self, today: date) -> list[CaseloadFamily]:
        """Every family with its last contact on or before `today` and today's achterwacht."""
        last: dict[int, date] = {
            r.family_id: r.last
            for r in self.conn.execute(
                select(events_t.c.family_id, func.max(events_t.c.date).label("last"))
                .where(
                    events_t.c.date <= today,
                    events_t.c.planned.is_(False),
                    events_t.c.type.in_(sorted(caseload.CONTACT_STEP_TYPES)),
                )
                .group_by(events_t.c.family_id)
            )
        }
        current = current_contact_names(self.conn, today)
        rows = self.conn.execute(
            select(
                families_t.c.id,
                families_t.c.ref,
                families_t.c.name,
                families_t.c.status,
                families_t.c.opened_on,
                families_t.c.closed_on,
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
                last_contact=last.get(r.id),
                backup=current.get((r.id, "backup")),
            )
            for r in rows
        ]

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

    def any_shared_reflection(self) -> bool:
        """Whether a reflection of a family with consent is marked for sharing (only then can
        one await approval, and only then is the whole profile read to find out)."""
        found = self.conn.execute(
            select(reflections_t.c.id)
            .join(families_t, families_t.c.id == reflections_t.c.family_id)
            .where(
                reflections_t.c.share_for_learning.is_(True),
                families_t.c.learning_consent == GRANTED,
            )
            .limit(1)
        ).first()
        return found is not None
