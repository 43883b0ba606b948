"""The rights checker on its own (pure domain): which doors a household's documents open,
which refusals the law answers, and which documents expire before the follow-up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.barriers import AttemptDetails, Outcome, ProcedureAttempt
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.people import MigrationStatus, Person, PersonDetails, Relationship
from shelter_desk.domain.rights import Kind, Member, State, check_rights

TODAY = date(2026, 11, 30)
CATALOG = default_catalog()


def _her(nationality="HN", status=MigrationStatus.UNKNOWN, *documents):
    return Member(Person(1, 1, PersonDetails("Carmen", "Lagos", nationality=nationality,
                                             birth_date=date(1993, 5, 5),
                                             migration_status=status)),
                  tuple(documents), principal=True,
                  document_ids=tuple(range(101, 101 + len(documents))))


def _child(nationality="HN", born=date(2017, 1, 1), *documents):
    return Member(Person(2, 1, PersonDetails("Luis", "Lagos", nationality=nationality,
                                             birth_date=born), Relationship.CHILD),
                  tuple(documents), document_ids=tuple(range(201, 201 + len(documents))))


def _doc(key, status=DocumentStatus.ORIGINAL, **dates):
    return DocumentDetails(key, status, **dates)


def _refused(person_id, right, reason, presented=(), follow_up=None, document_id=None,
             institution_type="otra"):
    reasons = (reason,) if isinstance(reason, str) else tuple(reason)
    return ProcedureAttempt(9, 1, AttemptDetails(
        person_id, right, institution_type, "Institución Sintética", TODAY - timedelta(days=3),
        Outcome.REFUSED, presented, reasons, follow_up_on=follow_up, document_id=document_id))


def _check(members, attempts=(), *, person_id, procedure):
    checks = check_rights(
        procedures=CATALOG.procedures, common_refusals=CATALOG.common_refusals,
        legal_basis=CATALOG.legal_basis, document_types=CATALOG.document_types,
        reasons=CATALOG.barrier_reasons, members=members, attempts=attempts, today=TODAY,
        institution_types=CATALOG.institution_types)
    found = [c for c in checks if c.person.id == person_id and c.procedure.key == procedure]
    return found[0] if found else None


CASES = {
    "a humanitarian card expiring before the follow-up puts the bank account at risk": (
        [_her("HN", MigrationStatus.HUMANITARIAN_VISITOR,
              _doc("tvrh", expires_on=TODAY + timedelta(days=20)), _doc("curp"))],
        [], 1, "cuenta_bancaria", State.AT_RISK, Kind.EXPIRES),
    "a resident card and a CURP open the bank account": (
        [_her("HN", MigrationStatus.PERMANENT_RESIDENT, _doc("tarjeta_residente_permanente"),
              _doc("curp"))], [], 1, "cuenta_bancaria", State.READY, Kind.HELD),
    "a child born in Mexico can be registered whatever his mother's papers": (
        [_her(), _child("MX", date(2026, 10, 1))], [], 2, "registro_nacimiento",
        State.BLOCKED, Kind.MISSING),
    "a registry asking for migration status contradicts LM 9": (
        [_her("HN", MigrationStatus.UNKNOWN, _doc("pasaporte", expires_on=date(2030, 1, 1))),
         _child("MX", date(2026, 10, 1))],
        [_refused(2, "registro_nacimiento", "pidio_situacion_migratoria")], 2,
        "registro_nacimiento", State.BLOCKED, Kind.CONTRADICTS),
    "an asylum seeker with the COMAR receipt can ask for a temporary CURP (unverified)": (
        [_her("VE", MigrationStatus.ASYLUM_SEEKER,
              _doc("constancia_comar", expires_on=date(2027, 6, 1)))],
        [], 1, "curp_temporal", State.READY, Kind.HELD),
    "a clinic asking for a CURP from a woman with her birth certificate contradicts LGS": (
        [_her("GT", MigrationStatus.UNKNOWN, _doc("acta_nacimiento_extranjera"))],
        [_refused(1, "atencion_salud", "pidio_curp")], 1, "atencion_salud", State.BLOCKED,
        Kind.CONTRADICTS),
    "'not possible because she is a foreigner' is answered everywhere": (
        [_her("HN", MigrationStatus.PERMANENT_RESIDENT, _doc("tarjeta_residente_permanente"))],
        [_refused(1, "empleo", "por_ser_extranjera")], 1, "empleo", State.BLOCKED,
        Kind.CONTRADICTS),
    "an INE asked of a Mexican woman is not called unlawful": (
        [_her("MX", MigrationStatus.MEXICAN)], [_refused(1, "cuenta_bancaria", "pidio_ine")],
        1, "cuenta_bancaria", State.BLOCKED, Kind.UNSETTLED),
    "a bank refusing her resident card, named, contradicts LM 3-XXXIV and 58": (
        [_her("HN", MigrationStatus.PERMANENT_RESIDENT, _doc("tarjeta_residente_permanente"),
              _doc("curp"))],
        [_refused(1, "cuenta_bancaria", "documento_no_reconocido", document_id=101)],
        1, "cuenta_bancaria", State.BLOCKED, Kind.CONTRADICTS),
    "a bank refusing her resident card, presented, contradicts LM 3-XXXIV and 58": (
        [_her("HN", MigrationStatus.PERMANENT_RESIDENT, _doc("tarjeta_residente_permanente"),
              _doc("curp"))], [_refused(1, "cuenta_bancaria", "documento_no_reconocido",
                                        presented=("tarjeta_residente_permanente",))],
        1, "cuenta_bancaria", State.BLOCKED, Kind.CONTRADICTS),
    "a document not recognised, none named, is never assumed to be her resident card": (
        [_her("HN", MigrationStatus.PERMANENT_RESIDENT, _doc("tarjeta_residente_permanente"),
              _doc("curp"))], [_refused(1, "cuenta_bancaria", "documento_no_reconocido")],
        1, "cuenta_bancaria", State.BLOCKED, Kind.UNSETTLED),
    "a bank not recognising her CURP, named, is not answered with the INM-card articles": (
        [_her("HN", MigrationStatus.PERMANENT_RESIDENT, _doc("tarjeta_residente_permanente"),
              _doc("curp"))],
        [_refused(1, "cuenta_bancaria", "documento_no_reconocido", document_id=102)],
        1, "cuenta_bancaria", State.BLOCKED, Kind.UNSETTLED),
    "a bank refusing a consular ID is not answered with the INM-card articles": (
        [_her("HN", MigrationStatus.UNKNOWN,
              _doc("identificacion_consular", expires_on=date(2028, 1, 1)), _doc("curp"))],
        [_refused(1, "cuenta_bancaria", "documento_no_reconocido")],
        1, "cuenta_bancaria", State.BLOCKED, Kind.UNSETTLED),
    "an apostille asked of a refugee mother contradicts LRPCAP 57": (
        [_her("HN", MigrationStatus.REFUGEE, _doc("reconocimiento_refugiado")),
         _child("MX", date(2026, 10, 1))], [_refused(2, "registro_nacimiento", "pidio_apostilla")],
        2, "registro_nacimiento", State.BLOCKED, Kind.CONTRADICTS),
    "an apostille asked of a mother who is not a refugee is left to legal advice": (
        [_her("HN", MigrationStatus.UNKNOWN, _doc("pasaporte", expires_on=date(2030, 1, 1))),
         _child("MX", date(2026, 10, 1))], [_refused(2, "registro_nacimiento", "pidio_apostilla")],
        2, "registro_nacimiento", State.BLOCKED, Kind.UNSETTLED),
    "an employer asking for proof of a status that allows work is not called unlawful": (
        [_her("HN", MigrationStatus.PERMANENT_RESIDENT, _doc("tarjeta_residente_permanente"))],
        [_refused(1, "empleo", "pidio_situacion_migratoria")], 1, "empleo", State.BLOCKED,
        Kind.UNSETTLED),
}


@pytest.mark.parametrize(("members", "attempts", "person_id", "procedure", "state", "kind"),
                         CASES.values(), ids=CASES.keys())
def test_the_checker(members, attempts, person_id, procedure, state, kind):
    check = _check(members, attempts, person_id=person_id, procedure=procedure)
    assert check is not None and check.state is state
    assert kind in {f.kind for f in check.findings}
    assert check.contradicts_law is (kind is Kind.CONTRADICTS)
    assert check.next_step.text.es and check.next_step.text.en


def test_procedures_that_do_not_apply_are_left_out():
    members = [_her("HN", MigrationStatus.PERMANENT_RESIDENT,
                    _doc("tarjeta_residente_permanente")), _child("HN", date(2000, 1, 1))]
    assert _check(members, person_id=1, procedure="inscripcion_escolar") is None  # an adult
    assert _check(members, person_id=1, procedure="refugio_comar") is None  # already resident
    assert _check(members, person_id=1, procedure="registro_nacimiento") is None
    assert _check([_her("MX", MigrationStatus.MEXICAN)], person_id=1, procedure="curp") is None


def test_a_document_already_held_means_nothing_to_do():
    check = _check([_her("HN", MigrationStatus.PERMANENT_RESIDENT,
                         _doc("tarjeta_residente_permanente"), _doc("curp"))],
                   person_id=1, procedure="curp")
    assert check.state is State.READY and check.findings[0].kind is Kind.HELD


def test_a_copy_or_an_expired_card_does_not_count():
    members = [_her("HN", MigrationStatus.UNKNOWN,
                    _doc("tarjeta_residente_temporal", expires_on=TODAY - timedelta(days=1)),
                    _doc("pasaporte", DocumentStatus.COPY_ONLY))]
    check = _check(members, person_id=1, procedure="cuenta_bancaria")
    assert check.state is State.BLOCKED
    assert "Missing: Official ID." in [f.text.en for f in check.findings]


def test_every_reason_given_at_once_is_answered_one_by_one():
    # GIVEN a school that asked for her INE, said «es extranjera» and asked for a
    # Mexican birth certificate of her Honduran son, all at once
    members = [_her("HN", MigrationStatus.PERMANENT_RESIDENT,
                    _doc("tarjeta_residente_permanente")), _child("HN", date(2017, 1, 1))]
    refusal = _refused(2, "inscripcion_escolar",
                       ("pidio_ine", "por_ser_extranjera", "pidio_acta_mexicana", "sin_interprete"))
    # WHEN the navigator reads it
    check = _check(members, [refusal], person_id=2, procedure="inscripcion_escolar")
    # THEN it names every reason and answers each one the law answers
    [refused] = [f for f in check.findings if f.kind is Kind.REFUSED]
    assert all(name in refused.text.es for name in (
        "Le pidieron INE", "es extranjera", "acta de nacimiento mexicana", "intérprete"))
    contradicting = [f.text.es for f in check.findings if f.kind is Kind.CONTRADICTS]
    assert len(contradicting) == 3
    assert any(t.startswith("Le pidieron acta de nacimiento mexicana — contradice:")
               and "art. 9, fr. IX" in t for t in contradicting)
    [unsettled] = [f.text.es for f in check.findings if f.kind is Kind.UNSETTLED]
    assert "No hubo intérprete" in unsettled
    # ...and the letter offered is the one for a Mexican acta demanded of a foreign child
    assert check.contradicts_law and check.next_step.letter == "escuela_sin_documentos"


def test_a_state_programme_refusing_her_gets_the_navigator_answer():
    members = [_her("HN", MigrationStatus.PERMANENT_RESIDENT,
                    _doc("tarjeta_residente_permanente"))]
    # A social programme is not listed for someone who never asked for one
    assert _check(members, person_id=1, procedure="programa_social") is None
    refusal = _refused(1, "programa_social", "por_ser_extranjera",
                       institution_type="programa_estatal")
    check = _check(members, [refusal], person_id=1, procedure="programa_social")
    assert check.state is State.BLOCKED and check.contradicts_law
    assert {"cpeum_1", "cpeum_33", "lm_6"} <= set(check.basis)
    # and where to complain is the state commission, not the federal CNDH or CONAPRED
    assert "comisión estatal de derechos humanos" in check.complain.es
    assert "LCNDH 3" in check.complain.es and "CONAPRED" not in check.complain.es
    municipal = _check(members, [_refused(1, "programa_social", "por_ser_extranjera",
                                          institution_type="programa_municipal")],
                       person_id=1, procedure="programa_social")
    assert municipal.complain.es.startswith("Programa municipal: comisión estatal")
    federal = _check(members, [_refused(1, "programa_social", "por_ser_extranjera",
                                        institution_type="programa_federal")],
                     person_id=1, procedure="programa_social")
    assert "CONAPRED" in federal.complain.es


def test_the_refusal_says_which_document_it_was_about_when_named():
    members = [_her("HN", MigrationStatus.PERMANENT_RESIDENT, _doc("tarjeta_residente_permanente"),
                    _doc("curp"))]
    check = _check(members, [_refused(1, "cuenta_bancaria", "documento_no_reconocido",
                                      document_id=101)],
                   person_id=1, procedure="cuenta_bancaria")
    [refused] = [f for f in check.findings if f.kind is Kind.REFUSED]
    assert refused.text.es.endswith(
        "Documento del que se trata: Tarjeta de Residente Permanente de Carmen Lagos.")


def test_each_citation_is_marked_by_itself_and_one_verified_article_proves_the_refusal():
    import dataclasses

    # GIVEN the school-enrolment rule against asking for an INE, with one of its three
    # provisions not yet verified against the law's text
    legal_basis = dict(CATALOG.legal_basis)
    legal_basis["lgdnna_19"] = dataclasses.replace(legal_basis["lgdnna_19"], verified=False)
    her, child = _her("HN"), _child("HN")
    checks = check_rights(
        procedures=CATALOG.procedures, common_refusals=CATALOG.common_refusals,
        legal_basis=legal_basis, document_types=CATALOG.document_types,
        reasons=CATALOG.barrier_reasons, members=[her, child],
        attempts=[_refused(2, "inscripcion_escolar", "pidio_ine")], today=TODAY,
        institution_types=CATALOG.institution_types)
    [check] = [c for c in checks if c.person.id == 2 and c.procedure.key == "inscripcion_escolar"]
    [finding] = [f for f in check.findings if f.kind is Kind.CONTRADICTS]
    # THEN the refusal is proved (verified) by the verified provisions ...
    assert finding.verified
    # ... and only the unverified one is marked, in both languages
    es, en = finding.text.es, finding.text.en
    name_es = legal_basis["lgdnna_19"].name.es
    assert f"{name_es} — por confirmar" in es and es.count("por confirmar") == 1
    assert en.count("to be confirmed") == 1

