"""Receiving a case from another organisation: «Casos recibidos».

A package is checked before anything is kept: sealed to our keys, signed by the sender's
pinned key, addressed to us, not expired, not seen before (the same package twice makes
nothing new). It is then kept sealed until accepted (one transaction makes the case, its
people, documents, barriers, notes and attachments, linked to the package it came from)
or declined (its contents go; only its id stays). Each step answers with a signed
acknowledgement, sealed to the sender's keys, for the sender's referral to show.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from datetime import datetime

from shelter_desk.catalog.geo import is_country, is_language
from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.cases import CaseDetails, CaseStatus, format_case_code
from shelter_desk.domain.errors import NotFound
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import Relationship
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.validation import check_document, check_person, check_text
from shelter_desk.handoff import package as pkg
from shelter_desk.handoff.acknowledgement import Acknowledgement, AckStatus, sign_ack
from shelter_desk.handoff.errors import TAMPERED, refused
from shelter_desk.handoff.sealing import seal, unseal
from shelter_desk.services.common import acting_user, permitted
from shelter_desk.services.documents import document_columns
from shelter_desk.services.handoff_keys import keys_in_force, own_keys, signing_secret
from shelter_desk.services.handoff_record import (
    attempt_details,
    attempts_of,
    documents_of,
    people_of,
)
from shelter_desk.services.handoff_send import PreviewItem, preview_items
from shelter_desk.store import attachment_store, audit, case_repo, handoff_store, search_index
from shelter_desk.store.attachment_store import attachments
from shelter_desk.store.clock import now_utc
from shelter_desk.store.vault import OpenVault


@dataclass(frozen=True)
class Received:
    package: handoff_store.ReceivedPackage
    acknowledgement: bytes  # sealed to the sender: give it back by the same carrier
    new: bool  # False when this package had already come


def receive(vault: OpenVault, sealed: bytes) -> Received:
    user = permitted(vault, Action.INTAKE, entity_type="handoff")
    package = _open(vault, sealed)
    addressing = package.addressing
    with vault.write() as connection:
        existing = handoff_store.received(connection, package.package_id)
        if existing is None:
            handoff_store.add_received(
                connection, package_id=package.package_id, sender_id=addressing.sender_id,
                sender_name=addressing.sender_name, sealed=sealed,
                summary={"items": [[i.kind, i.text, i.size] for i in preview_items(package)],
                         "created_at": addressing.created_at},
                state="received", reason="", received_at=now_utc(),
                expires_at=addressing.expires_at)
            audit.record(connection, actor_id=user.id, action="handoff.received",
                         entity_type="handoff", entity_id=package.package_id,
                         summary=f"from {addressing.sender_id}")
        stored = handoff_store.received(connection, package.package_id)
    assert stored is not None
    status = AckStatus(stored.state) if stored.state in AckStatus.__members__.values() \
        else AckStatus.RECEIVED
    return Received(stored, _ack(vault, stored, status), existing is None)


def received_packages(vault: OpenVault) -> list[handoff_store.ReceivedPackage]:
    permitted(vault, Action.INTAKE)
    with vault.read() as connection:
        return handoff_store.all_received(connection)


def preview(vault: OpenVault, package_id: str) -> tuple[PreviewItem, ...]:
    """What the package holds, read again from its sealed bytes (audited: it is her data)."""
    user = permitted(vault, Action.INTAKE, entity_type="handoff", entity_id=package_id)
    package = _open(vault, _kept(vault, package_id).sealed or b"", fresh=False)
    with vault.write() as connection:
        audit.record(connection, actor_id=user.id, action="handoff.previewed",
                     entity_type="handoff", entity_id=package_id)
    return preview_items(package)


def accept(vault: OpenVault, package_id: str) -> tuple[int, bytes]:
    """(the new case's id, the acknowledgement). All of it or nothing."""
    user = permitted(vault, Action.INTAKE, entity_type="handoff", entity_id=package_id)
    kept = _kept(vault, package_id)
    if kept.state == "accepted" and kept.case_id is not None:
        return kept.case_id, _ack(vault, kept, AckStatus.ACCEPTED)
    package = _open(vault, kept.sealed or b"", fresh=False)
    _check_not_expired(vault, package)
    record = package.record()
    day = datetime.fromisoformat(now_utc()).date()
    principal, household = people_of(record)
    for details in (principal, *[d for _r, d in household]):
        check_person(details, day, is_country=is_country, is_language=is_language)
    catalog = default_catalog()
    documents = documents_of(record)
    for _whose, document in documents:
        check_document(document, catalog.document_types, day)
    blobs = []
    try:
        with vault.files_write() as files:
            for name, part in sorted(package.parts.items()):
                if name != pkg.RECORD_PART:
                    stored = attachment_store.write_blob(files, io.BytesIO(part.data),
                                                         expected_bytes=len(part.data))
                    blobs.append((part, stored))
        with vault.write() as connection:
            case_id = _make_case(connection, user.id, package, principal, household,
                                 documents, record, blobs)
            handoff_store.set_received_state(connection, package_id, "accepted",
                                             case_id=case_id)
            audit.record(connection, actor_id=user.id, action="handoff.accepted",
                         entity_type="handoff", entity_id=package_id,
                         summary=f"case {case_id} from {package.addressing.sender_id}")
            accepted = handoff_store.received(connection, package_id)
    except BaseException:
        with contextlib.suppress(Exception), vault.files_write() as files:
            for _part, stored in blobs:
                attachment_store.delete_blob(files, stored.blob_id)
        raise
    assert accepted is not None
    return case_id, _ack(vault, accepted, AckStatus.ACCEPTED)


def decline(vault: OpenVault, package_id: str, reason: str) -> bytes:
    """Declined with a reason: nothing of her stays here, only the package's id."""
    user = permitted(vault, Action.INTAKE, entity_type="handoff", entity_id=package_id)
    reason = check_text("reason", reason)
    kept = _kept(vault, package_id)
    if kept.state == "accepted":
        raise refused("Ese paquete ya se aceptó: su expediente ya está en la bóveda.",
                      "That package was already accepted: its case is in the vault.")
    with vault.write() as connection:
        handoff_store.set_received_state(connection, package_id, "declined", reason=reason,
                                         forget_contents=True)
        audit.record(connection, actor_id=user.id, action="handoff.declined",
                     entity_type="handoff", entity_id=package_id)
        declined = handoff_store.received(connection, package_id)
    assert declined is not None
    return _ack(vault, declined, AckStatus.DECLINED)


def _make_case(connection, actor_id, package, principal, household, documents, record,  # type: ignore[no-untyped-def]
               blobs) -> int:
    day = datetime.fromisoformat(now_utc()).date()
    number = case_repo.next_case_number(connection, day.year)
    origin = package.addressing
    case_id = case_repo.cases.insert(
        connection, code=format_case_code(day.year, number), year=day.year, number=number,
        opened_on=day, status=CaseStatus.OPEN.value, assigned_worker_id=None,
        risk_level=CaseDetails().risk_level.value, summary=f"Recibido de {origin.sender_name} "
                                      f"(paquete {origin.package_id}).")
    with search_index.kept_in_step(connection, case_id):
        people = [case_repo.people.insert(connection, case_id=case_id, relationship=None,
                                          **case_repo.person_columns(principal))]
        case_repo.cases.update(connection, case_id, principal_person_id=people[0])
        for relationship, details in household:
            kind = relationship if relationship in {r.value for r in Relationship} else \
                Relationship.OTHER.value
            people.append(case_repo.people.insert(connection, case_id=case_id,
                                                  relationship=kind,
                                                  **case_repo.person_columns(details)))
        types = default_catalog().document_types
        for whose, document in documents:
            case_repo.documents.insert(connection, person_id=people[_index(whose, people)],
                                       case_id=case_id,
                                       **document_columns(document, types[document.type_key]))
        for whose, values, resolution in attempts_of(record):
            details = attempt_details(values, people[_index(whose, people)])
            case_repo.attempts.insert(connection, case_id=case_id,
                                      resolved_on=day if resolution else None,
                                      resolution=resolution,
                                      **case_repo.attempt_columns(details,
                                                                  resolved=bool(resolution)))
        for note in record.get("notes", []):
            case_repo.notes.insert(connection, case_id=case_id, person_id=None,
                                   kind=str(note["kind"]), body=str(note["body"]),
                                   confidential=False, author_id=actor_id,
                                   written_at=now_utc())
    for part, stored in blobs:
        attachments.insert(connection, case_id=case_id, person_id=people[0],
                           document_id=None, attempt_id=None, consent_id=None,
                           file_name=part.filename, media_type=part.media_type,
                           size_bytes=stored.size_bytes, sha256=stored.sha256,
                           blob_id=stored.blob_id, added_by=actor_id, added_at=now_utc())
    audit.record(connection, actor_id=actor_id, action="case.opened", entity_type="case",
                 entity_id=case_id, summary=f"handoff {origin.package_id}")
    return case_id


def _index(whose: int, people: list[int]) -> int:
    if not 0 <= whose < len(people):
        raise refused(*TAMPERED)
    return whose


def _open(vault: OpenVault, sealed: bytes, *, fresh: bool = True) -> pkg.Package:
    """Unsealed and checked against our keys and the sender's pinned key."""
    acting_user(vault)
    pkg.check_size(len(sealed))
    own = own_keys(vault)
    with vault.read() as connection:
        secrets = handoff_store.age_secrets(connection)
    package = pkg.open_payload(unseal(sealed, secrets))
    if fresh:
        pkg.check_addressed(package, own.organisation_id, datetime.fromisoformat(now_utc()))
    sender = package.addressing.sender_id
    with vault.read() as connection:
        pinned = keys_in_force(handoff_store.pin(connection, sender), sender)
    if pinned.signing_key != package.signing_key:
        raise refused(
            f"El paquete está firmado con una clave que no es la de «{pinned.name}»: no se "
            f"importó nada.",
            f"The package is signed with a key that is not “{pinned.name}”'s: nothing was "
            f"imported.")
    return package


def _check_not_expired(vault: OpenVault, package: pkg.Package) -> None:
    own = own_keys(vault)
    try:
        pkg.check_addressed(package, own.organisation_id, datetime.fromisoformat(now_utc()))
    except Exception:
        with vault.write() as connection:
            handoff_store.set_received_state(connection, package.package_id, "expired",
                                             forget_contents=True)
        raise


def _kept(vault: OpenVault, package_id: str) -> handoff_store.ReceivedPackage:
    with vault.read() as connection:
        kept = handoff_store.received(connection, package_id)
    if kept is None or (kept.sealed is None and kept.state != "accepted"):
        raise NotFound(Bilingual(es="Ese paquete no está entre los casos recibidos.",
                                 en="That package is not among the received cases."))
    return kept


def _ack(vault: OpenVault, kept: handoff_store.ReceivedPackage, status: AckStatus) -> bytes:
    own = own_keys(vault)
    with vault.read() as connection:
        secret = signing_secret(connection)
        sender = keys_in_force(handoff_store.pin(connection, kept.sender_id), kept.sender_id)
    ack = Acknowledgement(kept.package_id, status, kept.state_at, own.organisation_id,
                          kept.reason)
    return seal(sign_ack(ack, secret), list(sender.age_keys))
