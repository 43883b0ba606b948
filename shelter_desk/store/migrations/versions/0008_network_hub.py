"""The network hub as the app keeps it: the pinned hub, the hub's receipts for sent
reports, offline copies of the network's protocol library, and which directory entries
came from the hub.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "network_hub",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("organisation_id", sa.String(64), nullable=False),
        sa.Column("ca_file", sa.Text, nullable=True),
        sa.Column("policy", sa.JSON, nullable=False),
        sa.Column("joined_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "network_receipt",
        sa.Column("report_id", sa.Integer, primary_key=True),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("report_sha256", sa.String(64), nullable=False),
        sa.Column("receipt", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "library_copy",
        sa.Column("slug", sa.String(80), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("fetched_at", sa.String(32), nullable=False),
    )
    with op.batch_alter_table("organisation_directory") as batch:
        batch.add_column(sa.Column("network_id", sa.String(64), nullable=True))
        batch.create_index("ix_organisation_directory_network_id", ["network_id"],
                           unique=True)


def downgrade() -> None:
    with op.batch_alter_table("organisation_directory") as batch:
        batch.drop_index("ix_organisation_directory_network_id")
        batch.drop_column("network_id")
    op.drop_table("library_copy")
    op.drop_table("network_receipt")
    op.drop_table("network_hub")
