"""Handover notes and closing reasons (issue 14): a contact assignment's reason, whether the
handover was warm and a note for the new person; a family's closing reason and closing note.
All optional: existing rows get NULL, which is what they meant.

Revision ID: 0006
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: the tables (and their triggers) stay as they are
    op.add_column("contact_assignments", sa.Column("reason", sa.String(32)))
    op.add_column("contact_assignments", sa.Column("warm_handover", sa.Boolean))
    op.add_column("contact_assignments", sa.Column("note", sa.Text))
    op.add_column("families", sa.Column("closing_reason", sa.String(32)))
    op.add_column("families", sa.Column("closing_note", sa.Text))


def downgrade() -> None:
    # SQLite's own DROP COLUMN, never a copy of the table: dropping the old copy of `families`
    # would cascade (foreign keys are on) and take every member, step and goal with it
    for table, column in (
        ("families", "closing_note"),
        ("families", "closing_reason"),
        ("contact_assignments", "note"),
        ("contact_assignments", "warm_handover"),
        ("contact_assignments", "reason"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
