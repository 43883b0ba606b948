"""A peer's changes written into this laptop's rows, in one transaction.

The merged log decides; the rows follow it. A field in conflict shows the most recently
stamped of its values until a person resolves it (the conflict stays open and listed;
the clock only chooses what the form shows meanwhile). A record deleted while edited is
kept until a person decides. An erasure removes her rows with the same code as an ARCO
deletion made here, so her attachments go too, and only the audit's tombstone stays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update

from shelter_desk.domain.cases import format_case_code
from shelter_desk.domain.text import fold
from shelter_desk.store import audit, erasure, search_index
from shelter_desk.store.clock import now_utc
from shelter_desk.store.schema import audit_event, case_file
from shelter_desk.store.team_capture import DELETED_FIELD, ERASED_FIELD, key_column
from shelter_desk.store.team_schema import team_applying
from shelter_desk.team import vault_log
from shelter_desk.team.changelog import Change, ChangeLog
from shelter_desk.team.vault_log import TABLES


@dataclass
class Applied:
    new_changes: int = 0
    records: int = 0
    erased_blob_ids: list[str] = field(default_factory=list)
    waiting: int = 0  # new records still missing a required field (a lost message)


def apply_changes(connection: Connection, log: ChangeLog, incoming: list[Change], *,
                  actor_id: int | None) -> Applied:
    """Merge `incoming` into `log` and the rows; the caller's transaction commits both."""
    new = log.apply(incoming)
    result = Applied(new_changes=len(new))
    if not new:
        return result
    vault_log.save(connection, [log.changes[c.id] for c in new])
    write_rows(connection, log, {(c.table, c.record) for c in new}, result, actor_id=actor_id)
    return result


def write_rows(connection: Connection, log: ChangeLog, records: set[tuple[str, str]],
               result: Applied, *, actor_id: int | None) -> None:
    """Bring these records' rows to what the merged log says (no capture meanwhile)."""
    order = {name: i for i, name in enumerate(TABLES)}
    touched = sorted(records, key=lambda k: order.get(k[0], 99))
    connection.execute(insert(team_applying).values(flag=1))
    try:
        cases: set[int] = set()
        # Her person rows first: the ARCO code removes what hangs from them (her case
        # file, notes, attachments); whatever else was erased goes after, children first.
        erased = sorted((k for k in touched if log.is_erased(*k)),
                        key=lambda k: (k[0] != "person", -order.get(k[0], 99)))
        for table_name, gid in erased:
            _erase(connection, log, table_name, gid, result, actor_id)
        # Deletions children first, everything else parents first.
        for table_name, gid in reversed(touched):
            if (table_name, gid) not in erased and log.is_deleted(table_name, gid):
                _delete(connection, table_name, gid, cases)
        kept = [k for k in touched if k[0] in TABLES and not log.is_deleted(*k)]
        rows = _Rows(connection, log, kept)
        for table_name, gid in kept:
            _materialise(rows, log, TABLES[table_name], gid, result)
        # A case's principal may have arrived after the case: a second pass fills it.
        for table_name, gid in kept:
            if table_name == "case_file":
                _materialise(rows, log, TABLES[table_name], gid, result)
        rows.flush()
        cases |= rows.cases()
        search_index.reindex_cases(connection, cases)
        result.records = len(touched)
    finally:
        connection.execute(delete(team_applying))


class _Rows:
    """One apply's row writes, in batches: the team ids of the records and of what they
    refer to looked up a few hundred per query, and runs of updates of one table with
    the same columns sent as one statement, so applying thousands of changes is not
    thousands of queries. Pending updates go out before anything else is written or
    read, so the rows see the writes in the order they were made."""

    def __init__(self, connection: Connection, log: ChangeLog,
                 records: list[tuple[str, str]]) -> None:
        self.connection = connection
        self.now = now_utc()
        self._ids: dict[tuple[str, str], str | None] = {}
        self._pending: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        self._written: dict[str, set[str]] = {}
        wanted: dict[str, set[str]] = {}
        references = {name: [(column.name, target) for column in table.columns
                             if (target := vault_log.reference(table, column.name))]
                      for name, table in TABLES.items()}
        for table_name, gid in records:
            wanted.setdefault(table_name, set()).add(gid)
            for column, target in references[table_name]:
                # Every value a field holds (one, or several in conflict): a superset
                # of the one written.
                for change_id in log.heads(table_name, gid, column):
                    value = log.changes[change_id].value
                    if isinstance(value, str):
                        wanted.setdefault(target, set()).add(value)
        for table_name, gids in wanted.items():
            found = vault_log.locals_of(connection, table_name, gids)
            self._ids.update({(table_name, gid): found.get(gid) for gid in gids})

    def local(self, table: str, gid: str) -> str | None:
        if (table, gid) not in self._ids:
            self._ids[(table, gid)] = vault_log.local_of(self.connection, table, gid)
        return self._ids[(table, gid)]

    def inserted(self, table: str, gid: str, local: str) -> None:
        self._ids[(table, gid)] = local
        self._written.setdefault(table, set()).add(local)

    def update(self, table: Table, local: str, values: dict[str, Any]) -> None:
        self._pending.setdefault((table.name, tuple(sorted(values))), []).append(
            {"row_key": local if table.name == "setting" else int(local),
             **{f"new_{name}": value for name, value in values.items()}})
        self._written.setdefault(table.name, set()).add(local)

    def flush(self) -> None:
        for (table_name, columns), params in self._pending.items():
            table = TABLES[table_name]
            statement = update(table).where(
                table.c[key_column(table)] == bindparam("row_key")).values(
                {name: bindparam(f"new_{name}") for name in columns})
            self.connection.execute(statement, params)
        self._pending = {}

    def cases(self) -> set[int]:
        """The cases of the rows written (for their search index rows)."""
        found = {int(local) for local in self._written.get("case_file", ())}
        for table_name, locals_ in self._written.items():
            table = TABLES[table_name]
            if table_name == "case_file" or "case_id" not in table.c:
                continue
            ids = sorted(int(local) for local in locals_)
            for start in range(0, len(ids), 500):
                found.update(case_id for case_id in self.connection.execute(
                    select(table.c.case_id).where(table.c.id.in_(ids[start:start + 500])))
                    .scalars() if case_id is not None)
        return found


def _materialise(rows: _Rows, log: ChangeLog, table: Table, gid: str,
                 result: Applied) -> None:
    connection = rows.connection
    fields = log.fields(table.name, gid)
    values: dict[str, Any] = {}
    for name, candidates in fields.items():
        if name in (DELETED_FIELD, ERASED_FIELD) or name not in table.c:
            continue
        values[name] = vault_log.from_shared(connection, table, name, candidates[-1],
                                             resolve=rows.local)
    if table.name == "person" and {"family_names", "given_names"} <= values.keys():
        values["sort_key"] = fold(f"{values['family_names']} {values['given_names']}")
    if "updated_at" in table.c:
        values["updated_at"] = rows.now
    local = rows.local(table.name, gid)
    if table.name == "case_file" and "number" in values:
        rows.flush()  # it reads the other cases' numbers as they now are
        _renumber_if_taken(connection, log, gid, local, values)
    if local is not None:
        if values:
            rows.update(table, local, values)
        return
    missing = [c.name for c in table.columns if not c.nullable and not c.primary_key
               and c.name not in values]
    if missing:
        result.waiting += 1
        return
    rows.flush()
    if table.name == "setting":
        values["key"] = gid.removeprefix("setting:")
    # A setting is one row per key on every laptop: the peer's replaces ours.
    statement = insert(table).values(**values)
    if table.name == "setting":
        statement = statement.prefix_with("OR REPLACE")
    inserted = connection.execute(statement).inserted_primary_key[0]
    connection.execute(insert(vault_log.team_record).values(
        table_name=table.name, local_id=str(inserted), gid=gid))
    rows.inserted(table.name, gid, str(inserted))


def _renumber_if_taken(connection: Connection, log: ChangeLog, gid: str, local: str | None,
                       values: dict[str, Any]) -> None:
    """Two laptops opened a case each with the same code (2026-0007). The one with the
    greater team id takes the year's next free number, on whichever laptop notices, as
    a change of this laptop's that travels; both laptops pick the same rule, so they
    agree (and if they picked different numbers, it is an ordinary visible conflict)."""
    other = connection.execute(select(case_file.c.id).where(
        case_file.c.year == values["year"], case_file.c.number == values["number"],
        case_file.c.id != (int(local) if local is not None else -1))).scalar_one_or_none()
    if other is None:
        return
    other_gid = vault_log.gid_of(connection, "case_file", other) or ""
    vault_log.load_more(connection, log, [("case_file", other_gid)])
    number = (connection.execute(select(func.max(case_file.c.number)).where(
        case_file.c.year == values["year"])).scalar_one() or 0) + 1
    code = format_case_code(values["year"], number)
    if gid > other_gid:
        target, renumbered = gid, values
    else:  # ours yields: our row takes the new number now, theirs keeps its code
        connection.execute(update(case_file).where(case_file.c.id == other)
                           .values(number=number, code=code))
        target, renumbered = other_gid, {}
    renumbered.update(number=number, code=code)
    made = [log.write("case_file", target, "number", number),
            log.write("case_file", target, "code", code)]
    vault_log.save(connection, [c for c in made if c is not None])


def _note_case(connection: Connection, table: Table, local: str, cases: set[int]) -> None:
    if table.name == "case_file":
        cases.add(int(local))
    elif "case_id" in table.c and table.name != "setting":
        case_id = connection.execute(select(table.c.case_id).where(
            table.c.id == int(local))).scalar_one_or_none()
        if case_id is not None:
            cases.add(case_id)


def _delete(connection: Connection, table_name: str, gid: str, cases: set[int]) -> None:
    local = vault_log.local_of(connection, table_name, gid)
    if local is None or table_name not in TABLES:
        return
    table = TABLES[table_name]
    _note_case(connection, table, local, cases)
    key = table.c[key_column(table)]
    connection.execute(delete(table).where(key == (local if table_name == "setting"
                                                   else int(local))))
    vault_log.forget(connection, table_name, local)


def _erase(connection: Connection, log: ChangeLog, table_name: str, gid: str,
           result: Applied, actor_id: int | None) -> None:
    vault_log.redact(connection, table_name, gid)
    local = vault_log.local_of(connection, table_name, gid)
    if local is None:
        return
    if table_name == "person":
        erased = erasure.erase_rows(connection, int(local))
        erasure.drop_index_traces(connection)
        audit.record(connection, actor_id=actor_id, action="person.deleted",
                     entity_type="person", entity_id=int(local),
                     summary=f"ARCO (from a paired laptop); people: {erased.people}; "
                             f"attachments: {len(erased.blob_ids)}")
        tombstone = connection.execute(select(func.max(audit_event.c.id))).scalar_one()
        erasure.retire(connection, erased.retired, tombstone)
        result.erased_blob_ids.extend(erased.blob_ids)
        _forget_gone(connection)
    elif table_name in TABLES:
        table = TABLES[table_name]
        if table_name == "attachment":
            blob = connection.execute(select(table.c.blob_id).where(
                table.c.id == int(local))).scalar_one_or_none()
            if blob:
                result.erased_blob_ids.append(blob)
        connection.execute(delete(table).where(table.c.id == int(local)))
        vault_log.forget(connection, table_name, local)


def _forget_gone(connection: Connection) -> None:
    """Map rows of records an erasure removed, so their ids can be reused safely."""
    for name, table in TABLES.items():
        key = table.c[key_column(table)]
        gone = select(vault_log.team_record.c.local_id).where(
            vault_log.team_record.c.table_name == name).except_(
            select(func.cast(key, vault_log.team_record.c.local_id.type)))
        ids = list(connection.execute(gone).scalars())
        if ids:
            connection.execute(delete(vault_log.team_record).where(
                vault_log.team_record.c.table_name == name,
                vault_log.team_record.c.local_id.in_(ids)))
