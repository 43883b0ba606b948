"""«Hay un conflicto» for one case file, read on two real synced vaults: each laptop
finds the conflict under its own row numbers, only in the case it is about."""

from __future__ import annotations

import dataclasses

from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.services import cases, people
from shelter_desk.team import conflicts, record_conflicts
from tests.team.conftest import exchange


def _woman(given: str = "Rosa Sintética") -> PersonDetails:
    return PersonDetails(given_names=given, family_names="Prueba Uno", phone="555-0100")


def _case_id(vault, given: str) -> int:
    return cases.search_cases(vault, given).rows[0].case_id


def _principal(vault, given: str):
    return cases.open_case_file(vault, _case_id(vault, given),
                                record_view=False).principal.person


def _both_edit_the_phone(team, given="Rosa Sintética") -> None:
    door, lawyer = team
    for vault, phone in ((door, "555-0122"), (lawyer, "555-0133")):
        her = _principal(vault, given)
        people.update_person(vault, her.id, dataclasses.replace(her.details, phone=phone))
    exchange(door, lawyer)


def test_each_laptop_finds_the_conflict_on_its_own_rows(team) -> None:
    door, lawyer = team
    cases.open_case(door, _woman())
    cases.open_case(door, _woman("Julia Sintética"))
    exchange(door, lawyer)
    _both_edit_the_phone(team)
    for vault in team:
        [found] = record_conflicts.for_case(vault, _case_id(vault, "Rosa"))
        assert (found.table, found.field) == ("person", "phone")
        assert found.local_id == _principal(vault, "Rosa").id
        assert sorted(found.values) == ["555-0122", "555-0133"] and not found.is_deletion
        assert record_conflicts.for_case(vault, _case_id(vault, "Julia")) == []


def test_a_relatives_conflict_belongs_to_her_case(team) -> None:
    door, lawyer = team
    case = cases.open_case(door, _woman()).value
    people.add_household_member(door, case.id, PersonDetails(given_names="Josué",
                                                             family_names="Prueba"),
                                Relationship.CHILD)
    exchange(door, lawyer)
    for vault, place in ((door, "Tapachula"), (lawyer, "Tecún Umán")):
        file = cases.open_case_file(vault, _case_id(vault, "Rosa"), record_view=False)
        [child] = [m.person for m in file.household]
        people.update_person(vault, child.id,
                             dataclasses.replace(child.details, place_of_origin=place))
    exchange(door, lawyer)
    for vault in team:
        file = cases.open_case_file(vault, _case_id(vault, "Rosa"), record_view=False)
        [found] = record_conflicts.for_case(vault, file.case.id)
        assert found.field == "place_of_origin"
        assert found.local_id == file.household[0].person.id


def test_her_own_new_value_settles_it_here_at_once_and_there_after_sync(team) -> None:
    door, lawyer = team
    cases.open_case(door, _woman())
    exchange(door, lawyer)
    _both_edit_the_phone(team)
    her = _principal(lawyer, "Rosa")
    people.update_person(lawyer, her.id, dataclasses.replace(her.details, phone="555-0199"))
    assert record_conflicts.for_case(lawyer, _case_id(lawyer, "Rosa")) == []
    assert conflicts.open_conflicts(lawyer) == []  # the Equipo page agrees
    exchange(door, lawyer)
    assert record_conflicts.for_case(door, _case_id(door, "Rosa")) == []
    assert _principal(door, "Rosa").details.phone == "555-0199"


def test_resolving_the_listed_conflict_closes_it(team) -> None:
    door, lawyer = team
    cases.open_case(door, _woman())
    exchange(door, lawyer)
    _both_edit_the_phone(team)
    [found] = record_conflicts.for_case(door, _case_id(door, "Rosa"))
    conflicts.resolve(door, found.conflict, "555-0133")
    assert record_conflicts.for_case(door, _case_id(door, "Rosa")) == []
    assert _principal(door, "Rosa").details.phone == "555-0133"


def test_a_laptop_outside_a_team_has_no_conflicts(created) -> None:
    case = cases.open_case(created.vault, _woman()).value
    assert record_conflicts.for_case(created.vault, case.id) == []
