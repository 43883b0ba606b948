"""Deleting a person for good (ARCO cancellation, second step), so that nothing of her
stays readable in any file of the vault folder, even to someone holding the keys.

`erase_rows` removes her rows inside the caller's transaction and returns the ids of
her attachments' chunks; `drop_index_traces` (same transaction) merges the full-text
indexes and refreshes the planner statistics, so her rows and their traces in the indexes
go together, and marks a scrub as pending; `delete_blobs` removes her chunks from files.db;
`scrub` then makes sure no old copy of a page survives, and clears the mark. When it fails,
the next unlock runs it again (services/data_rights.finish_pending_erasure):

- `secure_delete` (always on, database.py) zeroes deleted cells and freed pages;
- the FTS5 indexes keep deleted tokens in old segments until a merge: 'optimize'
  merges every segment into one, dropping them;
- SQLite's planner statistics (sqlite_stat4, compiled in) keep sample index keys, which
  may be her name: ANALYZE recomputes them from what is left;
- VACUUM rewrites vault.db page by page (no fragment of an old cell survives); files.db,
  which can be gigabytes of scans, is left to secure_delete (her chunks' pages are
  zeroed when freed) and an incremental vacuum where the file was made with it;
- `wal_checkpoint(TRUNCATE)` copies the WAL back and truncates it, so no old frame
  remains in the -wal files;
- encrypted pre-upgrade copies in <vault>/backups hold her too: they are removed.

The vault a restore kept aside beside this one (`<vault>.before-restore-*`) holds her
too: it is shredded and removed. Not reached from here: backup files made earlier on a
USB stick. They are encrypted; restoring one brings her back, so a deletion must be
repeated after such a restore (the audit tombstone says which).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, exists, insert, or_, select, update

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store import settings_repo
from shelter_desk.store.attachment_store import delete_blob
from shelter_desk.store.errors import VaultError
from shelter_desk.store.handoff_schema import handoff_received, handoff_sent
from shelter_desk.store.schema import (
    attachment,
    case_expiry,
    case_file,
    case_type_link,
    consent,
    identity_document,
    note,
    person,
    procedure_attempt,
    referral,
    referral_step,
    retired_entity,
    search_term,
    task,
)
from shelter_desk.store.vault import BACKUPS, FILES_DB, VAULT_DB, OpenVault
from shelter_desk.store.vault_files import scrub_leftovers
from shelter_desk.store.wipe import shred_copies_beside

_FTS_TABLES = ("person_fts", "note_fts")
_CHECKPOINT_TRIES = 50


@dataclass(frozen=True)
class Erased:
    people: int  # she, and her household when she was the case's principal
    blob_ids: tuple[str, ...]
    whole_case: bool
    retired: dict[str, list[int]]  # audit entity type -> the ids that were deleted


def erase_rows(connection: Connection, person_id: int) -> Erased:
    """Remove her rows; when she is the principal of her case, the whole case file goes
    (its summary, case notes and tasks are about her and cannot be told apart)."""
    case_id, principal_id = connection.execute(
        select(person.c.case_id, case_file.c.principal_person_id)
        .join(case_file, case_file.c.id == person.c.case_id)
        .where(person.c.id == person_id)).one()
    whole_case = principal_id == person_id
    if whole_case:
        ids = list(connection.execute(select(person.c.id).where(person.c.case_id == case_id))
                   .scalars())
    else:
        ids = [person_id]
    retired = _doomed(connection, case_id, ids, whole_case=whole_case)
    blob_ids = _erase_attachments(connection, case_id, ids, whole_case=whole_case)
    documents = select(identity_document.c.id).where(identity_document.c.person_id.in_(ids))
    sources = [f"expiry:document:{document_id}:%" for document_id in
               connection.execute(documents).scalars()]
    if sources and not whole_case:
        retired["task"] = list(connection.execute(select(task.c.id).where(
            or_(*(task.c.source.like(s) for s in sources)))).scalars())
    if whole_case:
        connection.execute(delete(task).where(task.c.case_id == case_id))
        connection.execute(delete(note).where(note.c.case_id == case_id))
    else:
        if sources:
            connection.execute(delete(task).where(or_(*(task.c.source.like(s)
                                                        for s in sources))))
        connection.execute(delete(note).where(note.c.person_id.in_(ids)))
    referrals = select(referral.c.id).where(referral.c.person_id.in_(ids))
    connection.execute(delete(referral_step).where(referral_step.c.referral_id.in_(referrals)))
    connection.execute(delete(referral).where(referral.c.person_id.in_(ids)))
    # Her handoff packages (sealed copies and what they held); a received case's link to
    # its package goes with the case.
    connection.execute(delete(handoff_sent).where(handoff_sent.c.person_id.in_(ids)))
    if whole_case:
        connection.execute(delete(handoff_received).where(
            handoff_received.c.case_id == case_id))
    connection.execute(delete(consent).where(consent.c.person_id.in_(ids)))
    connection.execute(delete(procedure_attempt).where(procedure_attempt.c.person_id.in_(ids)))
    # A sibling's refusal may name her document (the school refused her card): it stays,
    # naming no document.
    connection.execute(update(procedure_attempt).where(
        procedure_attempt.c.document_id.in_(documents)).values(document_id=None))
    connection.execute(delete(identity_document).where(
        identity_document.c.person_id.in_(ids)))
    if whole_case:
        connection.execute(delete(search_term).where(search_term.c.case_id == case_id))
        connection.execute(delete(case_expiry).where(case_expiry.c.case_id == case_id))
        connection.execute(delete(case_type_link).where(case_type_link.c.case_id == case_id))
        connection.execute(update(case_file).where(case_file.c.id == case_id)
                           .values(principal_person_id=None))
    connection.execute(delete(person).where(person.c.id.in_(ids)))
    if whole_case:
        connection.execute(delete(case_file).where(case_file.c.id == case_id))
    return Erased(len(ids), blob_ids, whole_case, retired)


def _doomed(connection: Connection, case_id: int, ids: list[int], *,
            whole_case: bool) -> dict[str, list[int]]:
    """The ids this erasure deletes, by the entity type the audit names them with."""
    def ids_of(table: Any, *criteria: Any) -> list[int]:
        return list(connection.execute(select(table.c.id).where(*criteria)).scalars())

    about_her = _attachments_about(case_id, ids, whole_case=whole_case)
    if whole_case:
        notes = ids_of(note, note.c.case_id == case_id)
        tasks = ids_of(task, task.c.case_id == case_id)
    else:
        notes = ids_of(note, note.c.person_id.in_(ids))
        tasks = []
    return {
        "person": list(ids), "case": [case_id] if whole_case else [],
        "document": ids_of(identity_document, identity_document.c.person_id.in_(ids)),
        "attempt": ids_of(procedure_attempt, procedure_attempt.c.person_id.in_(ids)),
        "referral": ids_of(referral, referral.c.person_id.in_(ids)),
        "note": notes, "task": tasks, "attachment": ids_of(attachment, about_her),
    }


def retire(connection: Connection, retired: dict[str, list[int]], before_event: int) -> None:
    """Remember which ids were freed, so that their earlier audit rows are never read as
    the history of whoever gets the same id next."""
    rows = [{"entity_type": kind, "entity_id": str(entity_id), "before_event": before_event}
            for kind, entity_ids in retired.items() for entity_id in entity_ids]
    if rows:
        connection.execute(insert(retired_entity), rows)


def not_retired(event_table: Any) -> Any:
    """A criterion on audit rows: leave out those about a row an erasure later deleted."""
    return ~exists().where(retired_entity.c.entity_type == event_table.c.entity_type,
                           retired_entity.c.entity_id == event_table.c.entity_id,
                           retired_entity.c.before_event >= event_table.c.id)


def _attachments_about(case_id: int, ids: list[int], *, whole_case: bool) -> Any:
    if whole_case:
        return attachment.c.case_id == case_id
    return or_(
        attachment.c.person_id.in_(ids),
        attachment.c.document_id.in_(
            select(identity_document.c.id).where(identity_document.c.person_id.in_(ids))),
        attachment.c.attempt_id.in_(
            select(procedure_attempt.c.id).where(procedure_attempt.c.person_id.in_(ids))),
        attachment.c.consent_id.in_(
            select(consent.c.id).where(consent.c.person_id.in_(ids))))


def _erase_attachments(connection: Connection, case_id: int, ids: list[int], *,
                       whole_case: bool) -> tuple[str, ...]:
    about_her = _attachments_about(case_id, ids, whole_case=whole_case)
    blob_ids = tuple(connection.execute(select(attachment.c.blob_id).where(about_her))
                     .scalars())
    connection.execute(delete(attachment).where(about_her))
    return blob_ids


def delete_blobs(files: Connection, blob_ids: tuple[str, ...]) -> None:
    for blob_id in blob_ids:
        delete_blob(files, blob_id)


def scrub(vault: OpenVault) -> int:
    """After a deletion: no old copy of a deleted page left in either database file or
    its WAL; returns how many pre-upgrade copies were removed."""
    with vault.write() as connection:
        _merge_indexes(connection)
    with _outside_transactions(vault, VAULT_DB) as raw:
        raw.execute("VACUUM")
    with _outside_transactions(vault, FILES_DB) as raw:
        if raw.execute("PRAGMA auto_vacuum").fetchone()[0] == 2:  # INCREMENTAL
            raw.execute("PRAGMA incremental_vacuum").fetchall()
    for name in (VAULT_DB, FILES_DB):
        _checkpoint(vault, name)
    removed = 0
    for copy in sorted((vault.directory / BACKUPS).glob("*.db")):
        copy.unlink()
        removed += 1
    # and any backup or restore staging a killed process left, and the vault a restore
    # kept aside: whole copies the app made, which hold her too. The deletion reaches
    # them by removing them (the data-rights dialog says so before it starts).
    removed += scrub_leftovers(vault.directory, only_mine=True)
    removed += shred_copies_beside(vault.directory)
    with vault.write() as connection:
        settings_repo.remove(connection, settings_repo.SCRUB_PENDING)
    return removed


def drop_index_traces(connection: Connection) -> None:
    """Inside the deletion's transaction: her tokens leave the full-text segments and the
    planner's samples with her rows, and a scrub is marked pending until `scrub` ends."""
    _merge_indexes(connection)
    settings_repo.put(connection, settings_repo.SCRUB_PENDING, "1")


def scrub_pending(vault: OpenVault) -> bool:
    with vault.read() as connection:
        return settings_repo.get(connection, settings_repo.SCRUB_PENDING) is not None


def _merge_indexes(connection: Connection) -> None:
    for table in _FTS_TABLES:
        connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    has_stats = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar_one()
    if has_stats:
        connection.exec_driver_sql("ANALYZE")


@contextlib.contextmanager
def _outside_transactions(vault: OpenVault, name: str) -> Iterator[Any]:
    """The keyed DB-API connection itself: VACUUM and a truncating checkpoint cannot run
    inside the transaction SQLAlchemy would begin."""
    pooled = vault.engine(name).raw_connection()
    try:
        yield pooled.driver_connection
    finally:
        pooled.close()


def _checkpoint(vault: OpenVault, name: str) -> None:
    """Checkpoint and truncate the WAL; a reader elsewhere in the app may hold it a moment."""
    with _outside_transactions(vault, name) as raw:
        # Each try returns at once when a reader holds the WAL (no busy wait), so the
        # tries take about five seconds in all, not fifty busy timeouts.
        waited = raw.execute("PRAGMA busy_timeout").fetchone()[0]
        raw.execute("PRAGMA busy_timeout = 0")
        try:
            for _attempt in range(_CHECKPOINT_TRIES):
                busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if not busy:
                    return
                time.sleep(0.1)
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(waited)}")
    raise ScrubIncomplete(name)


class ScrubIncomplete(VaultError):
    def __init__(self, file_name: str) -> None:
        super().__init__(Bilingual(
            es=f"Los datos se eliminaron, pero {file_name} seguía en uso y su diario (WAL) "
               "no se pudo vaciar. La limpieza queda pendiente: se terminará sola la próxima "
               "vez que se desbloquee la bóveda.",
            en=f"The data was deleted, but {file_name} was still in use and its log (WAL) "
               "could not be emptied. The clean-up is pending: it will finish by itself the "
               "next time the vault is unlocked."))
