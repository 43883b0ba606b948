"""The hub's tables (SQLAlchemy Core), portable between SQLite and PostgreSQL.

Times are ISO-8601 UTC text ("2026-11-30T08:00:00Z"): sortable, and the same on both
databases. Reports are kept as the exact signed bytes, so any of them can be verified again.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

setting = Table(
    "hub_setting", metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

organisation = Table(
    "organisation", metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("public_key", LargeBinary(32), unique=True),  # null until enrolled
    Column("created_at", String(20), nullable=False),
    Column("enrolled_at", String(20)),
)

enrolment_token = Table(
    "enrolment_token", metadata,
    Column("token_sha256", String(64), primary_key=True),  # the token itself is never stored
    Column("organisation_id", String(64), ForeignKey("organisation.id"), nullable=False),
    Column("expires_at", String(20), nullable=False),
    Column("used_at", String(20)),
)

report = Table(
    "report", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("organisation_id", String(64), ForeignKey("organisation.id"), nullable=False),
    Column("period", String(16), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("canonical", LargeBinary, nullable=False),
    Column("signature", LargeBinary(64), nullable=False),
    Column("received_at", String(20), nullable=False),
    Column("via", String(16), nullable=False),  # "https" or "upload"
    Column("receipt", LargeBinary, nullable=False),
    Column("receipt_signature", LargeBinary(64), nullable=False),
    UniqueConstraint("organisation_id", "period", "revision", name="uq_report_revision"),
)

profile = Table(
    "profile", metadata,
    Column("organisation_id", String(64), ForeignKey("organisation.id"), primary_key=True),
    Column("document", Text, nullable=False),  # the profile's canonical JSON
    Column("published_at", String(20), nullable=False),
)

library_document = Table(
    "library_document", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("slug", String(80), nullable=False),
    Column("version", Integer, nullable=False),
    Column("title", String(200), nullable=False),
    Column("media_type", String(40), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("published_at", String(20), nullable=False),
    Column("published_by", String(80), nullable=False),
    UniqueConstraint("slug", "version", name="uq_library_version"),
)

admin = Table(
    "admin", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(80), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),  # Argon2id, PHC string
    Column("created_at", String(20), nullable=False),
)

# Times below are whole seconds since the epoch: they are compared and added to, never
# shown, on every login attempt and signed request.

login_throttle = Table(
    "login_throttle", metadata,
    Column("source", String(64), primary_key=True),  # a client address (IPv6: its /64)
    Column("failures", Integer, nullable=False),
    Column("last_failure_at", Integer, nullable=False),
    Column("blocked_until", Integer, nullable=False),
)

request_nonce = Table(
    "request_nonce", metadata,
    Column("organisation_id", String(64), primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("expires_at", Integer, nullable=False, index=True),
)
