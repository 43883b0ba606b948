"""The mailbox of case handoffs: sealed packages waiting for their recipient.

Revision ID: h0003
Revises: h0001
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "h0003"
down_revision = "h0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mailbox_item",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("sender_id", sa.String(64), nullable=False, index=True),
        sa.Column("recipient_id", sa.String(64), nullable=False, index=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(20), nullable=False),
        sa.Column("expires_at", sa.String(20), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("mailbox_item")
