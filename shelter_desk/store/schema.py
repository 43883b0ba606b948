"""The tables of vault.db as the current code sees them (migrations build them)."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

organisation = Table(
    "organisation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

staff_user = Table(
    "staff_user",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("keyslot_id", String(64), nullable=True),
    Column("created_at", String(32), nullable=False),
)

audit_event = Table(
    "audit_event",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("occurred_at", String(32), nullable=False),
    Column("actor_id", Integer, ForeignKey("staff_user.id"), nullable=True),
    Column("action", String(64), nullable=False),
    Column("entity_type", String(64), nullable=False),
    Column("entity_id", String(64), nullable=True),
    Column("summary", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# Facts about the vault itself: its id, whether it is a demo, the audit chain's head.
vault_meta = Table(
    "vault_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Settings a coordinator changes for the whole vault (auto-lock, backup reminder...).
setting = Table(
    "setting",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

# -- the case record (migration 0003) ----------------------------------------------------

case_file = Table(
    "case_file",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(16), nullable=False, unique=True),
    Column("year", Integer, nullable=False),
    Column("number", Integer, nullable=False),
    Column("principal_person_id", Integer, ForeignKey("person.id"), nullable=True),
    Column("opened_on", Date, nullable=False),
    Column("closed_on", Date, nullable=True),
    Column("status", String(16), nullable=False),
    Column("assigned_worker_id", Integer, ForeignKey("staff_user.id"), nullable=True),
    Column("risk_level", String(16), nullable=False),
    Column("summary", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

case_type_link = Table(
    "case_type_link",
    metadata,
    Column("case_id", Integer, ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True),
    Column("type_key", String(64), primary_key=True),
)

person = Table(
    "person",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("case_file.id"), nullable=False),
    Column("relationship", String(16), nullable=True),
    Column("given_names", Text, nullable=False),
    Column("family_names", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("sort_key", Text, nullable=False),
    Column("birth_date", Date, nullable=True),
    Column("birth_date_estimated", Boolean, nullable=False),
    Column("sex", String(16), nullable=False),
    Column("gender_identity", String(16), nullable=False),
    Column("nationality", String(2), nullable=False),
    Column("languages", JSON, nullable=False),
    Column("indigenous", Boolean, nullable=True),
    Column("place_of_origin", Text, nullable=False),
    Column("arrived_mexico_on", Date, nullable=True),
    Column("arrived_shelter_on", Date, nullable=True),
    Column("migration_status", String(32), nullable=False),
    Column("phone", Text, nullable=False),
    Column("school_status", String(16), nullable=False),
    Column("school_grade", Text, nullable=False),
    Column("blocked_at", String(32), nullable=True),
    Column("updated_at", String(32), nullable=False),
)

identity_document = Table(
    "identity_document",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("person.id"), nullable=False),
    Column("case_id", Integer, ForeignKey("case_file.id"), nullable=False),
    Column("type_key", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("number", Text, nullable=False),
    Column("issuer", Text, nullable=False),
    Column("issued_on", Date, nullable=True),
    Column("expires_on", Date, nullable=True),
    # The catalogue's rule applied at write time, so "expiring within N days" is SQL.
    Column("effective_expiry", Date, nullable=True),
    Column("apostilled", Boolean, nullable=True),
    Column("translated", Boolean, nullable=True),
    Column("notes", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

procedure_attempt = Table(
    "procedure_attempt",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("case_file.id"), nullable=False),
    Column("person_id", Integer, ForeignKey("person.id"), nullable=False),
    Column("right_key", String(64), nullable=False),
    Column("institution_type_key", String(64), nullable=False),
    Column("institution_name", Text, nullable=False),
    Column("attempted_on", Date, nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("documents_presented", JSON, nullable=False),
    Column("reason_keys", JSON, nullable=False),  # every reason given (migration 0016)
    Column("reason_given", Text, nullable=False),
    Column("action_taken", Text, nullable=False),
    Column("follow_up_on", Date, nullable=True),
    Column("document_id", Integer, ForeignKey("identity_document.id"), nullable=True),
    Column("resolved_on", Date, nullable=True),
    Column("resolution", Text, nullable=False),
    Column("is_open", Boolean, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

note = Table(
    "note",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("case_file.id"), nullable=False),
    Column("person_id", Integer, ForeignKey("person.id"), nullable=True),
    Column("kind", String(16), nullable=False),
    Column("body", Text, nullable=False),
    Column("confidential", Boolean, nullable=False),
    Column("author_id", Integer, ForeignKey("staff_user.id"), nullable=True),
    Column("written_at", String(32), nullable=False),
)

task = Table(
    "task",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("case_file.id"), nullable=False),
    Column("title", Text, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("assignee_id", Integer, ForeignKey("staff_user.id"), nullable=True),
    Column("done_at", String(32), nullable=True),
    Column("source", String(128), nullable=True, unique=True),
)

referral = Table(
    "referral",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("case_file.id"), nullable=False),
    Column("person_id", Integer, ForeignKey("person.id"), nullable=False),
    Column("organisation", Text, nullable=False),
    Column("service", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("referred_on", Date, nullable=False),
    Column("updated_at", String(32), nullable=False),
    # Migration 0012: the consent it was checked against is per service type; NULL for
    # referrals made before, which only a consent for every type covers.
    Column("service_type", String(16), nullable=True),
)

consent = Table(
    "consent",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("person.id"), nullable=False),
    Column("purpose", String(16), nullable=False),
    Column("given", Boolean, nullable=False),
    Column("recorded_on", Date, nullable=False),
    Column("recorded_by", Integer, ForeignKey("staff_user.id"), nullable=True),
    # Migration 0012: referral consent per service type and receiving organisation; NULL
    # means every type / any organisation, as the single yes/no before it did.
    Column("service_type", String(16), nullable=True),
    Column("organisation", Text, nullable=True),
)

# The case search index (migration 0004): one row per word and case, keyed so that the
# rows for one word come out in the case list's name order. A search then reads one page
# of one index range instead of every match; see search_index.py.
search_term = Table(
    "search_term",
    metadata,
    Column("term", Text, primary_key=True),
    Column("sort_key", Text, primary_key=True),  # the principal's, as the list sorts
    Column("principal_id", Integer, primary_key=True),
    Column("case_id", Integer, primary_key=True),
    # 0: anyone may find the case by this word; else only this author (and coordinators),
    # because the word comes from her confidential notes alone.
    Column("visible_to", Integer, primary_key=True),
    sqlite_with_rowid=False,
)

# The case list's expiry index (migration 0006): one row per date on which an original
# document of a case (of a person not blocked) expires, keyed in the list's name order.
# "Expiring within N days" walks it in that order and stops after a page, where a set
# of every matching case grew with the vault; see search_index.py.
case_expiry = Table(
    "case_expiry",
    metadata,
    Column("sort_key", Text, primary_key=True),
    Column("principal_id", Integer, primary_key=True),
    Column("case_id", Integer, primary_key=True),
    Column("expires_on", Date, primary_key=True),
    sqlite_with_rowid=False,
)

# -- migration 0005: attachments, the network directory, referral steps ------------------

# What is known of a file; its bytes are chunks in files.db under blob_id.
attachment = Table(
    "attachment",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("case_file.id"), nullable=False),
    Column("person_id", Integer, ForeignKey("person.id"), nullable=True),
    Column("document_id", Integer, ForeignKey("identity_document.id"), nullable=True),
    Column("attempt_id", Integer, ForeignKey("procedure_attempt.id"), nullable=True),
    Column("consent_id", Integer, ForeignKey("consent.id"), nullable=True),
    Column("file_name", Text, nullable=False),
    Column("media_type", String(64), nullable=False),
    Column("size_bytes", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("blob_id", String(64), nullable=False, unique=True),
    Column("added_by", Integer, ForeignKey("staff_user.id"), nullable=True),
    Column("added_at", String(32), nullable=False),
)

# The organisations of the network a woman can be referred to, kept by hand for now.
organisation_directory = Table(
    "organisation_directory",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("services", JSON, nullable=False),  # list of service names
    Column("contact", Text, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("network_id", String(64), nullable=True),  # set when it came from the hub
    Index("ix_organisation_directory_network_id", "network_id", unique=True),
)

# Each status a referral went through, and when: proposed, sent, accepted...
referral_step = Table(
    "referral_step",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("referral_id", Integer, ForeignKey("referral.id"), nullable=False),
    Column("status", String(16), nullable=False),
    Column("on_date", Date, nullable=False),
    Column("recorded_by", Integer, ForeignKey("staff_user.id"), nullable=True),
)

# -- migration 0007: the network report ---------------------------------------------------

# The network this organisation joined: its id in the network and the agreed policy.
network_policy = Table(
    "network_policy",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("organisation_id", Text, nullable=False),
    Column("policy", JSON, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

# The organisation's Ed25519 signing key (raw bytes; the vault is the protection).
organisation_key = Table(
    "organisation_key",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("private_key", LargeBinary, nullable=False),
    Column("public_key", LargeBinary, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("created_by", Integer, ForeignKey("staff_user.id"), nullable=True),
)

# Approved, signed reports; "outbox" until a transport confirms them sent.
network_report = Table(
    "network_report",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("period", String(16), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("canonical", LargeBinary, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("key_id", Integer, ForeignKey("organisation_key.id"), nullable=False),
    Column("protection", JSON, nullable=False),
    Column("state", String(16), nullable=False),
    Column("approved_by", Integer, ForeignKey("staff_user.id"), nullable=True),
    Column("approved_at", String(32), nullable=False),
    UniqueConstraint("period", "revision", name="uq_network_report_revision"),
)

# -- migration 0008: the network hub as the app knows it ----------------------------------

# The network's hub, pinned when the organisation joined: its key signs the receipts.
network_hub = Table(
    "network_hub",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False),
    Column("public_key", LargeBinary, nullable=False),
    Column("organisation_id", String(64), nullable=False),  # this organisation at the hub
    Column("ca_file", Text, nullable=True),  # the network's own CA, when it has one
    Column("policy", JSON, nullable=False),
    Column("joined_at", String(32), nullable=False),
)

# The hub's signed receipt for each report it received: a report with one has left.
network_receipt = Table(
    "network_receipt",
    metadata,
    Column("report_id", Integer, primary_key=True),  # the outbox row (#9's network_report)
    Column("period", String(16), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("report_sha256", String(64), nullable=False),
    Column("receipt", LargeBinary, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("received_at", String(32), nullable=False),
)

# The network's protocols, the newest version of each, readable without internet.
library_copy = Table(
    "library_copy",
    metadata,
    Column("slug", String(80), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("media_type", String(40), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("fetched_at", String(32), nullable=False),
)

# -- migration 0009: ids an ARCO deletion freed --------------------------------------------

# SQLite gives a new row the highest id + 1, so a deleted woman's ids come back for the
# next people entered; their audit rows must not be read as the newcomer's history.
# Ids only, no personal data: audit events up to `before_event` belong to the deleted row.
retired_entity = Table(
    "retired_entity",
    metadata,
    Column("entity_type", String(64), primary_key=True),
    Column("entity_id", String(64), primary_key=True),
    Column("before_event", Integer, primary_key=True),
    sqlite_with_rowid=False,
)
