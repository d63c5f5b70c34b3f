"""The JIM (Jouw Ingebrachte Mentor): the informal mentor a young person chose.

A network member of kind `jim` is the mentor of exactly one household member (`mentor_of`); no
other kind has a `mentor_of`. A JIM is active while `until` is None or after today, and a member
has at most one active JIM.
"""

from __future__ import annotations

from datetime import date

from veldwerk.domain.errors import Problem
from veldwerk.domain.model import Family, NetworkMember


def is_active_jim(network_member: NetworkMember, today: date) -> bool:
    """A `jim` whose tie has not ended by today."""
    return network_member.kind == "jim" and not network_member.ended_by(today)


def active_jim_of(family: Family, member_id: str, today: date) -> NetworkMember | None:
    """The member's active JIM, if any."""
    return next(
        (n for n in family.network if n.mentor_of == member_id and is_active_jim(n, today)),
        None,
    )


def check_jim_mentor(family: Family) -> list[Problem]:
    """`mentor_of` is required for a `jim` and forbidden for every other kind."""
    problems: list[Problem] = []
    for i, n in enumerate(family.network):
        if n.kind == "jim" and n.mentor_of is None:
            problems.append(Problem(f"network[{i}].mentor_of", "rule.mentor_required"))
        elif n.kind != "jim" and n.mentor_of is not None:
            problems.append(Problem(f"network[{i}].mentor_of", "rule.mentor_only_jim"))
    return problems


def check_mentor_is_member(family: Family) -> list[Problem]:
    """A JIM's `mentor_of` is the id of a member of this family."""
    member_ids = {m.id for m in family.members}
    return [
        Problem(f"network[{i}].mentor_of", "rule.mentor_unknown")
        for i, n in enumerate(family.network)
        if n.kind == "jim" and n.mentor_of is not None and n.mentor_of not in member_ids
    ]


def check_one_active_jim_per_member(family: Family, today: date) -> list[Problem]:
    """A household member has at most one active JIM; every active JIM after the first one for
    the same member is refused."""
    seen: set[str] = set()
    problems: list[Problem] = []
    for i, n in enumerate(family.network):
        if n.mentor_of is None or not is_active_jim(n, today):
            continue
        if n.mentor_of in seen:
            problems.append(Problem(f"network[{i}].mentor_of", "rule.jim_already_active"))
        seen.add(n.mentor_of)
    return problems
