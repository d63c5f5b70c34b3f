"""The rules of drafts: what a dialog may keep of what was typed but not saved yet.

A draft belongs to one slot: one dialog kind for one record of one family (a new record, or a
new family, has no key). Its values are plain JSON (text, true/false, whole numbers, lists of
those, and objects of those, e.g. the rows of a goal's actions), at most `MAX_DRAFT_BYTES` once
encoded. A draft older than `STALE_AFTER` is stale: it is dropped rather than offered back.
Pure Python, no Qt, no database."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from veldwerk.domain.errors import DomainError

MAX_DRAFT_BYTES = 256 * 1024
"""The largest draft kept: far more than any form holds (a long reflection is a few KiB)."""
STALE_AFTER = timedelta(days=30)
"""A draft not touched for this long is no longer offered: after a month it is more likely to
mislead than to help."""
MAX_DEPTH = 4
KIND = re.compile(r"[a-z][a-z_]{0,31}")
RECORD_COLLECTIONS: dict[str, str] = {
    "member": "members",
    "network": "network",
    "event": "journey",
    "goal": "goals",
    "reflection": "reflections",
}
"""The dialog kinds that edit one record of a family, and the family's collection it lives in
(to tell whether the record still exists)."""

Values = dict[str, object]


@dataclass(frozen=True)
class DraftKey:
    """Which dialog a draft is of: `kind` (``event``, ``family_details``, ``new_family`` …),
    the family's key (None: a new family), the record's key (None: a new record)."""

    kind: str
    family_key: int | None = None
    record_key: int | None = None

    def __post_init__(self) -> None:
        if not KIND.fullmatch(self.kind):
            raise DomainError("draft.bad_kind")

    @property
    def slot(self) -> str:
        """One draft per slot: saving again replaces the draft."""
        family = "new" if self.family_key is None else str(self.family_key)
        record = "new" if self.record_key is None else str(self.record_key)
        return f"{self.kind}:{family}:{record}"


def _plain(value: object, depth: int = 0) -> bool:
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if depth >= MAX_DEPTH:
        return False
    if isinstance(value, (list, tuple)):
        return all(_plain(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v, depth + 1) for k, v in value.items())
    return False


def encode_values(values: Values) -> str:
    """The payload kept in the store; DomainError ``draft.too_large`` above the bound,
    ``draft.unreadable`` for values that are not plain JSON."""
    if not isinstance(values, dict) or not _plain(values):
        raise DomainError("draft.unreadable")
    payload = json.dumps(values, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    if len(payload.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise DomainError("draft.too_large", params={"kib": MAX_DRAFT_BYTES // 1024})
    return payload


def decode_values(payload: str) -> Values:
    """The values of a stored payload, read with the same bounds as they were written;
    DomainError ``draft.too_large`` or ``draft.unreadable`` otherwise (never a traceback)."""
    if len(payload) > MAX_DRAFT_BYTES or len(payload.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise DomainError("draft.too_large", params={"kib": MAX_DRAFT_BYTES // 1024})
    try:
        values = json.loads(payload)
    except (ValueError, RecursionError) as exc:
        raise DomainError("draft.unreadable") from exc
    if not isinstance(values, dict) or not _plain(values):
        raise DomainError("draft.unreadable")
    return values


def is_stale(updated_at: datetime, now: datetime) -> bool:
    """True when a draft was last saved longer than `STALE_AFTER` ago."""
    return now - updated_at > STALE_AFTER
