"""Helpers for tests of the full-text index: its rows as they are, as a rebuild from the records
would make them, and the terms its own index pages hold (through an fts5vocab table)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from veldwerk.store import search_index
from veldwerk.workspace import Workspace


def _rows(conn: Connection) -> list[tuple[Any, ...]]:
    return sorted(
        tuple(r)
        for r in conn.execute(
            text("SELECT rowid, family_id, kind, record_id, title, body FROM search_index")
        )
    )


def assert_index_in_step(ws: Workspace) -> list[tuple[Any, ...]]:
    """The index holds exactly the rows a rebuild from today's records gives (checked in a
    transaction that is rolled back) and passes FTS5's integrity check; returns its rows."""
    with ws.db.engine.connect() as conn:
        conn.execute(text("INSERT INTO search_index(search_index) VALUES ('integrity-check')"))
        now = _rows(conn)
        search_index.rebuild(conn)
        rebuilt = _rows(conn)
        conn.rollback()
    assert now == rebuilt
    return now


def index_terms(ws: Workspace) -> set[str]:
    """Every term in the index's b-tree (the shadow tables), as FTS5 itself lists them."""
    with ws.db.engine.connect() as conn:
        conn.execute(
            text("CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, search_index, row)")
        )
        terms = {str(r[0]) for r in conn.execute(text("SELECT term FROM temp.search_terms"))}
        conn.execute(text("DROP TABLE temp.search_terms"))
        conn.rollback()
    return terms
