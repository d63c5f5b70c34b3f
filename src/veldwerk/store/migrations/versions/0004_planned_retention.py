"""Planned steps and retention (issue 14): a journey step can be planned (dated ahead, not done
yet: `events.planned`), and an audit entry can carry a small detail without personal data (the
tombstone of an erasure: its reason code, e.g. ``retention_ended`` or ``parent_request``, and
the date a parent asked: `audit_log.detail`). Existing steps are done; existing entries have no
detail, so their hashes are unchanged.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(
            sa.Column("planned", sa.Boolean, nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("detail", sa.Text, nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN, never a copy of the table: dropping the old copy of a table
    # other tables refer to would cascade (foreign keys are on) and take their rows with it
    op.execute("ALTER TABLE audit_log DROP COLUMN detail")
    op.execute("ALTER TABLE events DROP COLUMN planned")
