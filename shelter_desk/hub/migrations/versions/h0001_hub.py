"""The hub's first tables: settings, organisations and their enrolment tokens, reports
with their receipts, directory profiles, the library and administrators.

Revision ID: h0001
Revises:
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_setting",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("public_key", sa.LargeBinary(32), unique=True),
        sa.Column("created_at", sa.String(20), nullable=False),
        sa.Column("enrolled_at", sa.String(20)),
    )
    op.create_table(
        "enrolment_token",
        sa.Column("token_sha256", sa.String(64), primary_key=True),
        sa.Column("organisation_id", sa.String(64), sa.ForeignKey("organisation.id"),
                  nullable=False),
        sa.Column("expires_at", sa.String(20), nullable=False),
        sa.Column("used_at", sa.String(20)),
    )
    op.create_table(
        "report",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("organisation_id", sa.String(64), sa.ForeignKey("organisation.id"),
                  nullable=False),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("canonical", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.LargeBinary(64), nullable=False),
        sa.Column("received_at", sa.String(20), nullable=False),
        sa.Column("via", sa.String(16), nullable=False),
        sa.Column("receipt", sa.LargeBinary, nullable=False),
        sa.Column("receipt_signature", sa.LargeBinary(64), nullable=False),
        sa.UniqueConstraint("organisation_id", "period", "revision", name="uq_report_revision"),
    )
    op.create_table(
        "profile",
        sa.Column("organisation_id", sa.String(64), sa.ForeignKey("organisation.id"),
                  primary_key=True),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("published_at", sa.String(20), nullable=False),
    )
    op.create_table(
        "library_document",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("published_at", sa.String(20), nullable=False),
        sa.Column("published_by", sa.String(80), nullable=False),
        sa.UniqueConstraint("slug", "version", name="uq_library_version"),
    )
    op.create_table(
        "admin",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(80), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(20), nullable=False),
    )


def downgrade() -> None:
    for table in ("admin", "library_document", "profile", "report", "enrolment_token",
                  "organisation", "hub_setting"):
        op.drop_table(table)
