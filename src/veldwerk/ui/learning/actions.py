"""What the Learning data screen changes, one function per action; each runs on the database
worker and returns the fresh snapshot with it, so the screen redraws from one answer.

Withdrawing (consent, or the approval of a reflection) also rebuilds an export that is still
waiting in the outbox: a waiting export is a snapshot taken before the withdrawal, and automatic
delivery must never carry it to the coordinator afterwards. The new export replaces it.
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


def replace_waiting_export(ws: Workspace) -> bool:
    """Rebuild the export when one is waiting (the new one replaces it in the outbox);
    False when nothing waits or no export can be made (no region)."""
    if not ws.learning.status().waiting or not ws.config.get("region"):
        return False
    ws.learning.export()
    return True


def approve(ws: Workspace, reflection_key: int, digest: str) -> Outcome:
    """Approve exactly the scrubbed text the user saw (its digest)."""
    ws.learning.approve_reflection(reflection_key, digest)
    return Outcome(load_snapshot(ws))


def withdraw_approval(ws: Workspace, reflection_key: int) -> Outcome:
    ws.learning.revoke_reflection(reflection_key)
    replaced = replace_waiting_export(ws)
    return Outcome(load_snapshot(ws), replaced_export=replaced)


def change_consent(ws: Workspace, ref: str, consent: str) -> Outcome:
    """Store the family's consent; when it was granted and is no longer, a waiting export is
    rebuilt without the family."""
    before = ws.families.get(ref).learning_consent
    ws.families.set_consent(ref, consent)
    replaced = False
    if before == "granted" and consent != "granted":
        replaced = replace_waiting_export(ws)
    return Outcome(load_snapshot(ws), replaced_export=replaced)


def make_export(ws: Workspace) -> Outcome:
    """A new export of what leaves now, into the outbox (replacing one still waiting)."""
    result = ws.learning.export()
    return Outcome(load_snapshot(ws), export=result)
