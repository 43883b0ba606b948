"""The team's laptops' tables (migration 0014, shelter_desk/team), beside schema.py on
the same metadata: the devices, the change log, ids across laptops, and what triggers
marked as written since the last sync."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from shelter_desk.store.schema import metadata

# This laptop and the laptops paired with it. Only this laptop's own row holds private
# keys (inside the encrypted vault); a removed laptop keeps its row, with removed_at.
team_device = Table(
    "team_device",
    metadata,
    Column("device_id", String(64), primary_key=True),  # SHA-256 of its certificate
    Column("name", Text, nullable=False),
    Column("certificate", LargeBinary, nullable=False),  # PEM, self-signed
    Column("age_recipient", Text, nullable=False),
    Column("signing_key", LargeBinary, nullable=False),  # raw Ed25519 public key
    Column("private_keys", LargeBinary, nullable=True),  # JSON, this laptop's row only
    Column("is_self", Boolean, nullable=False),
    Column("paired_at", String(32), nullable=False),
    Column("removed_at", String(32), nullable=True),
    Column("last_sync_at", String(32), nullable=True),
    Column("peer_vector", JSON, nullable=False),  # what that laptop is known to have
)

# Every change of one field of one synced record, by the device that made it.
team_change = Table(
    "team_change",
    metadata,
    Column("device", String(64), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("stamp", String(96), nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("record", String(96), nullable=False),
    Column("field", String(64), nullable=False),
    Column("value", JSON, nullable=True),
    Column("supersedes", JSON, nullable=False),
    sqlite_with_rowid=False,
)

# A synced row's id on this laptop and the id the team knows it by.
team_record = Table(
    "team_record",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("local_id", String(96), primary_key=True),
    Column("gid", String(96), nullable=False),
    UniqueConstraint("table_name", "gid", name="uq_team_record_gid"),
)

# Fields written here and not yet in the change log: filled by triggers in the writer's
# own transaction, so no service write can be missed; turned into changes before a sync.
team_dirty = Table(
    "team_dirty",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("local_id", String(96), primary_key=True),
    Column("field", String(64), primary_key=True),
    Column("written_at", String(32), nullable=False),
    sqlite_with_rowid=False,
)

# One row while a sync applies a peer's changes, so the triggers do not capture them again.
team_applying = Table(
    "team_applying",
    metadata,
    Column("flag", Integer, primary_key=True),
)
