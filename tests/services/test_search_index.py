"""The case search index stays in step with what it indexes, through every service
that writes a name, a note or a blocking, and answers what staff expect of a search."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from shelter_desk.domain.followup import NoteKind
from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.services import cases, followup, people
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.store import migrate, search_index
from shelter_desk.store.case_queries import CaseFilter, CaseSort
from shelter_desk.store.schema import search_term
from shelter_desk.store.search_index import Term
from shelter_desk.store.vault import unlock
from tests.conftest import COORDINATOR, FAST_KDF, PASSPHRASE


def _woman(given: str, family: str, **overrides) -> PersonDetails:
    return PersonDetails(given_names=given, family_names=family, nationality="HN",
                         birth_date=date(1990, 1, 1), **overrides)


def _stored(vault) -> set[Term]:
    with vault.read() as connection:
        return {Term(*row) for row in connection.execute(select(search_term))}


def _rebuilt(vault) -> set[Term]:
    """What a rebuild from scratch would write, computed in a transaction rolled back."""
    with vault.write() as connection:
        search_index.rebuild(connection)
        rows = {Term(*row) for row in connection.execute(select(search_term))}
        connection.rollback()
    return rows


def _found(vault, typed: str) -> list[int]:
    return [row.case_id for row in cases.search_cases(vault, typed).rows]


def test_every_write_keeps_the_index_as_a_rebuild_would_make_it(created):
    vault = created.vault
    first = cases.open_case(vault, _woman("Dilcia Marisol", "Ávila Cruz")).value
    second = cases.open_case(vault, _woman("Yesenia", "Zúniga", aliases=("La Flaca",))).value
    child = people.add_household_member(vault, first.id, PersonDetails(
        given_names="Kenia", family_names="Ávila", nationality="HN",
        birth_date=date(2015, 5, 5)), Relationship.CHILD).value
    followup.add_note(vault, second.id, NoteKind.CALL, "Llamó desde la maquiladora")
    followup.add_note(vault, first.id, NoteKind.VISIT, "Visita a la escuela de Kenia",
                      person_id=child.id)
    people.update_person(vault, second.principal_person_id,
                         _woman("Yesenia", "Aguilar Zúniga", aliases=("La Flaca",)))
    people.block_person(vault, child.id)

    assert _stored(vault) == _rebuilt(vault)
    # The principal's new family name moved every row of her case in the name order
    assert {t.sort_key for t in _stored(vault) if t.case_id == second.id} == {
        "aguilar zuniga yesenia"}
    # The blocked child's name and the note about her are gone; unblocked, they are back
    assert _found(vault, "kenia") == []
    people.unblock_person(vault, child.id)
    assert _found(vault, "kenia") == [first.id]
    assert _stored(vault) == _rebuilt(vault)


def test_words_are_found_wherever_they_are_in_the_case(created):
    vault = created.vault
    case = cases.open_case(vault, _woman("María José", "Hernández")).value
    cases.open_case(vault, _woman("María", "López"))
    followup.add_note(vault, case.id, NoteKind.LEGAL_ADVICE, "La escuela pidió su CURP")

    assert _found(vault, "maria escuela") == [case.id]  # a name prefix and a note word
    assert _found(vault, "mar hern") == [case.id]
    assert len(_found(vault, "mar")) == 2
    assert _found(vault, "escue") == []  # note words are typed whole
    assert _found(vault, "escuela lopez") == []


def test_a_search_pages_through_every_match_in_name_order(tmp_path):
    demo = create_demo_vault(tmp_path / "demo", people=300, seed=5, params=FAST_KDF).vault
    try:
        for typed in ("a", "mar", "ma ro", "escuela"):
            typed_filter = CaseFilter(text=typed)
            rows, cursor = [], None
            while True:
                page = cases.list_cases(demo, typed_filter, after=cursor, limit=7)
                rows.extend(page.rows)
                if (cursor := page.next_cursor) is None:
                    break
            keys = [(row.cursor.keys, row.case_id) for row in rows]
            assert keys == sorted(keys) and len(set(keys)) == len(keys)
            # The same cases as the set the other orders use, and as the count
            by_code = {row.case_id for row in cases.list_cases(
                demo, typed_filter, sort=CaseSort.CODE, limit=500).rows}
            assert {row.case_id for row in rows} == by_code
            assert len(rows) == cases.count_cases(demo, typed_filter) > 0
    finally:
        demo.lock()


def test_an_older_vault_gets_its_index_when_upgraded(created, vault_dir):
    case = cases.open_case(created.vault, _woman("Nahomy", "Castellanos")).value
    with created.vault.write() as connection:
        migrate.downgrade(connection, "0003")
    created.vault.lock()
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        assert _found(opened, "nahomy") == [case.id]
