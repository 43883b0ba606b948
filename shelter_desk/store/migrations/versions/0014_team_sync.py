"""The team's laptops: devices, the change log, the record map, captured writes.

Revision ID: 0014
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from shelter_desk.store import team_capture

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_device",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("certificate", sa.LargeBinary, nullable=False),
        sa.Column("age_recipient", sa.Text, nullable=False),
        sa.Column("signing_key", sa.LargeBinary, nullable=False),
        sa.Column("private_keys", sa.LargeBinary, nullable=True),
        sa.Column("is_self", sa.Boolean, nullable=False),
        sa.Column("paired_at", sa.String(32), nullable=False),
        sa.Column("removed_at", sa.String(32), nullable=True),
        sa.Column("last_sync_at", sa.String(32), nullable=True),
        sa.Column("peer_vector", sa.JSON, nullable=False),
    )
    op.create_table(
        "team_change",
        sa.Column("device", sa.String(64), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("stamp", sa.String(96), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("record", sa.String(96), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("value", sa.JSON, nullable=True),
        sa.Column("supersedes", sa.JSON, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_team_change_record", "team_change", ["table_name", "record"])
    op.create_table(
        "team_record",
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("local_id", sa.String(96), primary_key=True),
        sa.Column("gid", sa.String(96), nullable=False),
        sa.UniqueConstraint("table_name", "gid", name="uq_team_record_gid"),
    )
    op.create_table(
        "team_dirty",
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("local_id", sa.String(96), primary_key=True),
        sa.Column("field", sa.String(64), primary_key=True),
        sa.Column("written_at", sa.String(32), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table("team_applying", sa.Column("flag", sa.Integer, primary_key=True))
    # Rows written before this migration become changes at the first sync setup, which
    # marks every shared row (team/store_log.mark_everything).
    team_capture.install_triggers(op.get_bind())


def downgrade() -> None:
    team_capture.drop_triggers(op.get_bind())
    for name in ("team_applying", "team_dirty", "team_record", "team_change", "team_device"):
        op.drop_table(name)
