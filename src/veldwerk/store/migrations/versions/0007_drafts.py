"""Drafts that survive (issue 14): what a dialog held, typed but not saved yet, kept inside the
encrypted store on lock, on auto-lock and while typing, to be offered back after unlocking.

The foreign key to `families` removes a family's drafts with the family (erasure, or an
import that replaces it); a draft of a new family has no family.

Revision ID: 0007
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("slot", sa.String(120), nullable=False, unique=True),
        sa.Column(
            "family_id",
            sa.Integer,
            sa.ForeignKey("families.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("record_key", sa.Integer, nullable=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_drafts_family_id", "drafts", ["family_id"])


def downgrade() -> None:
    op.drop_index("ix_drafts_family_id", "drafts")
    op.drop_table("drafts")
