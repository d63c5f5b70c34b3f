"""The coordinator database: installations, the facts of their families, and files dealt with.

Revision ID: c0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "installations",
        sa.Column("installation_id", sa.String(32), primary_key=True),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("region", sa.String(80)),
        sa.Column("bundle_sha256", sa.String(64)),
        sa.Column("created", sa.String(20)),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "family_facts",
        sa.Column(
            "installation_id",
            sa.String(32),
            sa.ForeignKey("installations.installation_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("pseudonym", sa.String(64), primary_key=True),
        sa.Column("region", sa.String(80), nullable=False),
        sa.Column("opened_quarter", sa.String(7), nullable=False),
        sa.Column("facts", sa.Text, nullable=False),
    )
    op.create_index("ix_family_facts_region", "family_facts", ["region"])
    op.create_table(
        "files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(32)),
        sa.Column("detail", sa.String(200)),
        sa.Column("installation_id", sa.String(32)),
        sa.Column("sequence", sa.Integer),
        sa.Column("seen", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("files")
    op.drop_index("ix_family_facts_region", "family_facts")
    op.drop_table("family_facts")
    op.drop_table("installations")
