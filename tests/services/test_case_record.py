"""The case record through its services, on a real encrypted vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.cases import CaseDetails, CaseStatus
from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.followup import NoteKind
from shelter_desk.domain.people import PersonDetails, Relationship, SchoolStatus
from shelter_desk.domain.staff import Role
from shelter_desk.services import (
    barriers,
    cases,
    documents,
    followup,
    people,
    referrals,
    staff,
)
from shelter_desk.store import audit
from shelter_desk.store.case_queries import CaseFilter
from shelter_desk.store.vault import unlock

TODAY = date.today()


def _audit_rows(vault) -> int:
    with vault.read() as connection:
        return audit.verify_chain(connection).rows


def _woman(**overrides) -> PersonDetails:
    values = {"given_names": "Rosa Elvira", "family_names": "Tzul Pérez", "nationality": "GT",
              "birth_date": date(1991, 4, 12)}
    return PersonDetails(**{**values, **overrides})


def test_the_testimony(created):
    """A Guatemalan woman holds a permanent resident card and a copy of her foreign birth
    certificate, no INE; the school refused her children a scholarship for the mother's INE."""
    vault = created.vault
    # GIVEN her case file, her documents and her two children at school
    case = cases.open_case(vault, _woman(), CaseDetails(case_types=("acceso_educacion",))).value
    her = case.principal_person_id
    documents.record_document(vault, her, DocumentDetails(
        "tarjeta_residente_permanente", DocumentStatus.ORIGINAL, issued_on=date(2024, 3, 1)))
    documents.record_document(vault, her, DocumentDetails(
        "acta_nacimiento_extranjera", DocumentStatus.COPY_ONLY, apostilled=False))
    children = [people.add_household_member(vault, case.id, PersonDetails(
        given_names=name, family_names="Tzul", nationality="GT", birth_date=born,
        school_status=SchoolStatus.ENROLLED), Relationship.CHILD).value
        for name, born in (("Josué", date(2016, 2, 1)), ("Abril", date(2018, 9, 9)))]

    # WHEN the refusal is recorded for each child
    for child in children:
        barriers.record_attempt(vault, AttemptDetails(
            person_id=child.id, right_key="beca", institution_type_key="escuela_publica",
            institution_name="Escuela Primaria Benito Juárez", attempted_on=TODAY,
            outcome=Outcome.REFUSED, documents_presented=("tarjeta_residente_permanente",),
            reason_keys=("pidio_ine",), reason_given="Piden la credencial del INE de la madre"))

    # THEN her file shows exactly that
    case_file = cases.open_case_file(vault, case.id)
    assert case_file.principal.holdings.describe("en") == (
        "holds: Permanent resident card (original), Foreign birth certificate "
        "(copy, no apostille); cannot hold: Voter ID (INE) (Mexican citizens only); "
        "lacks: CURP (population registry key)")
    open_barriers = [a for a in case_file.attempts if a.is_open_barrier]
    assert len(open_barriers) == 2
    assert {a.details.reason_keys for a in open_barriers} == {("pidio_ine",)}
    assert {a.details.person_id for a in open_barriers} == {c.id for c in children}
    assert [m.person.details.school_status for m in case_file.household] == [
        SchoolStatus.ENROLLED, SchoolStatus.ENROLLED]
    listed = cases.list_cases(vault, CaseFilter(open_barrier=True)).rows
    assert [row.case_id for row in listed] == [case.id] and listed[0].open_barriers == 2


BAD_PEOPLE = {
    "empty names": (_woman(given_names="   "), "given_names"),
    "birth date in the future": (_woman(birth_date=TODAY + timedelta(days=1)), "birth_date"),
    "unknown nationality": (_woman(nationality="XX"), "nationality"),
    "unknown language": (_woman(languages=("zzz",)), "languages"),
    "arrived before birth": (_woman(arrived_mexico_on=date(1980, 1, 1)), "arrived_mexico_on"),
}


@pytest.mark.parametrize(("details", "field"), BAD_PEOPLE.values(), ids=BAD_PEOPLE.keys())
def test_bad_person_input_writes_nothing(created, details, field):
    rows = _audit_rows(created.vault)
    with pytest.raises(InvalidInput) as error:
        cases.open_case(created.vault, details)
    assert error.value.field == field
    assert error.value.message.es and error.value.message.en
    assert cases.count_cases(created.vault) == 0 and _audit_rows(created.vault) == rows


def test_a_child_older_than_her_mother_is_refused(created):
    case = cases.open_case(created.vault, _woman()).value
    rows = _audit_rows(created.vault)
    with pytest.raises(InvalidInput) as error:
        people.add_household_member(created.vault, case.id, PersonDetails(
            "Mayor", birth_date=date(1985, 1, 1)), Relationship.CHILD)
    assert "mayor que su madre" in error.value.message.es
    assert _audit_rows(created.vault) == rows
    assert cases.open_case_file(created.vault, case.id).household == ()


@pytest.mark.parametrize(("details", "field"), [
    (DocumentDetails("pasaporte", DocumentStatus.ORIGINAL, issued_on=date(2025, 1, 1),
                     expires_on=date(2024, 1, 1)), "expires_on"),
    (DocumentDetails("licencia_marciana", DocumentStatus.ORIGINAL), "type_key"),
    (DocumentDetails("pasaporte", DocumentStatus.ORIGINAL,
                     issued_on=TODAY + timedelta(days=3)), "issued_on"),
], ids=["expiry before issue", "unknown catalogue key", "issued in the future"])
def test_bad_document_input_writes_nothing(created, details, field):
    case = cases.open_case(created.vault, _woman()).value
    rows = _audit_rows(created.vault)
    with pytest.raises(InvalidInput) as error:
        documents.record_document(created.vault, case.principal_person_id, details)
    assert error.value.field == field
    assert _audit_rows(created.vault) == rows
    assert cases.open_case_file(created.vault, case.id).principal.documents == ()


def test_bad_attempt_and_case_input(created):
    case = cases.open_case(created.vault, _woman()).value
    attempt = AttemptDetails(person_id=case.principal_person_id, right_key="beca",
                             institution_type_key="escuela_publica", institution_name="Escuela",
                             attempted_on=TODAY, outcome=Outcome.REFUSED)
    with pytest.raises(InvalidInput) as no_reason:
        barriers.record_attempt(created.vault, attempt)
    with pytest.raises(InvalidInput) as unknown_right:
        barriers.record_attempt(created.vault, AttemptDetails(
            **{**attempt.__dict__, "right_key": "volar", "reason_keys": ("otro",)}))
    with pytest.raises(InvalidInput) as unknown_type:
        cases.update_case(created.vault, case.id, CaseDetails(case_types=("inventado",)))
    assert (no_reason.value.field, unknown_right.value.field, unknown_type.value.field) == (
        "reason_keys", "right_key", "case_types")
    assert cases.open_case_file(created.vault, case.id).attempts == ()


def test_each_call_writes_one_audit_row_and_says_what_changed(created):
    vault = created.vault
    before = _audit_rows(vault)
    opened = cases.open_case(vault, _woman())
    case = opened.value
    assert {c.entity_type for c in opened.changes} == {"case", "person"}
    steps = [
        lambda: people.update_person(vault, case.principal_person_id, _woman(phone="555")),
        lambda: cases.update_case(vault, case.id, CaseDetails(summary="Seguimiento escolar")),
        lambda: followup.add_note(vault, case.id, NoteKind.CALL, "Llamada a la escuela"),
        lambda: followup.add_task(vault, case.id, "Llevar escrito", TODAY),
        lambda: followup.record_consent(vault, case.principal_person_id,
                                        ConsentPurpose.REFERRAL, True),
        lambda: referrals.refer(vault, case.principal_person_id, "Clínica jurídica", "Asesoría"),
        lambda: cases.close_case(vault, case.id),
        lambda: cases.reopen_case(vault, case.id),
    ]
    for number, step in enumerate(steps, start=2):
        result = step()
        assert result.changes and result.changes[0].case_id == case.id
        assert _audit_rows(vault) == before + number
    assert cases.open_case_file(vault, case.id).case.status is CaseStatus.OPEN


def test_a_referral_needs_her_consent(created):
    case = cases.open_case(created.vault, _woman()).value
    with pytest.raises(NotAllowed) as refused:
        referrals.refer(created.vault, case.principal_person_id, "Casa de la mujer", "Refugio")
    assert "consentimiento" in refused.value.message.es
    followup.record_consent(created.vault, case.principal_person_id, ConsentPurpose.REFERRAL,
                            True)
    followup.record_consent(created.vault, case.principal_person_id, ConsentPurpose.REFERRAL,
                            False)  # withdrawn: takes effect at once
    with pytest.raises(NotAllowed):
        referrals.refer(created.vault, case.principal_person_id, "Casa de la mujer", "Refugio")


def test_a_blocked_person_disappears_from_lists_and_search(created):
    case = cases.open_case(created.vault, _woman(given_names="Bloqueada")).value
    cases.open_case(created.vault, _woman(given_names="Visible"))
    people.block_person(created.vault, case.principal_person_id)
    assert [r.name.split()[0] for r in cases.list_cases(created.vault).rows] == ["Visible"]
    assert cases.search_cases(created.vault, "bloqueada").rows == ()
    assert cases.count_cases(created.vault) == 1
    people.unblock_person(created.vault, case.principal_person_id)
    assert cases.count_cases(created.vault) == 2


def test_confidential_notes_are_searched_only_for_their_author_and_coordinators(
        created, vault_dir):
    staff.add_staff(created.vault, "Trabajadora", Role.CASEWORKER, "frase de trabajo")
    staff.add_staff(created.vault, "Otra Trabajadora", Role.CASEWORKER, "frase de la otra")
    case = cases.open_case(created.vault, _woman()).value
    created.vault.lock()
    with unlock(vault_dir, user="Trabajadora", passphrase="frase de trabajo") as author:
        followup.add_note(author, case.id, NoteKind.LISTENING, "Relata amenazas del expareja",
                          confidential=True)
        assert [r.case_id for r in cases.search_cases(author, "expareja").rows] == [case.id]
    with unlock(vault_dir, user="Otra Trabajadora", passphrase="frase de la otra") as other:
        assert cases.search_cases(other, "expareja").rows == ()
        assert cases.open_case_file(other, case.id).notes == ()


def test_expiry_tasks_are_generated_once(created):
    case = cases.open_case(created.vault, _woman()).value
    documents.record_document(created.vault, case.principal_person_id, DocumentDetails(
        "tvrh", DocumentStatus.ORIGINAL, issued_on=TODAY - timedelta(days=330),
        expires_on=TODAY + timedelta(days=30)))
    documents.record_document(created.vault, case.principal_person_id, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL, expires_on=TODAY + timedelta(days=400)))
    assert documents.generate_expiry_tasks(created.vault).value == 1
    assert documents.generate_expiry_tasks(created.vault).value == 0
    tasks = cases.open_case_file(created.vault, case.id).tasks
    assert len(tasks) == 1 and "Renovar" in tasks[0].title
    assert [d.type_key for d in documents.documents_due(created.vault)] == ["tvrh"]


def test_the_recovery_code_alone_cannot_open_case_files(created, vault_dir):
    created.vault.lock()
    from shelter_desk.store.vault import unlock_with_recovery_code

    with (unlock_with_recovery_code(vault_dir, created.recovery_code) as opened,
          pytest.raises(NotAllowed)):
        cases.list_cases(opened)


def test_a_blocked_child_leaves_no_trace_in_her_mothers_file(created):
    vault = created.vault
    case = cases.open_case(vault, _woman()).value
    child = people.add_household_member(vault, case.id, PersonDetails(
        "Yareli", family_names="Tzul", birth_date=date(2016, 1, 1)), Relationship.CHILD).value
    documents.record_document(vault, child.id, DocumentDetails(
        "tvrh", DocumentStatus.ORIGINAL, expires_on=TODAY + timedelta(days=10)))
    barriers.record_attempt(vault, AttemptDetails(
        person_id=child.id, right_key="beca", institution_type_key="escuela_publica",
        institution_name="Escuela", attempted_on=TODAY, outcome=Outcome.REFUSED,
        reason_keys=("pidio_ine",)))
    followup.add_note(vault, case.id, NoteKind.CALL, "Llamada sobre Yareli",
                      person_id=child.id)
    people.block_person(vault, child.id)

    assert cases.search_cases(vault, "yareli").rows == ()
    row = cases.list_cases(vault).rows[0]
    assert (row.open_barriers, row.next_expiry) == (0, None)
    assert cases.list_cases(vault, CaseFilter(expiring_within_days=30)).rows == ()
    assert cases.list_cases(vault, CaseFilter(open_barrier=True)).rows == ()
    case_file = cases.open_case_file(vault, case.id)
    assert (case_file.household, case_file.attempts, case_file.notes) == ((), (), ())
    assert documents.documents_due(vault) == []
    assert [p.name for p in people.list_people(vault).rows] == ["Rosa Elvira Tzul Pérez"]


def test_a_withdrawn_consent_stops_a_referral_from_being_sent(created):
    from shelter_desk.domain.followup import ReferralStatus

    case = cases.open_case(created.vault, _woman()).value
    her = case.principal_person_id
    followup.record_consent(created.vault, her, ConsentPurpose.REFERRAL, True)
    proposed = referrals.refer(created.vault, her, "Casa de la mujer", "Refugio").value
    followup.record_consent(created.vault, her, ConsentPurpose.REFERRAL, False)
    with pytest.raises(NotAllowed):
        referrals.set_referral_status(created.vault, proposed.id, ReferralStatus.SENT)
    declined = referrals.set_referral_status(created.vault, proposed.id, ReferralStatus.DECLINED)
    assert declined.value.status is ReferralStatus.DECLINED


def test_only_a_coordinator_blocks_and_tasks_never_go_unseen(created, vault_dir):
    case = cases.open_case(created.vault, _woman()).value  # no worker assigned
    documents.record_document(created.vault, case.principal_person_id, DocumentDetails(
        "tvrh", DocumentStatus.ORIGINAL, expires_on=TODAY + timedelta(days=20)))
    documents.generate_expiry_tasks(created.vault)
    tasks = followup.open_tasks(created.vault)
    assert len(tasks) == 1 and case.code in tasks[0].title and "Rosa" not in tasks[0].title
    staff.add_staff(created.vault, "Voluntaria", Role.VOLUNTEER, "frase de voluntaria")
    created.vault.lock()
    with unlock(vault_dir, user="Voluntaria", passphrase="frase de voluntaria") as volunteer, \
            pytest.raises(NotAllowed):
        people.block_person(volunteer, case.principal_person_id)


def test_absurd_values_are_refused_with_the_field_named(created):
    vault = created.vault
    case = cases.open_case(vault, _woman()).value
    her = case.principal_person_id
    attempts = [
        ("phone", lambda: people.update_person(vault, her, _woman(phone="5" * 5000))),
        ("arrived_shelter_on", lambda: people.update_person(vault, her, _woman(
            arrived_mexico_on=date(2025, 5, 1), arrived_shelter_on=date(2025, 4, 1)))),
        ("expires_on", lambda: documents.record_document(vault, her, DocumentDetails(
            "pasaporte", DocumentStatus.ORIGINAL, expires_on=date(2206, 1, 1)))),
        ("due_on", lambda: followup.add_task(vault, case.id, "Llevar escrito",
                                             date(9999, 12, 31))),
        ("assignee_id", lambda: followup.add_task(vault, case.id, "Llevar escrito", TODAY,
                                                  assignee_id=999)),
        ("closed_on", lambda: cases.close_case(vault, case.id,
                                               closed_on=TODAY + timedelta(days=1))),
        ("recorded_on", lambda: followup.record_consent(
            vault, her, ConsentPurpose.CARE, True, recorded_on=TODAY + timedelta(days=9))),
    ]
    rows = _audit_rows(vault)
    for field, attempt in attempts:
        with pytest.raises(InvalidInput) as error:
            attempt()
        assert error.value.field == field
    assert _audit_rows(vault) == rows


def test_a_barrier_is_corrected_then_resolved_and_a_task_done(created):
    vault = created.vault
    case = cases.open_case(vault, _woman()).value
    attempt = barriers.record_attempt(vault, AttemptDetails(
        person_id=case.principal_person_id, right_key="atencion_salud",
        institution_type_key="centro_salud", institution_name="Centro de Salud",
        attempted_on=TODAY, outcome=Outcome.REFUSED, reason_keys=("pidio_curp",))).value
    corrected = barriers.update_attempt(vault, attempt.id, AttemptDetails(
        **{**attempt.details.__dict__, "reason_keys": ("por_ser_extranjera",)})).value
    assert corrected.details.reason_keys == ("por_ser_extranjera",) and corrected.is_open_barrier
    resolved = barriers.resolve_barrier(vault, attempt.id, "Atendida tras el escrito").value
    assert not resolved.is_open_barrier and resolved.resolution == "Atendida tras el escrito"
    with pytest.raises(InvalidInput):
        barriers.resolve_barrier(vault, attempt.id, "otra vez")  # no longer open
    task = followup.add_task(vault, case.id, "Llevar escrito", TODAY).value
    assert followup.complete_task(vault, task.id).value.done_at is not None
    assert followup.open_tasks(vault) == []
    assert cases.hold_case(vault, case.id).value.status is CaseStatus.ON_HOLD
