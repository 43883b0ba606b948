"""The case handoff's tables (migration 0012), beside schema.py on the same metadata.

Packages are kept sealed (age) as they travel; the vault's own encryption covers them at
rest too. Person and case ids carry no foreign key so an ARCO deletion (erasure.py) can
remove her rows here in its own order."""

from __future__ import annotations

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, LargeBinary, String, Table, Text

from shelter_desk.store.schema import metadata

# This organisation's age (X25519) key pairs, next to its Ed25519 signing key
# (organisation_key): packages are sealed to the public halves, opened with the secrets.
handoff_key = Table(
    "handoff_key",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("secret", Text, nullable=False),  # "AGE-SECRET-KEY-1…"
    Column("public", Text, nullable=False),  # "age1…", published in the directory
    Column("created_at", String(32), nullable=False),
    Column("created_by", Integer, ForeignKey("staff_user.id"), nullable=True),
)

# Other organisations' keys, pinned at first sight; a changed key waits in `pending_*`
# until a person confirms it (handoff/pins.py).
organisation_pin = Table(
    "organisation_pin",
    metadata,
    Column("organisation_id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("signing_key", LargeBinary, nullable=False),
    Column("age_keys", JSON, nullable=False),
    Column("source", String(8), nullable=False),  # "hub" or "file"
    Column("pinned_at", String(32), nullable=False),
    Column("pending_signing_key", LargeBinary, nullable=True),
    Column("pending_age_keys", JSON, nullable=True),
)

# Packages this organisation sent: the outbox until a carrier takes them, then their
# acknowledgements. `sealed` is dropped once acknowledged or revoked.
handoff_sent = Table(
    "handoff_sent",
    metadata,
    Column("package_id", String(36), primary_key=True),
    Column("referral_id", Integer, nullable=False),
    Column("person_id", Integer, nullable=False),
    Column("recipient_id", Text, nullable=False),
    Column("recipient_name", Text, nullable=False),
    Column("contents", JSON, nullable=False),  # what went: part names and kinds, no data
    Column("consent_id", Integer, nullable=True),
    Column("sealed", LargeBinary, nullable=True),
    Column("hub_item", String(36), nullable=True),  # its id in the hub's mailbox, if there
    Column("state", String(12), nullable=False),  # outbox, sent, received, accepted, ...
    Column("reason", Text, nullable=False, default=""),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("state_at", String(32), nullable=False),
    Index("ix_handoff_sent_person", "person_id"),
)

# Packages received: kept sealed until accepted (a case is made) or declined (the sealed
# bytes go; only the id stays, so the same package is recognised if it comes again).
handoff_received = Table(
    "handoff_received",
    metadata,
    Column("package_id", String(36), primary_key=True),
    Column("sender_id", Text, nullable=False),
    Column("sender_name", Text, nullable=False),
    Column("sealed", LargeBinary, nullable=True),
    Column("summary", JSON, nullable=True),  # the preview's lines, dropped on decline
    Column("state", String(12), nullable=False),  # received, accepted, declined
    Column("reason", Text, nullable=False, default=""),
    Column("received_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("state_at", String(32), nullable=False),
    Column("case_id", Integer, nullable=True),  # the case made from it, linked to its origin
)
