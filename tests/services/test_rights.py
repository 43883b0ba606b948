"""The rights navigator and letters through their services, on a real encrypted vault:
the founding testimony end to end, and letters refused for bad input or the wrong role."""

from __future__ import annotations

from datetime import date

import pytest

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.people import PersonDetails, Relationship, SchoolStatus
from shelter_desk.domain.rights import Kind, State
from shelter_desk.domain.staff import Role
from shelter_desk.gui.letters.pdf import letter_html, pdf_text, render_pdf
from shelter_desk.services import (
    attachments,
    barriers,
    cases,
    documents,
    letters,
    people,
    rights,
    staff,
)
from shelter_desk.store import audit
from shelter_desk.store.vault import unlock

TODAY = date.today()
SCHOOL = "Escuela Primaria Benito Juárez"


def _audit_rows(vault) -> int:
    with vault.read() as connection:
        return audit.verify_chain(connection).rows


def _testimony(vault):
    """A Guatemalan woman with a permanent resident card and a copy of her 'deed of birth',
    no INE; the school refused her two children the scholarship, asking for her INE."""
    case = cases.open_case(vault, PersonDetails(
        given_names="Rosa Elvira", family_names="Tzul Pérez", nationality="GT",
        birth_date=date(1991, 4, 12))).value
    her = case.principal_person_id
    documents.record_document(vault, her, DocumentDetails(
        "tarjeta_residente_permanente", DocumentStatus.ORIGINAL, issued_on=date(2024, 3, 1)))
    documents.record_document(vault, her, DocumentDetails(
        "acta_nacimiento_extranjera", DocumentStatus.COPY_ONLY, apostilled=False))
    children = [people.add_household_member(vault, case.id, PersonDetails(
        given_names=name, family_names="Tzul", nationality="GT", birth_date=born,
        school_status=SchoolStatus.ENROLLED), Relationship.CHILD).value
        for name, born in (("Josué", date(2016, 2, 1)), ("Abril", date(2018, 9, 9)))]
    refused = [barriers.record_attempt(vault, AttemptDetails(
        person_id=child.id, right_key="beca", institution_type_key="escuela_publica",
        institution_name=SCHOOL, attempted_on=TODAY, outcome=Outcome.REFUSED,
        documents_presented=("tarjeta_residente_permanente",), reason_keys=("pidio_ine",),
        reason_given="Piden la credencial del INE de la madre")).value for child in children]
    return case, children, refused


def test_the_testimony_end_to_end(created, qapp):
    vault = created.vault
    # GIVEN the woman of the testimony and her two children, refused the scholarship
    case, children, refused = _testimony(vault)
    case_file = cases.open_case_file(vault, case.id)

    # WHEN the rights navigator reads her case
    checks = rights.check_case(case_file)

    # THEN the scholarship is blocked for each child, and the refusal contradicts the law
    scholarship = [c for c in checks if c.procedure.key == "beca"]
    assert [c.person.id for c in scholarship] == [c.id for c in children]
    check = scholarship[0]
    assert check.state is State.BLOCKED and check.contradicts_law
    said = {f.kind: f.text.en for f in check.findings}
    assert "can never hold a Voter ID (INE)" in said[Kind.CANNOT_HOLD]
    assert "Permanent resident card is valid official identification" in (
        said[Kind.ACCEPTED_INSTEAD])
    assert "Migration Law, art. 8" in said[Kind.CONTRADICTS]
    assert check.next_step.letter == "escuela" and SCHOOL in check.next_step.text.es
    # ...and the programme's own requirements are shown as unverified, never as law
    assert not check.verified
    assert any(f.kind is Kind.MISSING and not f.verified for f in check.findings)
    # Enrolment stays open: lacking documents cannot bar it
    enrolment = next(c for c in checks if c.procedure.key == "inscripcion_escolar")
    assert enrolment.state is State.READY

    # WHEN a caseworker drafts the letter to the school and keeps it as a PDF
    letter = letters.draft_letter(vault, case_file, "escuela", "es", person_id=children[0].id,
                                  attempt_id=refused[0].id)
    pdf = render_pdf(letter_html(letter), letter.title)
    rows = _audit_rows(vault)
    stored = letters.store_letter(vault, pdf, case_id=case.id, person_id=children[0].id,
                                  attempt_id=refused[0].id, file_name="carta-escuela.pdf",
                                  action_taken="Carta a la escuela guardada en Adjuntos.")
    assert _audit_rows(vault) == rows + 2  # the attachment and the barrier's action

    # THEN the PDF says who, to whom and why
    text = " ".join(pdf_text(pdf).split())
    assert "Rosa Elvira Tzul Pérez" in text and SCHOOL in text
    assert "Ley de Migración, art. 8" in text and "Josué Tzul y Abril Tzul" in text
    assert "{" not in text and "[[" not in text
    # ...it is stored encrypted, linked to the barrier, and readable back whole
    attachment = stored.value
    assert attachment.attempt_id == refused[0].id
    assert attachment.media_type == "application/pdf"
    assert attachments.read_attachment(vault, attachment.id) == pdf
    raw = (created.vault.directory / "files.db").read_bytes()
    assert b"%PDF" not in raw and b"Tzul" not in raw
    # ...and the barrier shows the letter as the action taken, in one audited transaction
    after = cases.open_case_file(vault, case.id, record_view=False)
    barrier = next(a for a in after.attempts if a.id == refused[0].id)
    assert barrier.details.action_taken == "Carta a la escuela guardada en Adjuntos."
    assert barrier.is_open_barrier  # a letter is an action, not a resolution
    assert {c.entity_type for c in stored.changes} == {"attachment", "attempt"}


def test_a_letter_from_a_blocked_procedure_without_a_barrier(created, qapp):
    # GIVEN a woman with a permanent resident card but no CURP, and no attempt recorded
    case, _children, _refused = _testimony(created.vault)
    case_file = cases.open_case_file(created.vault, case.id)
    her = case_file.principal.person.id
    curp = next(c for c in rights.check_case(case_file)
                if c.person.id == her and c.procedure.key == "curp")
    assert curp.state is State.READY and curp.next_step.letter == ""
    # WHEN the CURP request is drafted in English
    letter = letters.draft_letter(created.vault, case_file, "curp", "en", person_id=her,
                                  procedure_key="curp")
    # THEN it names her and the article that gives residents a CURP, with no gaps
    assert "Rosa Elvira Tzul Pérez" in letter.text and "Migration Law, art. 59" in letter.text
    assert "To whom it may concern" in letter.text and "{" not in letter.text


@pytest.mark.parametrize(("change", "field"), [
    ({"pdf": b"not a pdf"}, "pdf"),
    ({"file_name": "../carta.pdf"}, "file_name"),
    ({"file_name": "  "}, "file_name"),
], ids=["not a PDF", "a path for a name", "an empty name"])
def test_bad_letter_input_writes_nothing(created, change, field):
    case, children, refused = _testimony(created.vault)
    rows = _audit_rows(created.vault)
    call = {"pdf": b"%PDF-1.4 synthetic", "case_id": case.id, "person_id": children[0].id,
            "attempt_id": refused[0].id, "file_name": "carta.pdf", **change}
    with pytest.raises(InvalidInput) as error:
        letters.store_letter(created.vault, call.pop("pdf"), **call)
    assert error.value.field == field and error.value.message.es and error.value.message.en
    assert _audit_rows(created.vault) == rows
    assert attachments.list_attachments(created.vault, case.id) == []


def test_a_barrier_of_another_case_is_refused(created):
    case, children, _refused = _testimony(created.vault)
    other = cases.open_case(created.vault, PersonDetails(given_names="Otra")).value
    foreign = barriers.record_attempt(created.vault, AttemptDetails(
        person_id=other.principal_person_id, right_key="empleo",
        institution_type_key="empleador", institution_name="Taller", attempted_on=TODAY,
        outcome=Outcome.REFUSED, reason_keys=("otro",))).value
    with pytest.raises(InvalidInput) as error:
        letters.store_letter(created.vault, b"%PDF-1.4 x", case_id=case.id,
                             person_id=children[0].id, attempt_id=foreign.id,
                             file_name="carta.pdf")
    assert error.value.field == "attempt_id"
    with pytest.raises(InvalidInput):
        letters.draft_letter(created.vault, cases.open_case_file(created.vault, case.id),
                             "no_existe", "es", person_id=children[0].id)


def test_a_volunteer_cannot_write_letters_and_the_refusal_is_audited(created, vault_dir):
    case, children, refused = _testimony(created.vault)
    staff.add_staff(created.vault, "Vol", Role.VOLUNTEER, "frase de voluntaria")
    created.vault.lock()
    with unlock(vault_dir, user="Vol", passphrase="frase de voluntaria") as volunteer:
        with pytest.raises(NotAllowed) as refused_error:
            letters.store_letter(volunteer, b"%PDF-1.4 x", case_id=case.id,
                                 person_id=children[0].id, attempt_id=refused[0].id,
                                 file_name="carta.pdf")
        assert "voluntaria" in refused_error.value.message.es
        with volunteer.read() as connection:
            assert list(audit.events(connection))[-1].action == "access.denied"
