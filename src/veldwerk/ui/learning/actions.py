"""What the Learning data screen changes, one function per action; each runs on the database
worker and returns the fresh snapshot with it, so the screen redraws from one answer.

Withdrawing (consent, or the approval of a reflection) also rebuilds an export that is still
waiting in the outbox; the services do that on every path (`domain.consent`), and tell whether
a new export replaced the waiting one, which the screen says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from veldwerk.ui.learning.snapshot import LearningSnapshot, load_snapshot

if TYPE_CHECKING:
    from veldwerk.services.learning import ExportResult
    from veldwerk.services.workspace import Workspace


@dataclass(frozen=True)
class Outcome:
    snapshot: LearningSnapshot
    replaced_export: bool = False
    """A waiting export was rebuilt without what was withdrawn."""
    export: ExportResult | None = None


def approve(ws: Workspace, reflection_key: int, digest: str) -> Outcome:
    """Approve exactly the scrubbed text the user saw (its digest)."""
    ws.learning.approve_reflection(reflection_key, digest)
    return Outcome(load_snapshot(ws))


def withdraw_approval(ws: Workspace, reflection_key: int) -> Outcome:
    waiting = ws.learning.revoke_reflection(reflection_key)
    return Outcome(load_snapshot(ws), replaced_export=waiting.replaced)


def change_consent(ws: Workspace, ref: str, consent: str) -> Outcome:
    """Store the family's consent (a waiting export is rebuilt without a family that
    withdrew)."""
    change = ws.families.set_consent(ref, consent)
    return Outcome(load_snapshot(ws), replaced_export=change.waiting_export.replaced)


def make_export(ws: Workspace) -> Outcome:
    """A new export of what leaves now, into the outbox (replacing one still waiting)."""
    result = ws.learning.export()
    return Outcome(load_snapshot(ws), export=result)
