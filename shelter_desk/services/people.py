"""People in a case file: edit a profile, add a child or relative, block for ARCO."""

from __future__ import annotations

from shelter_desk.catalog.geo import is_country, is_language
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import Person, PersonDetails, Relationship
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.validation import check_household, check_person
from shelter_desk.services.common import (
    Change,
    Result,
    acting_user,
    changed_fields,
    not_found,
    permitted,
    today,
)
from shelter_desk.store import audit, case_repo, people_queries, search_index
from shelter_desk.store.clock import now_utc
from shelter_desk.store.vault import OpenVault


def _principal(connection, case_id: int) -> Person:  # type: ignore[no-untyped-def]
    found = case_repo.cases.get(connection, case_id)
    if found is None or found.principal_person_id is None:
        raise not_found("el expediente", "The case file")
    return case_repo.people.require(connection, found.principal_person_id)


def add_household_member(vault: OpenVault, case_id: int, details: PersonDetails,
                         relationship: Relationship) -> Result[Person]:
    """Add her child, mother, partner or another relative to her case file."""
    user = permitted(vault, Action.INTAKE, entity_type="case", entity_id=case_id)
    check_person(details, today(), is_country=is_country, is_language=is_language)
    with vault.write() as connection:
        principal = _principal(connection, case_id)
        check_household(principal.details, details, relationship)
        with search_index.kept_in_step(connection, case_id):
            person_id = case_repo.people.insert(connection, case_id=case_id,
                                                relationship=relationship.value,
                                                **case_repo.person_columns(details))
        audit.record(connection, actor_id=user.id, action="person.added", entity_type="person",
                     entity_id=person_id, summary=f"relationship: {relationship.value}")
        added = case_repo.people.get(connection, person_id)
    assert added is not None
    return Result(added, (Change("person", person_id, "created", case_id),))


def update_person(vault: OpenVault, person_id: int, details: PersonDetails) -> Result[Person]:
    user = permitted(vault, Action.INTAKE, entity_type="person", entity_id=person_id)
    check_person(details, today(), is_country=is_country, is_language=is_language)
    with vault.write() as connection:
        existing = case_repo.people.require(connection, person_id)
        if existing.relationship is not None:
            principal = _principal(connection, existing.case_id)
            check_household(principal.details, details, existing.relationship)
        else:
            for member in case_repo.people.where(
                    connection, case_repo.people.table.c.case_id == existing.case_id):
                if member.relationship is not None:
                    check_household(details, member.details, member.relationship)
        with search_index.kept_in_step(connection, existing.case_id):
            case_repo.people.update(connection, person_id,
                                    **case_repo.person_columns(details))
        audit.record(connection, actor_id=user.id, action="person.updated",
                     entity_type="person", entity_id=person_id,
                     summary=changed_fields(existing.details, details))
        updated = case_repo.people.get(connection, person_id)
    assert updated is not None
    return Result(updated, (Change("person", person_id, "updated", existing.case_id),))


def block_person(vault: OpenVault, person_id: int) -> Result[Person]:
    """ARCO cancellation, first step: hidden from lists, search and statistics, kept."""
    return _set_blocked(vault, person_id, blocked=True)


def unblock_person(vault: OpenVault, person_id: int) -> Result[Person]:
    return _set_blocked(vault, person_id, blocked=False)


def _set_blocked(vault: OpenVault, person_id: int, *, blocked: bool) -> Result[Person]:
    # Undoing an ARCO request is not a casual act: coordinators only.
    user = permitted(vault, Action.BLOCK_PERSON, entity_type="person", entity_id=person_id)
    with vault.write() as connection:
        existing = case_repo.people.require(connection, person_id)
        if (existing.blocked_at is not None) == blocked:
            raise InvalidInput("blocked", Bilingual(
                es="La persona ya está bloqueada." if blocked else "La persona no está bloqueada.",
                en="The person is already blocked." if blocked else "The person is not blocked."))
        with search_index.kept_in_step(connection, existing.case_id):
            case_repo.people.update(connection, person_id,
                                    blocked_at=now_utc() if blocked else None)
        audit.record(connection, actor_id=user.id,
                     action="person.blocked" if blocked else "person.unblocked",
                     entity_type="person", entity_id=person_id)
        changed = case_repo.people.get(connection, person_id)
    assert changed is not None
    return Result(changed, (Change("person", person_id, "blocked" if blocked else "unblocked",
                                   existing.case_id),))


def list_people(vault: OpenVault, typed: str = "", *, after: tuple[str, int] | None = None,
                limit: int = 100) -> people_queries.PeoplePage:
    """Everyone, by family name; `typed` searches names and aliases, accents ignored."""
    acting_user(vault)
    with vault.read() as connection:
        return people_queries.list_people(connection, typed, after=after, limit=limit)
