"""The access log (issue 15): who viewed, changed, printed, exported, shared or received which
family, hash-chained per family with a global head (`store.access_log`), and the actors it
names by id.

Revision ID: 0008
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_actors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("organisation", sa.Text, nullable=False),
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.UniqueConstraint("name", "role", "organisation", "device_id"),
    )
    op.create_table(
        "access_chains",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("family_id", sa.Integer, unique=True),
        sa.Column("entries", sa.Integer, nullable=False),
        sa.Column("head", sa.String(64), nullable=False),
        sa.Column("erased_at", sa.String(32)),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("chain_id", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("first_at", sa.String(32), nullable=False),
        sa.Column("last_at", sa.String(32), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("record_ids", sa.Text, nullable=False),
        sa.Column("actor_id", sa.Integer, nullable=False),
        sa.Column("contact_role", sa.String(16), nullable=False),
        sa.Column("for_actor_id", sa.Integer),
        sa.Column("party_id", sa.Integer),
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("emergency", sa.Boolean, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("chain_id", "seq"),
    )


def downgrade() -> None:
    for table in ("access_log", "access_chains", "access_actors"):
        op.drop_table(table)
    # and the log's head, or an upgrade again would find a head without its chains
    op.execute("DELETE FROM secrets WHERE name = 'access_head'")
