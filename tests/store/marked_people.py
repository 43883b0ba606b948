"""Test helper: a synthetic woman whose every field holds a unique marker word, so a test
can prove where her data is, and that it is gone. The words are invented letter strings
(no real names), each unlike the others and unlike any word of the vault's own."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.followup import NoteKind
from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.services import attachments, barriers, cases, documents, followup, people
from shelter_desk.store.vault import OpenVault

MARKERS_PER_PERSON = 12


def markers(prefix: str, count: int) -> list[str]:
    """`count` distinct lowercase words such as 'qzkbabvmark'."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [f"qz{prefix}{letters[i // 26]}{letters[i % 26]}vmark" for i in range(count)]


@dataclass(frozen=True)
class MarkedPerson:
    case_id: int
    person_id: int
    markers: tuple[str, ...]
    attachment_id: int


def add_marked_woman(vault: OpenVault, folder: Path, prefix: str, *,
                     household_of: int | None = None) -> MarkedPerson:
    """A woman (or, with `household_of`, a relative in that case) with 12 markers in her
    names, alias, place, phone, a document, an attempt, two notes and an attachment."""
    words = markers(prefix, MARKERS_PER_PERSON)
    details = PersonDetails(given_names=words[0].capitalize(),
                            family_names=words[1].capitalize(), aliases=(words[2],),
                            nationality="HN",
                            birth_date=date(1990 if household_of is None else 2012, 5, 1),
                            place_of_origin=words[3], phone=words[4])
    if household_of is None:
        case = cases.open_case(vault, details).value
        case_id, person_id = case.id, case.principal_person_id
    else:
        case_id = household_of
        person_id = people.add_household_member(vault, case_id, details,
                                                 Relationship.CHILD).value.id
    documents.record_document(vault, person_id, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL, number=words[5].upper(), notes=words[6]))
    barriers.record_attempt(vault, AttemptDetails(
        person_id=person_id, right_key="beca", institution_type_key="escuela_publica",
        institution_name=words[7], attempted_on=date(2026, 1, 10), outcome=Outcome.REFUSED,
        reason_keys=("pidio_ine",), reason_given=words[8]))
    followup.add_note(vault, case_id, NoteKind.LEGAL_ADVICE, f"Asesoría {words[9]}",
                      person_id=person_id)
    followup.add_note(vault, case_id, NoteKind.CALL, f"Llamada {words[10]}",
                      confidential=True, person_id=person_id)
    followup.record_consent(vault, person_id, ConsentPurpose.STATISTICS, True)
    scan = folder / f"escaneo-{prefix}.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + os.urandom(300_000) + words[11].encode() * 50
                     + os.urandom(1_500_000))
    added = attachments.add_attachment(vault, scan, case_id=case_id, person_id=person_id)
    scan.unlink()
    return MarkedPerson(case_id, person_id, tuple(words), added.value.id)
