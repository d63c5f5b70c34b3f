"""Shared families (issue 13): colleagues, explicit links of network members to colleagues,
the families shared through the team folder, the uid of each of their records, their ops, who
has them, ops to pass on, the change set files already read, and the team's small state (the
clock, the sequence number).

No foreign keys to `families`: a family replaced by an import keeps its sharing (its rows move
to the new family id), and the erasure of a family removes its rows here explicitly.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_colleagues",
        sa.Column("device_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("organisation", sa.Text, nullable=False),
        sa.Column("signing_key", sa.LargeBinary, nullable=False),
        sa.Column("exchange_key", sa.LargeBinary, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column("removed_at", sa.DateTime),
    )
    op.create_table(
        "team_links",
        sa.Column("family_id", sa.Integer, primary_key=True),
        sa.Column("network_id", sa.Text, primary_key=True),
        sa.Column("device_id", sa.String(32), nullable=False),
    )
    op.create_table(
        "team_families",
        sa.Column("tag", sa.String(32), primary_key=True),
        sa.Column("family_id", sa.Integer, unique=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("origin", sa.String(32), nullable=False),
        sa.Column("shared_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "team_records",
        sa.Column("tag", sa.String(32), primary_key=True),
        sa.Column("uid", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("row_key", sa.Integer, nullable=False),
    )
    op.create_index("ix_team_records_row", "team_records", ["tag", "kind", "row_key"])
    op.create_table(
        "team_ops",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("tag", sa.String(32), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("unsent", sa.Boolean, nullable=False),
    )
    op.create_index("ix_team_ops_tag", "team_ops", ["tag"])
    op.create_table(
        "team_peers",
        sa.Column("tag", sa.String(32), primary_key=True),
        sa.Column("device_id", sa.String(32), primary_key=True),
    )
    op.create_table(
        "team_forward",
        sa.Column("tag", sa.String(32), primary_key=True),
        sa.Column("device_id", sa.String(32), primary_key=True),
        sa.Column("op_id", sa.String(64), primary_key=True),
    )
    op.create_table(
        "team_files",
        sa.Column("device_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("outcome", sa.String(32), nullable=False),
    )
    op.create_table(
        "team_state",
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "team_state",
        "team_files",
        "team_forward",
        "team_peers",
        "team_ops",
        "team_records",
        "team_families",
        "team_links",
        "team_colleagues",
    ):
        op.drop_table(table)
