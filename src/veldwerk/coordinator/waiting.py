"""waiting.csv: the installations whose bundles were not counted because of their enrolment,
for the coordinator to decide on (`veldwerk enrol`, or the window's Installations tab).

Header: ``installation_id,claimed_region,key_fingerprint,first_seen,reason``. One row per
installation id and key (`enrolment.waiting_list`); the fingerprint in groups of four, as read
out over the phone; `first_seen` in UTC to the second; `reason` one of
`enrolment.WAIT_REASONS`. Not a publication: it names installations, not families, and is for
the coordinator alone. Every cell is safe in a spreadsheet: ids and fingerprints are hex, and a
region name (`domain.region`) never starts with a formula character. Written like the other
outputs (UTF-8, ``\\n`` line ends, a temporary name renamed into place).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from veldwerk.coordinator.enrolment import Waiting
from veldwerk.domain.errors import DomainError
from veldwerk.domain.fingerprint import format_fingerprint
from veldwerk.files import write_atomically

WAITING = "waiting.csv"
WAITING_COLUMNS: tuple[str, ...] = (
    "installation_id", "claimed_region", "key_fingerprint", "first_seen", "reason",
)  # fmt: skip


def utc_text(moment: datetime) -> str:
    """``2026-11-24T08:00:00Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def waiting_csv(waiting: Sequence[Waiting]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(WAITING_COLUMNS)
    writer.writerows(
        (w.installation_id, w.region, format_fingerprint(w.fingerprint), utc_text(w.first_seen),
         w.reason)
        for w in waiting
    )  # fmt: skip
    return buffer.getvalue().encode("utf-8")


def write_waiting(out_dir: Path, waiting: Sequence[Waiting]) -> Path:
    """waiting.csv in `out_dir` (which exists); its path."""
    path = out_dir / WAITING
    try:
        write_atomically(path, waiting_csv(waiting))
    except PermissionError:
        raise DomainError("coordinator.out_not_writable", "out", {"path": str(out_dir)}) from None
    return path
