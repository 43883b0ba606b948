"""Referral consent per service type and organisation; the case handoff's tables.

Earlier referral consents were a single yes/no: they get no service type and no
organisation, which the code reads as "every service type, any organisation", exactly what
she was asked then. A handoff (her file itself leaves) needs a newer record that names the
receiving organisation, so old consents never send a file on their own.

Revision ID: 0012
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0009"
branch_labels = None
depends_on = None


# Plain ADD/DROP COLUMN (SQLite 3.35+), not a batch copy: the referral table is the
# target of referral_step's foreign key, and a batch copy would drop it.
def upgrade() -> None:
    op.add_column("consent", sa.Column("service_type", sa.String(16), nullable=True))
    op.add_column("consent", sa.Column("organisation", sa.Text, nullable=True))
    op.add_column("referral", sa.Column("service_type", sa.String(16), nullable=True))
    op.create_table(
        "handoff_key",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("secret", sa.Text, nullable=False),
        sa.Column("public", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("staff_user.id"), nullable=True),
    )
    op.create_table(
        "organisation_pin",
        sa.Column("organisation_id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("signing_key", sa.LargeBinary, nullable=False),
        sa.Column("age_keys", sa.JSON, nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("pinned_at", sa.String(32), nullable=False),
        sa.Column("pending_signing_key", sa.LargeBinary, nullable=True),
        sa.Column("pending_age_keys", sa.JSON, nullable=True),
    )
    op.create_table(
        "handoff_sent",
        sa.Column("package_id", sa.String(36), primary_key=True),
        sa.Column("referral_id", sa.Integer, nullable=False),
        sa.Column("person_id", sa.Integer, nullable=False),
        sa.Column("recipient_id", sa.Text, nullable=False),
        sa.Column("recipient_name", sa.Text, nullable=False),
        sa.Column("contents", sa.JSON, nullable=False),
        sa.Column("consent_id", sa.Integer, nullable=True),
        sa.Column("sealed", sa.LargeBinary, nullable=True),
        sa.Column("hub_item", sa.String(36), nullable=True),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("expires_at", sa.String(32), nullable=False),
        sa.Column("state_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_handoff_sent_person", "handoff_sent", ["person_id"])
    op.create_table(
        "handoff_received",
        sa.Column("package_id", sa.String(36), primary_key=True),
        sa.Column("sender_id", sa.Text, nullable=False),
        sa.Column("sender_name", sa.Text, nullable=False),
        sa.Column("sealed", sa.LargeBinary, nullable=True),
        sa.Column("summary", sa.JSON, nullable=True),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("expires_at", sa.String(32), nullable=False),
        sa.Column("state_at", sa.String(32), nullable=False),
        sa.Column("case_id", sa.Integer, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("handoff_received")
    op.drop_index("ix_handoff_sent_person", "handoff_sent")
    op.drop_table("handoff_sent")
    op.drop_table("organisation_pin")
    op.drop_table("handoff_key")
    op.drop_column("referral", "service_type")
    op.drop_column("consent", "organisation")
    op.drop_column("consent", "service_type")
