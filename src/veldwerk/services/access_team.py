"""The access log of shared families (issue 15): a family shared with a colleague, received from
one, and the changes colleagues made, logged with *their* name, device, the contact role they
hold in the family and the fixed contact they act for (issue 13: "door Eva Mulder,
achterwacht"). Called by `TeamSync` inside its unit of work."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from veldwerk.domain.model import Family
from veldwerk.services import access
from veldwerk.store.access_log import Actor
from veldwerk.store.database import UnitOfWork
from veldwerk.store.team_repo import StoredColleague


def colleague_actor(colleague: StoredColleague) -> Actor:
    """A colleague as the log names them (their card holds no job role: their role is the
    contact role they hold in the family, kept with each entry)."""
    return Actor(colleague.name, "", colleague.organisation, colleague.device_id)


def authors(op_ids: Iterable[str]) -> set[str]:
    """The devices that made the ops `op_ids` (an op's id ends in its device)."""
    return {op_id.rsplit(".", 1)[-1] for op_id in op_ids}


def received(
    uow: UnitOfWork,
    family: Family,
    before: Family | None,
    devices: Iterable[str],
    colleagues: Mapping[str, StoredColleague],
    origin: str,
) -> None:
    """A family that arrived (`before` None: received from `origin`), or the changes of the
    colleagues `devices` to it."""
    if before is None:
        sender = colleagues.get(origin)
        party = colleague_actor(sender) if sender is not None else None
        access.record(uow, family, "receive", party=party)
        return
    me = access.me(uow).device_id
    for device in sorted(set(devices) - {me}):
        found = colleagues.get(device)
        if found is not None:
            access.record_change(uow, before, family, colleague_actor(found))


def shared(
    uow: UnitOfWork,
    family_id: int,
    devices: Iterable[str],
    colleagues: Mapping[str, StoredColleague],
) -> None:
    """The family `family_id` was sent, whole, to the colleagues `devices`."""
    family = uow.families.load(family_id)
    if family is None:
        return
    for device in sorted(devices):
        found = colleagues.get(device)
        if found is not None:
            access.record(uow, family, "share", party=colleague_actor(found))
