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
from shelter_desk.domain.barriers import ProcedureAttempt
from shelter_desk.domain.document_types import DocumentType
from shelter_desk.domain.documents import standing
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.letters import Letter, LetterFacts, fill_letter, reasons_text
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import Relationship
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.rights import USABLE, Kind, ProcedureCheck
from shelter_desk.domain.validation import MAX_TEXT, check_length
from shelter_desk.services import rights
from shelter_desk.services.attachments import check_links, summary
from shelter_desk.services.cases import CaseFile, PersonFile
from shelter_desk.services.common import Change, Result, acting_user, permitted, today
from shelter_desk.store import attachment_store, audit, case_repo
from shelter_desk.store.attachment_store import attachments
from shelter_desk.store.clock import now_utc
from shelter_desk.store.vault import OpenVault


def templates(vault: OpenVault) -> Templates:
    """The built-in templates and those a coordinator put in the vault's letters/ folder."""
    return load_templates(vault.directory / FOLDER)


def letter_facts(vault: OpenVault, case_file: CaseFile, *, person_id: int,
                 check: ProcedureCheck | None = None, attempt: ProcedureAttempt | None = None,
                 catalog: Catalog | None = None) -> LetterFacts:
    """What the case says for a letter about `person_id` (her, or one of her children)."""
    user = acting_user(vault)
    catalog = catalog or default_catalog()
    day = today()
    her = case_file.principal
    files = {f.person.id: f for f in (her, *case_file.household)}
    subject = files[person_id]
    attempt = attempt or (check.attempt if check else None)
    children: tuple[str, ...] = ()
    if subject is not her and subject.person.relationship is Relationship.CHILD:
        # Her children refused the same thing by the same institution: one letter for all.
        same = {a.details.person_id for a in case_file.attempts
                if attempt and a.is_open_barrier
                and a.details.right_key == attempt.details.right_key
                and a.details.institution_name == attempt.details.institution_name}
        children = tuple(f.person.name for f in case_file.household
                         if f.person.id == person_id or f.person.id in same)

    def usable(person_file: PersonFile) -> list[str]:
        return [d.details.type_key for d in person_file.documents
                if standing(d.details, catalog.document_types[d.details.type_key], day)
                in USABLE]

    details = attempt.details if attempt else None
    # The document the refusal names leads the list; an ID named is the one the letter
    # presents, not every card she holds.
    named = next((d.details.type_key for f in files.values() for d in f.documents
                  if details and d.id == details.document_id), None)
    held = list(dict.fromkeys([*([named] if named else []), *usable(her),
                               *(usable(subject) if subject is not her else [])]))
    types = catalog.document_types
    cannot = tuple(dict.fromkeys(f.document for f in (check.findings if check else ())
                                 if f.kind is Kind.CANNOT_HOLD and f.document))
    procedure = check.procedure.name if check else (
        catalog.rights[details.right_key].name if details else None)
    level = ""
    if details and details.institution_type_key in catalog.institution_types:
        level = catalog.institution_types[details.institution_type_key].level
    return LetterFacts(
        person=her.person.name, today=day, organisation=vault.organisation_name(),
        signer=user.name, subject=subject.person.name, children=children,
        institution=details.institution_name if details else "", institution_level=level,
        procedure=procedure, attempted_on=details.attempted_on if details else None,
        reason=reasons_text(tuple(catalog.barrier_reasons[k].name for k in details.reason_keys
                                  if k in catalog.barrier_reasons)) if details else None,
        reason_given=details.reason_given if details else "",
        documents_held=tuple(types[k].name for k in held),
        cannot_hold=tuple(types[k].name for k in cannot),
        valid_ids=tuple(types[k].name for k in ([named] if named and _inm_id(types[named])
                                                else held) if _inm_id(types[k])),
        basis=_basis_first_contradicted(check))


def _inm_id(kind: DocumentType) -> bool:
    return kind.official_id and kind.category == "migration"


def _basis_first_contradicted(check: ProcedureCheck | None) -> tuple[str, ...]:
    """The articles the refusal contradicts lead the letter's list."""
    if check is None:
        return ()
    contradicted = [key for f in check.findings if f.kind is Kind.CONTRADICTS for key in f.basis]
    return tuple(dict.fromkeys([*contradicted, *check.basis]))


def draft_letter(vault: OpenVault, case_file: CaseFile, template_key: str, language: str, *,
                 person_id: int, procedure_key: str = "", attempt_id: int | None = None,
                 catalog: Catalog | None = None, available: Templates | None = None) -> Letter:
    """The letter filled from the case, for her to read and edit before it is saved."""
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
                         catalog=catalog)
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
