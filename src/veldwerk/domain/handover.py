"""Changing the vaste aanspreekpunt or the achterwacht: the old assignment ends, a new one
starts, and the journey records a `handover` event. History is never overwritten."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from veldwerk.domain import codes
from veldwerk.domain.contacts import current_contact, refusal_to_end, refusal_to_hold
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import ContactAssignment, Event, Family
from veldwerk.domain.text_rules import check_text, shortened
from veldwerk.texts import text


@dataclass(frozen=True)
class ContactChange:
    """The family after the change, and what changed (for the store to save)."""

    family: Family
    ended: ContactAssignment | None
    removed: ContactAssignment | None
    started: ContactAssignment | None
    event: Event


@dataclass(frozen=True)
class HandoverNotes:
    """What the change of contact person asks for (issue 14): why (`codes.HANDOVER_REASONS`),
    whether the one before handed over in person, and a short note for the new person. Each
    may be left out (None)."""

    reason: str | None = None
    warm_handover: bool | None = None
    note: str | None = None

    def cleaned(self) -> HandoverNotes:
        """The notes with a blank note as None; an unknown reason or a note that breaks the
        text rules is refused (`DomainError`)."""
        if self.reason is not None and self.reason not in codes.HANDOVER_REASONS:
            choices = ", ".join(codes.HANDOVER_REASONS)
            raise DomainError("rule.unknown_code", "reason", {"choices": choices})
        note = (self.note or "").strip() or None
        if note is not None:
            problems = check_text(note, "free", "note")
            if problems:
                raise DomainError.from_problems(problems)
        return replace(self, note=note)

    @property
    def empty(self) -> bool:
        return self.reason is None and self.warm_handover is None and self.note is None


NO_NOTES = HandoverNotes()
"""A change of contact person without notes."""


def notes_summary(notes: HandoverNotes, lang: str = "nl") -> str | None:
    """The notes in words on one line, " · " between them (the handover step's description, the
    team overview), or None when there are none."""
    lines = []
    if notes.reason is not None:
        lines.append(
            text(
                "handover.notes_reason",
                lang,
                reason=codes.label("handover_reason", notes.reason, lang),
            )
        )
    if notes.warm_handover is not None:
        key = "handover.notes_warm" if notes.warm_handover else "handover.notes_not_warm"
        lines.append(text(key, lang))
    if notes.note is not None:
        lines.append(text("handover.notes_note", lang, note=notes.note))
    return " · ".join(lines) or None


def notes_of(assignment: ContactAssignment) -> HandoverNotes:
    """The handover notes an assignment carries."""
    return HandoverNotes(assignment.reason, assignment.warm_handover, assignment.note)


def change_contact(
    family: Family,
    role: str,
    network_id: str | None,
    on: date,
    lang: str = "nl",
    notes: HandoverNotes = NO_NOTES,
) -> ContactChange:
    """Make `network_id` the `role` ("primary" or "backup") from `on`; `network_id` None ends
    the current one without a successor. Who may take the role, and when it may end with nobody
    taking over, is `contacts.refusal_to_hold` and `contacts.refusal_to_end` (the change dialog
    offers what they allow). The `notes` go on the new assignment and, in words, into the
    handover step's description (with nobody taking over, only there). The new family is not
    yet checked against the rules."""
    notes = notes.cleaned()
    role_label = codes.label("contact_role", role, lang)
    person = family.network_member(network_id) if network_id is not None else None
    refusal = (
        refusal_to_end(family, role, on)
        if network_id is None
        else refusal_to_hold(family, role, network_id, on)
    )
    if refusal is not None:
        params = {"name": person.name if person else "", "role": role_label, "date": on.isoformat()}
        raise DomainError(refusal, "network_id", params)
    old = current_contact(family, role, on)
    if old is not None and on < old.start:
        raise DomainError(
            "contact.before_current", "date", {"start": old.start.isoformat(), "role": role_label}
        )
    contacts = list(family.contacts)
    ended = removed = None
    if old is not None:
        idx = contacts.index(old)
        if old.start == on:  # it never was in effect: a correction, not a period of its own
            removed = old
            del contacts[idx]
        else:
            ended = replace(old, until=on)
            contacts[idx] = ended
    started = None
    if network_id is not None:
        started = ContactAssignment(
            role=role,
            network_id=network_id,
            start=on,
            reason=notes.reason,
            warm_handover=notes.warm_handover,
            note=notes.note,
        )
        contacts.append(started)
    involved = tuple(
        dict.fromkeys(x for x in ((old.network_id if old else None), network_id) if x is not None)
    )
    if person is not None:
        title = text("handover.title", lang, role=role_label, name=person.name)
    else:
        gone = family.network_member(old.network_id) if old else None
        title = text(
            "handover.title_ended",
            lang,
            role=role_label.capitalize(),
            name=gone.name if gone else "",
        )
    # a title of its own words and a name of up to 200 characters stays a short text
    event = Event(
        date=on,
        type="handover",
        title=shortened(title),
        description=notes_summary(notes, lang),
        involved=involved,
    )
    new_family = replace(
        family,
        contacts=tuple(contacts),
        journey=tuple(sorted((*family.journey, event), key=lambda e: e.date)),
    )
    return ContactChange(new_family, ended, removed, started, event)
