"""The vault's rows for the network's secret-share sums (migration 0017), beside
schema.py on the same metadata: the second server's link (the helper aggregator; the
hub's is `network_hub`) and the outbox of signed halves, one row per half and server."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from shelter_desk.store.schema import metadata

# The helper aggregator, pinned when the organisation enrolled on it with the same
# Ed25519 key it uses at the hub: its key signs the receipts for the helper's halves.
network_helper = Table(
    "network_helper",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False),
    Column("public_key", LargeBinary, nullable=False),
    Column("organisation_id", String(64), nullable=False),  # this organisation there
    Column("ca_file", Text, nullable=True),
    Column("joined_at", String(32), nullable=False),
)

# Each approved submission by shares is two rows, one per server ("leader": the hub,
# "helper"). A half stays "outbox" until its own server's signed receipt arrives
# ("sent"); one its server refused keeps the server's code and bilingual message
# ("refused"), for a person to read.
network_share = Table(
    "network_share",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("period", String(16), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("aggregator", String(8), nullable=False),
    Column("canonical", LargeBinary, nullable=False),  # exactly what was signed
    Column("signature", LargeBinary, nullable=False),
    Column("key_id", Integer, ForeignKey("organisation_key.id"), nullable=False),
    Column("state", String(16), nullable=False),
    Column("approved_by", Integer, ForeignKey("staff_user.id"), nullable=True),
    Column("approved_at", String(32), nullable=False),
    Column("receipt", LargeBinary, nullable=True),
    Column("receipt_signature", LargeBinary, nullable=True),
    Column("sent_at", String(32), nullable=True),
    Column("refusal", JSON, nullable=True),  # {"code", "es", "en"} as the server said
    UniqueConstraint("period", "revision", "aggregator", name="uq_network_share_half"),
)
