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
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from veldwerk.domain import clock as today_clock
from veldwerk.domain.consent import takes_out_of_learning_data
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family
from veldwerk.domain.team import recipients
from veldwerk.progress import CancelToken, Progress, check, report
from veldwerk.services import access_team
from veldwerk.services.families import FamilyService
from veldwerk.services.learning import LearningService
from veldwerk.services.team import domain_colleague
from veldwerk.services.team_inbox import Inbox, Notice
from veldwerk.services.team_journal import SEEN_KEY, TeamJournal, identity
from veldwerk.store.database import Database, UnitOfWork
from veldwerk.store.team_repo import WAITING
from veldwerk.team import folder as team_folder
from veldwerk.team.away import newest_op
from veldwerk.team.changeset import (
    Recipient,
    encode_payload,
    seal,
)
from veldwerk.team.identity import DeviceIdentity

SEQ_KEY = "seq"


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
            inbox = Inbox(uow, self._journal, me, colleagues, self._journal.clock(uow))
            inbox.skipped(skipped)
            todo = inbox.unread(found)
            for i, item in enumerate(todo):
                check(cancel)
                report(progress, i, len(todo))
                inbox.read(item)
            inbox.store()
            # what arrived, what could not be stored before, and what changed here (so the
            # store holds the merged family, in the merged order, on every device alike)
            local = uow.team.tags_unsent()
            withdrawn = False
            for tag in sorted(inbox.touched | self._unplaced(uow) | local):
                outcome = self._merge(uow, tag, inbox, me)
                if outcome is not None and tag in inbox.touched:
                    (new if outcome[0] == "new" else updated).append(outcome[1])
                withdrawn = withdrawn or (outcome is not None and outcome[2])
            withdrawal = self._learning.drop_waiting_when(lambda: withdrawn)
            erase = list(self._to_erase(uow, inbox))
            uow.commit()
        if withdrawn:
            self._learning.rebuild_waiting(withdrawal)
        for tag, ref in erase:
            self._families.erase(ref, tell_colleagues=False)
            with self._db.unit_of_work(write=True) as uow:
                uow.team.forget_family(tag, "revoked" if tag in inbox.revoked else "erased")
                uow.commit()
            gone.append(ref)
        return SyncResult(
            received=inbox.received,
            new=tuple(new),
            updated=tuple(r for r in updated if r not in gone),
            removed=tuple(gone),
            refused=tuple(inbox.refused),
            waiting=tuple(inbox.waiting),
        )

    @staticmethod
    def _unplaced(uow: UnitOfWork) -> set[str]:
        """Shared families whose merged state could not be stored yet (a reference another
        family here has): tried again at every sync."""
        return {s.tag for s in uow.team.shared() if s.family_id is None} | set(
            uow.team.waiting_tags()
        )

    def _merge(
        self, uow: UnitOfWork, tag: str, inbox: Inbox, me: DeviceIdentity
    ) -> tuple[str, str, bool] | None:
        """Write the merged family `tag` into the store; ("new" or "updated", its ref, whether
        the change took it out of the learning data), or None when there is nothing to write."""
        state = inbox.states.get(tag) or self._journal.state(uow, tag)
        shared = uow.team.shared_one(tag=tag)
        assert shared is not None
        merged = state.materialise()
        if merged is None or state.erased:
            return None
        fid = shared.family_id
        holder = uow.families.id_of(merged.family.ref)
        if holder is not None and holder != fid:  # another family here has that reference
            notice = Notice(shared.origin, inbox.who(shared.origin), "", "team.reason.ref_exists")
            inbox.waiting.append(notice)
            uow.team.set_state(WAITING + tag, merged.family.ref)
            return None
        uow.team.drop_state(WAITING + tag)
        before = uow.families.load(fid) if fid is not None else None
        withdrawn = before is not None and takes_out_of_learning_data(before, merged.family)
        fid = self._journal.write(uow, tag, merged, fid, before)
        after = uow.families.load(fid)
        if tag in inbox.touched and after is not None:
            ops = [i for batch, _ in inbox.covered.get(tag, []) for i in batch]
            devices = access_team.authors(ops)
            access_team.received(uow, after, before, devices, inbox.colleagues, shared.origin)
        if before is None:  # what came with the first share is not news
            uow.team.set_state(SEEN_KEY + tag, newest_op(state))
        batches = inbox.covered.get(tag, [])
        if batches:  # what arrived goes on to a recipient the writer did not send it to
            now = self._recipient_ids(uow, replace(merged.family, key=fid), me)
            for op_ids, covered in batches:
                for device in sorted(now - covered):
                    uow.team.add_forward(tag, device, op_ids)
        return ("new" if before is None else "updated", merged.family.ref, withdrawn)

    def _to_erase(self, uow: UnitOfWork, inbox: Inbox) -> Iterable[tuple[str, str]]:
        for tag in sorted(inbox.revoked | inbox.touched):
            shared = uow.team.shared_one(tag=tag)
            state = inbox.states.get(tag)
            erased = state is not None and state.erased
            if shared is None or shared.family_id is None or not (erased or tag in inbox.revoked):
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
                    access_team.shared(uow, s.family_id, fresh, colleagues)
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
