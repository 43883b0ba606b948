"""Secret shares of members' exact counts, and the network tables published from them
(each published version with the members whose shares it adds up).

Revision ID: h0004
Revises: h0001
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "h0004"
down_revision = "h0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "share_submission",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("organisation_id", sa.String(64), sa.ForeignKey("organisation.id"),
                  nullable=False),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("canonical", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.LargeBinary(64), nullable=False),
        sa.Column("received_at", sa.String(20), nullable=False),
        sa.UniqueConstraint("organisation_id", "period", "revision", name="uq_share_revision"),
    )
    op.create_table(
        "network_publication",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("members", sa.Text, nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("published_at", sa.String(20), nullable=False),
        sa.UniqueConstraint("period", "version", name="uq_publication_version"),
    )


def downgrade() -> None:
    op.drop_table("network_publication")
    op.drop_table("share_submission")
