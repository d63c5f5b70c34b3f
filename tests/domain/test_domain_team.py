"""Who may see a shared family (`domain.team`): the current fixed contact and backup who are
known colleagues, recognised by name and organisation or by an explicit link; and what the
family shows while two values of a safety field disagree."""

from __future__ import annotations

from datetime import date

from veldwerk.domain.model import ContactAssignment, NetworkMember
from veldwerk.domain.team import (
    Colleague,
    colleague_of,
    holders,
    interim_value,
    recipients,
    refusal_to_share,
)

DAY = date(2026, 11, 24)
EVA = Colleague("e" * 32, "Eva Mulder", "Sociaal Team Harderwijk")
SEM = Colleague("5" * 32, "Sem de Boer", "MEE Veluwe")
ME = "0" * 32
NETWORK = [
    NetworkMember("n1", "professional", "  eva   MULDER ", organisation="sociaal team harderwijk"),
    NetworkMember("n2", "professional", "S. de Boer", organisation="MEE"),
    NetworkMember("n3", "informal", "Eva Mulder", organisation="Sociaal Team Harderwijk"),
]
CONTACTS = [
    ContactAssignment("primary", "n1", date(2026, 1, 1)),
    ContactAssignment("backup", "n2", date(2026, 1, 1), until=date(2026, 12, 1)),
    ContactAssignment("backup", "n3", date(2026, 12, 1)),
]


def test_a_network_member_is_a_colleague_by_name_and_organisation_or_by_link() -> None:
    """Letter case and spacing aside, name and organisation must both match a card, and only a
    professional is a colleague; an explicit link wins over the names; a removed colleague is
    nobody."""
    assert colleague_of(NETWORK[0], [EVA, SEM], {}) == EVA
    assert colleague_of(NETWORK[1], [EVA, SEM], {}) is None
    assert colleague_of(NETWORK[1], [EVA, SEM], {"n2": SEM.device_id}) == SEM
    assert colleague_of(NETWORK[0], [EVA, SEM], {"n1": SEM.device_id}) == SEM
    assert colleague_of(NETWORK[2], [EVA], {}) is None  # informal: not a colleague
    gone = Colleague(EVA.device_id, EVA.name, EVA.organisation, removed=True)
    assert colleague_of(NETWORK[0], [gone], {}) is None


def test_the_recipients_are_the_current_holders_who_are_colleagues() -> None:
    """On the day, the primary (Eva, by name) and the backup (Sem, by link) receive it; the
    device itself never; a backup who starts later does not receive it yet."""
    links = {"n2": SEM.device_id}
    assert holders(CONTACTS, DAY) == ["n1", "n2"]
    assert recipients(CONTACTS, NETWORK, [EVA, SEM], links, DAY, ME) == [EVA, SEM]
    assert recipients(CONTACTS, NETWORK, [EVA, SEM], links, DAY, EVA.device_id) == [SEM]
    assert recipients(CONTACTS, NETWORK, [EVA, SEM], {}, DAY, ME) == [EVA]
    assert holders(CONTACTS, date(2026, 12, 1)) == ["n1", "n3"]


def test_sharing_is_refused_with_who_is_no_holder_removed_or_oneself() -> None:
    """Sharing with someone who does not receive the family, a removed colleague or oneself is
    refused, each with its own reason."""
    receiving = [EVA]
    assert refusal_to_share(EVA, receiving, ME) is None
    assert refusal_to_share(SEM, receiving, ME) == "team.not_a_holder"
    gone = Colleague(SEM.device_id, SEM.name, SEM.organisation, removed=True)
    assert refusal_to_share(gone, receiving, ME) == "team.colleague_removed"
    assert refusal_to_share(EVA, receiving, EVA.device_id) == "team.share_with_self"


def test_while_values_disagree_consent_shows_the_most_careful() -> None:
    """Consent in conflict shows refused over unknown over granted; another field the latest."""
    assert interim_value("learning_consent", ["granted", "unknown"]) == "unknown"
    assert interim_value("learning_consent", ["refused", "granted"]) == "refused"
    assert interim_value("status", ["closed", "active"]) == "active"
