"""`veldwerk team sync`: read what colleagues wrote into the team folder, then write what
changed here. Offline nothing waits: the next sync catches up.

Reading: every file of a known colleague not read before is read by the hostile-folder rules
(`team.folder`), verified, decrypted when it is for this profile, and its new ops are folded in;
each family they touch is merged and written to the store in one transaction. A file that does
not verify yet (still arriving, or tampered with) is tried again next time and listed as
waiting; one that verifies but is refused is listed with its reason and not read again.

Writing: for each shared family, its recipients now (`domain.team.recipients`) are compared with
the devices that have it. A new one gets every op of the family; the others get the ops made
here since the last sync (and those passed on for them); one that is no longer a recipient gets
a revocation, and its veldwerk erases its copy on reading it (cooperative: docs/team-sharing.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from veldwerk.domain import clock as today_clock
from veldwerk.domain.consent import takes_out_of_learning_data
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family
from veldwerk.domain.team import recipients
from veldwerk.progress import CancelToken, Progress, check, report
from veldwerk.services.families import FamilyService
from veldwerk.services.learning import LearningService
from veldwerk.services.team import domain_colleague
from veldwerk.services.team_journal import TeamJournal, identity, op_body
from veldwerk.store.database import Database, UnitOfWork
from veldwerk.store.team_repo import SharedFamily, StoredColleague
from veldwerk.team import folder as team_folder
from veldwerk.team.changeset import (
    ChangeSetError,
    Recipient,
    decode_payload,
    encode_payload,
    open_change_set,
    seal,
)
from veldwerk.team.hlc import Stamp
from veldwerk.team.identity import DeviceIdentity
from veldwerk.team.merge import FamilyState
from veldwerk.team.ops import BadOp, Op, op_from_json

SEQ_KEY = "seq"


@dataclass(frozen=True)
class Notice:
    """A file of the team folder that was not taken: whose folder (`device`; `who` is the
    colleague's name when known), which file, and why (`reason`, a ``team.reason.*`` code)."""

    device: str
    who: str
    file: str
    reason: str


@dataclass(frozen=True)
class SyncResult:
    sent: int = 0
    received: int = 0
    new: tuple[str, ...] = ()
    """refs of the families that arrived here for the first time"""
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    """refs of the families erased here (revoked, or erased by a colleague)"""
    refused: tuple[Notice, ...] = ()
    waiting: tuple[Notice, ...] = ()


@dataclass
class _Reading:
    states: dict[str, FamilyState] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)
    covered: dict[str, list[tuple[list[str], set[str]]]] = field(default_factory=dict)
    revoked: set[str] = field(default_factory=set)
    withdrawn: bool = False
    read: list[tuple[str, str, str]] = field(default_factory=list)
    refused: list[Notice] = field(default_factory=list)
    waiting: list[Notice] = field(default_factory=list)
    received: int = 0


class TeamSync:
    def __init__(
        self,
        db: Database,
        families: FamilyService,
        journal: TeamJournal,
        learning: LearningService,
    ) -> None:
        self._db = db
        self._families = families
        self._journal = journal
        self._learning = learning

    def _folder(self, uow: UnitOfWork) -> Path:
        value = uow.settings.get("team_folder")
        if not value:
            raise DomainError("team.no_folder")
        return Path(value)

    def sync(
        self, progress: Progress | None = None, cancel: CancelToken | None = None
    ) -> SyncResult:
        """Read, then write. Raises DomainError ``team.no_folder`` or
        ``team.folder_<reason>`` when the team folder cannot be used."""
        try:
            received = self._receive(progress, cancel)
            sent = self._send()
        except team_folder.FolderError as exc:
            raise DomainError(f"team.folder_{exc.reason}") from None
        return replace(received, sent=sent)

    # ---- reading -------------------------------------------------------------------------
    def _receive(self, progress: Progress | None, cancel: CancelToken | None) -> SyncResult:
        new: list[str] = []
        updated: list[str] = []
        gone: list[str] = []
        with self._db.unit_of_work(write=True) as uow:
            folder = self._folder(uow)
            me = identity(uow)
            colleagues = {c.device_id: c for c in uow.team.colleagues()}
            found, skipped = team_folder.scan(folder, me.device_id, colleagues)
            done = uow.team.files_read()
            todo = [f for f in found if (f.device, f.name) not in done]
            reading = _Reading()
            reading.refused += [
                Notice(s.device, _who(colleagues, s.device), s.name, f"team.reason.{s.reason}")
                for s in skipped
            ]
            clock = self._journal.clock(uow)
            for i, item in enumerate(todo):
                check(cancel)
                report(progress, i, len(todo))
                self._read_one(uow, me, colleagues, item, reading, clock.seen)
            uow.team.mark_read(reading.read)
            self._journal.save_clock(uow, clock)
            # what arrived, what could not be stored before, and what changed here (so the
            # store holds the merged family, in the merged order, on every device alike)
            local = uow.team.tags_unsent()
            for tag in sorted(reading.touched | self._unplaced(uow) | local):
                outcome = self._merge(uow, tag, reading, me)
                if outcome is not None and tag in reading.touched:
                    (new if outcome[0] == "new" else updated).append(outcome[1])
            withdrawal = self._learning.drop_waiting_when(lambda: reading.withdrawn)
            erase = [(tag, ref) for tag, ref in self._to_erase(uow, reading)]
            uow.commit()
        if reading.withdrawn:
            self._learning.rebuild_waiting(withdrawal)
        for tag, ref in erase:
            self._families.erase(ref, tell_colleagues=False)
            with self._db.unit_of_work(write=True) as uow:
                uow.team.forget_family(tag, "revoked" if tag in reading.revoked else "erased")
                uow.commit()
            gone.append(ref)
        return SyncResult(
            received=reading.received,
            new=tuple(new),
            updated=tuple(r for r in updated if r not in gone),
            removed=tuple(gone),
            refused=tuple(reading.refused),
            waiting=tuple(reading.waiting),
        )

    def _read_one(
        self,
        uow: UnitOfWork,
        me: DeviceIdentity,
        colleagues: dict[str, StoredColleague],
        item: team_folder.Found,
        reading: _Reading,
        seen: Callable[[Stamp], None],
    ) -> None:
        who = _who(colleagues, item.device)

        def notice(reason: str, *, waiting: bool = False) -> None:
            entry = Notice(item.device, who, item.name, f"team.reason.{reason}")
            (reading.waiting if waiting else reading.refused).append(entry)
            if not waiting:
                reading.read.append((item.device, item.name, reason))

        if colleagues[item.device].removed:
            reading.refused.append(Notice(item.device, who, item.name, "team.reason.removed"))
            return
        try:
            data = team_folder.read_change_set(item)
        except team_folder.RefusedFile as exc:
            reading.refused.append(Notice(item.device, who, item.name, f"team.reason.{exc.reason}"))
            return
        except OSError:
            notice("unreadable", waiting=True)
            return
        known = {d: c.signing_key for d, c in colleagues.items() if not c.removed}
        try:
            opened = open_change_set(data, known)
            if opened.device != item.device or team_folder.file_name(opened.seq) != item.name:
                first = (opened.device, team_folder.file_name(opened.seq))
                replay = first in uow.team.files_read() or first in {
                    (d, n) for d, n, _o in reading.read
                }
                notice("replayed" if replay else "wrong_place")
                return
            plain = opened.decrypt(me)
            if plain is None:
                reading.read.append((item.device, item.name, "not_for_me"))
                return
            payload = decode_payload(plain)
            ops = [op_from_json(x) for x in payload.get("ops", [])]
        except ChangeSetError as exc:
            notice(exc.reason, waiting=not exc.verified)
            return
        except BadOp:
            notice("damaged")
            return
        shared = uow.team.shared_one(tag=opened.family)
        if shared is not None and shared.state != "shared":
            notice("family_gone")
            return
        if shared is not None and opened.device not in self._peers_of(uow, shared):
            notice("not_a_peer")
            return
        reading.read.append((item.device, item.name, "applied"))
        reading.received += 1
        tag = opened.family
        if payload.get("revoked"):
            if shared is not None:
                reading.revoked.add(tag)
            return
        if shared is None:
            uow.team.add_shared(tag, None, opened.device)
        if any(op.record != tag and op.type == "family" for op in ops):
            notice("damaged")
            return
        state = reading.states.get(tag) or self._journal.state(uow, tag)
        reading.states[tag] = state
        fresh = [op for op in ops if state.apply(op)]
        uow.team.add_ops(tag, [(op.id, op_body(op)) for op in fresh], unsent=False)
        uow.team.add_peers(tag, {opened.device, *opened.recipients})
        if fresh:
            reading.touched.add(tag)
            latest = max(op.id for op in fresh)
            seen(Stamp.parse(latest))
            reading.covered.setdefault(tag, []).append(
                ([op.id for op in fresh], {opened.device, *opened.recipients})
            )

    @staticmethod
    def _peers_of(uow: UnitOfWork, shared: SharedFamily) -> set[str]:
        return uow.team.peers().get(shared.tag, set()) | {shared.origin}

    @staticmethod
    def _unplaced(uow: UnitOfWork) -> set[str]:
        """Shared families that arrived but could not be stored yet (tried again)."""
        return {s.tag for s in uow.team.shared() if s.family_id is None}

    def _merge(
        self, uow: UnitOfWork, tag: str, reading: _Reading, me: DeviceIdentity
    ) -> tuple[str, str] | None:
        state = reading.states.get(tag) or self._journal.state(uow, tag)
        shared = uow.team.shared_one(tag=tag)
        assert shared is not None
        merged = state.materialise()
        if merged is None or state.erased:
            return None
        fid = shared.family_id
        if fid is None and uow.families.id_of(merged.family.ref) is not None:
            reading.waiting.append(
                Notice(shared.origin, "", merged.family.ref, "team.reason.ref_exists")
            )
            return None
        before = uow.families.load(fid) if fid is not None else None
        if before is not None and takes_out_of_learning_data(before, merged.family):
            reading.withdrawn = True
        fid = self._journal.write(uow, tag, merged, fid)
        for op_ids, covered in reading.covered.get(tag, []):
            family = uow.families.load(fid)
            assert family is not None
            for device in self._recipient_ids(uow, family, me) - covered:
                uow.team.add_forward(tag, device, op_ids)
        return ("new" if before is None else "updated", merged.family.ref)

    def _to_erase(self, uow: UnitOfWork, reading: _Reading) -> Iterable[tuple[str, str]]:
        for tag in sorted(reading.revoked | reading.touched):
            shared = uow.team.shared_one(tag=tag)
            state = reading.states.get(tag)
            erased = state is not None and state.erased
            if shared is None or shared.family_id is None or not (erased or tag in reading.revoked):
                continue
            family = uow.families.load(shared.family_id)
            if family is not None:
                yield tag, family.ref

    # ---- writing -------------------------------------------------------------------------
    def _recipient_ids(self, uow: UnitOfWork, family: Family, me: DeviceIdentity) -> set[str]:
        fid = family.key or 0
        known = [domain_colleague(c) for c in uow.team.colleagues()]
        links = uow.team.links([fid]).get(fid, {})
        found = recipients(
            family.contacts,
            family.network,
            known,
            links,
            today_clock.today(),
            me.device_id,
        )
        return {c.device_id for c in found}

    def _send(self) -> int:
        with self._db.unit_of_work(write=True) as uow:
            folder = self._folder(uow)
            me = identity(uow)
            stored = uow.team.colleagues()
            keys = {c.device_id: c.exchange_key for c in stored}  # a removed one: to revoke
            colleagues = {c.device_id: c for c in stored if not c.removed}
            shared = [s for s in uow.team.shared(None) if s.state in ("shared", "erased")]
            placed = [s for s in shared if s.state == "shared" and s.family_id is not None]
            roles = uow.team.roles_of(s.family_id for s in placed if s.family_id is not None)
            links = uow.team.links(s.family_id for s in placed if s.family_id is not None)
            known = [domain_colleague(c) for c in colleagues.values()]
            peers = uow.team.peers()
            unsent = uow.team.unsent()
            forwards = uow.team.forwards()
            today = today_clock.today()
            files: list[tuple[str, list[str], dict[str, object]]] = []
            for s in placed:
                assert s.family_id is not None
                contacts, network = roles[s.family_id]
                now = {
                    c.device_id
                    for c in recipients(
                        contacts, network, known, links.get(s.family_id, {}), today, me.device_id
                    )
                }
                had = peers.get(s.tag, set()) - {me.device_id}
                fresh = now - had
                if fresh:
                    bodies = [json.loads(b) for b in uow.team.op_bodies(s.tag)]
                    files.append((s.tag, sorted(fresh), {"ops": bodies}))
                    uow.team.add_peers(s.tag, fresh)
                steady = sorted(now & had)
                if unsent.get(s.tag) and steady:
                    files.append(
                        (s.tag, steady, {"ops": [json.loads(b) for _i, b in unsent[s.tag]]})
                    )
                uow.team.mark_sent(s.tag)
                for device in sorted(had - now):
                    if device in keys:
                        files.append((s.tag, [device], {"revoked": True}))
                    uow.team.remove_peer(s.tag, device)
            for (tag, device), op_ids in sorted(forwards.items()):
                if device in colleagues:
                    ops = [json.loads(b) for _i, b in uow.team.ops_by_id(op_ids)]
                    if ops:
                        files.append((tag, [device], {"ops": ops}))
                uow.team.clear_forward(tag, device)
            seq = int(uow.team.state(SEQ_KEY) or "0")
            for tag, devices, payload in files:
                seq += 1
                targets = [Recipient(d, keys[d]) for d in devices]
                data = seal(
                    encode_payload(payload), writer=me, family=tag, seq=seq, recipients=targets
                )
                team_folder.write_change_set(folder, me.device_id, seq, data)
            uow.team.set_state(SEQ_KEY, str(seq))
            uow.commit()
        return len(files)


def _who(colleagues: dict[str, StoredColleague], device: str) -> str:
    found = colleagues.get(device)
    return found.name if found is not None else ""


def ops_of(bodies: Iterable[str]) -> list[Op]:
    return [op_from_json(json.loads(b)) for b in bodies]
