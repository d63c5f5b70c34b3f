"""Reading the change sets colleagues wrote into the team folder, one file at a time, by the
hostile-folder rules, into the ops of their families (part of `TeamSync.sync`, in its unit of
work). What is read is kept in memory and stored once at the end (`Inbox.store`), so reading a
thousand files costs a thousand verifications, not a thousand rounds of queries.

A file is read only when it is a regular file of at most the cap (no links); it is verified
with the key of the colleague whose folder it is in before anything else; one that does not
verify yet is *waiting* (tried again next time); one that verifies but is refused is listed with
its reason and not read again: a copy of an earlier file (``replayed``) or a file outside its
writer's folder, a file for a family erased or revoked here, or from a colleague who was never
given the family (``not_a_peer``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from veldwerk.services.team_journal import TeamJournal, op_body
from veldwerk.store.database import UnitOfWork
from veldwerk.store.team_repo import SharedFamily, StoredColleague
from veldwerk.team import folder as team_folder
from veldwerk.team.changeset import ChangeSetError, decode_payload, open_change_set
from veldwerk.team.hlc import Clock, Stamp
from veldwerk.team.identity import DeviceIdentity
from veldwerk.team.merge import FamilyState
from veldwerk.team.ops import BadOp, op_from_json


@dataclass(frozen=True)
class Notice:
    """A file of the team folder that was not taken: whose folder (`device`; `who` is the
    colleague's name when known), which file, and why (`reason`, a ``team.reason.*`` code)."""

    device: str
    who: str
    file: str
    reason: str


@dataclass
class Inbox:
    """What one sync reads: the states of the families it touched, what each new op's writer
    already sent it to, revocations, and the notices."""

    uow: UnitOfWork
    journal: TeamJournal
    me: DeviceIdentity
    colleagues: dict[str, StoredColleague]
    clock: Clock
    states: dict[str, FamilyState] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)
    covered: dict[str, list[tuple[list[str], set[str]]]] = field(default_factory=dict)
    """tag -> [(new op ids, the devices that were sent them)]"""
    revoked: set[str] = field(default_factory=set)
    refused: list[Notice] = field(default_factory=list)
    waiting: list[Notice] = field(default_factory=list)
    received: int = 0
    _read: list[tuple[str, str, str]] = field(default_factory=list)
    _done: set[tuple[str, str]] = field(default_factory=set)
    _shared: dict[str, SharedFamily] = field(default_factory=dict)
    _peers: dict[str, set[str]] = field(default_factory=dict)
    _new_peers: dict[str, set[str]] = field(default_factory=dict)
    _ops: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    _new_tags: dict[str, str] = field(default_factory=dict)
    _reopened: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._done = self.uow.team.files_read()
        self._shared = {s.tag: s for s in self.uow.team.shared(None)}
        self._peers = self.uow.team.peers()

    def who(self, device: str) -> str:
        found = self.colleagues.get(device)
        return found.name if found is not None else ""

    def skipped(self, items: list[team_folder.Skipped]) -> None:
        for s in items:
            self.refused.append(
                Notice(s.device, self.who(s.device), s.name, f"team.reason.{s.reason}")
            )

    def unread(self, found: list[team_folder.Found]) -> list[team_folder.Found]:
        return [f for f in found if (f.device, f.name) not in self._done]

    def _notice(
        self, item: team_folder.Found, reason: str, *, waiting: bool = False, keep: bool = True
    ) -> None:
        entry = Notice(item.device, self.who(item.device), item.name, f"team.reason.{reason}")
        (self.waiting if waiting else self.refused).append(entry)
        if not waiting and keep:
            self._mark(item, reason)

    def _mark(self, item: team_folder.Found, outcome: str) -> None:
        self._read.append((item.device, item.name, outcome))
        self._done.add((item.device, item.name))

    def read(self, item: team_folder.Found) -> None:
        """Read one file and take its new ops (or its revocation)."""
        if self.colleagues[item.device].removed:
            self._notice(item, "removed", keep=False)
            return
        try:
            data = team_folder.read_change_set(item)
        except team_folder.RefusedFile as exc:
            self._notice(item, exc.reason, keep=False)
            return
        except OSError:
            self._notice(item, "unreadable", waiting=True)
            return
        known = {d: c.signing_key for d, c in self.colleagues.items() if not c.removed}
        try:
            opened = open_change_set(data, known)
            if opened.device != item.device or team_folder.file_name(opened.seq) != item.name:
                first = (opened.device, team_folder.file_name(opened.seq))
                self._notice(item, "replayed" if first in self._done else "wrong_place")
                return
            plain = opened.decrypt(self.me)
            if plain is None:
                self._mark(item, "not_for_me")
                return
            payload = decode_payload(plain)
            ops = [op_from_json(x) for x in payload.get("ops", [])]
        except ChangeSetError as exc:
            self._notice(item, exc.reason, waiting=not exc.verified)
            return
        except BadOp:
            self._notice(item, "damaged")
            return
        tag = opened.family
        if any(op.record != tag and op.type == "family" for op in ops):
            self._notice(item, "damaged")
            return
        shared = self._shared.get(tag)
        if shared is not None and shared.state == "revoked" and not payload.get("revoked"):
            # given back after a revocation (this profile holds a role again): a new share
            del self._shared[tag]
            self._reopened.add(tag)
            shared = None
        if shared is not None and shared.state != "shared":
            self._notice(item, "family_gone")
            return
        peers = self._peers.get(tag, set()) | self._new_peers.get(tag, set())
        if shared is not None and opened.device not in peers | {shared.origin}:
            self._notice(item, "not_a_peer")
            return
        self._mark(item, "applied")
        self.received += 1
        if payload.get("revoked"):
            if shared is not None:
                self.revoked.add(tag)
            return
        if shared is None:
            self._shared[tag] = SharedFamily(tag, None, "shared", opened.device)
            self._new_tags[tag] = opened.device
        state = self.states.get(tag)
        if state is None:
            state = self.states[tag] = self.journal.state(self.uow, tag)
        fresh = [op for op in ops if state.apply(op)]
        self._ops.setdefault(tag, []).extend((op.id, op_body(op)) for op in fresh)
        self._new_peers.setdefault(tag, set()).update({opened.device, *opened.recipients})
        if fresh:
            self.touched.add(tag)
            self.clock.seen(Stamp.parse(max(op.id for op in fresh)))
            self.covered.setdefault(tag, []).append(
                ([op.id for op in fresh], {opened.device, *opened.recipients})
            )

    def store(self) -> None:
        """Keep what was read: new shared families, their ops and peers, the files read."""
        team = self.uow.team
        for tag, origin in self._new_tags.items():
            if tag in self._reopened:
                team.reopen_shared(tag, origin)
            else:
                team.add_shared(tag, None, origin)
        for tag, ops in self._ops.items():
            team.add_ops(tag, ops, unsent=False)
        for tag, devices in self._new_peers.items():
            team.add_peers(tag, devices)
        team.mark_read(self._read)
        self.journal.save_clock(self.uow, self.clock)
