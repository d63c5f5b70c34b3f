"""Retention as the Jeugdwet asks (art. 7.3.8): a youth-care file is kept for 20 years after care
ended, unless the parents ask earlier for it to be destroyed (docs/retention.md).

- The period runs from the family's `closed_on`; its length is the setting `retention_years`
  (default 20). It has *ended* on the same day of the month that many years later (29 February
  on 1 March), and from then on the family is listed for erasure.
- An active family, or a closed one without a closing date, is never listed.
- An erasure leaves a *tombstone* in the audit log, without personal data: when, what kind of
  record (a family), and why (`REASONS`), with the date a parent asked when they did.
"""

from __future__ import annotations

from datetime import date

from veldwerk.domain.errors import DomainError

DEFAULT_RETENTION_YEARS = 20
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 115

RETENTION_ENDED = "retention_ended"
PARENT_REQUEST = "parent_request"
REASONS: tuple[str, ...] = (RETENTION_ENDED, PARENT_REQUEST)
"""Why a family was erased, as its tombstone says."""


def retention_ends_on(closed_on: date, years: int) -> date:
    """The first day the file need no longer be kept: `years` after `closed_on`."""
    try:
        return closed_on.replace(year=closed_on.year + years)
    except ValueError:  # 29 February, and the year it ends in is no leap year
        return date(closed_on.year + years, 3, 1)


def retention_ended(status: str, closed_on: date | None, today: date, years: int) -> bool:
    """The family's care ended and the retention period has run out by `today`."""
    if status != "closed" or closed_on is None:
        return False
    return today >= retention_ends_on(closed_on, years)


def tombstone(reason: str, requested_on: date | None = None) -> dict[str, str]:
    """What the audit log keeps of an erasure besides when and what: the reason code, and the
    date of a parent's request. No name, no reference, no text."""
    if reason not in REASONS:
        raise ValueError(f"unknown reason {reason!r}")
    detail = {"reason": reason}
    if requested_on is not None:
        detail["requested_on"] = requested_on.isoformat()
    return detail


def check_request_date(requested_on: date, today: date) -> None:
    """A parent's request is recorded with the day they asked: not a day still to come."""
    if requested_on > today:
        raise DomainError("retention.request_in_future", "requested_on")
