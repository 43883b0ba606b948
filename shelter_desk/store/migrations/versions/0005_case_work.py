"""The daily case work: attachments (bytes in files.db), the network directory, and the
steps of each referral with their dates.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), nullable=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("identity_document.id"),
                  nullable=True),
        sa.Column("attempt_id", sa.Integer, sa.ForeignKey("procedure_attempt.id"),
                  nullable=True),
        sa.Column("consent_id", sa.Integer, sa.ForeignKey("consent.id"), nullable=True),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("size_bytes", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("blob_id", sa.String(64), nullable=False, unique=True),
        sa.Column("added_by", sa.Integer, sa.ForeignKey("staff_user.id"), nullable=True),
        sa.Column("added_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_attachment_case", "attachment", ["case_id"])
    op.create_table(
        "organisation_directory",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("services", sa.JSON, nullable=False),
        sa.Column("contact", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "referral_step",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("referral_id", sa.Integer, sa.ForeignKey("referral.id"), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("on_date", sa.Date, nullable=False),
        sa.Column("recorded_by", sa.Integer, sa.ForeignKey("staff_user.id"), nullable=True),
    )
    op.create_index("ix_referral_step_referral", "referral_step", ["referral_id", "id"])
    # Referrals made before steps existed: their proposal on its date, then their current
    # status, whose date was never kept (the proposal's is the best known lower bound).
    op.execute("INSERT INTO referral_step (referral_id, status, on_date) "
               "SELECT id, 'proposed', referred_on FROM referral")
    op.execute("INSERT INTO referral_step (referral_id, status, on_date) "
               "SELECT id, status, referred_on FROM referral WHERE status != 'proposed'")


def downgrade() -> None:
    op.drop_index("ix_referral_step_referral", "referral_step")
    op.drop_table("referral_step")
    op.drop_table("organisation_directory")
    op.drop_index("ix_attachment_case", "attachment")
    op.drop_table("attachment")
