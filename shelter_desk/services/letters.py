"""Letters that open closed doors: the templates, a draft filled from the case, and the
finished PDF kept as an encrypted attachment and recorded as the action taken on the
barrier it answers.

The PDF is made by the GUI (only it imports Qt) and handed over as bytes: it never
touches the disk unencrypted.
"""

from __future__ import annotations

import contextlib
import io
from datetime import date

from shelter_desk.catalog.letters import FOLDER, Templates, load_templates
from shelter_desk.catalog.loader import Catalog, default_catalog
from shelter_desk.domain.attachments import MAX_ATTACHMENT_BYTES, Attachment
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.letters import Letter, fill_letter
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.procedures import LegalBasis
from shelter_desk.domain.validation import MAX_TEXT, check_length
from shelter_desk.services import rights
from shelter_desk.services.attachments import check_links, summary
from shelter_desk.services.cases import CaseFile
from shelter_desk.services.common import Change, Result, permitted
from shelter_desk.services.letter_facts import letter_facts
from shelter_desk.store import attachment_store, audit, case_repo
from shelter_desk.store.attachment_store import attachments
from shelter_desk.store.clock import now_utc
from shelter_desk.store.vault import OpenVault


def legal_basis() -> dict[str, LegalBasis]:
    """The articles a letter may cite, by key (names and what each says, for the dialog)."""
    return default_catalog().legal_basis


def templates(vault: OpenVault) -> Templates:
    """The built-in templates and those a coordinator put in the vault's letters/ folder."""
    return load_templates(vault.directory / FOLDER)


def draft_letter(vault: OpenVault, case_file: CaseFile, template_key: str, language: str, *,
                 person_id: int, procedure_key: str = "", attempt_id: int | None = None,
                 catalog: Catalog | None = None, available: Templates | None = None,
                 chosen: tuple[str, ...] = ()) -> Letter:
    """The letter filled from the case, for her to read and edit before it is saved;
    `chosen` are optional provisions («Fundamentos adicionales») the caseworker ticked."""
    catalog = catalog or default_catalog()
    available = available or templates(vault)
    if template_key not in available.by_key:
        raise InvalidInput("template", Bilingual(
            es="Esa plantilla de carta no existe.", en="That letter template does not exist."))
    attempt = next((a for a in case_file.attempts if a.id == attempt_id), None)
    if attempt_id is not None and attempt is None:
        raise InvalidInput("attempt_id", Bilingual(
            es="El trámite no pertenece a este expediente.",
            en="The attempt does not belong to this case file."))
    check = rights.check_for(rights.check_case(case_file, catalog=catalog),
                             person_id=person_id, procedure_key=procedure_key,
                             attempt_id=attempt_id,
                             right_key=attempt.details.right_key if attempt else "")
    facts = letter_facts(vault, case_file, person_id=person_id, check=check, attempt=attempt,
                         catalog=catalog, chosen=chosen)
    return fill_letter(available.by_key[template_key], facts, catalog.legal_basis, language)


def store_letter(vault: OpenVault, pdf: bytes, *, case_id: int, person_id: int,
                 file_name: str, attempt_id: int | None = None,
                 action_taken: str = "") -> Result[Attachment]:
    """Keep the letter as an encrypted attachment linked to her (and to the barrier), and
    say on the barrier that it was the action taken: one transaction in vault.db."""
    user = permitted(vault, Action.WRITE_LETTER, entity_type="case", entity_id=case_id)
    if not pdf.startswith(b"%PDF-"):
        raise InvalidInput("pdf", Bilingual(es="La carta no es un PDF.",
                                            en="The letter is not a PDF."))
    if len(pdf) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput("pdf", Bilingual(es="La carta es demasiado grande.",
                                            en="The letter is too large."))
    check_length("file_name", file_name)
    if not file_name.strip() or "/" in file_name or "\\" in file_name:
        raise InvalidInput("file_name", Bilingual(es="El nombre del archivo no es válido.",
                                                  en="The file name is not valid."))
    action_taken = action_taken.strip()
    with vault.read() as connection:
        person_id = check_links(connection, case_id, person_id=person_id, document_id=None,
                                attempt_id=attempt_id, consent_id=None) or person_id
        attempt = case_repo.attempts.require(connection, attempt_id) if attempt_id else None
    new_action = "\n".join(part for part in (
        attempt.details.action_taken if attempt else "", action_taken) if part)
    if len(new_action) > MAX_TEXT:
        raise InvalidInput("action_taken", Bilingual(
            es="La acción tomada de este trámite ya es demasiado larga.",
            en="This attempt's action taken is already too long."))
    with vault.files_write() as files:
        stored = attachment_store.write_blob(files, io.BytesIO(pdf), expected_bytes=len(pdf))
    try:
        with vault.write() as connection:
            attachment_id = attachments.insert(
                connection, case_id=case_id, person_id=person_id, document_id=None,
                attempt_id=attempt_id, consent_id=None, file_name=file_name.strip(),
                media_type="application/pdf", size_bytes=stored.size_bytes,
                sha256=stored.sha256, blob_id=stored.blob_id, added_by=user.id,
                added_at=now_utc())
            audit.record(connection, actor_id=user.id, action="attachment.added",
                         entity_type="attachment", entity_id=attachment_id,
                         summary=summary("application/pdf", stored.size_bytes))
            changes = [Change("attachment", attachment_id, "created", case_id)]
            if attempt is not None and action_taken:
                # Read again in this transaction: an edit made while the PDF was being
                # stored must not be lost.
                current = case_repo.attempts.require(connection, attempt.id)
                new_action = "\n".join(part for part in (
                    current.details.action_taken, action_taken) if part)
                case_repo.attempts.update(connection, attempt.id, action_taken=new_action)
                audit.record(connection, actor_id=user.id, action="attempt.updated",
                             entity_type="attempt", entity_id=attempt.id,
                             summary="changed: action_taken")
                changes.append(Change("attempt", attempt.id, "updated", case_id))
            added = attachments.require(connection, attachment_id)
    except BaseException:
        with contextlib.suppress(Exception), vault.files_write() as files:
            attachment_store.delete_blob(files, stored.blob_id)
        raise
    return Result(added, tuple(changes))


def letter_file_name(template_name: str, day: date) -> str:
    """A name that says what it is without naming her: it shows in the attachments list."""
    safe = "".join(c if c.isalnum() else "-" for c in template_name.lower()).strip("-")
    while "--" in safe:
        safe = safe.replace("--", "-")
    return f"carta-{safe[:60]}-{day.isoformat()}.pdf"
