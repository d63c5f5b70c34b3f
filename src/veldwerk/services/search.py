"""Search in everything: the one API the family list, the search box and `veldwerk search` use.
It finds records of every kind by words of their text (see `veldwerk.domain.search` for what a
query may be) in the index inside the encrypted store, and returns plain frozen hits with a
snippet, never ORM rows. Opening a hit is the caller's; the GUI has one place for it
(`veldwerk.ui.search_box.SearchBox.result_opened`)."""

from __future__ import annotations

from veldwerk.domain import search
from veldwerk.domain.search import SearchHit, SearchOutcome
from veldwerk.store import search_index
from veldwerk.store.database import Database

DEFAULT_LIMIT = 50
FAMILY_RECORDS = 1000
"""Matches up to which the outcome names every family found (`SearchOutcome.family_keys`)."""


class SearchService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, typed: str, *, limit: int = DEFAULT_LIMIT) -> SearchOutcome:
        """The records matching every word of `typed` (prefixes; case and accents ignored), at
        most `limit` (`more` says whether there were more): the newest records first, those of
        one family together. Never raises for any input: text without words gives no hits and
        a note."""
        plan = search.build_match(typed)
        if plan.match is None:
            return SearchOutcome(typed, (), plan.note)
        limit = max(1, min(limit, 500))
        with self._db.unit_of_work() as uow:
            found = search_index.find(
                uow.conn,
                plan.match,
                limit=limit + 1,
                start=search.START,
                end=search.END,
                ellipsis=search.ELLIPSIS,
            )
            families = search_index.family_ids_upto(uow.conn, plan.match, FAMILY_RECORDS)
        hits = tuple(
            SearchHit(
                ref=h.ref,
                family_key=h.family_id,
                family_name=h.family_name,
                kind=h.kind,
                record_id=h.record_id,
                title=search.clean(h.title).strip(),
                snippet=search.pick_snippet(h.title_snippet, h.body_snippet),
            )
            for h in _by_family(found[:limit])
        )
        return SearchOutcome(typed, hits, plan.note, more=len(found) > limit, family_keys=families)


def _by_family(found: list[search_index.IndexHit]) -> list[search_index.IndexHit]:
    """`found` with the hits of one family together, families in the order they first came."""
    first: dict[int, int] = {}
    for i, h in enumerate(found):
        first.setdefault(h.family_id, i)
    return sorted(found, key=lambda h: first[h.family_id])
