"""Who may see a shared family, and what a shared family shows while two changes disagree.

- A *colleague* is a person whose colleague card this profile took in, after comparing its
  safety code. A network member of a family *is* that colleague when an explicit link says so,
  or else when name and organisation match the card (letter case and spacing aside).
- The people who receive a shared family are those who hold a current ``primary`` or
  ``backup`` assignment for it and are known colleagues (`recipients`). Sharing with someone
  else is refused (`refusal_to_share`). A handover changes who receives the family.
- While two changes of a safety-relevant field disagree (a conflict that a person resolves),
  the family shows the most careful of the values for consent, and otherwise the latest one
  (`interim_value`).
- A shared family is counted in learning data by its fixed contact's profile only
  (`counts_here`), never twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from veldwerk.domain.contacts import CONTACT_ROLE_ORDER, current_among
from veldwerk.domain.model import ContactAssignment, NetworkMember

SAFETY_FIELDS: tuple[str, ...] = ("contacts", "learning_consent", "status")
"""The fields of a family whose concurrent changes are kept side by side for a person to
resolve, never silently overwritten (the erasure of a family is the fourth safety change)."""

CONSENT_CAUTION: tuple[str, ...] = ("refused", "unknown", "granted")
"""Consent values from the most careful to the least."""


@dataclass(frozen=True)
class Colleague:
    """A colleague known to this profile (from their card). `removed`: the user removed them:
    nothing of theirs is read any more and nothing is sent to them."""

    device_id: str
    name: str
    organisation: str
    removed: bool = False


def _folded(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


def same_person(person: NetworkMember, colleague: Colleague) -> bool:
    """Whether the network member `person` is `colleague` by name and organisation (letter
    case and spacing aside; both must be given and match)."""
    return (
        person.kind == "professional"
        and bool(_folded(person.name))
        and bool(_folded(person.organisation))
        and _folded(person.name) == _folded(colleague.name)
        and _folded(person.organisation) == _folded(colleague.organisation)
    )


def colleague_of(
    person: NetworkMember,
    colleagues: Sequence[Colleague],
    links: Mapping[str, str],
) -> Colleague | None:
    """The known colleague that the network member `person` is: by the explicit link of their
    network id in `links` (network id -> device id), else by name and organisation; None when
    they are nobody's card, or only a removed colleague's."""
    wanted = links.get(person.id)
    for colleague in colleagues:
        if colleague.removed:
            continue
        if wanted is not None:
            if colleague.device_id == wanted:
                return colleague
        elif same_person(person, colleague):
            return colleague
    return None


def holders(contacts: Iterable[ContactAssignment], day: date) -> list[str]:
    """The network ids of the current primary and backup on `day` (in that order)."""
    assignments = list(contacts)
    found = [current_among(assignments, role, day) for role in CONTACT_ROLE_ORDER]
    return list(dict.fromkeys(a.network_id for a in found if a is not None))


def recipients(
    contacts: Iterable[ContactAssignment],
    network: Sequence[NetworkMember],
    colleagues: Sequence[Colleague],
    links: Mapping[str, str],
    day: date,
    me: str,
) -> list[Colleague]:
    """Who receives the family on `day`: the current primary and backup who are known
    colleagues, but not this device (`me`, its device id)."""
    people = {n.id: n for n in network}
    found: dict[str, Colleague] = {}
    for network_id in holders(contacts, day):
        person = people.get(network_id)
        colleague = colleague_of(person, colleagues, links) if person is not None else None
        if colleague is not None and colleague.device_id != me:
            found.setdefault(colleague.device_id, colleague)
    return list(found.values())


def refusal_to_share(colleague: Colleague, receiving: Sequence[Colleague], me: str) -> str | None:
    """Why the family may not be shared with `colleague` (a message code taking `name`), or
    None when it may: they must be among who receives it (`recipients`), a current holder of
    a contact role."""
    if colleague.removed:
        return "team.colleague_removed"
    if colleague.device_id == me:
        return "team.share_with_self"
    if all(c.device_id != colleague.device_id for c in receiving):
        return "team.not_a_holder"
    return None


def interim_value(field: str, values: Sequence[object]) -> object:
    """What the family shows for the safety field `field` while `values` (oldest first)
    disagree: for consent the most careful value, otherwise the latest."""
    if field == "learning_consent":
        ranked = [v for v in CONSENT_CAUTION if v in values]
        if ranked:
            return ranked[0]
    return values[-1]


def counts_here(
    contacts: Iterable[ContactAssignment],
    network: Sequence[NetworkMember],
    me: Colleague,
    links: Mapping[str, str],
    day: date,
) -> bool:
    """Whether a *shared* family belongs in this profile's learning data: only the profile of
    its current fixed contact counts it, so the coordinator never counts one family twice (the
    backup's profile holds the same family). `me` is this profile as a colleague would see it
    (device id, user name, organisation). A shared family whose fixed contact is nobody in the
    team is counted by no profile until a fixed contact in the team holds it."""
    primary = current_among(list(contacts), "primary", day)
    person = next((n for n in network if primary is not None and n.id == primary.network_id), None)
    if person is None:
        return False
    linked = links.get(person.id)
    if linked is not None:
        return linked == me.device_id
    return same_person(person, me)
