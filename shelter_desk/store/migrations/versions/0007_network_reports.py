"""The network report: the network's policy, the organisation's signing key and the
approved reports (the outbox), all inside the encrypted vault.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "network_policy",
        sa.Column("id", sa.Integer, primary_key=True),  # one row: the network joined
        sa.Column("organisation_id", sa.Text, nullable=False),
        sa.Column("policy", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "organisation_key",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("private_key", sa.LargeBinary, nullable=False),  # raw Ed25519, 32 bytes
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("staff_user.id"), nullable=True),
    )
    op.create_table(
        "network_report",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("canonical", sa.LargeBinary, nullable=False),  # exactly the signed bytes
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("key_id", sa.Integer, sa.ForeignKey("organisation_key.id"), nullable=False),
        # Every true count and what was withheld: never sent, kept so that the next
        # revision of the period cannot be subtracted from this one.
        sa.Column("protection", sa.JSON, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),  # outbox, sent
        sa.Column("approved_by", sa.Integer, sa.ForeignKey("staff_user.id"), nullable=True),
        sa.Column("approved_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("period", "revision", name="uq_network_report_revision"),
    )


def downgrade() -> None:
    op.drop_table("network_report")
    op.drop_table("organisation_key")
    op.drop_table("network_policy")
