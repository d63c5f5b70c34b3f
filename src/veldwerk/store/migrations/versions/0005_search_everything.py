"""Search in everything (issue 14): the full-text index `search_index` over families, members,
network members, journey steps, goals, actions and reflections, kept in step by triggers, with
FTS5's secure-delete on. It replaces the name index `family_search` of revision 0002.

Revision ID: 0005
Revises: 0003
"""

from __future__ import annotations

from alembic import op

from veldwerk.store import search_index

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in search_index.create_statements():
        op.execute(statement)
    op.execute("DROP TABLE family_search")


def downgrade() -> None:
    for statement in search_index.drop_trigger_statements():
        op.execute(statement)
    op.execute(f"DROP TABLE {search_index.TABLE}")
    op.execute(
        "CREATE VIRTUAL TABLE family_search USING fts5("
        "names, family_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO family_search(rowid, family_id, names) "
        "SELECT f.id, f.id, f.ref || ' ' || f.name || ' ' || coalesce(("
        "  SELECT group_concat("
        "    coalesce(m.given_name, '') || ' ' || coalesce(m.family_name, ''), ' ')"
        "  FROM members m WHERE m.family_id = f.id), '') FROM families f"
    )
