"""The case record: people, case files, documents, procedure attempts, notes, tasks,
referrals, consents, and full-text search kept in step by triggers.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_FTS_STATEMENTS = (
    """
CREATE VIRTUAL TABLE person_fts USING fts5(
    given_names, family_names, aliases,
    content='person', content_rowid='id', tokenize='unicode61 remove_diacritics 2')
""",
    """
CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_fts(rowid, given_names, family_names, aliases)
    VALUES (new.id, new.given_names, new.family_names, new.aliases);
END
""",
    """
CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
    INSERT INTO person_fts(person_fts, rowid, given_names, family_names, aliases)
    VALUES ('delete', old.id, old.given_names, old.family_names, old.aliases);
END
""",
    """
CREATE TRIGGER person_fts_update AFTER UPDATE OF given_names, family_names, aliases ON person
BEGIN
    INSERT INTO person_fts(person_fts, rowid, given_names, family_names, aliases)
    VALUES ('delete', old.id, old.given_names, old.family_names, old.aliases);
    INSERT INTO person_fts(rowid, given_names, family_names, aliases)
    VALUES (new.id, new.given_names, new.family_names, new.aliases);
END
""",
    """
CREATE VIRTUAL TABLE note_fts USING fts5(
    body, content='note', content_rowid='id', tokenize='unicode61 remove_diacritics 2')
""",
    """
CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
    INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
END
""",
    """
CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
    INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
END
""",
    """
CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN
    INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
END
""",
)


def _stamp() -> sa.Column:
    return sa.Column("updated_at", sa.String(32), nullable=False)


def upgrade() -> None:
    op.create_table(
        "case_file",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(16), nullable=False, unique=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("principal_person_id", sa.Integer, nullable=True),
        sa.Column("opened_on", sa.Date, nullable=False),
        sa.Column("closed_on", sa.Date, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("assigned_worker_id", sa.Integer, sa.ForeignKey("staff_user.id")),
        sa.Column("risk_level", sa.String(16), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        _stamp(),
    )
    op.create_index("ix_case_file_year_number", "case_file", ["year", "number"], unique=True)
    op.create_index("ix_case_file_status", "case_file", ["status"])
    op.create_index("ix_case_file_worker", "case_file", ["assigned_worker_id"])
    op.create_index("ix_case_file_opened", "case_file", ["opened_on"])
    op.create_index("ix_case_file_principal", "case_file", ["principal_person_id"])
    op.create_table(
        "case_type_link",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case_file.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("type_key", sa.String(64), primary_key=True),
    )
    op.create_index("ix_case_type_link_type", "case_type_link", ["type_key"])
    op.create_table(
        "person",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("relationship", sa.String(16), nullable=True),
        sa.Column("given_names", sa.Text, nullable=False),
        sa.Column("family_names", sa.Text, nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("sort_key", sa.Text, nullable=False),
        sa.Column("birth_date", sa.Date, nullable=True),
        sa.Column("birth_date_estimated", sa.Boolean, nullable=False),
        sa.Column("sex", sa.String(16), nullable=False),
        sa.Column("gender_identity", sa.String(16), nullable=False),
        sa.Column("nationality", sa.String(2), nullable=False),
        sa.Column("languages", sa.JSON, nullable=False),
        sa.Column("indigenous", sa.Boolean, nullable=True),
        sa.Column("place_of_origin", sa.Text, nullable=False),
        sa.Column("arrived_mexico_on", sa.Date, nullable=True),
        sa.Column("arrived_shelter_on", sa.Date, nullable=True),
        sa.Column("migration_status", sa.String(32), nullable=False),
        sa.Column("phone", sa.Text, nullable=False),
        sa.Column("school_status", sa.String(16), nullable=False),
        sa.Column("school_grade", sa.Text, nullable=False),
        sa.Column("blocked_at", sa.String(32), nullable=True),
        _stamp(),
    )
    op.create_index("ix_person_case", "person", ["case_id"])
    op.create_index("ix_person_nationality", "person", ["nationality"])
    op.create_index("ix_person_sort_key", "person", ["sort_key"])
    op.create_table(
        "identity_document",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=False),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("type_key", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("number", sa.Text, nullable=False),
        sa.Column("issuer", sa.Text, nullable=False),
        sa.Column("issued_on", sa.Date, nullable=True),
        sa.Column("expires_on", sa.Date, nullable=True),
        sa.Column("effective_expiry", sa.Date, nullable=True),
        sa.Column("apostilled", sa.Boolean, nullable=True),
        sa.Column("translated", sa.Boolean, nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
        _stamp(),
    )
    # Covering for the statistics: documents of the people attended, by type and status.
    op.create_index("ix_document_person", "identity_document",
                    ["person_id", "type_key", "status", "effective_expiry"])
    op.create_index("ix_document_case_type", "identity_document",
                    ["case_id", "type_key", "status"])
    # Read in (type, status) order by the statistics, which only need whose it is.
    op.create_index("ix_document_type_status", "identity_document",
                    ["type_key", "status", "person_id"])
    # Covering indexes: "expiring within N days" and each row's next expiry read the
    # index alone, never the table.
    # (person_id last: whose document it is, to leave out people who are blocked.)
    op.create_index("ix_document_status_expiry", "identity_document",
                    ["status", "effective_expiry", "case_id", "person_id"])
    op.create_index("ix_document_case_expiry", "identity_document",
                    ["case_id", "status", "effective_expiry", "person_id"])
    op.create_table(
        "procedure_attempt",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=False),
        sa.Column("right_key", sa.String(64), nullable=False),
        sa.Column("institution_type_key", sa.String(64), nullable=False),
        sa.Column("institution_name", sa.Text, nullable=False),
        sa.Column("attempted_on", sa.Date, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("documents_presented", sa.JSON, nullable=False),
        sa.Column("reason_key", sa.String(64), nullable=True),
        sa.Column("reason_given", sa.Text, nullable=False),
        sa.Column("action_taken", sa.Text, nullable=False),
        sa.Column("follow_up_on", sa.Date, nullable=True),
        sa.Column("resolved_on", sa.Date, nullable=True),
        sa.Column("resolution", sa.Text, nullable=False),
        sa.Column("is_open", sa.Boolean, nullable=False),
        _stamp(),
    )
    op.create_index("ix_attempt_case_open", "procedure_attempt", ["case_id", "is_open"])
    op.create_index("ix_attempt_right", "procedure_attempt", ["right_key", "outcome"])
    op.create_table(
        "note",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("confidential", sa.Boolean, nullable=False),
        sa.Column("author_id", sa.Integer, sa.ForeignKey("staff_user.id"), nullable=True),
        sa.Column("written_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_note_case", "note", ["case_id", "written_at"])
    op.create_table(
        "task",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("assignee_id", sa.Integer, sa.ForeignKey("staff_user.id"), nullable=True),
        sa.Column("done_at", sa.String(32), nullable=True),
        sa.Column("source", sa.String(128), nullable=True, unique=True),
    )
    op.create_index("ix_task_case", "task", ["case_id"])
    op.create_index("ix_task_assignee_due", "task", ["assignee_id", "done_at", "due_on"])
    op.create_table(
        "referral",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=False),
        sa.Column("organisation", sa.Text, nullable=False),
        sa.Column("service", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("referred_on", sa.Date, nullable=False),
        _stamp(),
    )
    op.create_index("ix_referral_case", "referral", ["case_id"])
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=False),
        sa.Column("purpose", sa.String(16), nullable=False),
        sa.Column("given", sa.Boolean, nullable=False),
        sa.Column("recorded_on", sa.Date, nullable=False),
        sa.Column("recorded_by", sa.Integer, sa.ForeignKey("staff_user.id"), nullable=True),
    )
    op.create_index("ix_consent_person_purpose", "consent", ["person_id", "purpose", "id"])
    for statement in _FTS_STATEMENTS:
        op.execute(statement)
    # Partial: almost nobody is blocked, and a full index on a column that is nearly
    # always NULL tempted the planner into scanning it.
    op.create_index("ix_person_blocked", "person", ["blocked_at"],
                    sqlite_where=sa.text("blocked_at IS NOT NULL"))


def downgrade() -> None:
    for name in ("note_fts", "person_fts"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    for table in ("consent", "referral", "task", "note", "procedure_attempt",
                  "identity_document", "person", "case_type_link", "case_file"):
        op.drop_table(table)
