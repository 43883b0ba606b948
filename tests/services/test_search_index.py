"""The case list's indexes (search words, document expiry dates) stay in step with what
they index, through every service that writes a name, a note, a document or a blocking,
and answer what staff expect of a search and of "expiring within N days"."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from shelter_desk.domain.cases import CaseStatus
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.followup import NoteKind
from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.services import cases, documents, followup, people
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.store import migrate, search_index
from shelter_desk.store.case_queries import CaseFilter, CaseSort
from shelter_desk.store.schema import case_expiry, search_term
from shelter_desk.store.search_index import Expiry, Term
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


def _expiries(vault, *, rebuilt: bool = False) -> set[Expiry]:
    with vault.write() as connection:
        if rebuilt:
            search_index.rebuild(connection)
        rows = {Expiry(*row) for row in connection.execute(select(case_expiry))}
        connection.rollback()
    return rows


def _expiring(vault, days: int = 30) -> list[int]:
    return [row.case_id for row in cases.list_cases(
        vault, CaseFilter(expiring_within_days=days)).rows]


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


def test_document_writes_keep_the_expiry_index_as_a_rebuild_would_make_it(created):
    # GIVEN a woman whose passport expires in three weeks and her son's card next year
    vault = created.vault
    soon, later = date.today() + timedelta(days=21), date.today() + timedelta(days=400)
    hers = cases.open_case(vault, _woman("Yadira", "Mejía")).value
    son = people.add_household_member(vault, hers.id, PersonDetails(
        given_names="Brayan", family_names="Mejía", nationality="HN",
        birth_date=date(2014, 3, 3)), Relationship.CHILD).value
    passport = documents.record_document(vault, hers.principal_person_id, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL, expires_on=soon)).value
    card = documents.record_document(vault, son.id, DocumentDetails(
        "tarjeta_residente_temporal", DocumentStatus.ORIGINAL, expires_on=later)).value
    # A copy does not count: the woman holds no original to renew
    documents.record_document(vault, son.id, DocumentDetails(
        "pasaporte", DocumentStatus.COPY_ONLY, expires_on=soon))
    assert _expiries(vault) == _expiries(vault, rebuilt=True)
    assert {row.expires_on for row in _expiries(vault)} == {soon, later}
    assert _expiring(vault) == [hers.id]

    # WHEN the son's card turns out to expire sooner, and her passport is lost
    documents.update_document(vault, card.id, DocumentDetails(
        "tarjeta_residente_temporal", DocumentStatus.ORIGINAL, expires_on=soon))
    documents.update_document(vault, passport.id, DocumentDetails(
        "pasaporte", DocumentStatus.LOST_OR_STOLEN, expires_on=soon))

    # THEN the case still shows as expiring (the card), from the index a rebuild makes
    assert _expiries(vault) == _expiries(vault, rebuilt=True)
    assert _expiring(vault) == [hers.id]
    # and blocking the son takes it off the list; renaming her moves its rows
    people.block_person(vault, son.id)
    assert _expiring(vault) == []
    people.unblock_person(vault, son.id)
    people.update_person(vault, hers.principal_person_id, _woman("Yadira", "Abarca Mejía"))
    assert _expiries(vault) == _expiries(vault, rebuilt=True)
    assert {row.sort_key for row in _expiries(vault)} == {"abarca mejia yadira"}
    assert _expiring(vault) == [hers.id]


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


def test_expiring_documents_page_through_every_match_in_name_order(tmp_path):
    demo = create_demo_vault(tmp_path / "demo", people=300, seed=5, params=FAST_KDF).vault
    try:
        for days, descending, status in ((30, False, None), (120, True, None),
                                         (365, False, CaseStatus.OPEN)):
            expiring = CaseFilter(expiring_within_days=days, status=status)
            rows, cursor = [], None
            while True:
                page = cases.list_cases(demo, expiring, after=cursor, limit=7,
                                        descending=descending)
                rows.extend(page.rows)
                if (cursor := page.next_cursor) is None:
                    break
            keys = [(row.cursor.keys, row.case_id) for row in rows]
            assert keys == sorted(keys, reverse=descending) and len(set(keys)) == len(keys)
            # The same cases as the set the other orders use, and as the count
            by_code = {row.case_id for row in cases.list_cases(
                demo, expiring, sort=CaseSort.CODE, limit=500).rows}
            assert {row.case_id for row in rows} == by_code
            assert len(rows) == cases.count_cases(demo, expiring) > 0
            assert all(row.next_expiry <= date.today() + timedelta(days) for row in rows)
    finally:
        demo.lock()


def test_an_older_vault_gets_its_index_when_upgraded(created, vault_dir):
    case = cases.open_case(created.vault, _woman("Nahomy", "Castellanos")).value
    with created.vault.write() as connection:
        migrate.downgrade(connection, "0003")
    created.vault.lock()
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        assert _found(opened, "nahomy") == [case.id]


def test_an_older_vault_gets_its_expiry_index_when_upgraded(created, vault_dir):
    case = cases.open_case(created.vault, _woman("Nahomy", "Castellanos")).value
    documents.record_document(created.vault, case.principal_person_id, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL, expires_on=date.today() + timedelta(days=9)))
    with created.vault.write() as connection:
        migrate.downgrade(connection, "0005")
    created.vault.lock()
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        assert _expiring(opened) == [case.id]
