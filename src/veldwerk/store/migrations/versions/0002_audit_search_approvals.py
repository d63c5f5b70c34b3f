"""The hash-chained audit log, the name search index (FTS5) and reflection approvals.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("record_id", sa.Integer),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "reflection_approvals",
        sa.Column(
            "reflection_id",
            sa.Integer,
            sa.ForeignKey("reflections.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("approved_at", sa.DateTime, nullable=False),
    )
    op.execute(
        "CREATE VIRTUAL TABLE family_search USING fts5("
        "names, family_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
    )
    # Families stored before this revision get their search row now.
    op.execute(
        "INSERT INTO family_search(rowid, family_id, names) "
        "SELECT f.id, f.id, f.ref || ' ' || f.name || ' ' || coalesce(("
        "  SELECT group_concat("
        "    coalesce(m.given_name, '') || ' ' || coalesce(m.family_name, ''), ' ')"
        "  FROM members m WHERE m.family_id = f.id), '') FROM families f"
    )


def downgrade() -> None:
    op.execute("DROP TABLE family_search")
    op.drop_table("reflection_approvals")
    op.drop_table("audit_log")
