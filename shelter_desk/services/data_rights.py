"""The rights of the women over their data (ARCO, LFPDPPP 2025): access to everything
held about her, deletion after blocking, and the retention period. Coordinators only;
every use is audited, and the audit keeps only ids.

Rectification is an ordinary edit (audited as 'changed: field names'); the access export
lists those corrections with their dates. Opposition to statistics is the withdrawal of
her statistics consent (followup.record_consent); the statistics engine leaves her out
from then on.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlcipher3 import dbapi2 as sqlite_driver

from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.reports.export import write_atomically
from shelter_desk.services.common import Change, Result, permitted, save_setting, today
from shelter_desk.store import audit, case_repo, erasure, handoff_store, settings_repo
from shelter_desk.store.attachment_store import attachments as attachment_rows
from shelter_desk.store.clock import now_utc
from shelter_desk.store.errors import VaultError
from shelter_desk.store.handoff_schema import handoff_sent
from shelter_desk.store.schema import (
    attachment,
    audit_event,
    case_file,
    consent,
    identity_document,
    note,
    person,
    procedure_attempt,
)
from shelter_desk.store.vault import OpenVault
from shelter_desk.store.vault_files import copies_beside

EXPORT_FORMAT = "shelter-desk-access-export"
EXPORT_VERSION = 1
# LFPDPPP sets no number: data is kept while the purpose lasts plus the legal terms
# (civil, tax, complaints). Five years after the case closes is a common choice in
# Mexican privacy notices; each organisation sets its own in Settings.
DEFAULT_RETENTION_YEARS = 5
MAX_RETENTION_YEARS = 30


# -- access -------------------------------------------------------------------------------


def find_person_by_case(vault: OpenVault, code: str, *, person_id: int | None = None) -> int:
    """The principal of the case file with this code, or `person_id` if she is in it
    (blocked or not: ARCO still applies)."""
    permitted(vault, Action.DATA_RIGHTS, entity_type="case", entity_id=code)
    with vault.read() as connection:
        found = connection.execute(
            select(case_file.c.id, case_file.c.principal_person_id)
            .where(case_file.c.code == code.strip())).first()
        if found is None:
            raise case_repo.cases.not_found()
        if person_id is None:
            return found.principal_person_id
        member = case_repo.people.get(connection, person_id)
    if member is None or member.case_id != found.id:
        raise case_repo.people.not_found()
    return person_id


def access_export(vault: OpenVault, person_id: int) -> dict[str, Any]:
    """Everything held about her, as plain JSON-ready data; the export is audited."""
    user = permitted(vault, Action.DATA_RIGHTS, entity_type="person", entity_id=person_id)
    with vault.write() as connection:
        her = case_repo.people.require(connection, person_id)
        case = case_repo.full_case(connection, her.case_id)
        assert case is not None
        principal = case.principal_person_id == person_id
        documents = case_repo.documents.where(connection,
                                              identity_document.c.person_id == person_id)
        attempts = case_repo.attempts.where(connection,
                                            procedure_attempt.c.person_id == person_id)
        about_her = note.c.person_id == person_id
        if principal:
            about_her = or_(about_her, and_(note.c.case_id == case.id, note.c.person_id.is_(None)))
        notes = case_repo.notes.where(connection, about_her)
        consents = case_repo.consents.where(connection, consent.c.person_id == person_id)
        files = attachment_rows.where(connection, or_(
            attachment.c.person_id == person_id,
            attachment.c.document_id.in_([d.id for d in documents]),
            attachment.c.attempt_id.in_([a.id for a in attempts]),
            attachment.c.consent_id.in_([c.id for c in consents])))
        entities = {"person": [person_id], "document": [d.id for d in documents],
                    "attempt": [a.id for a in attempts], "note": [n.id for n in notes],
                    "attachment": [f.id for f in files]}
        if principal:
            entities["case"] = [case.id]
        events = connection.execute(select(audit_event).where(or_(*[
            and_(audit_event.c.entity_type == kind,
                 audit_event.c.entity_id.in_([str(i) for i in ids]))
            for kind, ids in entities.items() if ids]), erasure.not_retired(audit_event))
            .order_by(audit_event.c.id)).all()
        handoffs = handoff_store.sent_where(connection, handoff_sent.c.person_id == person_id)
        audit.record(connection, actor_id=user.id, action="person.access_exported",
                     entity_type="person", entity_id=person_id)
    history = [{"at": row.occurred_at, "action": row.action, "what": row.entity_type,
                "id": row.entity_id, "summary": row.summary} for row in events]
    return _plain({
        "format": EXPORT_FORMAT, "version": EXPORT_VERSION, "generated_at": now_utc(),
        "organisation": vault.organisation_name(),
        "case": {"code": case.code, "opened_on": case.opened_on, "closed_on": case.closed_on,
                 "status": case.status, "case_types": case.details.case_types,
                 "is_principal": principal,
                 "summary": case.details.summary if principal else ""},
        "person": {"id": her.id, "relationship": her.relationship,
                   "blocked_at": her.blocked_at, **dataclasses.asdict(her.details)},
        "documents": [{"id": d.id, **dataclasses.asdict(d.details)} for d in documents],
        "procedures_and_barriers": [
            {"id": a.id, "resolved_on": a.resolved_on, "resolution": a.resolution,
             **dataclasses.asdict(a.details)} for a in attempts],
        "notes": [{"id": n.id, "kind": n.kind, "written_at": n.written_at, "body": n.body}
                  for n in notes if not n.confidential],
        "confidential_notes_not_included": sum(1 for n in notes if n.confidential),
        "consents": [{"purpose": c.purpose, "given": c.given, "recorded_on": c.recorded_on,
                      **({"service_type": c.service_type or "",
                          "organisation": c.organisation or ""}
                         if c.purpose is ConsentPurpose.REFERRAL else {})}
                     for c in consents],
        # Every handoff of her case: to whom, when, what kinds of things, on which consent.
        "handoffs": [{"sent_to": h.recipient_name, "sent_at": h.created_at,
                      "contents": ", ".join(kind for kind, _size in
                                            h.contents.get("items", [])),
                      "consent_id": h.consent_id, "state": h.state, "state_at": h.state_at}
                     for h in handoffs],
        "attachments": [{"file_name": f.file_name, "media_type": f.media_type,
                         "size_bytes": f.size_bytes, "added_at": f.added_at}
                        for f in files],
        "corrections": [{"at": h["at"], "what": h["what"], "id": h["id"],
                         "fields": h["summary"].removeprefix("changed: ").split(",")}
                        for h in history if h["summary"].startswith("changed: ")],
        "audit": history,
    })


AccessPdfWriter = Callable[[dict[str, Any], str], bytes]


def write_access_export(vault: OpenVault, person_id: int, folder: Path, *,
                        language: str = "es",
                        pdf_writer: AccessPdfWriter | None = None) -> tuple[Path, ...]:
    """Her export as JSON and, when the caller has Qt to draw it, as a PDF for her to
    read, in `folder`. These are the plaintext copies the coordinator asked for."""
    exported = access_export(vault, person_id)
    stem = f"acceso-{exported['case']['code']}-{person_id}"
    outputs = [(Path(folder) / f"{stem}.json",
                json.dumps(exported, ensure_ascii=False, indent=2).encode("utf-8"))]
    if pdf_writer is not None:
        outputs.append((Path(folder) / f"{stem}.pdf", pdf_writer(exported, language)))
    for path, data in outputs:
        try:
            write_atomically(path, data)
        except OSError as error:
            raise InvalidInput("out", Bilingual(
                es=f"No se pudo escribir {path}: {error.strerror}.",
                en=f"Could not write {path}: {error.strerror}.")) from error
    return tuple(path for path, _data in outputs)


def _plain(value: Any) -> Any:
    """JSON-ready: dates as ISO text, enums as their value, tuples as lists."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


# -- cancellation, second step ---------------------------------------------------------------


@dataclass(frozen=True)
class Deletion:
    person_id: int
    people: int  # more than one when she was the principal: her whole case file
    attachments: int
    whole_case: bool
    upgrade_copies_removed: int


def copies_kept_aside(vault: OpenVault) -> list[str]:
    """The folders of whole copies the app kept beside the vault (a restore's), which a
    deletion removes too: the deletion dialog names them first."""
    return [path.name for path in copies_beside(vault.directory)]


def delete_person(vault: OpenVault, person_id: int) -> Result[Deletion]:
    """Delete a blocked person for good; the audit keeps a tombstone with her id only."""
    user = permitted(vault, Action.DATA_RIGHTS, entity_type="person", entity_id=person_id)
    with vault.write() as connection:
        her = case_repo.people.require(connection, person_id)
        if her.blocked_at is None:
            raise InvalidInput("blocked", Bilingual(
                es="Primero bloquea a la persona (cancelación, primer paso); solo una persona "
                   "bloqueada se puede eliminar definitivamente.",
                en="Block the person first (cancellation, first step); only a blocked person "
                   "can be deleted for good."))
        erased = erasure.erase_rows(connection, person_id)
        erasure.drop_index_traces(connection)
        audit.record(connection, actor_id=user.id, action="person.deleted",
                     entity_type="person", entity_id=person_id,
                     summary=f"ARCO; people: {erased.people}; attachments: "
                             f"{len(erased.blob_ids)}"
                             + ("; case file" if erased.whole_case else ""))
        tombstone = connection.execute(select(func.max(audit_event.c.id))).scalar_one()
        erasure.retire(connection, erased.retired, tombstone)
    with vault.files_write() as files:
        erasure.delete_blobs(files, erased.blob_ids)
    removed = erasure.scrub(vault)
    deletion = Deletion(person_id, erased.people, len(erased.blob_ids), erased.whole_case,
                        removed)
    return Result(deletion, (Change("person", person_id, "deleted", her.case_id),))


def finish_pending_erasure(vault: OpenVault) -> bool:
    """Right after unlocking: finish the scrub of a deletion whose scrub failed; True when
    one was pending and is now done. A failure again leaves it pending for the next time."""
    if not erasure.scrub_pending(vault):
        return False
    try:
        erasure.scrub(vault)
    except (VaultError, OSError, SQLAlchemyError, sqlite_driver.Error):
        # The raw connection's VACUUM or checkpoint (a full disk, a busy reader): the
        # vault still opens, and the next unlock tries again.
        return False
    return True


@dataclass(frozen=True)
class BlockedPerson:
    """A blocked person as the ARCO list shows her: no name, only where she is filed."""

    person_id: int
    case_code: str
    blocked_at: str
    is_principal: bool


def blocked_people(vault: OpenVault) -> list[BlockedPerson]:
    """Everyone blocked (cancellation, first step), oldest block first."""
    permitted(vault, Action.DATA_RIGHTS, entity_type="setting")
    with vault.read() as connection:
        rows = connection.execute(
            select(person.c.id, case_file.c.code, person.c.blocked_at,
                   case_file.c.principal_person_id)
            .join(case_file, case_file.c.id == person.c.case_id)
            .where(person.c.blocked_at.is_not(None))
            .order_by(person.c.blocked_at, person.c.id)).all()
    return [BlockedPerson(pid, code, blocked_at, principal == pid)
            for pid, code, blocked_at, principal in rows]


# -- retention --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueForDeletion:
    case_id: int
    code: str
    closed_on: date
    due_on: date
    blocked: bool  # already blocked: ready for "delete"


def retention_years(vault: OpenVault) -> int:
    with vault.read() as connection:
        value = settings_repo.get(connection, settings_repo.RETENTION_YEARS)
    return int(value) if value else DEFAULT_RETENTION_YEARS


def set_retention_years(vault: OpenVault, years: int) -> None:
    user = permitted(vault, Action.DATA_RIGHTS, entity_type="setting")
    if not 1 <= years <= MAX_RETENTION_YEARS:
        raise InvalidInput("retention_years", Bilingual(
            es=f"El plazo de conservación debe ser de 1 a {MAX_RETENTION_YEARS} años.",
            en=f"The retention period must be 1 to {MAX_RETENTION_YEARS} years."))
    save_setting(vault, user, settings_repo.RETENTION_YEARS, str(years))


def due_for_deletion(vault: OpenVault, on: date | None = None) -> list[DueForDeletion]:
    """Closed case files whose retention period has ended by `on` (default today),
    oldest first: their principal should be blocked, then deleted."""
    permitted(vault, Action.DATA_RIGHTS, entity_type="setting")
    years = retention_years(vault)
    on = on or today()
    with vault.read() as connection:
        rows = connection.execute(
            select(case_file.c.id, case_file.c.code, case_file.c.closed_on,
                   person.c.blocked_at)
            .join(person, person.c.id == case_file.c.principal_person_id)
            .where(case_file.c.closed_on.is_not(None))
            .order_by(case_file.c.closed_on, case_file.c.id)).all()
    due = []
    for case_id, code, closed_on, blocked_at in rows:
        until = _add_years(closed_on, years)
        if until <= on:
            due.append(DueForDeletion(case_id, code, closed_on, until, blocked_at is not None))
    return due


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
