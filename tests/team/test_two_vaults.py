"""Two real encrypted vaults of one team, synced through the real code: what the lawyer
and the coordinator would see on their own laptops."""

from __future__ import annotations

import dataclasses

from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases, data_rights, people
from shelter_desk.store import audit
from shelter_desk.team import sync
from tests.team.conftest import exchange, peer_id


def _woman(given: str = "Rosa Sintética") -> PersonDetails:
    return PersonDetails(given_names=given, family_names="Prueba Uno", phone="555-0100")


def _person(vault, given: str):
    with vault.read() as connection:
        from sqlalchemy import select

        from shelter_desk.store.schema import person
        row = connection.execute(select(person).where(person.c.given_names == given)).first()
        return row


def test_a_woman_registered_at_the_door_reaches_the_lawyers_laptop(team) -> None:
    door, lawyer = team
    cases.open_case(door, _woman())
    assert _person(lawyer, "Rosa Sintética") is None
    exchange(door, lawyer)
    found = _person(lawyer, "Rosa Sintética")
    assert found is not None and found.phone == "555-0100"
    assert cases.search_cases(lawyer, "Rosa").rows, "the lawyer finds her by name"
    for vault in team:
        with vault.read() as connection:
            assert audit.verify_chain(connection).intact


def test_edits_of_different_fields_merge_and_of_one_field_conflict(team) -> None:
    door, lawyer = team
    case = cases.open_case(door, _woman()).value
    exchange(door, lawyer)
    mine = _person(door, "Rosa Sintética")
    theirs = _person(lawyer, "Rosa Sintética")
    details = _woman()
    people.update_person(door, mine.id, dataclasses.replace(details, phone="555-0111"))
    people.update_person(lawyer, theirs.id, dataclasses.replace(details,
                                                                place_of_origin="Tapachula"))
    exchange(door, lawyer)
    for vault in team:
        row = _person(vault, "Rosa Sintética")
        assert (row.phone, row.place_of_origin) == ("555-0111", "Tapachula")
        assert sync_conflicts(vault) == []
    merged = dataclasses.replace(details, phone="555-0111", place_of_origin="Tapachula")
    people.update_person(door, mine.id, dataclasses.replace(merged, phone="555-0122"))
    people.update_person(lawyer, theirs.id, dataclasses.replace(merged, phone="555-0133"))
    exchange(door, lawyer)
    for vault in team:
        [conflict] = sync_conflicts(vault)
        assert conflict.field == "phone"
        assert sorted(c.value for c in conflict.candidates) == ["555-0122", "555-0133"]
    # The lawyer writes a third value; after the next sync both laptops show it, closed.
    from shelter_desk.team import conflicts
    conflicts.resolve(lawyer, sync_conflicts(lawyer)[0], "555-0199")
    exchange(door, lawyer)
    for vault in team:
        assert sync_conflicts(vault) == []
        assert _person(vault, "Rosa Sintética").phone == "555-0199"
    assert case.code


def test_an_arco_deletion_travels_and_leaves_only_the_tombstone(team) -> None:
    door, lawyer = team
    cases.open_case(door, _woman())
    exchange(door, lawyer)
    row = _person(door, "Rosa Sintética")
    people.block_person(door, row.id)
    data_rights.delete_person(door, row.id)
    exchange(door, lawyer)
    assert _person(lawyer, "Rosa Sintética") is None
    with lawyer.read() as connection:
        from sqlalchemy import select

        from shelter_desk.store.team_schema import team_change
        values = [v for (v,) in connection.execute(select(team_change.c.value))]
        assert "Rosa Sintética" not in repr(values), "no value of hers stays in the log"
        assert audit.verify_chain(connection).intact


def test_a_replayed_payload_changes_nothing(team) -> None:
    door, lawyer = team
    cases.open_case(door, _woman())
    payload = sync.outgoing(door, peer_id(door, "Abogada"))
    first = sync.incoming(lawyer, payload)
    again = sync.incoming(lawyer, payload)
    assert first.received > 0 and again.received == 0


def sync_conflicts(vault):
    from shelter_desk.team import conflicts

    return conflicts.open_conflicts(vault)


def _codes(vault) -> dict[str, str]:
    from sqlalchemy import select

    from shelter_desk.store.schema import case_file, person
    with vault.read() as connection:
        rows = connection.execute(select(person.c.given_names, case_file.c.code).join(
            case_file, case_file.c.principal_person_id == person.c.id)).all()
    return dict(rows)


def test_two_cases_opened_at_once_on_two_laptops_end_with_distinct_codes(team) -> None:
    door, lawyer = team
    cases.open_case(door, _woman("Ana Sintética"))
    cases.open_case(lawyer, _woman("Beatriz Sintética"))
    exchange(door, lawyer)
    exchange(door, lawyer)
    codes = _codes(door)
    assert codes == _codes(lawyer)
    assert len(set(codes.values())) == 2, codes
    assert sync_conflicts(door) == sync_conflicts(lawyer) == []
