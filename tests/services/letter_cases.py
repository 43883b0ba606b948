"""Synthetic case files for the letters, built with the services on a real vault: the
testimony of issue #21 (a Honduran woman, her passport, a 7-year-old son and a baby born
in Tapachula whose birth the Registro Civil refused twice), a school that asks a child
for a CURP and a Mexican acta, a health centre that asks for a CURP, and a social
programme that refuses a permanent resident «porque es extranjera»."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.people import (
    MigrationStatus,
    PersonDetails,
    Relationship,
    SchoolStatus,
    Sex,
)
from shelter_desk.services import barriers, cases, documents, people
from shelter_desk.services.cases import CaseFile
from shelter_desk.store.vault import OpenVault

TODAY = date.today()
REGISTRY = "Oficialía 1 del Registro Civil de Tapachula"
SCHOOL = "Escuela Primaria Miguel Hidalgo"
CLINIC = "Centro de Salud Urbano de Tapachula"
PROGRAMME = "Programa Estatal de Apoyo Alimentario"
PASSPORT = "G7734521"


@dataclass(frozen=True)
class Built:
    case_file: CaseFile
    person_id: int  # whom the letter is about
    attempt_id: int


def _ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def _refuse(vault: OpenVault, person_id: int, right: str, office_type: str, office: str,
            days_ago: int, reasons: tuple[str, ...], said: str = "",
            shown: tuple[str, ...] = (), document_id: int | None = None) -> int:
    return barriers.record_attempt(vault, AttemptDetails(
        person_id=person_id, right_key=right, institution_type_key=office_type,
        institution_name=office, attempted_on=_ago(days_ago), outcome=Outcome.REFUSED,
        documents_presented=shown, reason_keys=reasons, reason_given=said,
        document_id=document_id)).value.id


def _her(vault: OpenVault, status: MigrationStatus = MigrationStatus.IRREGULAR,
         nationality: str = "HN") -> tuple[int, int]:
    case = cases.open_case(vault, PersonDetails(
        given_names="Marisol", family_names="Reyes Banegas", nationality=nationality,
        birth_date=date(1994, 5, 20), sex=Sex.FEMALE, migration_status=status)).value
    return case.id, case.principal_person_id


def _child(vault: OpenVault, case_id: int, name: str, born: date, nationality: str,
           place: str, sex: Sex, **more: object) -> int:
    return people.add_household_member(vault, case_id, PersonDetails(
        given_names=name, family_names="Reyes Banegas", nationality=nationality,
        birth_date=born, place_of_origin=place, sex=sex, **more),  # type: ignore[arg-type]
        Relationship.CHILD).value.id


def testimony(vault: OpenVault) -> Built:
    """The baby's birth refused twice by the same office: first an INE, then proof of
    migration status, with the words said."""
    case_id, her = _her(vault)
    passport = documents.record_document(vault, her, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL, number=PASSPORT,
        expires_on=TODAY + timedelta(days=900))).value.id
    _child(vault, case_id, "Kevin", _ago(7 * 365 + 40), "HN", "San Pedro Sula", Sex.MALE,
           school_status=SchoolStatus.ENROLLED, school_grade="segundo grado de primaria")
    baby = _child(vault, case_id, "Sofía", _ago(92), "MX", "Tapachula, Chiapas", Sex.FEMALE)
    documents.record_document(vault, baby, DocumentDetails(
        "expediente_medico", DocumentStatus.ORIGINAL, number="CN-2026-118",
        issuer="Hospital General de Tapachula"))
    _refuse(vault, baby, "registro_nacimiento", "registro_civil", REGISTRY, 9,
            ("pidio_ine",), shown=("pasaporte",))
    attempt = _refuse(vault, baby, "registro_nacimiento", "registro_civil", REGISTRY, 2,
                      ("pidio_situacion_migratoria",),
                      "Sin papeles migratorios de la mamá no podemos registrar a la niña",
                      ("pasaporte", "expediente_medico"), document_id=passport)
    return Built(cases.open_case_file(vault, case_id), baby, attempt)


def school_without_papers(vault: OpenVault) -> Built:
    """A Honduran boy of 7 refused enrolment for lack of a CURP and a Mexican acta."""
    case_id, her = _her(vault)
    documents.record_document(vault, her, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL, number=PASSPORT))
    son = _child(vault, case_id, "Kevin", _ago(7 * 365 + 40), "HN", "San Pedro Sula", Sex.MALE,
                 school_status=SchoolStatus.REFUSED, school_grade="segundo grado de primaria")
    documents.record_document(vault, son, DocumentDetails(
        "acta_nacimiento_extranjera", DocumentStatus.ORIGINAL, number="0801-2019-04417"))
    attempt = _refuse(vault, son, "inscripcion_escolar", "escuela_publica", SCHOOL, 3,
                      ("pidio_curp", "pidio_acta_mexicana"),
                      "Sin CURP el sistema no lo deja inscribir",
                      ("acta_nacimiento_extranjera",))
    return Built(cases.open_case_file(vault, case_id), son, attempt)


def clinic_asks_curp(vault: OpenVault) -> Built:
    """A Guatemalan woman with her foreign acta asked for a CURP at the health centre."""
    case_id, her = _her(vault, nationality="GT")
    documents.record_document(vault, her, DocumentDetails(
        "acta_nacimiento_extranjera", DocumentStatus.ORIGINAL, number="GT-55-1994"))
    documents.record_document(vault, her, DocumentDetails(
        "identificacion_consular", DocumentStatus.ORIGINAL, number="C-99812"))
    attempt = _refuse(vault, her, "atencion_salud", "centro_salud", CLINIC, 1, ("pidio_curp",),
                      "Sin CURP no la podemos dar de alta",
                      ("acta_nacimiento_extranjera", "identificacion_consular"))
    return Built(cases.open_case_file(vault, case_id), her, attempt)


def programme_refuses_resident(vault: OpenVault) -> Built:
    """A permanent resident refused a state programme «porque es extranjera»."""
    case_id, her = _her(vault, MigrationStatus.PERMANENT_RESIDENT, "VE")
    card = documents.record_document(vault, her, DocumentDetails(
        "tarjeta_residente_permanente", DocumentStatus.ORIGINAL, number="TRP-00451187",
        issued_on=_ago(400))).value.id
    attempt = _refuse(vault, her, "programa_social", "programa_estatal", PROGRAMME, 4,
                      ("por_ser_extranjera",), "Este apoyo es solo para mexicanas",
                      ("tarjeta_residente_permanente",), document_id=card)
    return Built(cases.open_case_file(vault, case_id), her, attempt)
