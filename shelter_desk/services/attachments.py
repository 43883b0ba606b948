"""Scans, photos and PDFs of her papers: attach, list, view, save a decrypted copy, remove.

The bytes go to files.db first and the metadata row to vault.db after, so a failure in
between leaves at most unreachable encrypted chunks, which are then deleted; never a row
that points at nothing. Decrypted bytes stay in memory, except in `save_decrypted_copy`,
the one place that writes them to disk, on her explicit request.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Connection, or_, select

from shelter_desk.domain.attachments import (
    MAX_ATTACHMENT_BYTES,
    Attachment,
    sniff_media_type,
)
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.services.common import Change, Result, acting_user, not_found, permitted
from shelter_desk.store import attachment_store, audit, case_repo
from shelter_desk.store.attachment_store import CancelCheck, Progress, attachments
from shelter_desk.store.case_queries import blocked_people
from shelter_desk.store.clock import now_utc
from shelter_desk.store.schema import (
    attachment,
    case_file,
    consent,
    identity_document,
    person,
    procedure_attempt,
)
from shelter_desk.store.vault import OpenVault

# Enough for every signature in domain.attachments.MEDIA_TYPES.
_HEAD_BYTES = 16


def add_attachment(vault: OpenVault, source: Path, *, case_id: int,
                   person_id: int | None = None, document_id: int | None = None,
                   attempt_id: int | None = None, consent_id: int | None = None,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None,
                   max_bytes: int = MAX_ATTACHMENT_BYTES) -> Result[Attachment]:
    """Keep an encrypted copy of `source` in the case file, linked to whom it is about.

    A document, attempt or consent also says whose it is: `person_id` may be left out.
    """
    user = permitted(vault, Action.ADD_ATTACHMENT, entity_type="case", entity_id=case_id)
    source = Path(source)
    size = _size_within_limit(source, max_bytes)
    with vault.read() as connection:
        person_id = check_links(connection, case_id, person_id=person_id,
                                 document_id=document_id, attempt_id=attempt_id,
                                 consent_id=consent_id)
    with _opened(source) as stream:
        media_type = sniff_media_type(stream.read(_HEAD_BYTES))
        if media_type is None:
            raise InvalidInput("file", Bilingual(
                es=f"«{source.name}» no es un PDF, JPG o PNG. Solo se pueden adjuntar esos "
                   "tipos: guárdalo o escanéalo de nuevo como PDF o imagen.",
                en=f"“{source.name}” is not a PDF, JPG or PNG. Only those types can be "
                   "attached: save or scan it again as a PDF or an image."))
        stream.seek(0)
        with vault.files_write() as files:
            stored = attachment_store.write_blob(files, stream, expected_bytes=size,
                                                 progress=progress, cancelled=cancelled)
    try:
        with vault.write() as connection:
            attachment_id = attachments.insert(
                connection, case_id=case_id, person_id=person_id, document_id=document_id,
                attempt_id=attempt_id, consent_id=consent_id, file_name=source.name,
                media_type=media_type, size_bytes=stored.size_bytes, sha256=stored.sha256,
                blob_id=stored.blob_id, added_by=user.id, added_at=now_utc())
            audit.record(connection, actor_id=user.id, action="attachment.added",
                         entity_type="attachment", entity_id=attachment_id,
                         summary=summary(media_type, stored.size_bytes))
            added = attachments.require(connection, attachment_id)
    except BaseException:
        # No row points at these chunks: take them back. Should this fail too, they stay
        # encrypted and unreachable, which is untidy but not a leak.
        with contextlib.suppress(Exception), vault.files_write() as files:
            attachment_store.delete_blob(files, stored.blob_id)
        raise
    return Result(added, (Change("attachment", added.id, "created", case_id),))


def list_attachments(vault: OpenVault, case_id: int) -> list[Attachment]:
    """The case's attachments, newest first, without those of blocked people."""
    acting_user(vault)
    with vault.read() as connection:
        return attachments.where(connection, attachment.c.case_id == case_id, *_visible(),
                                 order_by=attachment.c.id.desc())


def read_attachment(vault: OpenVault, attachment_id: int,
                    progress: Progress | None = None) -> bytes:
    """The file's bytes, checked against their hash, for showing in memory. Audited."""
    user = permitted(vault, Action.VIEW_ATTACHMENT, entity_type="attachment",
                     entity_id=attachment_id)
    found, content = _content(vault, attachment_id, progress)
    with vault.write() as connection:
        audit.record(connection, actor_id=user.id, action="attachment.viewed",
                     entity_type="attachment", entity_id=attachment_id,
                     summary=summary(found.media_type, found.size_bytes))
    return content


def save_decrypted_copy(vault: OpenVault, attachment_id: int,
                        destination: Path) -> Result[Path]:
    """Write the file, decrypted, where she chose: the only way its bytes reach the disk.

    Written under a temporary name in the same folder and renamed into place, so the
    destination is either the whole file or untouched; the audit row commits with it.
    """
    user = permitted(vault, Action.SAVE_DECRYPTED_COPY, entity_type="attachment",
                     entity_id=attachment_id)
    destination = Path(destination)
    if not destination.parent.is_dir():
        raise InvalidInput("destination", Bilingual(
            es="La carpeta elegida no existe.", en="The chosen folder does not exist."))
    found, content = _content(vault, attachment_id, None)
    written = False
    try:
        with vault.write() as connection:
            audit.record(connection, actor_id=user.id, action="attachment.exported",
                         entity_type="attachment", entity_id=attachment_id,
                         summary=summary(found.media_type, found.size_bytes))
            _write_atomically(destination, content)
            written = True
    except BaseException:
        if written:  # the audit row did not commit: the copy must not outlive it
            destination.unlink(missing_ok=True)
        raise
    return Result(destination, (Change("attachment", attachment_id, "exported",
                                       found.case_id),))


def remove_attachment(vault: OpenVault, attachment_id: int) -> Result[Attachment]:
    """Remove the file from the case: its row and audit entry first, then its chunks.

    In that order, a failure in between leaves encrypted chunks nothing points at,
    never a row whose file is gone.
    """
    user = permitted(vault, Action.ADD_ATTACHMENT, entity_type="attachment",
                     entity_id=attachment_id)
    with vault.write() as connection:
        found, blob_id = _visible_attachment(connection, attachment_id)
        connection.execute(attachment.delete().where(attachment.c.id == attachment_id))
        audit.record(connection, actor_id=user.id, action="attachment.removed",
                     entity_type="attachment", entity_id=attachment_id,
                     summary=summary(found.media_type, found.size_bytes))
    with vault.files_write() as files:
        attachment_store.delete_blob(files, blob_id)
    return Result(found, (Change("attachment", attachment_id, "removed", found.case_id),))


# -- helpers ---------------------------------------------------------------------------------


def summary(media_type: str, size_bytes: int) -> str:
    # Never the file's name: "pasaporte_maria_lopez.pdf" is personal data.
    return f"{media_type}, {size_bytes} bytes"


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f}".removesuffix(".0")


def _size_within_limit(source: Path, max_bytes: int) -> int:
    """The file's size, refused before a byte of it is read if it is over the limit."""
    try:
        size = source.stat().st_size if source.is_file() else -1
    except OSError:
        size = -1
    if size < 0:
        raise _unreadable(source)
    if size == 0:
        raise InvalidInput("file", Bilingual(es=f"«{source.name}» está vacío.",
                                             en=f"“{source.name}” is empty."))
    if size > max_bytes:
        raise InvalidInput("file", Bilingual(
            es=f"«{source.name}» pesa {_megabytes(size)} MB y el límite es "
               f"{_megabytes(max_bytes)} MB. Escanéalo con menos resolución o en varias partes.",
            en=f"“{source.name}” is {_megabytes(size)} MB and the limit is "
               f"{_megabytes(max_bytes)} MB. Scan it at a lower resolution or in parts."))
    return size


@contextlib.contextmanager
def _opened(source: Path):  # type: ignore[no-untyped-def]
    try:
        stream: BinaryIO = source.open("rb")
    except OSError as error:
        raise _unreadable(source) from error
    with stream:
        try:
            yield stream
        except OSError as error:  # a USB stick pulled out half-way, a bad sector
            raise _unreadable(source) from error


def _unreadable(source: Path) -> InvalidInput:
    return InvalidInput("file", Bilingual(
        es=f"No se encontró «{source.name}» o no se puede leer.",
        en=f"“{source.name}” was not found or cannot be read."))


def check_links(connection: Connection, case_id: int, *, person_id: int | None,
                 document_id: int | None, attempt_id: int | None,
                 consent_id: int | None) -> int | None:
    """Whom the file is about, once every link is known to belong to this case.

    Blocked people (ARCO cancellation) count as absent: nothing new is linked to them.
    """
    found = case_repo.cases.get(connection, case_id)
    blocked = set(connection.execute(blocked_people()).scalars())
    if found is None or found.principal_person_id in blocked:
        raise not_found("el expediente", "The case file")
    owners: list[tuple[str, int]] = []
    for field, row_id, table, what in (
            ("document_id", document_id, identity_document,
             Bilingual("El documento", "The document")),
            ("attempt_id", attempt_id, procedure_attempt,
             Bilingual("El trámite", "The attempt"))):
        if row_id is None:
            continue
        row = connection.execute(select(table.c.case_id, table.c.person_id)
                                 .where(table.c.id == row_id)).first()
        if row is None or row.case_id != case_id or row.person_id in blocked:
            raise _not_in_case(field, what)
        owners.append((field, row.person_id))
    if consent_id is not None:
        row = connection.execute(select(person.c.case_id, consent.c.person_id)
                                 .join(person, person.c.id == consent.c.person_id)
                                 .where(consent.c.id == consent_id)).first()
        if row is None or row.case_id != case_id or row.person_id in blocked:
            raise _not_in_case("consent_id", Bilingual("El consentimiento", "The consent"))
        owners.append(("consent_id", row.person_id))
    if person_id is not None:
        member = case_repo.people.get(connection, person_id)
        if member is None or member.case_id != case_id or person_id in blocked:
            raise _not_in_case("person_id", Bilingual("La persona", "The person"))
    for field, owner in owners:
        person_id = owner if person_id is None else person_id
        if owner != person_id:
            raise InvalidInput(field, Bilingual(
                es="El archivo se vinculó con registros de dos personas distintas; "
                   "elige solo una.",
                en="The file was linked to the records of two different people; "
                   "choose only one."))
    return person_id


def _not_in_case(field: str, what: Bilingual) -> InvalidInput:
    return InvalidInput(field, Bilingual(es=f"{what.es} no pertenece a este expediente.",
                                         en=f"{what.en} does not belong to this case file."))


def _visible() -> list[Any]:
    """Criteria that leave out every attachment about a blocked person, however linked."""
    blocked = blocked_people()
    return [
        or_(attachment.c.person_id.is_(None), attachment.c.person_id.not_in(blocked)),
        or_(attachment.c.document_id.is_(None), attachment.c.document_id.not_in(
            select(identity_document.c.id).where(identity_document.c.person_id.in_(blocked)))),
        or_(attachment.c.attempt_id.is_(None), attachment.c.attempt_id.not_in(
            select(procedure_attempt.c.id).where(procedure_attempt.c.person_id.in_(blocked)))),
        or_(attachment.c.consent_id.is_(None), attachment.c.consent_id.not_in(
            select(consent.c.id).where(consent.c.person_id.in_(blocked)))),
        attachment.c.case_id.not_in(
            select(case_file.c.id).where(case_file.c.principal_person_id.in_(blocked))),
    ]


def _visible_attachment(connection: Connection, attachment_id: int) -> tuple[Attachment, str]:
    """The attachment and the id of its chunks, unless it is gone or about a blocked person."""
    row = connection.execute(select(attachment).where(attachment.c.id == attachment_id,
                                                      *_visible())).first()
    if row is None:
        raise not_found("el archivo adjunto", "The attachment")
    return attachments.build(row._mapping), row.blob_id


def _content(vault: OpenVault, attachment_id: int,
             progress: Progress | None) -> tuple[Attachment, bytes]:
    with vault.read() as connection:
        found, blob_id = _visible_attachment(connection, attachment_id)
    with vault.files_read() as files:
        content = attachment_store.read_blob(files, blob_id, size_bytes=found.size_bytes,
                                             sha256=found.sha256, progress=progress)
    return found, bytes(content)


def _write_atomically(destination: Path, content: bytes) -> None:
    # The temporary file is only readable by her (mkstemp's 0600), like the copy it becomes.
    handle, temporary = tempfile.mkstemp(dir=destination.parent, prefix=".shelter-desk-",
                                         suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def content_of(vault: OpenVault, attachment_id: int) -> tuple[Attachment, bytes]:
    """The attachment and its checked bytes, for a handoff package (audited there)."""
    acting_user(vault)
    return _content(vault, attachment_id, None)
