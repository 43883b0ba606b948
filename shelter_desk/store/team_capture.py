"""Which tables the team's laptops share, and the triggers that capture their writes.

Triggers, not a hook in each service: every insert, update and delete of a shared row,
by any service or migration, marks the written field in `team_dirty` inside the same
transaction, so a write cannot be committed without being captured, and a rolled-back
write leaves no mark. Rows written while a sync applies a peer's changes are not marked
(`team_applying`). A migration that adds a column to a shared table must call
`install_triggers` again.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table

from shelter_desk.store import schema

# Parents before children, so a peer's new rows can be inserted in this order.
SHARED_TABLES: tuple[Table, ...] = (
    schema.staff_user, schema.setting, schema.organisation_directory, schema.case_file,
    schema.person, schema.identity_document, schema.procedure_attempt, schema.consent,
    schema.note, schema.task, schema.referral, schema.referral_step, schema.attachment,
)
# Derived from other columns or bumped by every write: recomputed, never exchanged (two
# people editing different fields would otherwise always "conflict" on them).
NOT_SHARED_COLUMNS = frozenset({"updated_at", "sort_key"})
# The audit's entity types (erasure.retire) and the tables they name.
ERASURE_TABLES = {"person": "person", "case": "case_file", "document": "identity_document",
                  "attempt": "procedure_attempt", "referral": "referral", "note": "note",
                  "task": "task", "attachment": "attachment"}
ERASED_FIELD = "__erased__"
DELETED_FIELD = "__deleted__"

_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM team_applying)"
_NOW = "strftime('%Y-%m-%dT%H:%M:%f', 'now')"


def key_column(table: Table) -> str:
    return next(iter(table.primary_key.columns)).name


def shared_columns(table: Table) -> list[str]:
    key = key_column(table)
    return [c.name for c in table.columns if c.name != key and c.name not in
            NOT_SHARED_COLUMNS]


def trigger_sql(table: Table) -> list[str]:
    name, key = table.name, key_column(table)
    mark = ("INSERT OR REPLACE INTO team_dirty(table_name, local_id, field, written_at) "
            f"SELECT '{name}', CAST({{row}}.{key} AS TEXT), '{{field}}', {_NOW}")
    inserted = ";\n".join(mark.format(row="new", field=c) for c in shared_columns(table))
    updated = ";\n".join(mark.format(row="new", field=c) + f" WHERE old.{c} IS NOT new.{c}"
                         for c in shared_columns(table))
    deleted = mark.format(row="old", field=DELETED_FIELD)
    return [
        f"CREATE TRIGGER team_{name}_insert AFTER INSERT ON {name} WHEN {_NOT_APPLYING} "
        f"BEGIN {inserted}; END",
        f"CREATE TRIGGER team_{name}_update AFTER UPDATE ON {name} WHEN {_NOT_APPLYING} "
        f"BEGIN {updated}; END",
        f"CREATE TRIGGER team_{name}_delete AFTER DELETE ON {name} WHEN {_NOT_APPLYING} "
        f"BEGIN {deleted}; END",
    ]


def erasure_trigger_sql() -> str:
    cases = " ".join(f"WHEN '{kind}' THEN '{table}'" for kind, table in ERASURE_TABLES.items())
    return (
        "CREATE TRIGGER team_retired_entity_insert AFTER INSERT ON retired_entity "
        f"WHEN {_NOT_APPLYING} AND new.entity_type IN "
        f"({', '.join(repr(k) for k in ERASURE_TABLES)}) BEGIN "
        "INSERT OR REPLACE INTO team_dirty(table_name, local_id, field, written_at) "
        f"VALUES (CASE new.entity_type {cases} END, new.entity_id, '{ERASED_FIELD}', {_NOW}); "
        "END")


def install_triggers(connection: Connection) -> None:
    """(Re)create the capture triggers for the current shape of the shared tables."""
    for table in SHARED_TABLES:
        for verb in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS team_{table.name}_{verb}")
        for statement in trigger_sql(table):
            connection.exec_driver_sql(statement)
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS team_retired_entity_insert")
    connection.exec_driver_sql(erasure_trigger_sql())


def drop_triggers(connection: Connection) -> None:
    for table in SHARED_TABLES:
        for verb in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS team_{table.name}_{verb}")
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS team_retired_entity_insert")
