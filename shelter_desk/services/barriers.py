"""Procedure attempts and barriers: a door she knocked on, and how it answered."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import Connection

from shelter_desk.catalog.loader import Catalog, default_catalog
from shelter_desk.domain.barriers import AttemptDetails, ProcedureAttempt
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.validation import check_attempt, check_not_future, check_text
from shelter_desk.services.common import (
    Change,
    Result,
    acting_user,
    changed_fields,
    permitted,
    today,
)
from shelter_desk.store import audit, case_repo
from shelter_desk.store.schema import organisation_directory, procedure_attempt
from shelter_desk.store.vault import OpenVault


def _check(details: AttemptDetails, catalog: Catalog) -> None:
    check_attempt(details, today(), rights=catalog.rights.keys(),
                  institution_types=catalog.institution_types.keys(),
                  reasons=catalog.barrier_reasons.keys(),
                  document_types=catalog.document_types.keys())


def _check_document(connection: Connection, case_id: int, document_id: int | None) -> None:
    """The document named must be one recorded in this case file (hers or a child's)."""
    if document_id is None:
        return
    document = case_repo.documents.get(connection, document_id)
    owner = case_repo.people.get(connection, document.person_id) if document else None
    if owner is None or owner.case_id != case_id:
        raise InvalidInput("document_id", Bilingual(
            es="Ese documento no está registrado en este expediente.",
            en="That document is not recorded in this case file."))


def known_institutions(vault: OpenVault) -> list[str]:
    """Every office already typed in this vault, and the network directory's organisations,
    once each (case and spacing ignored), so a second refusal by the same office is chosen,
    not typed again with a spelling that splits the office in two. The first spelling wins:
    once offered, it is the one the team keeps choosing."""
    acting_user(vault)
    with vault.read() as connection:
        typed = connection.execute(
            procedure_attempt.select().with_only_columns(procedure_attempt.c.institution_name)
            .order_by(procedure_attempt.c.id)).scalars().all()
        listed = connection.execute(
            organisation_directory.select().with_only_columns(organisation_directory.c.name)
            .where(organisation_directory.c.active.is_(True))).scalars().all()
    names: dict[str, str] = {}
    for name in (*typed, *listed):
        cleaned = " ".join((name or "").split())
        if cleaned:
            names.setdefault(cleaned.casefold(), cleaned)
    return sorted(names.values(), key=str.casefold)


def record_attempt(vault: OpenVault, details: AttemptDetails, *,
                   catalog: Catalog | None = None) -> Result[ProcedureAttempt]:
    user = permitted(vault, Action.BARRIERS)
    _check(details, catalog or default_catalog())
    with vault.write() as connection:
        owner = case_repo.people.require(connection, details.person_id)
        _check_document(connection, owner.case_id, details.document_id)
        attempt_id = case_repo.attempts.insert(
            connection, case_id=owner.case_id, resolved_on=None, resolution="",
            **case_repo.attempt_columns(details, resolved=False))
        audit.record(connection, actor_id=user.id, action="attempt.recorded",
                     entity_type="attempt", entity_id=attempt_id,
                     summary=f"{details.right_key}: {details.outcome.value}")
        recorded = case_repo.attempts.get(connection, attempt_id)
    assert recorded is not None
    return Result(recorded, (Change("attempt", attempt_id, "created", owner.case_id),))


def update_attempt(vault: OpenVault, attempt_id: int, details: AttemptDetails, *,
                   catalog: Catalog | None = None) -> Result[ProcedureAttempt]:
    user = permitted(vault, Action.BARRIERS)
    _check(details, catalog or default_catalog())
    with vault.write() as connection:
        existing = case_repo.attempts.require(connection, attempt_id)
        if details.person_id != existing.details.person_id:
            raise InvalidInput("person_id", Bilingual(
                es="Un trámite no puede pasar a otra persona.",
                en="An attempt cannot be moved to another person."))
        _check_document(connection, existing.case_id, details.document_id)
        case_repo.attempts.update(connection, attempt_id, **case_repo.attempt_columns(
            details, resolved=existing.resolved_on is not None))
        audit.record(connection, actor_id=user.id, action="attempt.updated",
                     entity_type="attempt", entity_id=attempt_id,
                     summary=changed_fields(existing.details, details))
        updated = case_repo.attempts.get(connection, attempt_id)
    assert updated is not None
    return Result(updated, (Change("attempt", attempt_id, "updated", existing.case_id),))


def resolve_barrier(vault: OpenVault, attempt_id: int, resolution: str, *,
                    resolved_on: date | None = None) -> Result[ProcedureAttempt]:
    """Record how a closed door was opened (or why the team stopped pushing)."""
    user = permitted(vault, Action.BARRIERS)
    resolution = check_text("resolution", resolution)
    resolved_on = resolved_on or today()
    check_not_future("resolved_on", resolved_on, today())
    with vault.write() as connection:
        existing = case_repo.attempts.require(connection, attempt_id)
        if not existing.is_open_barrier:
            raise InvalidInput("resolution", Bilingual(
                es="Este trámite no es una barrera abierta.",
                en="This attempt is not an open barrier."))
        if resolved_on < existing.details.attempted_on:
            raise InvalidInput("resolved_on", Bilingual(
                es="La solución no puede ser anterior al trámite.",
                en="The resolution cannot be before the attempt."))
        case_repo.attempts.update(connection, attempt_id, resolved_on=resolved_on,
                                  resolution=resolution, is_open=False)
        audit.record(connection, actor_id=user.id, action="attempt.resolved",
                     entity_type="attempt", entity_id=attempt_id)
        resolved = case_repo.attempts.get(connection, attempt_id)
    assert resolved is not None
    return Result(replace(resolved), (Change("attempt", attempt_id, "resolved",
                                             existing.case_id),))
