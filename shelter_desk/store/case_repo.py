"""Gateways to the case record's tables, returning domain objects."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from shelter_desk.domain.barriers import AttemptDetails, Outcome, ProcedureAttempt
from shelter_desk.domain.cases import Case, CaseDetails, CaseStatus
from shelter_desk.domain.consents import Consent, ConsentPurpose, ServiceType
from shelter_desk.domain.documents import DocumentDetails, IdentityDocument
from shelter_desk.domain.followup import Note, NoteKind, Referral, ReferralStatus, Task
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import Person, PersonDetails, Relationship
from shelter_desk.domain.text import fold
from shelter_desk.store.clock import parse
from shelter_desk.store.rows import Rows, from_columns, to_columns
from shelter_desk.store.schema import (
    case_file,
    case_type_link,
    consent,
    identity_document,
    note,
    person,
    procedure_attempt,
    referral,
    task,
)


def _stamp(value: str | None):  # type: ignore[no-untyped-def]
    return parse(value) if value else None


def _person(row: Mapping[str, Any]) -> Person:
    relationship = row["relationship"]
    return Person(id=row["id"], case_id=row["case_id"],
                  details=from_columns(PersonDetails, row),
                  relationship=Relationship(relationship) if relationship else None,
                  blocked_at=_stamp(row["blocked_at"]))


def _case(row: Mapping[str, Any]) -> Case:
    return Case(id=row["id"], code=row["code"], principal_person_id=row["principal_person_id"],
                opened_on=row["opened_on"], closed_on=row["closed_on"],
                status=CaseStatus(row["status"]),
                details=from_columns(CaseDetails, {**row, "case_types": ()}))


def _document(row: Mapping[str, Any]) -> IdentityDocument:
    return IdentityDocument(id=row["id"], person_id=row["person_id"],
                            details=from_columns(DocumentDetails, row))


def _attempt(row: Mapping[str, Any]) -> ProcedureAttempt:
    return ProcedureAttempt(id=row["id"], case_id=row["case_id"],
                            details=from_columns(AttemptDetails, row),
                            resolved_on=row["resolved_on"], resolution=row["resolution"])


def _note(row: Mapping[str, Any]) -> Note:
    return Note(id=row["id"], case_id=row["case_id"], kind=NoteKind(row["kind"]),
                body=row["body"], confidential=bool(row["confidential"]),
                author_id=row["author_id"], written_at=parse(row["written_at"]),
                person_id=row["person_id"])


def _task(row: Mapping[str, Any]) -> Task:
    return Task(id=row["id"], case_id=row["case_id"], title=row["title"], due_on=row["due_on"],
                assignee_id=row["assignee_id"], done_at=_stamp(row["done_at"]),
                source=row["source"] or "")


def _referral(row: Mapping[str, Any]) -> Referral:
    return Referral(id=row["id"], case_id=row["case_id"], person_id=row["person_id"],
                    organisation=row["organisation"], service=row["service"],
                    status=ReferralStatus(row["status"]), referred_on=row["referred_on"],
                    service_type=_service_type(row["service_type"]))


def _consent(row: Mapping[str, Any]) -> Consent:
    return Consent(id=row["id"], person_id=row["person_id"],
                   purpose=ConsentPurpose(row["purpose"]), given=bool(row["given"]),
                   recorded_on=row["recorded_on"], recorded_by=row["recorded_by"],
                   service_type=_service_type(row["service_type"]),
                   organisation=row["organisation"])


def _service_type(value: str | None) -> ServiceType | None:
    return ServiceType(value) if value else None


people = Rows(person, _person, Bilingual("a la persona", "The person"))
cases = Rows(case_file, _case, Bilingual("el expediente", "The case file"))
documents = Rows(identity_document, _document, Bilingual("el documento", "The document"))
attempts = Rows(procedure_attempt, _attempt, Bilingual("el trámite", "The attempt"))
notes = Rows(note, _note, Bilingual("la nota", "The note"))
tasks = Rows(task, _task, Bilingual("la tarea", "The task"))
referrals = Rows(referral, _referral, Bilingual("la canalización", "The referral"))
consents = Rows(consent, _consent, Bilingual("el consentimiento", "The consent"))


def person_columns(details: PersonDetails) -> dict[str, Any]:
    sort_key = fold(f"{details.family_names} {details.given_names}")
    return {**to_columns(details), "sort_key": sort_key}


def attempt_columns(details: AttemptDetails, *, resolved: bool) -> dict[str, Any]:
    refused = details.outcome in (Outcome.REFUSED, Outcome.PARTIAL)
    return {**to_columns(details), "is_open": refused and not resolved}


def hidden_by_blocking(connection: Connection, case_id: int,
                       person_id: int | None = None) -> bool:
    """Whether the woman whose case it is, or `person_id`, asked for her data to be
    cancelled (ARCO): then nothing about them may show or leave the shelter."""
    principal_id = cases.require(connection, case_id).principal_person_id
    ids = [i for i in (principal_id, person_id) if i is not None]
    return connection.execute(select(func.count()).select_from(person).where(
        person.c.id.in_(ids), person.c.blocked_at.is_not(None))).scalar_one() > 0


def next_case_number(connection: Connection, year: int) -> int:
    highest = connection.execute(
        select(func.max(case_file.c.number)).where(case_file.c.year == year)).scalar()
    return (highest or 0) + 1


def case_types(connection: Connection, case_id: int) -> tuple[str, ...]:
    return tuple(connection.execute(
        select(case_type_link.c.type_key).where(case_type_link.c.case_id == case_id)
        .order_by(case_type_link.c.type_key)).scalars())


def set_case_types(connection: Connection, case_id: int, keys: tuple[str, ...]) -> None:
    connection.execute(delete(case_type_link).where(case_type_link.c.case_id == case_id))
    if keys:
        connection.execute(insert(case_type_link),
                           [{"case_id": case_id, "type_key": key} for key in keys])


def full_case(connection: Connection, case_id: int) -> Case | None:
    found = cases.get(connection, case_id)
    if found is None:
        return None
    details = CaseDetails(case_types=case_types(connection, case_id),
                          assigned_worker_id=found.details.assigned_worker_id,
                          risk_level=found.details.risk_level, summary=found.details.summary)
    return Case(**{**found.__dict__, "details": details})

