"""Case files: open one for a woman, edit, close, reopen, list and search, open for viewing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shelter_desk.catalog.geo import is_country, is_language
from shelter_desk.catalog.loader import Catalog, default_catalog
from shelter_desk.domain.barriers import ProcedureAttempt
from shelter_desk.domain.cases import Case, CaseDetails, CaseStatus, format_case_code
from shelter_desk.domain.consents import Consent
from shelter_desk.domain.documents import Holdings, IdentityDocument, holdings
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.followup import Note, Referral, Task
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import Person, PersonDetails
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.validation import check_not_future, check_person, check_text
from shelter_desk.services.common import (
    Change,
    Result,
    not_found,
    permitted,
    today,
    viewer,
)
from shelter_desk.store import audit, case_queries, case_repo, search_index, staff_repo
from shelter_desk.store.case_queries import CaseFilter, CasePage, CaseSort, Cursor
from shelter_desk.store.schema import consent, identity_document, note, person, referral, task
from shelter_desk.store.vault import OpenVault


@dataclass(frozen=True)
class PersonFile:
    person: Person
    documents: tuple[IdentityDocument, ...]
    holdings: Holdings
    consents: tuple[Consent, ...]


@dataclass(frozen=True)
class CaseFile:
    """Everything the case view shows, read in one transaction."""

    case: Case
    principal: PersonFile
    household: tuple[PersonFile, ...]
    attempts: tuple[ProcedureAttempt, ...]
    notes: tuple[Note, ...]
    tasks: tuple[Task, ...]
    referrals: tuple[Referral, ...]


def _check_case_details(details: CaseDetails, catalog: Catalog, vault: OpenVault) -> None:
    for key in details.case_types:
        if key not in catalog.case_types:
            raise InvalidInput("case_types", Bilingual(es=f"Tipo de caso desconocido: «{key}».",
                                                       en=f"Unknown case type: '{key}'."))
    check_text("summary", details.summary, required=False)
    if details.assigned_worker_id is not None:
        with vault.read() as connection:
            worker = staff_repo.by_id_or_none(connection, details.assigned_worker_id)
        if worker is None or not worker.active:
            raise InvalidInput("assigned_worker_id", Bilingual(
                es="La persona asignada no tiene una cuenta activa.",
                en="The assigned worker is not an active user."))


def open_case(vault: OpenVault, principal: PersonDetails, details: CaseDetails = CaseDetails(),
              *, opened_on: date | None = None, catalog: Catalog | None = None) -> Result[Case]:
    """Open a case file for a woman: her person record and the file, with a new code."""
    user = permitted(vault, Action.INTAKE)
    catalog = catalog or default_catalog()
    day = today()
    opened_on = opened_on or day
    check_person(principal, day, is_country=is_country, is_language=is_language)
    _check_case_details(details, catalog, vault)
    if opened_on > day:
        raise InvalidInput("opened_on", Bilingual(
            es="La apertura no puede ser posterior a hoy.", en="Opening cannot be after today."))
    with vault.write() as connection:
        number = case_repo.next_case_number(connection, opened_on.year)
        case_id = case_repo.cases.insert(
            connection, code=format_case_code(opened_on.year, number), year=opened_on.year,
            number=number, opened_on=opened_on, status=CaseStatus.OPEN.value,
            assigned_worker_id=details.assigned_worker_id,
            risk_level=details.risk_level.value, summary=details.summary)
        with search_index.kept_in_step(connection, case_id):
            person_id = case_repo.people.insert(connection, case_id=case_id,
                                                relationship=None,
                                                **case_repo.person_columns(principal))
            case_repo.cases.update(connection, case_id, principal_person_id=person_id)
        case_repo.set_case_types(connection, case_id, details.case_types)
        audit.record(connection, actor_id=user.id, action="case.opened", entity_type="case",
                     entity_id=case_id)
        opened = case_repo.full_case(connection, case_id)
    assert opened is not None
    return Result(opened, (Change("case", case_id, "created", case_id),
                           Change("person", person_id, "created", case_id)))


def update_case(vault: OpenVault, case_id: int, details: CaseDetails, *,
                catalog: Catalog | None = None) -> Result[Case]:
    user = permitted(vault, Action.EDIT_CASE, entity_type="case", entity_id=case_id)
    _check_case_details(details, catalog or default_catalog(), vault)
    with vault.write() as connection:
        _existing(connection, case_id)
        case_repo.cases.update(connection, case_id, assigned_worker_id=details.assigned_worker_id,
                               risk_level=details.risk_level.value, summary=details.summary)
        case_repo.set_case_types(connection, case_id, details.case_types)
        audit.record(connection, actor_id=user.id, action="case.updated", entity_type="case",
                     entity_id=case_id)
        updated = case_repo.full_case(connection, case_id)
    assert updated is not None
    return Result(updated, (Change("case", case_id, "updated", case_id),))


def close_case(vault: OpenVault, case_id: int, *, closed_on: date | None = None) -> Result[Case]:
    return _set_status(vault, case_id, CaseStatus.CLOSED, closed_on or today())


def reopen_case(vault: OpenVault, case_id: int) -> Result[Case]:
    return _set_status(vault, case_id, CaseStatus.OPEN, None)


def hold_case(vault: OpenVault, case_id: int) -> Result[Case]:
    return _set_status(vault, case_id, CaseStatus.ON_HOLD, None)


def _set_status(vault: OpenVault, case_id: int, status: CaseStatus,
                closed_on: date | None) -> Result[Case]:
    user = permitted(vault, Action.EDIT_CASE, entity_type="case", entity_id=case_id)
    check_not_future("closed_on", closed_on, today())
    with vault.write() as connection:
        existing = _existing(connection, case_id)
        if closed_on is not None and closed_on < existing.opened_on:
            raise InvalidInput("closed_on", Bilingual(
                es="El cierre no puede ser anterior a la apertura.",
                en="Closing cannot be before opening."))
        if existing.status is status:
            return Result(existing, ())
        case_repo.cases.update(connection, case_id, status=status.value, closed_on=closed_on)
        audit.record(connection, actor_id=user.id, action=f"case.{status.value}",
                     entity_type="case", entity_id=case_id)
        changed = case_repo.full_case(connection, case_id)
    assert changed is not None
    return Result(changed, (Change("case", case_id, status.value, case_id),))


def _existing(connection, case_id: int) -> Case:  # type: ignore[no-untyped-def]
    found = case_repo.full_case(connection, case_id)
    if found is None:
        raise not_found("el expediente", "The case file")
    return found


def list_cases(vault: OpenVault, case_filter: CaseFilter = CaseFilter(), *,
               sort: CaseSort = CaseSort.NAME, descending: bool = False,
               after: Cursor | None = None, limit: int = 100) -> CasePage:
    """One page of the case list; pass the page's `next_cursor` as `after` for the next."""
    who = viewer(vault)
    with vault.read() as connection:
        return case_queries.list_cases(connection, case_filter, who, today=today(), sort=sort,
                                       descending=descending, after=after, limit=limit)


def count_cases(vault: OpenVault, case_filter: CaseFilter = CaseFilter()) -> int:
    who = viewer(vault)
    with vault.read() as connection:
        return case_queries.count_cases(connection, case_filter, who, today=today())


def search_cases(vault: OpenVault, typed: str, *, limit: int = 100) -> CasePage:
    """As-you-type search: names and aliases (accents ignored), case codes, note words."""
    return list_cases(vault, CaseFilter(text=typed), limit=limit)


def open_case_file(vault: OpenVault, case_id: int, *, catalog: Catalog | None = None,
                   record_view: bool = True) -> CaseFile:
    """Everything a case view needs. Blocked people are left out; confidential notes
    only for their author and coordinators."""
    who = viewer(vault)
    catalog = catalog or default_catalog()
    day = today()
    with vault.read() as connection:
        found = _existing(connection, case_id)
        people = [p for p in case_repo.people.where(connection, person.c.case_id == case_id)
                  if p.blocked_at is None]
        ids = [p.id for p in people]
        documents = case_repo.documents.where(connection, identity_document.c.person_id.in_(ids))
        consents = case_repo.consents.where(connection, consent.c.person_id.in_(ids))
        attempts = case_repo.attempts.where(
            connection, case_repo.attempts.table.c.case_id == case_id,
            case_repo.attempts.table.c.person_id.in_(ids),
            order_by=case_repo.attempts.table.c.attempted_on.desc())
        # A note about a blocked person goes with her; a note about the case stays.
        notes = [n for n in case_repo.notes.where(connection, note.c.case_id == case_id,
                                                 order_by=note.c.written_at.desc())
                 if (n.person_id is None or n.person_id in ids)
                 and (not n.confidential or who.sees_all_confidential
                      or n.author_id == who.user_id)]
        tasks = case_repo.tasks.where(connection, task.c.case_id == case_id,
                                      order_by=task.c.due_on)
        referrals = case_repo.referrals.where(connection, referral.c.case_id == case_id,
                                              referral.c.person_id.in_(ids))
    if not people or people[0].id != found.principal_person_id:
        people.sort(key=lambda p: p.id != found.principal_person_id)
    if not people or people[0].id != found.principal_person_id:
        raise not_found("el expediente", "The case file")  # her record is blocked
    if record_view:  # opening a case file is itself worth a record (not each refresh)
        with vault.write() as connection:
            audit.record(connection, actor_id=who.user_id, action="case.viewed",
                         entity_type="case", entity_id=case_id)

    def person_file(member: Person) -> PersonFile:
        own = tuple(d for d in documents if d.person_id == member.id)
        return PersonFile(
            person=member, documents=own,
            holdings=holdings(member.details, [d.details for d in own],
                              catalog.document_types, day),
            consents=tuple(c for c in consents if c.person_id == member.id))

    return CaseFile(case=found, principal=person_file(people[0]),
                    household=tuple(person_file(member) for member in people[1:]),
                    attempts=tuple(attempts), notes=tuple(notes), tasks=tuple(tasks),
                    referrals=tuple(referrals))
