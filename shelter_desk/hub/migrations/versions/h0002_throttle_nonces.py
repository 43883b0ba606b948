"""The login throttle in the database (per client address, shared by every worker and
kept across restarts) and the nonces of signed member requests (a replay is refused).

Revision ID: h0002
Revises: h0001
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "h0002"
down_revision = "h0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_throttle",
        sa.Column("source", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failure_at", sa.Integer, nullable=False),
        sa.Column("blocked_until", sa.Integer, nullable=False),
    )
    op.create_table(
        "request_nonce",
        sa.Column("organisation_id", sa.String(64), primary_key=True),
        sa.Column("nonce", sa.String(64), primary_key=True),
        sa.Column("expires_at", sa.Integer, nullable=False),
    )
    op.create_index("ix_request_nonce_expires_at", "request_nonce", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_request_nonce_expires_at", "request_nonce")
    op.drop_table("request_nonce")
    op.drop_table("login_throttle")
