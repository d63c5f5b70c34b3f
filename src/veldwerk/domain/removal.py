"""What keeps a household member or a network member from being deleted: the records of the
family that refer to them.

The family rules refuse such a deletion for the same reasons (`check_has_members`,
`check_mentor_is_member`, `check_contact_network_known`, `check_event_references`), so the
service refuses it whoever asks; the tabs ask here first, to explain what to do instead before
asking the user to confirm.
"""

from __future__ import annotations

from dataclasses import dataclass

from veldwerk.domain.model import Family, NetworkMember


@dataclass(frozen=True)
class MemberRemoval:
    """Why the household member may not leave the family's records (nothing: it may)."""

    last_member: bool
    """A family has at least one household member."""
    mentors: tuple[NetworkMember, ...]
    """The JIMs (also ended ones) whose `mentor_of` is this member."""

    @property
    def allowed(self) -> bool:
        return not self.last_member and not self.mentors


@dataclass(frozen=True)
class NetworkRemoval:
    """Why the network member may not leave the family's records (nothing: it may)."""

    held_contact_role: bool
    """They are or were the primary or the backup: that history is kept."""
    steps: int
    """How many steps of the journey name them."""

    @property
    def allowed(self) -> bool:
        return not self.held_contact_role and not self.steps


def member_removal(family: Family, member_id: str) -> MemberRemoval:
    others = [m for m in family.members if m.id != member_id]
    return MemberRemoval(
        last_member=not others,
        mentors=tuple(n for n in family.network if n.mentor_of == member_id),
    )


def network_removal(family: Family, network_id: str) -> NetworkRemoval:
    return NetworkRemoval(
        held_contact_role=any(c.network_id == network_id for c in family.contacts),
        steps=sum(1 for e in family.journey if network_id in e.involved),
    )
