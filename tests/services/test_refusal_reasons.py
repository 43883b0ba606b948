"""Refusals as they really happen, through the services on a real encrypted vault: every
reason given at once and the words said, the document named (never assumed to be her ID),
bad input refused in both languages with nothing written, and the letter using them all."""

from __future__ import annotations

from datetime import date

import pytest

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.services import barriers, cases, data_rights, documents, letters, people
from shelter_desk.store import audit

TODAY = date.today()
SAID = "Que sin INE no, que es extranjera y que traiga el acta mexicana del niño"


def _family(vault):
    """A Honduran woman with her permanent resident card and her son's foreign acta."""
    case = cases.open_case(vault, PersonDetails(
        given_names="Keyla", family_names="Sintética Reyes", nationality="HN",
        birth_date=date(1994, 3, 3))).value
    her = case.principal_person_id
    card = documents.record_document(vault, her, DocumentDetails(
        "tarjeta_residente_permanente", DocumentStatus.ORIGINAL,
        issued_on=date(2024, 1, 10))).value
    son = people.add_household_member(vault, case.id, PersonDetails(
        given_names="Dilan", family_names="Sintética Reyes", nationality="HN",
        birth_date=date(2018, 6, 1)), Relationship.CHILD).value
    acta = documents.record_document(vault, son.id, DocumentDetails(
        "acta_nacimiento_extranjera", DocumentStatus.ORIGINAL, apostilled=False)).value
    return case, her, son, card, acta


def _school_refusal(person_id, **changes):
    values = dict(person_id=person_id, right_key="inscripcion_escolar",
                  institution_type_key="escuela_publica",
                  institution_name="Primaria Sintética", attempted_on=TODAY,
                  outcome=Outcome.REFUSED,
                  reason_keys=("pidio_ine", "por_ser_extranjera", "pidio_acta_mexicana"),
                  reason_given=SAID)
    values.update(changes)
    return AttemptDetails(**values)


def _audit_rows(vault) -> int:
    with vault.read() as connection:
        return audit.verify_chain(connection).rows


def test_one_refusal_keeps_every_reason_the_words_and_the_document_named(created):
    vault = created.vault
    # GIVEN her son refused by a school for three reasons at once, about his acta
    case, _her, son, _card, acta = _family(vault)
    recorded = barriers.record_attempt(vault, _school_refusal(
        son.id, document_id=acta.id)).value
    # WHEN the case file is read again
    [attempt] = cases.open_case_file(vault, case.id).attempts
    # THEN every reason, the words said and the named document are there
    assert attempt.id == recorded.id
    assert attempt.details.reason_keys == (
        "pidio_ine", "por_ser_extranjera", "pidio_acta_mexicana")
    assert attempt.details.reason_given == SAID
    assert attempt.details.document_id == acta.id
    # AND a correction that drops a reason and names no document is kept as made
    corrected = barriers.update_attempt(vault, attempt.id, _school_refusal(
        son.id, reason_keys=("por_ser_extranjera",), document_id=None)).value
    assert corrected.details.reason_keys == ("por_ser_extranjera",)
    assert corrected.details.document_id is None


@pytest.mark.parametrize(("changes", "field", "spanish", "english"), [
    ({"reason_keys": ()}, "reason_keys", "Marca al menos un motivo", "Tick at least one reason"),
    ({"reason_keys": ("pidio_ine", "inventado")}, "reason_keys", "Motivo desconocido",
     "Unknown reason"),
    ({"reason_keys": ("pidio_ine", "pidio_ine")}, "reason_keys", "marcado dos veces",
     "marked twice"),
    ({"document_id": 99999}, "document_id", "no está registrado en este expediente",
     "not recorded in this case file"),
], ids=["no reason", "unknown reason", "a reason twice", "a document of no one"])
def test_bad_refusals_are_refused_in_both_languages_and_nothing_is_written(
        created, changes, field, spanish, english):
    vault = created.vault
    case, _her, son, _card, _acta = _family(vault)
    before = _audit_rows(vault)
    with pytest.raises(InvalidInput) as refused:
        barriers.record_attempt(vault, _school_refusal(son.id, **changes))
    assert refused.value.field == field
    assert spanish in refused.value.message.es and english in refused.value.message.en
    assert _audit_rows(vault) == before
    assert cases.open_case_file(vault, case.id, record_view=False).attempts == ()


def test_a_document_of_another_case_cannot_be_named(created):
    vault = created.vault
    case, _her, son, _card, _acta = _family(vault)
    other = cases.open_case(vault, PersonDetails(given_names="Otra",
                                                 family_names="Sintética")).value
    theirs = documents.record_document(vault, other.principal_person_id, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL, expires_on=date(2031, 1, 1))).value
    with pytest.raises(InvalidInput) as refused:
        barriers.record_attempt(vault, _school_refusal(son.id, document_id=theirs.id))
    assert refused.value.field == "document_id"
    assert cases.open_case_file(vault, case.id).attempts == ()


def test_erasing_a_child_leaves_his_mothers_refusal_naming_no_document(created):
    vault = created.vault
    # GIVEN her own refusal names her son's acta (the office would not take it)
    case, her, son, _card, acta = _family(vault)
    barriers.record_attempt(vault, AttemptDetails(
        person_id=her, right_key="programa_social", institution_type_key="programa_estatal",
        institution_name="Programa Estatal Sintético", attempted_on=TODAY,
        outcome=Outcome.REFUSED, reason_keys=("documento_no_reconocido",),
        document_id=acta.id))
    # WHEN the son is erased (ARCO)
    people.block_person(vault, son.id)
    data_rights.delete_person(vault, son.id)
    # THEN her refusal stays, with its reason, naming no document
    [attempt] = cases.open_case_file(vault, case.id).attempts
    assert attempt.details.reason_keys == ("documento_no_reconocido",)
    assert attempt.details.document_id is None


def test_the_letter_uses_every_reason_and_the_document_named(created, qapp):
    vault = created.vault
    case, _her, son, _card, acta = _family(vault)
    attempt = barriers.record_attempt(vault, _school_refusal(
        son.id, documents_presented=("acta_nacimiento_extranjera",),
        document_id=acta.id)).value
    case_file = cases.open_case_file(vault, case.id)
    letter = letters.draft_letter(vault, case_file, "escuela", "es", person_id=son.id,
                                  attempt_id=attempt.id)
    # Every reason given, told once each, as a lawyer writes them
    assert ("La solicitud se negó: se le exigió una credencial para votar del Instituto "
            "Nacional Electoral (INE) y un acta de nacimiento mexicana, y se adujo que es "
            "persona extranjera.") in letter.text
    assert SAID in letter.text
    # The acta named is the document shown, and it is his, not hers
    assert "Presentó el acta de nacimiento" in letter.text
    assert "expedida por Honduras, a nombre de Dilan Sintética Reyes" in letter.text
    # The Mexican acta asked of a Honduran boy is answered by the school articles
    assert "lge_9_ix" in letter.cited


def test_a_named_card_is_the_one_the_letter_presents(created, qapp):
    vault = created.vault
    case, her, _son, card, _acta = _family(vault)
    documents.record_document(vault, her, DocumentDetails(
        "tvrh", DocumentStatus.ORIGINAL, expires_on=date(TODAY.year + 1, 1, 1)))
    attempt = barriers.record_attempt(vault, AttemptDetails(
        person_id=her, right_key="cuenta_bancaria", institution_type_key="banco",
        institution_name="Banco Sintético", attempted_on=TODAY, outcome=Outcome.REFUSED,
        reason_keys=("documento_no_reconocido",), document_id=card.id)).value
    case_file = cases.open_case_file(vault, case.id)
    letter = letters.draft_letter(vault, case_file, "aceptar_trp", "es", person_id=her,
                                  attempt_id=attempt.id)
    # She identifies herself with the card named, not with every card she holds
    presented = letter.paragraphs[2]
    assert "quien se identifica con la Tarjeta de Residente Permanente" in presented
    assert "Humanitarias" not in presented
    assert {"lm_3_xxxiv", "lm_58"} <= set(letter.cited)


def test_a_package_attempt_keeps_an_old_single_reason_and_names_no_foreign_document():
    from shelter_desk.services.handoff_record import attempt_details

    # GIVEN an attempt as a package from before 0016 carries it, and one naming the
    # sender's document row
    old = {"right_key": "curp", "institution_type_key": "renapo",
           "institution_name": "Módulo Sintético", "attempted_on": "2026-01-05",
           "outcome": "refused", "documents_presented": [], "reason_key": "pidio_ine",
           "reason_given": "", "action_taken": "", "follow_up_on": None}
    new = {**{k: v for k, v in old.items() if k != "reason_key"},
           "reason_keys": ["pidio_ine", "por_ser_extranjera"], "document_id": 41}
    # THEN the single reason is kept as the list's only entry, and no document is named
    assert attempt_details(old, 7).reason_keys == ("pidio_ine",)
    received = attempt_details(new, 7)
    assert received.reason_keys == ("pidio_ine", "por_ser_extranjera")
    assert received.document_id is None and received.person_id == 7
