"""Referral consent per service type and receiving organisation; the case handoff's tables.

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


def downgrade() -> None:
    op.drop_column("referral", "service_type")
    op.drop_column("consent", "organisation")
    op.drop_column("consent", "service_type")
