"""The network's secret-share sums as the app sends them: the helper aggregator's link
and the outbox of signed halves (one row per half and server).

Revision ID: 0017
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "network_helper",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("organisation_id", sa.String(64), nullable=False),
        sa.Column("ca_file", sa.Text, nullable=True),
        sa.Column("joined_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "network_share",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("aggregator", sa.String(8), nullable=False),
        sa.Column("canonical", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("key_id", sa.Integer, sa.ForeignKey("organisation_key.id"), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("approved_by", sa.Integer, sa.ForeignKey("staff_user.id"), nullable=True),
        sa.Column("approved_at", sa.String(32), nullable=False),
        sa.Column("receipt", sa.LargeBinary, nullable=True),
        sa.Column("receipt_signature", sa.LargeBinary, nullable=True),
        sa.Column("sent_at", sa.String(32), nullable=True),
        sa.Column("refusal", sa.JSON, nullable=True),
        sa.UniqueConstraint("period", "revision", "aggregator", name="uq_network_share_half"),
    )


def downgrade() -> None:
    op.drop_table("network_share")
    op.drop_table("network_helper")
