"""Families: list, search, read, import, export, edit and erase. Every edit loads the family,
applies the change, checks the whole family against the domain rules and stores only what
changed, in one transaction; a change that breaks a rule stores nothing."""

from __future__ import annotations

import builtins
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from veldwerk.domain import clock, closing, handover, model, rules
from veldwerk.domain.consent import takes_out_of_learning_data
from veldwerk.domain.errors import DomainError, Problem
from veldwerk.domain.model import FAMILY_DETAILS, Family, FamilySummary
from veldwerk.interchange import reader, writer
from veldwerk.progress import CancelToken, Progress, check, report
from veldwerk.services import access, import_checks
from veldwerk.services.learning import LearningService, WaitingExport
from veldwerk.services.team_journal import TeamJournal
from veldwerk.services.uow import unit_of_work
from veldwerk.store.database import Database, UnitOfWork

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class ImportResult:
    imported: int
    replaced: int
    refs: tuple[str, ...]
    waiting_export: WaitingExport = WaitingExport()
    """What became of a learning export still waiting, when a replaced family was in it."""


@dataclass(frozen=True)
class ConsentChange:
    family: Family
    waiting_export: WaitingExport
    """What became of a learning export still waiting, when consent was withdrawn."""


def _check(family: Family, today: date, prefix: str = "") -> None:
    problems = rules.validate_family(family, today)
    if problems:
        raise DomainError.from_problems(
            Problem(f"{prefix}{p.field}" if prefix else p.field, p.code, p.params) for p in problems
        )


def _replace_item(items: Sequence[T], key: int | None, new: T) -> tuple[T, ...]:
    if key is None:
        return (*items, new)
    out = list(items)
    for i, item in enumerate(out):
        if getattr(item, "key", None) == key:
            out[i] = new
            return tuple(out)
    raise DomainError("record.not_found")


def _without(items: Sequence[T], key: int) -> tuple[T, ...]:
    out = tuple(i for i in items if getattr(i, "key", None) != key)
    if len(out) == len(items):
        raise DomainError("record.not_found")
    return out


class FamilyService:
    """`db` holds the families; `backups_dir` the copies taken before a schema upgrade (removed
    after an erasure); `learning` drops and rebuilds the learning exports a change withdraws
    from; `journal` turns each change of a shared family into ops for its colleagues."""

    def __init__(
        self,
        db: Database,
        backups_dir: Path,
        learning: LearningService,
        journal: TeamJournal | None = None,
    ) -> None:
        self._db = db
        self._backups_dir = backups_dir
        self._learning = learning
        self._journal = journal or TeamJournal()

    def _lang(self, uow: UnitOfWork) -> str:
        return uow.settings.get("language") or "nl"

    # ---- reading -------------------------------------------------------------------------
    def list(
        self, *, query: str = "", status: str | None = None, phase: str | None = None
    ) -> list[FamilySummary]:
        """The family list, newest contact first; `query` matches ref, family and member names."""
        with self._db.unit_of_work() as uow:
            ids = uow.families.search(query) if query.strip() else None
            rows = uow.families.summaries(clock.today(), ids)
        return [
            r
            for r in rows
            if (status is None or r.status == status) and (phase is None or r.phase == phase)
        ]

    def get(self, ref: str, *, uow: UnitOfWork | None = None) -> Family:
        with unit_of_work(self._db, uow) as uow:
            return self._load(uow, ref)

    def get_by_key(self, key: int) -> Family:
        with self._db.unit_of_work() as uow:
            family = uow.families.load(key)
        if family is None:
            raise DomainError("record.not_found")
        return family

    def all(self, *, uow: UnitOfWork | None = None) -> builtins.list[Family]:
        """Every family, whole (one query per table)."""
        with unit_of_work(self._db, uow) as uow:
            return uow.families.load_all()

    def count(self, *, uow: UnitOfWork | None = None) -> int:
        with unit_of_work(self._db, uow) as uow:
            return uow.families.count()

    @staticmethod
    def _load(uow: UnitOfWork, ref: str) -> Family:
        fid = uow.families.id_of(ref)
        family = uow.families.load(fid) if fid is not None else None
        if family is None:
            raise DomainError("family.not_found", params={"ref": ref})
        return family

    # ---- import and export ---------------------------------------------------------------
    def import_file(
        self,
        path: Path,
        *,
        replace_existing: bool = False,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        """Import a case file: all or nothing. Any problem refuses the whole file, listing every
        problem by its place; nothing of a refused file is stored."""
        families = reader.read_case_file(path, clock.today())
        return self.import_families(
            families, replace_existing=replace_existing, progress=progress, cancel=cancel
        )

    def import_families(
        self,
        families: Sequence[Family],
        *,
        replace_existing: bool = False,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportResult:
        import_checks.refuse_invalid(families, clock.today())
        total = len(families)
        report(progress, 0, total)
        with self._db.unit_of_work(write=True) as uow:
            existing = {i: uow.families.id_of(f.ref) for i, f in enumerate(families)}
            clashes = import_checks.ref_clashes(families, existing, replace_existing)
            replaced = [x for x in existing.values() if x is not None]
            # a replaced family is erased: read them first (for a learning export waiting, for
            # what changed in a shared family, and to keep the explicit links of its network)
            exported = self._learning.exported()
            teamed = self._journal.kept_across_replace(uow)
            old = {fid: uow.families.load(fid) for fid in replaced if exported or fid in teamed}
            before = list(old.values()) if exported else []
            for fid in replaced:
                uow.families.erase(fid)
            check(cancel)

            def step(done: int) -> None:
                check(cancel)
                report(progress, done, total)

            new_ids = uow.families.insert_families(families, on_progress=step)
            pairs = []
            for i, old_id in existing.items():
                if old_id is not None:  # the access log follows the family to its new id
                    uow.access.move(old_id, new_ids[i])
                was = old.get(old_id) if old_id is not None else None
                now = uow.families.load(new_ids[i]) if was is not None else None
                if was is not None and now is not None:
                    pairs.append((was, now))
            self._journal.replaced(uow, pairs)
            stored_as = [replace(f, key=k) for f, k in zip(families, new_ids, strict=True)]
            access.record_many(uow, stored_as, "change", "case_file")
            check(cancel)
            withdrawal = self._learning.drop_waiting_when(
                lambda: any(takes_out_of_learning_data(b, None) for b in before)
            )
            uow.commit()
        if clashes:  # replaced families were erased: no old page may keep their text
            self._db.checkpoint()
            self._drop_automatic_backups()
        log.info("imported %d families (%d replaced)", total, len(clashes))
        waiting = self._learning.rebuild_waiting(withdrawal)
        return ImportResult(total, len(clashes), tuple(f.ref for f in families), waiting)

    def _families(self, refs: Iterable[str]) -> builtins.list[Family]:
        wanted = builtins.list(refs)
        with self._db.unit_of_work() as uow:
            return [self._load(uow, r) for r in wanted] if wanted else uow.families.load_all()

    def export_to(self, path: Path, refs: Iterable[str] = ()) -> int:
        """Write the case file to `path` atomically; returns the number of families."""
        from veldwerk.files import write_atomically

        families = self._families(refs)
        write_atomically(Path(path), writer.dump_case_file(families))
        with self._db.unit_of_work(write=True) as uow:
            access.record_many(uow, families, "export", "case_file")
            uow.commit()
        return len(families)

    # ---- whole family --------------------------------------------------------------------
    def create(self, family: Family) -> Family:
        """Add one new family (from the app); refused whole when it breaks a rule."""
        _check(family, clock.today())
        with self._db.unit_of_work(write=True) as uow:
            if uow.families.id_of(family.ref) is not None:
                raise DomainError("family.ref_exists", "ref", {"ref": family.ref})
            (fid,) = uow.families.insert_families([family])
            stored = uow.families.load(fid)
            assert stored is not None
            access.record_change(uow, None, stored)
            uow.commit()
        return stored

    def erase(
        self, ref: str, *, tell_colleagues: bool = True, why: Mapping[str, str] | None = None
    ) -> WaitingExport:
        """The right to erasure: the family and everything about it is removed, and no page of
        the database keeps its text; the audit log keeps only that a family was erased. A
        learning export still waiting with the family in it is rebuilt without it (or
        dropped). A shared family: with `tell_colleagues` its erasure goes to the colleagues
        who have it at the next sync (not when this profile erases its copy because it no
        longer holds a role). `why`: the tombstone's reason (`services.retention`)."""
        with self._db.unit_of_work(write=True) as uow:
            fid = uow.families.id_of(ref)
            if fid is None:
                raise DomainError("family.not_found", params={"ref": ref})
            withdrawal = self._learning.drop_waiting_when(
                lambda: takes_out_of_learning_data(uow.families.load(fid), None)
            )
            self._journal.erased(uow, fid, tell=tell_colleagues)
            uow.access.erase_family(fid)
            uow.families.erase(fid, why=why)
            uow.commit()
        self._db.checkpoint()
        self._drop_automatic_backups()
        log.info("family %d erased", fid)
        return self._learning.rebuild_waiting(withdrawal)

    def _drop_automatic_backups(self) -> None:
        """The copies taken automatically before a schema upgrade would still hold an erased
        family; they are removed (backups the user made elsewhere are the user's to delete)."""
        for copy in self._backups_dir.glob("before-upgrade-*"):
            copy.unlink(missing_ok=True)

    def update_details(self, ref: str, /, **changes: Any) -> Family:
        """Change the family's own fields (reference, name, status, dates, vulnerabilities,
        consent…); `ref` names the family as it is now (a new reference is ``ref=`` in
        `changes`), refused when another family has it."""
        unknown = set(changes) - set(FAMILY_DETAILS)
        if unknown:
            raise ValueError(f"not a family field: {sorted(unknown)}")
        if "vulnerabilities" in changes:
            changes["vulnerabilities"] = tuple(changes["vulnerabilities"])

        def apply(uow: UnitOfWork, f: Family) -> Family:
            new = closing.without_stale_closing(replace(f, **changes))
            if new.ref != f.ref and uow.families.id_of(new.ref) is not None:
                raise DomainError("family.ref_exists", "ref", {"ref": new.ref})
            return new

        return self._edit(ref, apply, lambda uow, fid, new: uow.families.update_family(fid, new))

    def set_consent(self, ref: str, consent: str) -> ConsentChange:
        """Store the family's consent for learning; withdrawing it also rebuilds (or drops) a
        learning export still waiting, as every edit does (`_edit`)."""
        family, waiting = self._edit_reporting(
            ref,
            lambda uow, f: replace(f, learning_consent=consent),
            lambda uow, fid, new: uow.families.update_family(fid, new),
        )
        return ConsentChange(family, waiting)

    # ---- records -------------------------------------------------------------------------
    def save_member(self, ref: str, member: model.Member) -> Family:
        return self._edit(
            ref,
            lambda uow, f: replace(f, members=_replace_item(f.members, member.key, member)),
            lambda uow, fid, new: uow.families.save_member(fid, member),
        )

    def delete_member(self, ref: str, key: int) -> Family:
        return self._edit(
            ref,
            lambda uow, f: replace(f, members=_without(f.members, key)),
            lambda uow, fid, new: uow.families.delete_member(fid, key),
        )

    def save_network_member(self, ref: str, person: model.NetworkMember) -> Family:
        return self._edit(
            ref,
            lambda uow, f: replace(f, network=_replace_item(f.network, person.key, person)),
            lambda uow, fid, new: uow.families.save_network_member(fid, person),
        )

    def delete_network_member(self, ref: str, key: int) -> Family:
        return self._edit(
            ref,
            lambda uow, f: replace(f, network=_without(f.network, key)),
            lambda uow, fid, new: uow.families.delete_network_member(fid, key),
        )

    def save_event(self, ref: str, event: model.Event) -> Family:
        return self._edit(
            ref,
            lambda uow, f: replace(f, journey=_replace_item(f.journey, event.key, event)),
            lambda uow, fid, new: uow.families.save_event(fid, event),
        )

    def delete_event(self, ref: str, key: int) -> Family:
        return self._edit(
            ref,
            lambda uow, f: replace(f, journey=_without(f.journey, key)),
            lambda uow, fid, new: uow.families.delete_event(fid, key),
        )

    def save_goal(self, ref: str, goal: model.Goal) -> Family:
        return self._edit(
            ref,
            lambda uow, f: replace(f, goals=_replace_item(f.goals, goal.key, goal)),
            lambda uow, fid, new: uow.families.save_goal(fid, goal),
        )

    def delete_goal(self, ref: str, key: int) -> Family:
        return self._edit(
            ref,
            lambda uow, f: replace(f, goals=_without(f.goals, key)),
            lambda uow, fid, new: uow.families.delete_goal(fid, key),
        )

    def save_reflection(self, ref: str, reflection: model.Reflection) -> Family:
        return self._edit(
            ref,
            lambda uow, f: replace(
                f, reflections=_replace_item(f.reflections, reflection.key, reflection)
            ),
            lambda uow, fid, new: uow.families.save_reflection(fid, reflection),
        )

    def delete_reflection(self, ref: str, key: int) -> Family:
        return self._edit(
            ref,
            lambda uow, f: replace(f, reflections=_without(f.reflections, key)),
            lambda uow, fid, new: uow.families.delete_reflection(fid, key),
        )

    def change_contact(
        self,
        ref: str,
        role: str,
        network_id: str | None,
        on: date | None = None,
        notes: handover.HandoverNotes = handover.NO_NOTES,
    ) -> Family:
        """A new vaste aanspreekpunt or achterwacht from `on` (default today): the old
        assignment ends, history is kept, and a `handover` event is added to the journey; the
        handover `notes` (reason, warm handover, note) go with the new assignment."""
        day = on or clock.today()
        holder: dict[str, handover.ContactChange] = {}

        def apply(uow: UnitOfWork, f: Family) -> Family:
            change = handover.change_contact(f, role, network_id, day, self._lang(uow), notes)
            holder["change"] = change
            return change.family

        def store(uow: UnitOfWork, fid: int, new: Family) -> None:
            change = holder["change"]
            if change.ended is not None:
                uow.families.save_contact(fid, change.ended)
            if change.removed is not None and change.removed.key is not None:
                uow.families.delete_contact(fid, change.removed.key)
            if change.started is not None:
                uow.families.save_contact(fid, change.started)
            uow.families.save_event(fid, change.event)

        return self._edit(ref, apply, store)

    # ---- the one edit path ---------------------------------------------------------------
    def edit(
        self,
        ref: str,
        apply: Callable[[UnitOfWork, Family], Family],
        store: Callable[[UnitOfWork, int, Family], Any],
    ) -> Family:
        """`_edit` for the use cases of other service modules (`services.closing`)."""
        return self._edit(ref, apply, store)

    def _edit(
        self,
        ref: str,
        apply: Callable[[UnitOfWork, Family], Family],
        store: Callable[[UnitOfWork, int, Family], Any],
    ) -> Family:
        return self._edit_reporting(ref, apply, store)[0]

    def _edit_reporting(
        self,
        ref: str,
        apply: Callable[[UnitOfWork, Family], Family],
        store: Callable[[UnitOfWork, int, Family], Any],
    ) -> tuple[Family, WaitingExport]:
        """Load, apply, check, store, in one transaction. A change that takes the family (or a
        reflection of it) out of the learning data also drops the learning exports still
        waiting, in the same step, and a new one replaces them once the change is stored."""
        with self._db.unit_of_work(write=True) as uow:
            family = self._load(uow, ref)
            assert family.key is not None
            new = apply(uow, family)
            _check(new, clock.today())
            try:
                store(uow, family.key, new)
            except LookupError as exc:
                raise DomainError("record.not_found") from exc
            withdrawal = self._learning.drop_waiting_when(
                lambda: takes_out_of_learning_data(family, new)
            )
            stored = uow.families.load(family.key)
            assert stored is not None
            self._journal.record(uow, family, stored)
            access.record_change(uow, family, stored)
            uow.commit()
        assert stored is not None
        waiting = self._learning.rebuild_waiting(withdrawal)
        return stored, waiting
