"""The hub's tables for secret shares (migration h0004), on the hub's one MetaData."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from shelter_desk.hub.schema import metadata

share_submission = Table(
    "share_submission", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("organisation_id", String(64), ForeignKey("organisation.id"), nullable=False),
    Column("period", String(16), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("canonical", LargeBinary, nullable=False),  # the exact signed bytes
    Column("signature", LargeBinary(64), nullable=False),
    Column("received_at", String(20), nullable=False),
    UniqueConstraint("organisation_id", "period", "revision", name="uq_share_revision"),
)

# One row per published version of a period's network tables (leader only). `members`
# is the JSON list of [public key hex, revision] whose shares it adds up: what the next
# version is compared with, so that no two versions differ by fewer than 3 members.
network_publication = Table(
    "network_publication", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("period", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    Column("members", Text, nullable=False),
    Column("document", Text, nullable=False),  # the published tables, JSON
    Column("published_at", String(20), nullable=False),
    UniqueConstraint("period", "version", name="uq_publication_version"),
)

# The privacy budget's ledger (migration h0005, leader only): one row per version
# published under differential privacy, with the epsilon it spent and, in `detail`
# (JSON), each table's epsilon, sensitivity and noise scale. The sum of `epsilon` over
# every row is what the network has spent; nothing is published past its budget.
privacy_spend = Table(
    "privacy_spend", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("period", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    Column("epsilon", Float, nullable=False),
    Column("mechanism", String(16), nullable=False),
    Column("detail", Text, nullable=False),
    Column("spent_at", String(20), nullable=False),
    UniqueConstraint("period", "version", name="uq_spend_version"),
)
