"""Drafts: what a dialog held, typed but not saved yet, kept inside the encrypted store (never
in a file of its own) so that a lock, an auto-lock or a crash loses at most the last seconds.

The rules are `domain.drafts`': one draft per slot (dialog kind, family, record), plain JSON
values within a size bound, stale after a month. `pending()` gives what to offer back after
unlocking, each draft with its family's name and whether the record it changed still exists;
a draft whose payload cannot be read comes with its problem instead of values (the caller says
so calmly and throws it away). A family's erasure removes its drafts (the store's foreign key).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from veldwerk.domain.drafts import (
    RECORD_COLLECTIONS,
    DraftKey,
    Values,
    decode_values,
    encode_values,
    is_stale,
)
from veldwerk.domain.errors import DomainError
from veldwerk.store.database import Database

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Draft:
    """A draft to offer back. `values` is None when the payload could not be read; `problem`
    (a message code) says why. `record_gone`: the record it changed was deleted meanwhile."""

    key: DraftKey
    values: Values | None
    updated_at: datetime
    family_ref: str | None = None
    family_name: str | None = None
    record_gone: bool = False
    problem: str | None = None
    problem_params: tuple[tuple[str, object], ...] = ()


class DraftService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, key: DraftKey, values: Values) -> None:
        """Keep `values` as the draft of `key` (replacing the one before). DomainError
        ``draft.too_large`` (nothing kept, an older draft of the slot removed)."""
        try:
            payload = encode_values(values)
        except DomainError:
            self.discard(key)
            raise
        with self._db.unit_of_work(write=True) as uow:
            uow.drafts.put(key.slot, key.kind, key.family_key, key.record_key, payload, _now())
            uow.commit()

    def discard(self, key: DraftKey) -> None:
        """Throw the draft of `key` away (saved normally, or the user chose so)."""
        with self._db.unit_of_work(write=True) as uow:
            if uow.drafts.remove(key.slot):
                uow.commit()

    def count(self) -> int:
        with self._db.unit_of_work() as uow:
            return uow.drafts.count()

    def pending(self, now: datetime | None = None) -> list[Draft]:
        """The drafts to offer back, the newest first; stale ones are removed here."""
        moment = now or _now()
        out: list[Draft] = []
        stale: list[str] = []
        with self._db.unit_of_work() as uow:
            for row in uow.drafts.all():
                if is_stale(row.updated_at, moment):
                    stale.append(row.slot)
                    continue
                try:
                    key = DraftKey(row.kind, row.family_key, row.record_key)
                except DomainError:
                    stale.append(row.slot)
                    continue
                gone = False
                collection = RECORD_COLLECTIONS.get(row.kind)
                if collection and row.family_key is not None and row.record_key is not None:
                    gone = not uow.drafts.record_exists(collection, row.family_key, row.record_key)
                base = Draft(key, None, row.updated_at, row.family_ref, row.family_name, gone)
                try:
                    out.append(replace(base, values=decode_values(row.payload)))
                except DomainError as err:
                    log.warning("a draft could not be read (%s)", err.code)
                    out.append(
                        replace(base, problem=err.code, problem_params=tuple(err.params.items()))
                    )
        if stale:
            with self._db.unit_of_work(write=True) as uow:
                for slot in stale:
                    uow.drafts.remove(slot)
                uow.commit()
            log.info("%d stale draft(s) removed", len(stale))
        return out
