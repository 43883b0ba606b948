"""«Hay un conflicto» on the case file itself: the open conflicts about the rows of one
case (her, her household, their documents, procedures, notes, tasks, referrals,
consents, attachments), as plain objects the case view shows.

Each laptop numbers its rows itself; the change log speaks of team ids (team_record
maps one to the other). Only the case's own records are read from the log, so opening
a case costs what the case holds, not what the vault holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from shelter_desk.store.schema import (
    attachment,
    case_file,
    consent,
    identity_document,
    note,
    person,
    procedure_attempt,
    referral,
    referral_step,
    task,
)
from shelter_desk.store.team_schema import team_dirty, team_record
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import devices, vault_log
from shelter_desk.team.changelog import DELETED, Conflict

# The tables whose rows name the case they belong to.
_BY_CASE = (person, identity_document, procedure_attempt, note, task, referral, attachment)


@dataclass(frozen=True)
class RecordConflict:
    """One open conflict about a row of this case, in this laptop's numbering."""

    table: str
    local_id: int
    field: str  # changelog.DELETED: deleted on one laptop while edited on another
    values: tuple[Any, ...]
    conflict: Conflict  # what team.conflicts.resolve takes

    @property
    def is_deletion(self) -> bool:
        return self.field == DELETED


def for_case(vault: OpenVault, case_id: int) -> list[RecordConflict]:
    """The open conflicts about case `case_id`'s rows (none outside a team)."""
    with vault.read() as connection:
        keys = devices.self_keys(connection)
        if keys is None:
            return []
        rows = _case_rows(connection, case_id)
        found = _conflicts(connection, keys.device_id, rows)
        stale = found and _has_dirty(connection, rows)
    if not stale:
        return found
    # She wrote over a field in conflict here (not yet turned into a change): that edit
    # supersedes what she saw, as it will at the next sync; flush it first, as
    # conflicts.resolve does, so the banner does not show what she already settled.
    with vault.write() as connection:
        log = vault_log.load_for(connection, keys.device_id,
                                 vault_log.dirty_records(connection) | set(rows))
        vault_log.flush(connection, log)
        return _conflicts(connection, keys.device_id, _case_rows(connection, case_id))


def _conflicts(connection: Connection, device: str,
               rows: dict[tuple[str, str], int]) -> list[RecordConflict]:
    if not rows:
        return []
    log = vault_log.load_for(connection, device, rows)
    return [RecordConflict(c.table, rows[(c.table, c.record)], c.field,
                           tuple(candidate.value for candidate in c.candidates), c)
            for c in log.conflicts() if (c.table, c.record) in rows]


def _has_dirty(connection: Connection, rows: dict[tuple[str, str], int]) -> bool:
    marked = connection.execute(select(team_dirty.c.table_name, team_dirty.c.local_id)
                                .distinct()).all()
    local = {(table, str(local_id)) for (table, _gid), local_id in rows.items()}
    return any((table, str(local_id)) in local for table, local_id in marked)


def _case_rows(connection: Connection, case_id: int) -> dict[tuple[str, str], int]:
    """(table, team id) -> local id, for every shared row of the case that has a team id
    (a row never flushed has none, and so no conflict yet)."""
    local: dict[str, list[int]] = {case_file.name: [case_id]}
    for table in _BY_CASE:
        local[table.name] = list(connection.execute(
            select(table.c.id).where(table.c.case_id == case_id)).scalars())
    local[consent.name] = list(connection.execute(select(consent.c.id).where(
        consent.c.person_id.in_(local[person.name]))).scalars())
    local[referral_step.name] = list(connection.execute(select(referral_step.c.id).where(
        referral_step.c.referral_id.in_(local[referral.name]))).scalars())
    found: dict[tuple[str, str], int] = {}
    for table_name, ids in local.items():
        for gid, local_id in _team_ids(connection, table_name, ids):
            found[(table_name, gid)] = local_id
    return found


def _team_ids(connection: Connection, table_name: str,
              ids: Iterable[int]) -> list[tuple[str, int]]:
    wanted = [str(i) for i in ids]
    rows: list[tuple[str, int]] = []
    for start in range(0, len(wanted), 400):
        rows.extend((gid, int(local_id)) for gid, local_id in connection.execute(
            select(team_record.c.gid, team_record.c.local_id).where(
                team_record.c.table_name == table_name,
                team_record.c.local_id.in_(wanted[start:start + 400]))).all())
    return rows
