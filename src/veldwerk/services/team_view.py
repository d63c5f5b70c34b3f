"""What the app shows of a shared family, in one call: whether it is shared and with whom, who
it could be shared with, its conflicts, and what colleagues changed "since you were away"
(with who made each change, their role in the family, and when)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from veldwerk.domain import clock as today_clock
from veldwerk.domain.contacts import current_contact
from veldwerk.domain.team import colleague_of
from veldwerk.services.families import FamilyService
from veldwerk.services.team import ConflictInfo, TeamService, domain_colleague, info_of
from veldwerk.services.team_journal import SEEN_KEY, TeamJournal, identity
from veldwerk.store.database import Database
from veldwerk.team.away import changes_since, newest_op
from veldwerk.team.hlc import Stamp


@dataclass(frozen=True)
class AwayChange:
    what: str
    """``added``, ``changed`` or ``deleted``"""
    kind: str
    """the record's kind (``event``, ``member``...; ``family`` for the family itself)"""
    label: str
    fields: tuple[str, ...]
    by: str
    role: str | None
    """the maker's current contact role in the family (``primary``, ``backup``), or None"""
    at: datetime
    day: str | None
    key: int | None = None
    """the record's key in this store (a step's key, to mark it in the journey), when it is
    still there"""


@dataclass(frozen=True)
class FamilyTeamView:
    shared: bool
    recipients: tuple[str, ...]
    """who receives it now (names)"""
    candidates: tuple[tuple[str, str], ...]
    """(name, role) of the current holders who are known colleagues, to share with"""
    conflicts: tuple[ConflictInfo, ...]
    away: tuple[AwayChange, ...]


class TeamView:
    def __init__(
        self, db: Database, families: FamilyService, team: TeamService, journal: TeamJournal
    ) -> None:
        self._db = db
        self._families = families
        self._team = team
        self._journal = journal

    def of(self, ref: str) -> FamilyTeamView:
        """The view of the family `ref` (not shared: only who it could be shared with)."""
        with self._db.unit_of_work(write=True) as uow:
            family = self._families.get(ref, uow=uow)
            stored = uow.team.colleagues()
            known = [domain_colleague(c) for c in stored]
            links = uow.team.links([family.key or 0]).get(family.key or 0, {})
            me = identity(uow).device_id
            today = today_clock.today()
            role_of: dict[str, str] = {}
            candidates = []
            for role in ("primary", "backup"):
                holder = current_contact(family, role, today)
                person = family.network_member(holder.network_id) if holder else None
                found = colleague_of(person, known, links) if person is not None else None
                if found is not None:
                    role_of[found.device_id] = role
                    if found.device_id != me:
                        candidates.append((found.name, role))
            shared = uow.team.shared_one(family_id=family.key)
            if shared is None or shared.state != "shared":
                uow.commit()
                return FamilyTeamView(False, (), tuple(candidates), (), ())
            state = self._journal.state(uow, shared.tag)
            names = {c.device_id: c.name for c in stored}
            names[me] = uow.settings.get("user_name") or ""
            mark = uow.team.state(SEEN_KEY + shared.tag) or ""
            key_of = {uid: key for (_kind, key), uid in uow.team.uids(shared.tag).items()}
            away = tuple(
                AwayChange(
                    c.what,
                    c.kind,
                    c.label,
                    c.fields,
                    names.get(c.device, ""),
                    role_of.get(c.device),
                    _when(c.op),
                    c.day,
                    key_of.get(c.record) if c.what != "deleted" else None,
                )
                for c in changes_since(state, mark, me)
            )
            recipients = tuple(c.name for c in self._team.recipients_of(uow, family))
            conflicts = tuple(info_of(family.ref, c, names) for c in state.conflicts())
            uow.commit()
        return FamilyTeamView(True, recipients, tuple(candidates), conflicts, away)

    def mark_seen(self, ref: str) -> None:
        """The user has seen what changed: "since you were away" starts again from now."""
        with self._db.unit_of_work(write=True) as uow:
            family = self._families.get(ref, uow=uow)
            shared = uow.team.shared_one(family_id=family.key)
            if shared is not None:
                state = self._journal.state(uow, shared.tag)
                uow.team.set_state(SEEN_KEY + shared.tag, newest_op(state))
            uow.commit()


def _when(op_id: str) -> datetime:
    return datetime.fromtimestamp(Stamp.parse(op_id).ms / 1000, UTC).replace(tzinfo=None)
