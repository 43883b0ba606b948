"""A refusal holds every reason given at once, and names the document it is about.

`procedure_attempt.reason_key` (one reason) becomes `reason_keys`, a JSON list: an old
row's single reason is the list's only entry, a row without one gets an empty list. The
team's change log and dirty marks are renamed the same way, so a paired laptop's
records still carry their reason. `document_id` names the recorded document the refusal
concerns (empty on every old row: nothing was named then, and nothing is guessed).

A JSON list, not a child table: the reasons are a handful of catalogue keys read and
written with their refusal, and procedure_attempt is shared by the team's laptops, whose
triggers capture one field per column; a list is one field that syncs with its row
(as `documents_presented` already does), where a child table would need its own shared
table, record ids and erasure rules.

Revision ID: 0016
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

from shelter_desk.store import team_capture

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None

TABLE = "procedure_attempt"


def _drop_attempt_triggers() -> None:
    # DROP COLUMN refuses a column the capture triggers still name.
    for verb in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS team_{TABLE}_{verb}")


def upgrade() -> None:
    _drop_attempt_triggers()
    op.execute(f"ALTER TABLE {TABLE} ADD COLUMN reason_keys JSON NOT NULL DEFAULT '[]'")
    op.execute(f"UPDATE {TABLE} SET reason_keys = json_array(reason_key) "
               "WHERE reason_key IS NOT NULL")
    # No REFERENCES clause: SQLite cannot drop a column that has one (the downgrade). The
    # store's metadata keeps the foreign key, which the team's sync reads to send the
    # document's record id; erasure clears the column before deleting a document.
    op.execute(f"ALTER TABLE {TABLE} ADD COLUMN document_id INTEGER")
    op.execute(f"ALTER TABLE {TABLE} DROP COLUMN reason_key")
    op.execute("UPDATE team_change SET field = 'reason_keys', value = CASE WHEN value IS NULL "
               "OR value = 'null' THEN '[]' ELSE json_array(json(value)) END "
               f"WHERE table_name = '{TABLE}' AND field = 'reason_key'")
    op.execute("UPDATE OR REPLACE team_dirty SET field = 'reason_keys' "
               f"WHERE table_name = '{TABLE}' AND field = 'reason_key'")
    team_capture.install_triggers(op.get_bind())


def downgrade() -> None:
    _drop_attempt_triggers()
    op.execute(f"ALTER TABLE {TABLE} ADD COLUMN reason_key VARCHAR(64)")
    op.execute(f"UPDATE {TABLE} SET reason_key = json_extract(reason_keys, '$[0]')")
    op.execute(f"ALTER TABLE {TABLE} DROP COLUMN document_id")
    op.execute(f"ALTER TABLE {TABLE} DROP COLUMN reason_keys")
    op.execute("UPDATE team_change SET field = 'reason_key', "
               "value = json_quote(json_extract(value, '$[0]')) "
               f"WHERE table_name = '{TABLE}' AND field = 'reason_keys'")
    op.execute("UPDATE OR REPLACE team_dirty SET field = 'reason_key' "
               f"WHERE table_name = '{TABLE}' AND field = 'reason_keys'")
    # The code's schema has the new shape: the triggers are written for the table as it is.
    bind = op.get_bind()
    for statement in team_capture.trigger_sql(sa.Table(TABLE, sa.MetaData(),
                                                       autoload_with=bind)):
        bind.exec_driver_sql(statement)
