"""Changing the vaste aanspreekpunt or the achterwacht: the old assignment ends, a new one
starts, and the journey records a `handover` event. History is never overwritten."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from veldwerk.domain import codes
from veldwerk.domain.contacts import current_contact, refusal_to_end, refusal_to_hold
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import ContactAssignment, Event, Family
from veldwerk.domain.text_rules import shortened
from veldwerk.texts import text


@dataclass(frozen=True)
class ContactChange:
    """The family after the change, and what changed (for the store to save)."""

    family: Family
    ended: ContactAssignment | None
    removed: ContactAssignment | None
    started: ContactAssignment | None
    event: Event


def change_contact(
    family: Family, role: str, network_id: str | None, on: date, lang: str = "nl"
) -> ContactChange:
    """Make `network_id` the `role` ("primary" or "backup") from `on`; `network_id` None ends
    the current one without a successor. Who may take the role, and when it may end with nobody
    taking over, is `contacts.refusal_to_hold` and `contacts.refusal_to_end` (the change dialog
    offers what they allow). The new family is not yet checked against the rules."""
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
        started = ContactAssignment(role=role, network_id=network_id, start=on)
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
    event = Event(date=on, type="handover", title=shortened(title), involved=involved)
    new_family = replace(
        family,
        contacts=tuple(contacts),
        journey=tuple(sorted((*family.journey, event), key=lambda e: e.date)),
    )
    return ContactChange(new_family, ended, removed, started, event)
