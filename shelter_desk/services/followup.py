"""Notes of accompaniment, tasks, referrals and consents: the team's follow-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from shelter_desk.domain.consents import (
    Consent,
    ConsentPurpose,
    ServiceType,
    referral_consent_in_force,
)
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.followup import Note, NoteKind, Task
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.validation import (
    check_length,
    check_not_after,
    check_not_future,
    check_text,
)
from shelter_desk.services.common import Change, Result, acting_user, permitted, today
from shelter_desk.store import audit, case_repo, handoff_store, search_index, staff_repo
from shelter_desk.store.case_queries import blocked_people
from shelter_desk.store.clock import now_utc
from shelter_desk.store.handoff_schema import handoff_sent
from shelter_desk.store.schema import case_file, consent, person, task
from shelter_desk.store.vault import OpenVault


def _case_of_person(connection, person_id: int) -> int:  # type: ignore[no-untyped-def]
    return case_repo.people.require(connection, person_id).case_id


def add_note(vault: OpenVault, case_id: int, kind: NoteKind, body: str, *,
             confidential: bool = False, person_id: int | None = None) -> Result[Note]:
    """A note in her timeline. Volunteers write listening sessions only, never
    confidential ones; a confidential note is read by its author and coordinators."""
    action = Action.LISTENING_NOTE if kind is NoteKind.LISTENING else Action.CASE_NOTE
    user = permitted(vault, action, entity_type="case", entity_id=case_id)
    if confidential:
        permitted(vault, Action.CONFIDENTIAL_NOTES, entity_type="case", entity_id=case_id)
    body = check_text("body", body)
    with vault.write() as connection:
        case_repo.cases.require(connection, case_id)
        if person_id is not None and _case_of_person(connection, person_id) != case_id:
            raise InvalidInput("person_id", Bilingual(
                es="Esa persona no es de este expediente.",
                en="That person is not in this case file."))
        with search_index.kept_in_step(connection, case_id):
            note_id = case_repo.notes.insert(
                connection, case_id=case_id, person_id=person_id, kind=kind.value, body=body,
                confidential=confidential, author_id=user.id, written_at=now_utc())
        audit.record(connection, actor_id=user.id, action="note.added", entity_type="note",
                     entity_id=note_id, summary=kind.value + (" (confidential)"
                                                              if confidential else ""))
        added = case_repo.notes.get(connection, note_id)
    assert added is not None
    return Result(added, (Change("note", note_id, "created", case_id),))


def read_note(vault: OpenVault, note_id: int) -> Note:
    """One note, whole. Someone else's confidential note is refused, and the attempt
    is audited: that refusal is what a coordinator looks for after a leak."""
    user = acting_user(vault)
    with vault.read() as connection:
        found = case_repo.notes.require(connection, note_id)
        if case_repo.hidden_by_blocking(connection, found.case_id, found.person_id):
            raise case_repo.notes.not_found()  # blocked under ARCO: as if it did not exist
    if found.confidential and found.author_id != user.id:
        permitted(vault, Action.READ_OTHERS_CONFIDENTIAL, entity_type="note", entity_id=note_id)
    return found


def add_task(vault: OpenVault, case_id: int, title: str, due_on: date, *,
             assignee_id: int | None = None) -> Result[Task]:
    user = permitted(vault, Action.TASKS, entity_type="case", entity_id=case_id)
    title = check_text("title", title)
    check_length("title", title)
    check_not_after("due_on", due_on, today() + timedelta(days=10 * 366))
    with vault.write() as connection:
        case_repo.cases.require(connection, case_id)
        if assignee_id is not None:
            worker = staff_repo.by_id_or_none(connection, assignee_id)
            if worker is None or not worker.active:
                raise InvalidInput("assignee_id", Bilingual(
                    es="La persona asignada no tiene una cuenta activa.",
                    en="The assignee is not an active user."))
        task_id = case_repo.tasks.insert(connection, case_id=case_id, title=title,
                                         due_on=due_on, assignee_id=assignee_id or user.id)
        audit.record(connection, actor_id=user.id, action="task.added", entity_type="task",
                     entity_id=task_id)
        added = case_repo.tasks.get(connection, task_id)
    assert added is not None
    return Result(added, (Change("task", task_id, "created", case_id),))


def complete_task(vault: OpenVault, task_id: int) -> Result[Task]:
    user = permitted(vault, Action.TASKS, entity_type="task", entity_id=task_id)
    with vault.write() as connection:
        existing = case_repo.tasks.require(connection, task_id)
        if existing.done_at is None:
            case_repo.tasks.update(connection, task_id, done_at=now_utc())
            audit.record(connection, actor_id=user.id, action="task.done", entity_type="task",
                         entity_id=task_id)
        done = case_repo.tasks.get(connection, task_id)
    assert done is not None
    return Result(done, (Change("task", task_id, "done", existing.case_id),))


def _open_for(user_id: int) -> list:
    return [task.c.done_at.is_(None), task.c.assignee_id == user_id,
            task.c.case_id.not_in(select(case_file.c.id).where(
                case_file.c.principal_person_id.in_(blocked_people())))]


def open_tasks(vault: OpenVault, *, assignee_id: int | None = None) -> list[Task]:
    """Tasks not yet done, soonest due first; by default the acting user's."""
    user = acting_user(vault)
    with vault.read() as connection:
        return case_repo.tasks.where(
            connection, *_open_for(assignee_id if assignee_id is not None else user.id),
            order_by=task.c.due_on)


@dataclass(frozen=True)
class TaskInCase:
    """An open task with whose case it is, as the Tareas page lists it."""

    task: Task
    case_code: str
    name: str  # the woman whose case file it is

    @property
    def id(self) -> int:
        return self.task.id

    @property
    def case_id(self) -> int:
        return self.task.case_id


def open_tasks_in_cases(vault: OpenVault) -> list[TaskInCase]:
    """Her open tasks (open_tasks), each with its case code and the principal's name."""
    tasks = open_tasks(vault)
    if not tasks:
        return []
    with vault.read() as connection:
        rows = connection.execute(
            select(case_file.c.id, case_file.c.code, person.c.given_names,
                   person.c.family_names)
            .join(person, person.c.id == case_file.c.principal_person_id)
            .where(case_file.c.id.in_({t.case_id for t in tasks})))
        labels = {case_id: (code, " ".join(part for part in (given, family) if part))
                  for case_id, code, given, family in rows}
    return [TaskInCase(t, *labels.get(t.case_id, ("", ""))) for t in tasks]


def count_open_tasks(vault: OpenVault) -> tuple[int, int]:
    """How many of her tasks are pending, and how many of those are overdue."""
    user = acting_user(vault)
    with vault.read() as connection:
        pending, overdue = connection.execute(
            select(func.count(), func.count().filter(task.c.due_on < today()))
            .where(*_open_for(user.id))).one()
    return int(pending), int(overdue)


def record_consent(vault: OpenVault, person_id: int, purpose: ConsentPurpose, given: bool, *,
                   recorded_on: date | None = None, service_type: ServiceType | None = None,
                   organisation: str | None = None) -> Result[Consent]:
    """She gives or withdraws consent for one purpose; the latest record is in force,
    from the moment it is written: a withdrawal stops a referral being sent. A referral
    consent may name a service type and a receiving organisation (None: all of them)."""
    user = permitted(vault, Action.INTAKE, entity_type="person", entity_id=person_id)
    check_not_future("recorded_on", recorded_on, today())
    if organisation is not None:
        organisation = check_text("organisation", organisation)
        check_length("organisation", organisation)
    if purpose is not ConsentPurpose.REFERRAL and (service_type or organisation):
        raise InvalidInput("purpose", Bilingual(
            es="Solo el consentimiento para canalizar se da por tipo de servicio y "
               "organización.",
            en="Only the referral consent is given per service type and organisation."))
    with vault.write() as connection:
        case_id = _case_of_person(connection, person_id)
        consent_id = case_repo.consents.insert(
            connection, person_id=person_id, purpose=purpose.value, given=given,
            recorded_on=recorded_on or today(), recorded_by=user.id,
            service_type=service_type.value if service_type else None,
            organisation=organisation)
        scope = ":".join(part for part in (purpose.value, service_type and service_type.value,
                                           organisation) if part)
        audit.record(connection, actor_id=user.id,
                     action="consent.given" if given else "consent.withdrawn",
                     entity_type="person", entity_id=person_id, summary=scope)
        if purpose is ConsentPurpose.REFERRAL and not given:
            revoke_withdrawn(connection, person_id, user.id)
        recorded = case_repo.consents.get(connection, consent_id)
    assert recorded is not None
    return Result(recorded, (Change("consent", consent_id, "created", case_id),))


def referral_consent(connection, person_id: int, service_type: ServiceType | None,  # type: ignore[no-untyped-def]
                     organisation: str | None, *, named: bool = False) -> bool:
    """Whether her referral consent covers this service type and organisation now
    (domain.consents.referral_consent_in_force says how records combine)."""
    records = case_repo.consents.where(
        connection, consent.c.person_id == person_id,
        consent.c.purpose == ConsentPurpose.REFERRAL.value)
    return referral_consent_in_force(records, service_type, organisation, named=named)


def consent_in_force(connection, person_id: int, purpose: ConsentPurpose) -> bool:  # type: ignore[no-untyped-def]
    latest = connection.execute(
        select(consent.c.given).where(consent.c.person_id == person_id,
                                      consent.c.purpose == purpose.value)
        .order_by(consent.c.id.desc()).limit(1)).scalar()
    return bool(latest)


# Handoff packages (services/handoff_send.py) not yet acknowledged by the receiver.
UNACKNOWLEDGED = ("outbox", "sent", "received")


def revoke_withdrawn(connection, person_id: int, actor_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    """After she withdraws a referral consent: her packages not yet acknowledged that her
    consent no longer covers are revoked (their sealed bytes dropped; the hub told at the
    next sync)."""
    revoked = []
    for stored in handoff_store.sent_where(connection, handoff_sent.c.person_id == person_id,
                                           handoff_sent.c.state.in_(UNACKNOWLEDGED)):
        referral = case_repo.referrals.require(connection, stored.referral_id)
        if referral_consent(connection, person_id, referral.service_type,
                            referral.organisation, named=True):
            continue
        handoff_store.set_sent_state(connection, stored.package_id, "revoked",
                                     reason="consent withdrawn", drop_sealed=True)
        audit.record(connection, actor_id=actor_id, action="handoff.revoked",
                     entity_type="person", entity_id=person_id,
                     summary=f"{stored.package_id}: consent withdrawn")
        revoked.append(stored.package_id)
    return revoked
