"""The typed ORM models of the case store: the whole case-file model plus settings, secrets,
reflection approvals and the audit log. Every change to these tables is an Alembic migration.

Member and network ids of the case file are kept as `local_id` (unique within a family), so that
references between records (`mentor_of`, contacts, `involved`) survive a round trip unchanged.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class FamilyRow(Base):
    __tablename__ = "families"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(Text)
    municipality: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    vulnerabilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    learning_consent: Mapped[str] = mapped_column(String(16), default="unknown")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    # ---- closing (migration 0006, issue 14) ----
    closing_reason: Mapped[str | None] = mapped_column(String(32))
    closing_note: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[MemberRow]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="MemberRow.position"
    )


class MemberRow(Base):
    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("family_id", "local_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id", ondelete="CASCADE"))
    local_id: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(32))
    given_name: Mapped[str | None] = mapped_column(Text)
    family_name: Mapped[str | None] = mapped_column(Text)
    birth_date: Mapped[date | None] = mapped_column(Date)
    expected_on: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    family: Mapped[FamilyRow] = relationship(back_populates="members")


class NetworkRow(Base):
    __tablename__ = "network_members"
    __table_args__ = (UniqueConstraint("family_id", "local_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id", ondelete="CASCADE"))
    local_id: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text)
    relation: Mapped[str | None] = mapped_column(Text)
    mentor_of: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)
    profession: Mapped[str | None] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    strength: Mapped[str] = mapped_column(String(16), default="normal")
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)


class ContactRow(Base):
    __tablename__ = "contact_assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(16))
    network_id: Mapped[str] = mapped_column(Text)
    start: Mapped[date] = mapped_column("from", Date)
    until: Mapped[date | None] = mapped_column(Date)
    # ---- handover notes (migration 0006, issue 14) ----
    reason: Mapped[str | None] = mapped_column(String(32))
    warm_handover: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_family_date", "family_id", "date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    involved: Mapped[list[str]] = mapped_column(JSON, default=list)
    barriers: Mapped[list[str]] = mapped_column(JSON, default=list)
    enablers: Mapped[list[str]] = mapped_column(JSON, default=list)
    # ---- planned steps (issue 14, migration 0004): dated ahead, not done yet ----
    planned: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class GoalRow(Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")


class ActionRow(Base):
    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="todo")


class ReflectionRow(Base):
    __tablename__ = "reflections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    share_for_learning: Mapped[bool] = mapped_column(Boolean, default=False)


class SettingRow(Base):
    """User settings (`veldwerk config`): region, shared_folder, auto_lock_minutes, language…"""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SecretRow(Base):
    """Secrets that exist only inside the encrypted profile (pseudonym key, signing key…)."""

    __tablename__ = "secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class ReflectionApprovalRow(Base):
    """The user approved this exact scrubbed text of a reflection for the learning data."""

    __tablename__ = "reflection_approvals"

    reflection_id: Mapped[int] = mapped_column(
        ForeignKey("reflections.id", ondelete="CASCADE"), primary_key=True
    )
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    approved_at: Mapped[datetime] = mapped_column(DateTime)


class AuditRow(Base):
    """Who changed what: when, which record, which fields (never the values), hash-chained."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16))
    table: Mapped[str] = mapped_column("table_name", String(64))
    record_id: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[str] = mapped_column(Text)  # JSON list of field names
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # ---- retention (issue 14, migration 0004): a tombstone's detail, no personal data ----
    detail: Mapped[str | None] = mapped_column(Text)  # JSON object: reason code, request date


# ---- search in everything (migration 0005; `store.search_index`) ----------------------------
# The FTS5 table `search_index` and the triggers that keep it in step are not ORM models: they
# are made by the migration, and read and rebuilt only through `store.search_index`.


# ---- shared families (migration 0003; `store.team_repo`) -------------------------------------
class ColleagueRow(Base):
    """A colleague whose card this profile took in (after comparing its safety code)."""

    __tablename__ = "team_colleagues"

    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    exchange_key: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)


class TeamLinkRow(Base):
    """The user said: this network member of this family is that colleague."""

    __tablename__ = "team_links"

    family_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[str] = mapped_column(Text, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32))


class SharedFamilyRow(Base):
    """A family shared through the team folder, by its team name (`tag`). `state`: shared,
    revoked (this profile no longer holds a role: its copy was erased) or erased."""

    __tablename__ = "team_families"

    tag: Mapped[str] = mapped_column(String(32), primary_key=True)
    family_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    state: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(32))
    shared_at: Mapped[datetime] = mapped_column(DateTime)


class TeamRecordRow(Base):
    """The uid of a record of a shared family, and its row in the store."""

    __tablename__ = "team_records"
    __table_args__ = (Index("ix_team_records_row", "tag", "kind", "row_key"),)

    tag: Mapped[str] = mapped_column(String(32), primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    row_key: Mapped[int] = mapped_column(Integer)


class TeamOpRow(Base):
    """One op of a shared family (its JSON); `unsent`: made here, not yet in a change set."""

    __tablename__ = "team_ops"
    __table_args__ = (Index("ix_team_ops_tag", "tag"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tag: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)
    unsent: Mapped[bool] = mapped_column(Boolean)


class TeamPeerRow(Base):
    """A device that has the shared family (it was sent everything, or sent it here)."""

    __tablename__ = "team_peers"

    tag: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)


class TeamForwardRow(Base):
    """An op to pass on to one device at the next sync (it was not among its recipients)."""

    __tablename__ = "team_forward"

    tag: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class TeamFileRow(Base):
    """A change set file of the team folder that was read and verified (not read again)."""

    __tablename__ = "team_files"

    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(32))


class TeamStateRow(Base):
    """The team's small state: the clock, the sequence number of the next change set."""

    __tablename__ = "team_state"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# ---- drafts (migration 0007; `store.drafts_repo`) ---------------------------------------------
class DraftRow(Base):
    """What a dialog held, typed but not saved yet (`domain.drafts`): one row per slot (dialog
    kind, family, record); the family's erasure removes its drafts (the foreign key)."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slot: Mapped[str] = mapped_column(String(120), unique=True)
    family_id: Mapped[int | None] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    record_key: Mapped[int | None] = mapped_column(Integer, nullable=True)
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


# ---- the access log (issue 15, migration 0008; `store.access_log`) ---------------------------
class AccessActorRow(Base):
    """Who acted (NEN 7513's "who"): this profile's user or a colleague, or the fixed contact
    someone acted for. Entries hold only this row's id, never a name."""

    __tablename__ = "access_actors"
    __table_args__ = (UniqueConstraint("name", "role", "organisation", "device_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text)
    device_id: Mapped[str] = mapped_column(String(32))


class AccessChainRow(Base):
    """One family's chain of access entries: how many, the last hash; `family_id` is None and
    `erased_at` set once the family (and its entries) were erased: the head stays."""

    __tablename__ = "access_chains"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    entries: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))
    erased_at: Mapped[str | None] = mapped_column(String(32))


class AccessEntryRow(Base):
    """One access of a family (a view, change, print, save, export, share, receive, search
    result opened, learning export): kinds and ids, never values; `count` times between
    `first_at` and `last_at`."""

    __tablename__ = "access_log"
    __table_args__ = (UniqueConstraint("chain_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chain_id: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    first_at: Mapped[str] = mapped_column(String(32))
    last_at: Mapped[str] = mapped_column(String(32))
    count: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    record_ids: Mapped[str] = mapped_column(Text)  # JSON list of record ids
    actor_id: Mapped[int] = mapped_column(Integer)
    contact_role: Mapped[str] = mapped_column(String(16))
    for_actor_id: Mapped[int | None] = mapped_column(Integer)
    party_id: Mapped[int | None] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String(32))
    emergency: Mapped[bool] = mapped_column(Boolean)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
