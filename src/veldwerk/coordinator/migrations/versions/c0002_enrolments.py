"""Enrolled installations only: the enrolments and the waiting list.

Before this revision any new installation was trusted on first use. From here on only enrolled
installations count (`coordinator.enrolment`). The installations known so far become *waiting*
(with the key they were tied to and the region they claimed), so the coordinator approves each
one once, comparing its key fingerprint with the case director; their stored families and the
record of their collected files are removed, so the next collection reads their bundles again
once they are enrolled. Nothing counts until then.

Revision ID: c0002
Revises: c0001
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None

_LABEL = b"veldwerk installation key fingerprint v1\x00"
"""As `veldwerk.domain.fingerprint` (a migration keeps its own copy: it must never change)."""


def _fingerprint(public_key_hex: str) -> str:
    return hashlib.sha256(_LABEL + bytes.fromhex(public_key_hex)).hexdigest()[:32]


def upgrade() -> None:
    op.create_table(
        "enrolments",
        sa.Column("installation_id", sa.String(32), primary_key=True),
        sa.Column("region", sa.String(80), nullable=False),
        sa.Column("fingerprint", sa.String(32), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
    )
    waiting = op.create_table(
        "waiting",
        sa.Column("installation_id", sa.String(32), primary_key=True),
        sa.Column("fingerprint", sa.String(32), primary_key=True),
        sa.Column("region", sa.String(80), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
    )
    assert waiting is not None
    conn = op.get_bind()
    installations = sa.table(
        "installations",
        sa.column("installation_id", sa.String),
        sa.column("public_key", sa.String),
        sa.column("region", sa.String),
        sa.column("first_seen", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    rows = [
        {
            "installation_id": r.installation_id,
            "fingerprint": _fingerprint(r.public_key),
            "region": (r.region or "")[:80],
            "first_seen": r.first_seen or now,
            "last_seen": now,
        }
        for r in conn.execute(
            sa.select(
                installations.c.installation_id,
                installations.c.public_key,
                installations.c.region,
                installations.c.first_seen,
            )
        )
    ]
    if rows:
        op.bulk_insert(waiting, rows)
    op.execute("DELETE FROM family_facts")
    op.execute("DELETE FROM installations")
    op.execute("DELETE FROM files WHERE status IN ('collected', 'superseded')")


def downgrade() -> None:
    op.drop_table("waiting")
    op.drop_table("enrolments")
