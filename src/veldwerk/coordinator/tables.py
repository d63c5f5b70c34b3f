"""The coordinator database's tables (SQLAlchemy Core). The migrations in `migrations/` create
exactly these; a test compares the two.

- ``installations``: one row per installation: the public key it is tied to (trust on first
  use), the sequence, region and content hash of the bundle whose families are kept.
- ``family_facts``: the facts of each family of each installation's kept bundle; replaced as a
  whole when a newer bundle of the installation arrives.
- ``files``: the content hash of every file already dealt with (collected, older than what is
  kept, or refused for a reason of its bytes alone), so it is not checked again.
- ``enrolments``: the installations the coordinator approved (``veldwerk enrol``), each bound
  to one region and the fingerprint of one key (`domain.fingerprint`). Only their bundles count.
- ``waiting``: every installation id and key fingerprint seen in a valid bundle that was not
  counted because of its enrolment (not enrolled, two keys, another key, another region), with
  the region it claims and when it was first and last seen (`coordinator.enrolment`).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

installations = Table(
    "installations",
    metadata,
    Column("installation_id", String(32), primary_key=True),
    Column("public_key", String(64), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("region", String(80)),
    Column("bundle_sha256", String(64)),
    Column("created", String(20)),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("updated", DateTime(timezone=True), nullable=False),
)

family_facts = Table(
    "family_facts",
    metadata,
    Column(
        "installation_id",
        String(32),
        ForeignKey("installations.installation_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("pseudonym", String(64), primary_key=True),
    Column("region", String(80), nullable=False),
    Column("opened_quarter", String(7), nullable=False),
    Column("facts", Text, nullable=False),
    Index("ix_family_facts_region", "region"),
)

files = Table(
    "files",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("status", String(16), nullable=False),
    Column("reason", String(32)),
    Column("detail", String(200)),
    Column("installation_id", String(32)),
    Column("sequence", Integer),
    Column("seen", DateTime(timezone=True), nullable=False),
)

enrolments = Table(
    "enrolments",
    metadata,
    Column("installation_id", String(32), primary_key=True),
    Column("region", String(80), nullable=False),
    Column("fingerprint", String(32), nullable=False),
    Column("enrolled_at", DateTime(timezone=True), nullable=False),
)

waiting = Table(
    "waiting",
    metadata,
    Column("installation_id", String(32), primary_key=True),
    Column("fingerprint", String(32), primary_key=True),
    Column("region", String(80), nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
)

FILE_STATUSES: tuple[str, ...] = ("collected", "superseded", "rejected")
