"""The case search index: words of names (as prefixes) and notes (whole), per case.

FTS5 answers "which cases match" completely, so a common name costs one step per match
and a search slowed tenfold from 5,000 to 50,000 people. This table is keyed in the case
list's order, so the first page of a search is one range of one index.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from shelter_desk.store import search_index

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_term",
        sa.Column("term", sa.Text, primary_key=True),
        sa.Column("sort_key", sa.Text, primary_key=True),
        sa.Column("principal_id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, primary_key=True),
        sa.Column("visible_to", sa.Integer, primary_key=True),
        sqlite_with_rowid=False,
    )
    search_index.rebuild_terms(op.get_bind())


def downgrade() -> None:
    op.drop_table("search_term")
