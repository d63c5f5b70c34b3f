"""The full-text search index (FTS5, inside the encrypted store), kept in step by SQL triggers.

One row per searchable record: the family itself (reference, name, municipality), each member
(names, notes), network member (name, relation, organisation), journey step (title,
description), goal (title), action (title, owner) and reflection (text). The row's id is
``record id * 8 + kind code``, so a trigger finds it by its key. The triggers live in the
database (migration 0005), so every write path keeps the index right: single edits, bulk
imports, `import --replace`, team-sync merges and the cascades of an erasure alike.

The table uses FTS5's ``secure-delete`` option: a deleted row's terms are removed from the
index's own pages at once (SQLite's ``secure_delete`` then zeroes the freed pages), so an erased
family leaves no word in the index's shadow tables.

The statements here are what migration 0005 ran; a change to them needs a new migration.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

TABLE = "search_index"

KIND_CODES: dict[str, int] = {
    "family": 0,
    "member": 1,
    "network": 2,
    "event": 3,
    "goal": 4,
    "action": 5,
    "reflection": 6,
}
ROWID_STEP = 8


@dataclass(frozen=True)
class Source:
    """How one table's rows become index rows (SQL expressions over the row's columns)."""

    kind: str
    table: str
    family: str
    title: str
    body: str
    watched: tuple[str, ...]


def _join(*columns: str) -> str:
    """The non-empty columns joined by a space (SQL)."""
    parts = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    return f"trim({parts})"


SOURCES: tuple[Source, ...] = (
    Source("family", "families", "{r}.id", "{r}.name", _join("{r}.ref", "{r}.municipality"),
           ("ref", "name", "municipality")),
    Source("member", "members", "{r}.family_id", _join("{r}.given_name", "{r}.family_name"),
           "coalesce({r}.notes, '')", ("given_name", "family_name", "notes", "family_id")),
    Source("network", "network_members", "{r}.family_id", "{r}.name",
           _join("{r}.relation", "{r}.organisation"),
           ("name", "relation", "organisation", "family_id")),
    Source("event", "events", "{r}.family_id", "{r}.title", "coalesce({r}.description, '')",
           ("title", "description", "family_id")),
    Source("goal", "goals", "{r}.family_id", "{r}.title", "''", ("title", "family_id")),
    Source("action", "actions", "(SELECT g.family_id FROM goals g WHERE g.id = {r}.goal_id)",
           "{r}.title", "coalesce({r}.owner, '')", ("title", "owner", "goal_id")),
    Source("reflection", "reflections", "{r}.family_id", "''", "{r}.text",
           ("text", "family_id")),
)  # fmt: skip

CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "title, body, family_id UNINDEXED, kind UNINDEXED, record_id UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
SECURE_DELETE = f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('secure-delete', 1)"


def _rowid(source: Source, row: str) -> str:
    return f"{row}.id * {ROWID_STEP} + {KIND_CODES[source.kind]}"


def _insert(source: Source, row: str) -> str:
    def expr(template: str) -> str:
        return template.replace("{r}", row)

    return (
        f"INSERT INTO {TABLE}(rowid, title, body, family_id, kind, record_id) "
        f"SELECT {_rowid(source, row)}, {expr(source.title)}, {expr(source.body)}, "
        f"{expr(source.family)}, '{source.kind}', {row}.id"
    )


def _delete(source: Source) -> str:
    return f"DELETE FROM {TABLE} WHERE rowid = {_rowid(source, 'old')}"


def trigger_statements() -> list[str]:
    """The three triggers per source table (after insert, after an update of a watched column,
    after delete)."""
    out: list[str] = []
    for s in SOURCES:
        name = f"{TABLE}_{s.table}"
        watched = ", ".join(s.watched)
        out += [
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {s.table} BEGIN {_insert(s, 'new')}; END",
            f"CREATE TRIGGER {name}_au AFTER UPDATE OF {watched} ON {s.table} BEGIN "
            f"{_delete(s)}; {_insert(s, 'new')}; END",
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {s.table} BEGIN {_delete(s)}; END",
        ]
    return out


def drop_trigger_statements() -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {TABLE}_{s.table}_{when}"
        for s in SOURCES
        for when in ("ai", "au", "ad")
    ]


def fill_statements() -> list[str]:
    """Index every record already stored (the migration, `rebuild`)."""
    return [f"{_insert(s, 'r')} FROM {s.table} r" for s in SOURCES]


def create_statements() -> list[str]:
    return [CREATE_TABLE, SECURE_DELETE, *trigger_statements(), *fill_statements()]


def rebuild(conn: Connection) -> None:
    """Make the index again from the records (a repair; the triggers keep it right otherwise)."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    for statement in fill_statements():
        conn.execute(text(statement))
    conn.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')"))


@dataclass(frozen=True)
class IndexHit:
    family_id: int
    ref: str
    family_name: str
    kind: str
    record_id: int
    title: str
    title_snippet: str
    body_snippet: str


def find(
    conn: Connection, match: str, *, limit: int, start: str, end: str, ellipsis: str
) -> list[IndexHit]:
    """Records whose text matches the FTS5 expression `match` (built by
    `veldwerk.domain.search.build_match`, never raw user input), the newest records first (in
    the index's own order, so a search stops after `limit` rows however common the words: bm25
    ranking would score every match, 50 ms for a one-letter word in 1,000 families), with a
    snippet of the title and one of the rest (a few words each) whose matches sit between
    `start` and `end`."""
    rows = conn.execute(
        text(
            f"SELECT s.family_id, f.ref, f.name, s.kind, s.record_id, s.title, "
            f"snippet({TABLE}, 0, :start, :end, :ellipsis, 8), "
            f"CASE WHEN s.body = '' THEN '' "
            f"ELSE snippet({TABLE}, 1, :start, :end, :ellipsis, 10) END "
            f"FROM {TABLE} s JOIN families f ON f.id = s.family_id "
            f"WHERE {TABLE} MATCH :match ORDER BY s.rowid DESC LIMIT :limit"
        ),
        {"match": match, "limit": limit, "start": start, "end": end, "ellipsis": ellipsis},
    )
    return [IndexHit(int(r[0]), r[1], r[2], r[3], int(r[4]), r[5], r[6], r[7]) for r in rows]


def family_ids(conn: Connection, match: str) -> list[int]:
    """The families with at least one record matching `match`."""
    return [
        int(r[0])
        for r in conn.execute(
            text(f"SELECT DISTINCT family_id FROM {TABLE} WHERE {TABLE} MATCH :match"),
            {"match": match},
        )
    ]


def family_ids_upto(conn: Connection, match: str, records: int) -> frozenset[int] | None:
    """The families with a record matching `match`, or None when more than `records` records
    match (reading the family of every match of a very common word costs more than a keystroke
    may: about 3 ms per thousand records)."""
    rows = conn.execute(
        text(f"SELECT family_id FROM {TABLE} WHERE {TABLE} MATCH :match LIMIT :n"),
        {"match": match, "n": records + 1},
    ).all()
    return None if len(rows) > records else frozenset(int(r[0]) for r in rows)
