"""The privacy budget's ledger: one row per publication of a period's network tables
under differential privacy, with the epsilon it spent (a new version spends again).

Revision ID: h0005
Revises: h0004
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "h0005"
down_revision = "h0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "privacy_spend",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("epsilon", sa.Float, nullable=False),
        sa.Column("mechanism", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("spent_at", sa.String(20), nullable=False),
        sa.UniqueConstraint("period", "version", name="uq_spend_version"),
    )
    # The row every spending transaction updates first, so that two publications never
    # read the same total spent and both spend it (privacy_budget.hold).
    setting = sa.table("hub_setting", sa.column("name", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(setting, [{"name": "privacy_budget_lock", "value": ""}])


def downgrade() -> None:
    op.execute("DELETE FROM hub_setting WHERE name = 'privacy_budget_lock'")
    op.drop_table("privacy_spend")
