"""Colleagues and shared families: this profile's colleague card, the colleagues it knows, which
network member is which colleague, sharing a family, and the conflicts a person resolves.

Who receives a shared family is the domain's rule (`domain.team.recipients`: the current fixed
contact and backup who are known colleagues); sending and receiving is `TeamSync`'s.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from veldwerk.domain import clock as today_clock
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family
from veldwerk.domain.team import Colleague, colleague_of, recipients, refusal_to_share
from veldwerk.files import RefusedFile, read_bounded, write_atomically
from veldwerk.services.families import FamilyService
from veldwerk.services.team_journal import TeamJournal, identity, op_body
from veldwerk.services.uow import unit_of_work
from veldwerk.store.database import Database, UnitOfWork
from veldwerk.store.team_repo import StoredColleague
from veldwerk.team.cards import MAX_CARD_BYTES, Card, CardError, read_card, same_code, write_card
from veldwerk.team.cards import safety_code as code_of
from veldwerk.team.hlc import Stamp
from veldwerk.team.merge import Conflict
from veldwerk.team.ops import Op


@dataclass(frozen=True)
class ColleagueInfo:
    name: str
    organisation: str
    device_id: str
    safety_code: str
    removed: bool


@dataclass(frozen=True)
class ChoiceInfo:
    op: str
    value: Any
    by: str
    """who made it: a colleague's name, or this profile's user"""
    at: datetime
    """when (UTC, by the maker's clock)"""


@dataclass(frozen=True)
class ConflictInfo:
    ref: str
    id: str
    kind: str
    field: str
    choices: tuple[ChoiceInfo, ...]


def domain_colleague(c: StoredColleague) -> Colleague:
    return Colleague(c.device_id, c.name, c.organisation, c.removed)


def colleague_info(c: StoredColleague) -> ColleagueInfo:
    code = code_of(c.signing_key, c.exchange_key)
    return ColleagueInfo(c.name, c.organisation, c.device_id, code, c.removed)


def shared_tag(uow: UnitOfWork, family: Family) -> str | None:
    found = uow.team.shared_one(family_id=family.key)
    return found.tag if found is not None and found.state == "shared" else None


class TeamService:
    def __init__(self, db: Database, families: FamilyService, journal: TeamJournal) -> None:
        self._db = db
        self._families = families
        self._journal = journal

    # ---- this profile --------------------------------------------------------------------
    def _me(self, uow: UnitOfWork) -> tuple[str, str]:
        name = (uow.settings.get("user_name") or "").strip()
        organisation = (uow.settings.get("organisation") or "").strip()
        if not name or not organisation:
            raise DomainError("team.no_user_name")
        return name, organisation

    def write_card(self, path: Path) -> str:
        """Write this profile's colleague card to `path`; returns its safety code."""
        with self._db.unit_of_work(write=True) as uow:
            name, organisation = self._me(uow)
            me = identity(uow)
            uow.commit()
        write_atomically(Path(path), write_card(me, name, organisation), 0o644)
        return code_of(me.signing_public, me.exchange_public)

    def safety_code(self) -> str:
        with self._db.unit_of_work(write=True) as uow:
            me = identity(uow)
            uow.commit()
        return code_of(me.signing_public, me.exchange_public)

    # ---- colleagues ----------------------------------------------------------------------
    @staticmethod
    def read_card(path: Path) -> Card:
        """The colleague card in the file `path` (to show before it is added)."""
        try:
            return read_card(read_bounded(Path(path), MAX_CARD_BYTES))
        except (CardError, RefusedFile):
            raise DomainError("team.not_a_card", "file", {"path": str(path)}) from None
        except OSError:
            raise DomainError("team.card_unreadable", "file", {"path": str(path)}) from None

    def add_colleague(self, path: Path, code: str) -> ColleagueInfo:
        """Take in the colleague card at `path`, only with its safety code as the colleague
        read it out (`code`)."""
        card = self.read_card(path)
        if not same_code(code, card.safety_code):
            raise DomainError("team.wrong_code", "code", {"name": card.name})
        with self._db.unit_of_work(write=True) as uow:
            if card.device_id == identity(uow).device_id:
                raise DomainError("team.own_card", "file")
            uow.team.save_colleague(
                card.device_id, card.name, card.organisation, card.signing_key, card.exchange_key
            )
            found = next(c for c in uow.team.colleagues() if c.device_id == card.device_id)
            uow.commit()
        return colleague_info(found)

    def colleagues(self, *, uow: UnitOfWork | None = None) -> builtins.list[ColleagueInfo]:
        with unit_of_work(self._db, uow) as uow:
            return [colleague_info(c) for c in uow.team.colleagues()]

    def _colleague(self, uow: UnitOfWork, name: str) -> StoredColleague:
        wanted = " ".join(name.split()).casefold()
        found = [c for c in uow.team.colleagues() if " ".join(c.name.split()).casefold() == wanted]
        if not found:
            raise DomainError("team.unknown_colleague", "name", {"name": name})
        if len(found) > 1:
            raise DomainError("team.ambiguous_colleague", "name", {"name": name})
        return found[0]

    def remove_colleague(self, name: str) -> ColleagueInfo:
        """Nothing of the colleague is read any more and nothing is sent to them (their card
        can be taken in again later)."""
        with self._db.unit_of_work(write=True) as uow:
            found = self._colleague(uow, name)
            uow.team.remove_colleague(found.device_id)
            uow.commit()
        return colleague_info(found)

    def link(self, ref: str, network_id: str, name: str | None) -> None:
        """Say that the network member `network_id` of the family is the colleague `name`
        (None: no explicit link; name and organisation decide again)."""
        with self._db.unit_of_work(write=True) as uow:
            family = self._families.get(ref, uow=uow)
            if family.network_member(network_id) is None:
                raise DomainError("team.no_such_person", "network_id", {"id": network_id})
            device = self._colleague(uow, name).device_id if name is not None else None
            assert family.key is not None
            uow.team.set_link(family.key, network_id, device)
            uow.commit()

    def colleague_of(self, ref: str, network_id: str) -> ColleagueInfo | None:
        """The known colleague that the network member `network_id` is, or None."""
        with self._db.unit_of_work() as uow:
            family = self._families.get(ref, uow=uow)
            person = family.network_member(network_id)
            stored = {c.device_id: c for c in uow.team.colleagues()}
            links = uow.team.links([family.key or 0]).get(family.key or 0, {})
            found = (
                colleague_of(person, [domain_colleague(c) for c in stored.values()], links)
                if person is not None
                else None
            )
        return colleague_info(stored[found.device_id]) if found is not None else None

    # ---- sharing -------------------------------------------------------------------------
    def recipients_of(self, uow: UnitOfWork, family: Family) -> builtins.list[Colleague]:
        """Who receives `family` today (the domain's rule)."""
        assert family.key is not None
        links = uow.team.links([family.key]).get(family.key, {})
        known = [domain_colleague(c) for c in uow.team.colleagues()]
        me = identity(uow).device_id
        return recipients(family.contacts, family.network, known, links, today_clock.today(), me)

    def share(self, ref: str, with_name: str) -> builtins.list[str]:
        """Start sharing the family with the colleague `with_name`, who must hold a current
        contact role in it; returns the names of everyone who will receive it. The family
        travels at the next `TeamSync.sync`."""
        with self._db.unit_of_work(write=True) as uow:
            self._me(uow)
            if not uow.settings.get("team_folder"):
                raise DomainError("team.no_folder")
            family = self._families.get(ref, uow=uow)
            colleague = domain_colleague(self._colleague(uow, with_name))
            receiving = self.recipients_of(uow, family)
            refusal = refusal_to_share(colleague, receiving, identity(uow).device_id)
            if refusal is not None:
                raise DomainError(refusal, "name", {"name": colleague.name, "ref": ref})
            if shared_tag(uow, family) is None:
                self._journal.start(uow, family)
            names = [c.name for c in receiving]
            uow.commit()
        return names

    # ---- conflicts -----------------------------------------------------------------------
    def _names(self, uow: UnitOfWork) -> dict[str, str]:
        names = {c.device_id: c.name for c in uow.team.colleagues()}
        names[identity(uow).device_id] = uow.settings.get("user_name") or ""
        return names

    def conflicts(self, ref: str | None = None) -> builtins.list[ConflictInfo]:
        """Every conflict of every shared family (or of the family `ref`), by family."""
        with self._db.unit_of_work(write=True) as uow:
            names = self._names(uow)
            out: builtins.list[ConflictInfo] = []
            for shared in uow.team.shared():
                if shared.family_id is None:
                    continue
                family = uow.families.load(shared.family_id)
                if family is None or (ref is not None and family.ref != ref):
                    continue
                state = self._journal.state(uow, shared.tag)
                out += [info_of(family.ref, c, names) for c in state.conflicts()]
            uow.commit()
        return out

    def resolve(self, ref: str, conflict_id: str, choice: int) -> None:
        """Resolve the conflict `conflict_id` of the family with its `choice` (1 for the first
        one listed). For a field: that value holds from now on, everywhere. For a deletion:
        the deletion is acknowledged. For an erasure: 1 erases the family, any other keeps it."""
        erase = False
        with self._db.unit_of_work(write=True) as uow:
            family = self._families.get(ref, uow=uow)
            tag = shared_tag(uow, family)
            state = self._journal.state(uow, tag) if tag else None
            found = (
                next((c for c in state.conflicts() if c.id == conflict_id), None) if state else None
            )
            if tag is None or state is None or found is None:
                raise DomainError("team.no_such_conflict", "conflict", {"id": conflict_id})
            if not 1 <= choice <= len(found.choices):
                raise DomainError("team.no_such_choice", "choice", {"n": len(found.choices)})
            clock = self._journal.clock(uow)
            stamp = clock.tick().text()
            if found.kind == "field":
                value = found.choices[choice - 1].value
                op = Op(
                    stamp,
                    "mv",
                    "family",
                    tag,
                    {found.field: value},
                    tuple(state.heads(found.field)),
                )
            elif found.kind == "erasure" and choice == 1:
                erase = True
                op = None
            else:
                target = found.choices[0].op
                op = Op(stamp, "ack", "family", tag, target=target)
            if op is not None:
                uow.team.add_ops(tag, [(op.id, op_body(op))], unsent=True)
                state.apply(op)
                for extra in found.choices[1:]:
                    if found.kind == "deleted" and extra.value == "deleted":
                        more = Op(clock.tick().text(), "ack", "family", tag, target=extra.op)
                        uow.team.add_ops(tag, [(more.id, op_body(more))], unsent=True)
                        state.apply(more)
                merged = state.materialise()
                if merged is not None:
                    self._journal.write(uow, tag, merged, family.key)
            self._journal.save_clock(uow, clock)
            uow.commit()
        if erase:
            self._families.erase(ref)


def info_of(ref: str, conflict: Conflict, names: dict[str, str]) -> ConflictInfo:
    """A conflict as the app and the command line show it: each choice with who and when."""
    choices = []
    for choice in conflict.choices:
        stamp = Stamp.parse(choice.op)
        at = datetime.fromtimestamp(stamp.ms / 1000, UTC).replace(tzinfo=None)
        choices.append(ChoiceInfo(choice.op, choice.value, names.get(stamp.device, ""), at))
    return ConflictInfo(ref, conflict.id, conflict.kind, conflict.field, tuple(choices))
