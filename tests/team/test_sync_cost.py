"""What makes a sync's cost follow what changed, not the vault's size, kept correct: the
stored version vector read from the vector remembered on this laptop's own row (and
walked past gaps), what a peer lacks read per device, and many records' rows written in
batches. Real encrypted vaults; no timings here (those are benchmarks/team_sync.py)."""

from __future__ import annotations

from sqlalchemy import select, update

from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases
from shelter_desk.store.schema import person
from shelter_desk.store.team_schema import team_device
from shelter_desk.team import sync, vault_log
from shelter_desk.team.changelog import Change
from shelter_desk.team.hlc import Stamp
from tests.team.conftest import exchange, peer_id

_FAR = "f" * 64  # a laptop of the team this one never paired with directly


def _far_change(seq: int) -> Change:
    return Change(_FAR, seq, Stamp(1_767_225_600_000 + seq, 0, _FAR).text(), "person",
                  "ffffffff-0000000000000000", "phone", f"555-{seq:04d}", ())


def _vector(vault) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with vault.read() as connection:
        return vault_log.stored_vector(connection)


def _remember_wrongly(vault, floor: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    with vault.write() as connection:
        connection.execute(update(team_device).where(team_device.c.is_self)
                           .values(peer_vector=floor))


def test_the_vector_stops_at_a_lost_change_and_moves_on_once_it_arrives(team) -> None:
    door, _lawyer = team
    with door.write() as connection:
        vault_log.save(connection, [_far_change(s) for s in (1, 2, 4, 5)])
    assert _vector(door)[_FAR] == 2, "change 3 was lost: nothing past it is claimed"
    with door.write() as connection:
        vault_log.save(connection, [_far_change(3)])
    assert _vector(door)[_FAR] == 5


def test_a_remembered_vector_the_log_does_not_bear_out_is_not_believed(team) -> None:
    door, _lawyer = team
    with door.write() as connection:
        vault_log.save(connection, [_far_change(s) for s in (1, 2, 4)])
    honest = _vector(door)
    _remember_wrongly(door, {**honest, _FAR: 9})  # past the last change stored
    assert _vector(door) == honest
    _remember_wrongly(door, {**honest, _FAR: 3})  # a change that is not stored
    assert _vector(door) == honest
    _remember_wrongly(door, {})  # forgotten: walked from the start
    assert _vector(door) == honest


def test_a_peer_gets_exactly_what_it_lacks_of_every_laptop(team) -> None:
    door, _lawyer = team
    with door.write() as connection:
        vault_log.save(connection, [_far_change(s) for s in (1, 2, 3)])
    cases.open_case(door, PersonDetails(given_names="Rosa Sintética",
                                        family_names="Prueba Uno"))
    sync.outgoing(door, peer_id(door, "Abogada"))  # her writes become change records
    with door.read() as connection:
        own = vault_log.stored_vector(connection)
        lacking = vault_log.missing_for(connection, {_FAR: 1})
    assert [c.seq for c in lacking if c.device == _FAR] == [2, 3]
    others = [c for c in lacking if c.device != _FAR]
    assert others and {c.seq for c in others} == set(range(1, own[others[0].device] + 1))
    # A peer that has all of it is sent nothing.
    with door.read() as connection:
        assert vault_log.missing_for(connection, own) == []


def test_many_people_edited_at_once_arrive_whole_and_findable(team) -> None:
    door, lawyer = team
    for n in range(12):
        cases.open_case(door, PersonDetails(given_names=f"Rosa{n:02d} Sintética",
                                            family_names="Prueba Uno", phone="555-0100"))
    exchange(door, lawyer)
    with door.write() as connection:
        ids = list(connection.execute(select(person.c.id)).scalars())
        for person_id in ids:
            connection.execute(update(person).where(person.c.id == person_id).values(
                phone=f"555-{person_id:04d}", given_names=f"Lucía{person_id:02d} Sintética"))
    cases.open_case(door, PersonDetails(given_names="Marta Nueva",
                                        family_names="Prueba Dos"))
    report = sync.incoming(lawyer, sync.outgoing(door, peer_id(door, "Abogada")))
    assert report.waiting == 0
    with lawyer.read() as connection:
        rows = {r.given_names: r.phone for r in connection.execute(select(person))}
    assert "Marta Nueva" in rows
    assert {name: phone for name, phone in rows.items() if name != "Marta Nueva"} == {
        f"Lucía{i:02d} Sintética": f"555-{i:04d}" for i in ids}
    assert cases.search_cases(lawyer, "Lucía").rows, "found by the new names"
    assert cases.search_cases(lawyer, "Marta").rows
    assert not cases.search_cases(lawyer, "Rosa").rows, "the old names are gone"
    exchange(door, lawyer)  # nothing new either way: nothing changes
    with lawyer.read() as connection:
        assert {r.given_names: r.phone for r in connection.execute(select(person))} == rows
