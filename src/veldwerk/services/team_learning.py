"""Which families this profile counts in its learning data, now that a family can live on two
laptops: a shared family only on its fixed contact's (`domain.team.counts_here`)."""

from __future__ import annotations

from collections.abc import Sequence

from veldwerk.domain import clock
from veldwerk.domain.model import Family
from veldwerk.domain.team import Colleague, counts_here
from veldwerk.services.team_journal import identity
from veldwerk.store.database import UnitOfWork


def counted_here(uow: UnitOfWork, families: Sequence[Family]) -> set[int]:
    """The keys of `families` that belong in this profile's learning data."""
    keys = {f.key for f in families if f.key is not None}
    shared = {s.family_id for s in uow.team.shared() if s.family_id is not None} & keys
    if not shared:
        return keys
    me = Colleague(
        identity(uow).device_id,
        uow.settings.get("user_name") or "",
        uow.settings.get("organisation") or "",
    )
    links = uow.team.links(shared)
    today = clock.today()
    return {
        f.key
        for f in families
        if f.key is not None
        and (
            f.key not in shared
            or counts_here(f.contacts, f.network, me, links.get(f.key, {}), today)
        )
    }
