"""Closing a family and reopening it (issue 14).

Closing asks for a reason (`codes.CLOSING_REASONS`) and an optional note: the family becomes
`closed` on the closing date, keeps the reason and the note (`Family.closing_reason`,
`closing_note`) while it stays closed, and the journey gets a `closure` step that names the
reason and holds the note, so the history keeps them after a reopening.

Reopening keeps the whole history: status `active` again, `closed_on`, the reason and the note
cleared, and an `intake` step (the family comes in again: a new start of the journey, the
opposite of the `closure` step; docs/case-file-extensions.md says why `intake`). An active family
has exactly one current primary (spec): a family without a current vast aanspreekpunt today is
not reopened; the message says to choose one first (`handover`), which a closed family allows.

The contact assignments are left as they are by both: the contact person of a closed family is
still known, and is the one again after a reopening.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from veldwerk.domain import codes
from veldwerk.domain.contacts import current_contact
from veldwerk.domain.errors import DomainError, Problem
from veldwerk.domain.model import Event, Family
from veldwerk.domain.text_rules import check_text, shortened
from veldwerk.texts import text

CLOSURE_EVENT = "closure"
REOPEN_EVENT = "intake"
"""The step a reopening adds: the family comes in again (see the module's docstring)."""


@dataclass(frozen=True)
class StatusChange:
    """The family after closing or reopening it, and the journey step that records it."""

    family: Family
    event: Event


def _require_day(on: date, today: date, earliest: date, code: str) -> None:
    if on > today:
        raise DomainError("closing.in_future", "date", {"date": on.isoformat()})
    if on < earliest:
        raise DomainError(code, "date", {"date": earliest.isoformat()})


def _with_step(family: Family, event: Event, **changes: object) -> Family:
    journey = tuple(sorted((*family.journey, event), key=lambda e: e.date))
    return replace(family, journey=journey, **changes)  # type: ignore[arg-type]


def close_family(
    family: Family,
    reason: str | None,
    on: date,
    today: date,
    note: str | None = None,
    lang: str = "nl",
) -> StatusChange:
    """Close the active `family` on `on` for `reason`, with an optional `note`. Refused: a family
    already closed, no reason or an unknown one, a date before `opened_on` or after `today`, a
    note that breaks the text rules."""
    if family.status == "closed":
        raise DomainError("closing.already_closed", "status")
    if not reason:
        raise DomainError("closing.reason_required", "closing_reason")
    if reason not in codes.CLOSING_REASONS:
        raise DomainError(
            "rule.unknown_code", "closing_reason", {"choices": ", ".join(codes.CLOSING_REASONS)}
        )
    _require_day(on, today, family.opened_on, "closing.before_opened")
    clean_note = (note or "").strip() or None
    if clean_note is not None:
        problems = check_text(clean_note, "free", "closing_note")
        if problems:
            raise DomainError.from_problems(problems)
    label = codes.label("closing_reason", reason, lang)
    event = Event(
        date=on,
        type=CLOSURE_EVENT,
        title=shortened(text("closing.step_title", lang, reason=label)),
        description=clean_note,
    )
    closed = _with_step(
        family,
        event,
        status="closed",
        closed_on=on,
        closing_reason=reason,
        closing_note=clean_note,
    )
    return StatusChange(closed, event)


def reopen_family(family: Family, on: date, today: date, lang: str = "nl") -> StatusChange:
    """Reopen the closed `family` on `on`: refused for a family that is not closed, a date before
    its closing date or after `today`, and a family without a current vast aanspreekpunt today
    (choose one first)."""
    if family.status != "closed":
        raise DomainError("closing.not_closed", "status")
    _require_day(on, today, family.closed_on or family.opened_on, "closing.reopen_early")
    if current_contact(family, "primary", today) is None:
        raise DomainError(
            "closing.reopen_no_primary",
            "contacts",
            {"role": codes.label("contact_role", "primary", lang)},
        )
    event = Event(date=on, type=REOPEN_EVENT, title=text("closing.reopen_title", lang))
    reopened = _with_step(
        family, event, status="active", closed_on=None, closing_reason=None, closing_note=None
    )
    return StatusChange(reopened, event)


def may_reopen(family: Family, today: date) -> str | None:
    """Why the family cannot be reopened today (a message code), or None when it can."""
    if family.status != "closed":
        return "closing.not_closed"
    if current_contact(family, "primary", today) is None:
        return "closing.reopen_no_primary"
    return None


def without_stale_closing(family: Family) -> Family:
    """The family as edited elsewhere (the family's details: status and dates): a family that is
    no longer closed keeps no closing reason or note (they stay in its `closure` step)."""
    if family.status == "closed" or (family.closing_reason, family.closing_note) == (None, None):
        return family
    return replace(family, closing_reason=None, closing_note=None)


def check_closing_fields(family: Family) -> list[Problem]:
    """`closing_reason` and `closing_note` are only there while the family is closed (a reopened
    family has them in its `closure` step, not in its own fields)."""
    if family.status == "closed":
        return []
    return [
        Problem(name, "rule.closing_only_when_closed")
        for name in ("closing_reason", "closing_note")
        if getattr(family, name) is not None
    ]
