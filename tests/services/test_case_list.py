"""The case list on a seeded demo vault: search, filters, sorting and paging."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from shelter_desk.domain.cases import CaseStatus
from shelter_desk.domain.documents import DocumentStatus
from shelter_desk.domain.followup import NoteKind
from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases, followup
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.store.case_queries import CaseFilter, CaseSort
from shelter_desk.store.schema import case_file, identity_document, person, procedure_attempt
from tests.conftest import FAST_KDF


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    created = create_demo_vault(tmp_path_factory.mktemp("demo") / "vault", people=400,
                                seed=11, params=FAST_KDF)
    yield created.vault
    created.vault.lock()


def _all(vault, case_filter=CaseFilter(), sort=CaseSort.NAME, descending=False, limit=37):
    rows, cursor = [], None
    while True:
        page = cases.list_cases(vault, case_filter, sort=sort, descending=descending,
                                after=cursor, limit=limit)
        rows.extend(page.rows)
        if page.next_cursor is None:
            return rows
        cursor = page.next_cursor


@pytest.mark.parametrize("sort", list(CaseSort))
@pytest.mark.parametrize("descending", [False, True])
def test_paging_visits_every_case_once_in_order(demo, sort, descending):
    rows = _all(demo, sort=sort, descending=descending)
    assert len(rows) == len({r.case_id for r in rows}) == cases.count_cases(demo)
    keys = [(r.cursor.keys, r.case_id) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_accents_and_case_do_not_matter(demo):
    marias = cases.search_cases(demo, "maria", limit=500).rows
    assert marias and all("maría" in row.name.casefold() for row in marias)
    assert cases.search_cases(demo, "MARÍA", limit=500).rows == marias
    hernandez = cases.search_cases(demo, "hernandez", limit=500).rows
    assert hernandez and any("Hernández" in row.name for row in hernandez)


def test_a_case_code_finds_its_case(demo):
    some = cases.list_cases(demo, limit=5).rows[3]
    assert [r.case_id for r in cases.search_cases(demo, some.code).rows] == [some.case_id]


def test_a_word_from_a_note_finds_its_case(demo):
    target = cases.list_cases(demo, limit=9).rows[8]
    followup.add_note(demo, target.case_id, NoteKind.VISIT,
                      "Visita a la tortillería donde consiguió trabajo")
    found = [r.case_id for r in cases.search_cases(demo, "tortilleria").rows]
    assert found == [target.case_id]


def test_search_text_cannot_inject_fts_syntax(demo):
    for typed in ('"', "maria OR", "NEAR(", "*", "-", "a:b"):
        cases.search_cases(demo, typed)  # no exception is the point


def _truth(vault, query):
    with vault.read() as connection:
        return set(connection.execute(query).scalars())


def test_filters_agree_with_the_rows(demo):
    today = date.today()
    visible = select(case_file.c.id).join(person, person.c.id == case_file.c.principal_person_id)
    checks = {
        CaseFilter(status=CaseStatus.CLOSED): visible.where(case_file.c.status == "closed"),
        CaseFilter(nationality="HT"): visible.where(person.c.nationality == "HT"),
        CaseFilter(assigned_worker_id=2): visible.where(case_file.c.assigned_worker_id == 2),
        CaseFilter(open_barrier=True): visible.where(case_file.c.id.in_(
            select(procedure_attempt.c.case_id).where(procedure_attempt.c.is_open))),
        CaseFilter(document_type="tvrh", document_status=DocumentStatus.EXPIRED):
            visible.where(case_file.c.id.in_(select(identity_document.c.case_id).where(
                identity_document.c.type_key == "tvrh",
                identity_document.c.status == "expired"))),
        CaseFilter(expiring_within_days=30): visible.where(case_file.c.id.in_(
            select(identity_document.c.case_id).where(
                identity_document.c.status == "original",
                identity_document.c.effective_expiry.between(today,
                                                             today + timedelta(days=30))))),
        CaseFilter(lacks_document="curp"): visible.where(~case_file.c.principal_person_id.in_(
            select(identity_document.c.person_id).where(
                identity_document.c.type_key == "curp",
                identity_document.c.status != "not_held"))),
    }
    for case_filter, query in checks.items():
        expected = _truth(demo, query)
        assert expected, case_filter  # the demo data exercises every filter
        assert {r.case_id for r in _all(demo, case_filter)} == expected, case_filter


def test_a_new_case_appears_in_its_place(demo):
    opened = cases.open_case(demo, PersonDetails("Aaa", family_names="Aaaa",
                                                 nationality="SV")).value
    first = cases.list_cases(demo, limit=1).rows[0]
    assert first.case_id == opened.id and first.code == opened.code

