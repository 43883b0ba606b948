"""Identity and migration documents: record and correct them, and the tasks their
expiry dates call for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from shelter_desk.catalog.loader import Catalog, default_catalog
from shelter_desk.domain.document_types import DocumentType
from shelter_desk.domain.documents import (
    DocumentDetails,
    DocumentStatus,
    IdentityDocument,
    effective_expiry,
)
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.validation import check_document
from shelter_desk.services.common import (
    Change,
    Result,
    acting_user,
    changed_fields,
    permitted,
    today,
)
from shelter_desk.store import audit, case_repo, search_index
from shelter_desk.store.case_queries import blocked_people
from shelter_desk.store.rows import to_columns
from shelter_desk.store.schema import case_file, identity_document, person, task
from shelter_desk.store.vault import OpenVault

EXPIRY_TASK_DAYS = 60


def document_columns(details: DocumentDetails, document_type: DocumentType) -> dict:
    return {**to_columns(details), "effective_expiry": effective_expiry(details, document_type)}


def record_document(vault: OpenVault, person_id: int, details: DocumentDetails, *,
                    catalog: Catalog | None = None) -> Result[IdentityDocument]:
    user = permitted(vault, Action.DOCUMENTS)
    document_type = check_document(details, (catalog or default_catalog()).document_types,
                                   today())
    with vault.write() as connection:
        owner = case_repo.people.require(connection, person_id)
        with search_index.kept_in_step(connection, owner.case_id):
            document_id = case_repo.documents.insert(connection, person_id=person_id,
                                                     case_id=owner.case_id,
                                                     **document_columns(details,
                                                                        document_type))
        audit.record(connection, actor_id=user.id, action="document.added",
                     entity_type="document", entity_id=document_id,
                     summary=f"{details.type_key}: {details.status.value}")
        added = case_repo.documents.get(connection, document_id)
    assert added is not None
    return Result(added, (Change("document", document_id, "created", owner.case_id),))


def update_document(vault: OpenVault, document_id: int, details: DocumentDetails, *,
                    catalog: Catalog | None = None) -> Result[IdentityDocument]:
    user = permitted(vault, Action.DOCUMENTS)
    document_type = check_document(details, (catalog or default_catalog()).document_types,
                                   today())
    with vault.write() as connection:
        before = case_repo.documents.require(connection, document_id)
        case_id = connection.execute(select(identity_document.c.case_id)
                                     .where(identity_document.c.id == document_id)).scalar_one()
        with search_index.kept_in_step(connection, case_id):
            case_repo.documents.update(connection, document_id,
                                       **document_columns(details, document_type))
        audit.record(connection, actor_id=user.id, action="document.updated",
                     entity_type="document", entity_id=document_id,
                     summary=f"{details.type_key}: {details.status.value}; "
                             f"{changed_fields(before.details, details)}")
        updated = case_repo.documents.get(connection, document_id)
    assert updated is not None
    return Result(updated, (Change("document", document_id, "updated", case_id),))


@dataclass(frozen=True)
class DocumentDue:
    document_id: int
    case_id: int
    case_code: str
    person_name: str
    type_key: str
    expires_on: date


def documents_due(vault: OpenVault, within_days: int = EXPIRY_TASK_DAYS) -> list[DocumentDue]:
    """Originals that expire between today and `within_days` from now, soonest first."""
    acting_user(vault)
    day = today()
    query = (
        select(identity_document.c.id, identity_document.c.case_id, case_file.c.code,
               person.c.given_names, person.c.family_names, identity_document.c.type_key,
               identity_document.c.effective_expiry)
        .join(person, person.c.id == identity_document.c.person_id)
        .join(case_file, case_file.c.id == identity_document.c.case_id)
        .where(identity_document.c.effective_expiry.between(day, day + timedelta(within_days)),
               identity_document.c.status == DocumentStatus.ORIGINAL.value,
               person.c.blocked_at.is_(None),
               case_file.c.principal_person_id.not_in(blocked_people()))
        .order_by(identity_document.c.effective_expiry, identity_document.c.id)
    )
    with vault.read() as connection:
        return [DocumentDue(row.id, row.case_id, row.code,
                            f"{row.given_names} {row.family_names}".strip(), row.type_key,
                            row.effective_expiry) for row in connection.execute(query)]


def generate_expiry_tasks(vault: OpenVault, within_days: int = EXPIRY_TASK_DAYS, *,
                          catalog: Catalog | None = None) -> Result[int]:
    """One renewal task per expiring document and expiry date; running it again adds none.

    The task's `source` names the document and its expiry date, and is unique, so a
    renewed document (a new expiry date) gets a new task and an old one is never doubled.
    """
    user = permitted(vault, Action.TASKS)
    catalog = catalog or default_catalog()
    due = documents_due(vault, within_days)
    with vault.write() as connection:
        assignees = dict(connection.execute(
            select(case_file.c.id, case_file.c.assigned_worker_id)
            .where(case_file.c.id.in_({d.case_id for d in due}))).all())
        created = 0
        for item in due:
            name = catalog.document_types[item.type_key].name.es
            # No name in the title: a task outlives an ARCO block; the code leads to her.
            statement = sqlite_insert(task).values(
                case_id=item.case_id, title=f"Renovar {name} (expediente {item.case_code})",
                due_on=item.expires_on - timedelta(days=14),
                # Unassigned cases: the task goes to whoever generated it, never to no one.
                assignee_id=assignees.get(item.case_id) or user.id,
                source=f"expiry:document:{item.document_id}:{item.expires_on.isoformat()}",
            ).on_conflict_do_nothing(index_elements=["source"])
            created += connection.execute(statement).rowcount
        if created:  # a run that finds nothing new leaves no trace but its absence
            audit.record(connection, actor_id=user.id, action="task.expiry_generated",
                         entity_type="task", summary=f"created: {created}")
    return Result(created, tuple(Change("task", 0, "created", d.case_id) for d in due)
                  if created else ())
