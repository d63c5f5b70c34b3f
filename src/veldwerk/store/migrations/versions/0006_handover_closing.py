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
    with op.batch_alter_table("families") as batch:
        batch.drop_column("closing_note")
        batch.drop_column("closing_reason")
    with op.batch_alter_table("contact_assignments") as batch:
        batch.drop_column("note")
        batch.drop_column("warm_handover")
        batch.drop_column("reason")
