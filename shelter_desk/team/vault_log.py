"""The change log as the vault keeps it: loading, saving, and turning captured writes
(the triggers' `team_dirty` marks) into change records of this laptop."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Table,
    and_,
    delete,
    exists,
    func,
    insert,
    select,
    tuple_,
    update,
)

from shelter_desk.store.team_capture import (
    DELETED_FIELD,
    ERASED_FIELD,
    SHARED_TABLES,
    key_column,
    shared_columns,
)
from shelter_desk.store.team_schema import team_change, team_device, team_dirty, team_record
from shelter_desk.team.changelog import Change, ChangeLog
from shelter_desk.team.hlc import HybridClock

TABLES = {table.name: table for table in SHARED_TABLES}
_IDS_PER_QUERY = 400


def load(connection: Connection, device: str) -> ChangeLog:
    log = ChangeLog.new(device, HybridClock(device))
    rows = connection.execute(select(team_change)).all()
    log.apply(_change(row) for row in rows)
    return log


def load_for(connection: Connection, device: str,
             records: Iterable[tuple[str, str]]) -> ChangeLog:
    """Only the changes of `records` (all a merge of them reads), with the whole log's
    version vector: a sync's cost follows what changed, not the size of the vault."""
    log = ChangeLog.new(device, HybridClock(device))
    load_more(connection, log, records)
    log.assume_vector(stored_vector(connection))
    return log


def load_more(connection: Connection, log: ChangeLog,
              records: Iterable[tuple[str, str]]) -> None:
    """Add the stored changes of more records to a partial log."""
    wanted = sorted(set(records))
    rows: list[Any] = []
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        batch = wanted[start:start + _IDS_PER_QUERY]
        rows.extend(connection.execute(select(team_change).where(
            tuple_(team_change.c.table_name, team_change.c.record).in_(batch))).all())
    vector = log.vector()
    log.apply(_change(row) for row in rows)
    if vector:
        log.assume_vector(vector)  # old changes do not move the numbering


def devices_in_log(connection: Connection) -> list[str]:
    """Every device with a stored change, by hopping along the primary key (one probe
    per laptop of the team), not by reading the log."""
    return [device for (device,) in connection.exec_driver_sql(
        "WITH RECURSIVE hop(device) AS (SELECT MIN(device) FROM team_change UNION ALL "
        "SELECT (SELECT MIN(device) FROM team_change WHERE device > hop.device) FROM hop "
        "WHERE hop.device IS NOT NULL) SELECT device FROM hop WHERE device IS NOT NULL")]


def stored_vector(connection: Connection) -> dict[str, int]:
    """For each device, the highest seq up to which every change of it is stored.

    Changes are never removed from the log, so the vector last remembered
    (`remember_vector`) is a floor: only the changes stored since are walked, and a
    sync's cost follows what arrived, not the size of the log."""
    floor = _remembered(connection)
    vector = {}
    for device in devices_in_log(connection):
        top = connection.execute(select(func.max(team_change.c.seq)).where(
            team_change.c.device == device)).scalar_one()
        start = floor.get(device, 0)
        if start > top or (start and not _has(connection, device, start)):
            start = 0  # a floor this log does not bear out: walk from the start
        if start == top:
            vector[device] = top
            continue
        if start == 0 and not _has(connection, device, 1):
            vector[device] = 0
            continue
        after = team_change.alias("after")
        vector[device] = connection.execute(
            select(team_change.c.seq).where(
                team_change.c.device == device, team_change.c.seq >= max(start, 1),
                ~exists().where(after.c.device == device,
                                after.c.seq == team_change.c.seq + 1))
            .order_by(team_change.c.seq).limit(1)).scalar_one()
    return vector


def _has(connection: Connection, device: str, seq: int) -> bool:
    return connection.execute(select(team_change.c.seq).where(
        team_change.c.device == device, team_change.c.seq == seq)).first() is not None


def _remembered(connection: Connection) -> dict[str, int]:
    # This laptop's own row says what this laptop has, as a peer's row says what the
    # peer has; a copied vault's new laptop starts from {} and walks once.
    found = connection.execute(select(team_device.c.peer_vector).where(
        team_device.c.is_self)).scalar_one_or_none()
    return {str(k): int(v) for k, v in dict(found or {}).items()}


def remember_vector(connection: Connection) -> dict[str, int]:
    """The stored vector, kept on this laptop's own device row (in the caller's
    transaction, so it never claims a change that was rolled back)."""
    vector = stored_vector(connection)
    if vector != _remembered(connection):
        connection.execute(update(team_device).where(team_device.c.is_self)
                           .values(peer_vector=vector))
    return vector


def missing_for(connection: Connection, vector: dict[str, int]) -> list[Change]:
    """The stored changes a peer with `vector` lacks, straight from the table: one range
    of the primary key per device."""
    found: list[Change] = []
    for device in devices_in_log(connection):
        rows = connection.execute(select(team_change).where(
            team_change.c.device == device, team_change.c.seq > vector.get(device, 0))
            .order_by(team_change.c.seq))
        found.extend(_change(row) for row in rows)
    return found


def dirty_records(connection: Connection) -> set[tuple[str, str]]:
    """The team ids of the rows written here since the last flush (new rows have none
    yet, and so no changes to load)."""
    rows = connection.execute(select(team_dirty.c.table_name, team_record.c.gid).join(
        team_record, and_(team_record.c.table_name == team_dirty.c.table_name,
                          team_record.c.local_id == team_dirty.c.local_id))).all()
    return {(table, gid) for table, gid in rows}


def _change(row: Any) -> Change:
    return Change(row.device, row.seq, row.stamp, row.table_name, row.record, row.field,
                  row.value, tuple((d, s) for d, s in row.supersedes))


def save(connection: Connection, changes: Iterable[Change]) -> None:
    rows = [{"device": c.device, "seq": c.seq, "stamp": c.stamp, "table_name": c.table,
             "record": c.record, "field": c.field, "value": c.value,
             "supersedes": [list(i) for i in c.supersedes]} for c in changes]
    if rows:
        connection.execute(insert(team_change).prefix_with("OR IGNORE"), rows)
        remember_vector(connection)


def redact(connection: Connection, table: str, record: str) -> None:
    """An erasure reached this laptop: no value of hers stays in the log either."""
    connection.execute(team_change.update().where(
        team_change.c.table_name == table, team_change.c.record == record,
        team_change.c.field != ERASED_FIELD).values(value=None))


# -- ids ------------------------------------------------------------------------------

def gid_of(connection: Connection, table: str, local_id: Any, *, create: bool = False,
           device: str = "") -> str | None:
    found = connection.execute(select(team_record.c.gid).where(
        team_record.c.table_name == table, team_record.c.local_id == str(local_id))
    ).scalar_one_or_none()
    if found is None and create:
        # Settings are one record per key on every laptop; other rows get a new team id.
        found = (f"setting:{local_id}" if table == "setting"
                 else f"{device[:8]}-{secrets.token_hex(8)}")
        connection.execute(insert(team_record).values(table_name=table,
                                                      local_id=str(local_id), gid=found))
    return found


def local_of(connection: Connection, table: str, gid: str) -> str | None:
    return connection.execute(select(team_record.c.local_id).where(
        team_record.c.table_name == table, team_record.c.gid == gid)).scalar_one_or_none()


def locals_of(connection: Connection, table: str, gids: Iterable[str]) -> dict[str, str]:
    """`local_of` for many team ids of one table, a batch per query."""
    wanted = sorted(set(gids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        rows = connection.execute(select(team_record.c.gid, team_record.c.local_id).where(
            team_record.c.table_name == table,
            team_record.c.gid.in_(wanted[start:start + _IDS_PER_QUERY])))
        found.update({gid: local for gid, local in rows})
    return found


def forget(connection: Connection, table: str, local_id: Any) -> None:
    connection.execute(delete(team_record).where(team_record.c.table_name == table,
                                                 team_record.c.local_id == str(local_id)))


# -- values ---------------------------------------------------------------------------

def to_shared(connection: Connection, table: Table, column: str, value: Any) -> Any:
    """A column's value as it travels: dates as ISO text, references as team ids."""
    if value is None:
        return None
    target = reference(table, column)
    if target is not None:
        return gid_of(connection, target, value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def from_shared(connection: Connection, table: Table, column: str, value: Any, *,
                resolve: Callable[[str, str], str | None] | None = None) -> Any:
    """The inverse of `to_shared`; `resolve` (table, team id) -> local id, when the
    caller already looked the ids up in a batch."""
    if value is None:
        return None
    target = reference(table, column)
    if target is not None:
        local = (resolve or partial(local_of, connection))(target, value)
        return None if local is None else int(local)
    if isinstance(table.c[column].type, Date):
        return date.fromisoformat(value)
    return value


def reference(table: Table, column: str) -> str | None:
    for foreign in table.c[column].foreign_keys:
        target = foreign.column.table.name
        if target in TABLES:
            return target
    return None


# -- captured writes -> changes ---------------------------------------------------------

def mark_everything(connection: Connection) -> None:
    """Mark every shared row as written: the vault's first sync setup, for rows written
    before the capture triggers existed."""
    for table in SHARED_TABLES:
        key = key_column(table)
        for column in shared_columns(table):
            connection.exec_driver_sql(
                "INSERT OR IGNORE INTO team_dirty(table_name, local_id, field, written_at) "
                f"SELECT '{table.name}', CAST({key} AS TEXT), '{column}', "
                f"strftime('%Y-%m-%dT%H:%M:%f', 'now') FROM {table.name}")


def pending_count(connection: Connection) -> int:
    return len(connection.execute(select(team_dirty.c.table_name, team_dirty.c.local_id)
                                  .distinct()).all())


def flush(connection: Connection, log: ChangeLog) -> list[Change]:
    """This laptop's captured writes become its change records (in the caller's
    transaction, before any peer change is applied, so each supersedes exactly the
    values this laptop had when it wrote)."""
    marks = connection.execute(select(team_dirty).order_by(
        team_dirty.c.written_at, team_dirty.c.table_name, team_dirty.c.local_id)).all()
    if not marks:
        return []
    by_row: dict[tuple[str, str], set[str]] = {}
    for mark in marks:
        by_row.setdefault((mark.table_name, mark.local_id), set()).add(mark.field)
    made: list[Change] = []
    # Team ids first, parents before children, so references translate.
    order = {name: i for i, name in enumerate(TABLES)}
    rows = sorted(by_row.items(), key=lambda item: order.get(item[0][0], 99))
    for (table_name, local_id), _fields in rows:
        gid_of(connection, table_name, local_id, create=True, device=log.device)
    for (table_name, local_id), fields in rows:
        made.extend(_flush_row(connection, log, TABLES[table_name], local_id, fields))
    connection.execute(delete(team_dirty))
    save(connection, made)
    return made


def _flush_row(connection: Connection, log: ChangeLog, table: Table, local_id: str,
               fields: set[str]) -> list[Change]:
    gid = gid_of(connection, table.name, local_id)
    assert gid is not None
    key = table.c[key_column(table)]
    if ERASED_FIELD in fields:
        forget(connection, table.name, local_id)
        return [log.erase(table.name, gid)]
    row = connection.execute(select(table).where(
        key == (local_id if table.name == "setting" else int(local_id)))).first()
    if row is None:  # deleted here (perhaps after edits since the last sync)
        forget(connection, table.name, local_id)
        change = log.delete(table.name, gid)
        return [change] if change else []
    made = []
    for name in sorted(fields - {DELETED_FIELD}):
        change = log.write(table.name, gid, name,
                           to_shared(connection, table, name, row._mapping[name]))
        if change:
            made.append(change)
    return made
