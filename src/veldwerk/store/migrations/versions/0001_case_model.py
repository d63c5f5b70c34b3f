"""The case-file model: families and everything recorded about them, settings and secrets.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _family_fk() -> sa.Column[int]:
    return sa.Column(
        "family_id", sa.Integer, sa.ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "families",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ref", sa.String(40), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("municipality", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("opened_on", sa.Date, nullable=False),
        sa.Column("closed_on", sa.Date),
        sa.Column("due_date", sa.Date),
        sa.Column("vulnerabilities", sa.JSON, nullable=False),
        sa.Column("learning_consent", sa.String(16), nullable=False),
        sa.Column("updated_at", sa.DateTime),
    )
    op.create_table(
        "members",
        sa.Column("id", sa.Integer, primary_key=True),
        _family_fk(),
        sa.Column("local_id", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("given_name", sa.Text),
        sa.Column("family_name", sa.Text),
        sa.Column("birth_date", sa.Date),
        sa.Column("expected_on", sa.Date),
        sa.Column("phone", sa.Text),
        sa.Column("email", sa.Text),
        sa.Column("address", sa.Text),
        sa.Column("notes", sa.Text),
        sa.UniqueConstraint("family_id", "local_id"),
    )
    op.create_table(
        "network_members",
        sa.Column("id", sa.Integer, primary_key=True),
        _family_fk(),
        sa.Column("local_id", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("relation", sa.Text),
        sa.Column("mentor_of", sa.Text),
        sa.Column("organisation", sa.Text),
        sa.Column("profession", sa.String(32)),
        sa.Column("phone", sa.Text),
        sa.Column("email", sa.Text),
        sa.Column("strength", sa.String(16), nullable=False),
        sa.Column("since", sa.Date),
        sa.Column("until", sa.Date),
        sa.UniqueConstraint("family_id", "local_id"),
    )
    op.create_table(
        "contact_assignments",
        sa.Column("id", sa.Integer, primary_key=True),
        _family_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("network_id", sa.Text, nullable=False),
        sa.Column("from", sa.Date, nullable=False),
        sa.Column("until", sa.Date),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        _family_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("involved", sa.JSON, nullable=False),
        sa.Column("barriers", sa.JSON, nullable=False),
        sa.Column("enablers", sa.JSON, nullable=False),
    )
    op.create_index("ix_events_family_date", "events", ["family_id", "date"])
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer, primary_key=True),
        _family_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_table(
        "actions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "goal_id", sa.Integer, sa.ForeignKey("goals.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("owner", sa.Text),
        sa.Column("due_on", sa.Date),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_table(
        "reflections",
        sa.Column("id", sa.Integer, primary_key=True),
        _family_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("share_for_learning", sa.Boolean, nullable=False),
    )
    for table in ("members", "network_members", "contact_assignments", "goals", "reflections"):
        op.create_index(f"ix_{table}_family", table, ["family_id"])
    op.create_index("ix_actions_goal", "actions", ["goal_id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "secrets",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "secrets",
        "settings",
        "reflections",
        "actions",
        "goals",
        "events",
        "contact_assignments",
        "network_members",
        "members",
        "families",
    ):
        op.drop_table(table)
