"""The statistics engine against numbers worked out by hand on a small synthetic vault."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.domain.staff import Role
from shelter_desk.reports.export import report_csv, report_xlsx, safe_cell
from shelter_desk.reports.period import parse_period
from shelter_desk.services import (
    barriers,
    cases,
    documents,
    followup,
    people,
    referrals,
    staff,
)
from shelter_desk.services.statistics import export_report, report_for
from shelter_desk.store import audit
from shelter_desk.store.vault import unlock

Q3 = parse_period("2026-Q3")


def _woman(name: str, nationality: str, born: date) -> PersonDetails:
    return PersonDetails(given_names=name, family_names="Sintética", nationality=nationality,
                         birth_date=born)


@pytest.fixture
def shelter(created):
    vault = created.vault
    a = cases.open_case(vault, _woman("Ana", "GT", date(1990, 5, 1)),
                        opened_on=date(2026, 9, 30)).value  # the quarter's last day
    child = people.add_household_member(vault, a.id, PersonDetails(
        "Abril", nationality="GT", birth_date=date(2015, 3, 1)), Relationship.CHILD).value
    b = cases.open_case(vault, _woman("Bea", "HN", date(2009, 12, 1)),
                        opened_on=date(2026, 6, 15)).value  # 16 and alone
    cases.open_case(vault, _woman("Cora", "SV", date(1988, 1, 1)),
                    opened_on=date(2026, 10, 1))  # the day after: not in Q3
    d = cases.open_case(vault, _woman("Dora", "VE", date(1985, 1, 1)),
                        opened_on=date(2026, 1, 10)).value
    cases.close_case(vault, d.id, closed_on=date(2026, 6, 30))  # closed before Q3
    e = cases.open_case(vault, _woman("Eva", "HT", date(1992, 1, 1)),
                        opened_on=date(2026, 2, 1)).value
    cases.close_case(vault, e.id, closed_on=date(2026, 7, 15))  # closed within Q3
    f = cases.open_case(vault, _woman("Fe", "CU", date(1991, 1, 1)),
                        opened_on=date(2026, 8, 1)).value
    documents.record_document(vault, a.principal_person_id, DocumentDetails(
        "tarjeta_residente_permanente", DocumentStatus.ORIGINAL))
    documents.record_document(vault, child.id, DocumentDetails(
        "acta_nacimiento_extranjera", DocumentStatus.COPY_ONLY, apostilled=False))
    documents.record_document(vault, f.principal_person_id, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL))
    refusal = {"right_key": "beca", "institution_type_key": "escuela_publica",
               "institution_name": "Escuela", "outcome": Outcome.REFUSED,
               "reason_keys": ("pidio_ine",)}
    barriers.record_attempt(vault, AttemptDetails(person_id=child.id,
                                                  attempted_on=date(2026, 9, 10), **refusal))
    barriers.record_attempt(vault, AttemptDetails(person_id=f.principal_person_id,
                                                  attempted_on=date(2026, 8, 5), **refusal))
    barriers.record_attempt(vault, AttemptDetails(person_id=b.principal_person_id,
                                                  attempted_on=date(2026, 10, 5), **refusal))
    followup.record_consent(vault, a.principal_person_id, ConsentPurpose.REFERRAL, True)
    referrals.refer(vault, a.principal_person_id, "Clínica jurídica", "Asesoría",
                   referred_on=date(2026, 9, 1))
    people.block_person(vault, f.principal_person_id)  # ARCO: never counted again
    return vault, (date(2026, 7, 15) - date(2026, 2, 1)).days


def _table(report, key):
    return {row.values: row.count for row in report.tables[key].rows}


def test_the_quarter_counts_what_a_person_would_count(shelter):
    vault, days_to_close = shelter
    report = report_for(vault, Q3)
    figures = report.figures
    assert (figures.people_attended, figures.new_arrivals) == (4, 2)
    assert (figures.children, figures.unaccompanied_minors) == (2, 1)
    assert (figures.barriers_recorded, figures.barriers_open) == (1, 1)
    assert (figures.cases_closed, figures.average_days_to_close) == (1, days_to_close)
    assert _table(report, "nationality") == {("GT",): 2, ("HN",): 1, ("HT",): 1}
    assert _table(report, "minors") == {("unaccompanied",): 1, ("with_family",): 1}
    assert _table(report, "age_band") == {("30-44",): 2, ("12-17",): 1, ("5-11",): 1}
    assert _table(report, "documents") == {
        ("acta_nacimiento_extranjera", "copy_only"): 1,
        ("tarjeta_residente_permanente", "original"): 1}
    assert _table(report, "barriers") == {("beca", "escuela_publica", "pidio_ine",
                                           "refused"): 1}
    assert _table(report, "referrals") == {("Clínica jurídica", "proposed"): 1}
    assert _table(report, "people_by_month") == {
        ("2026-07", "attended"): 2, ("2026-07", "new_arrivals"): 0,
        ("2026-08", "attended"): 1, ("2026-08", "new_arrivals"): 0,
        ("2026-09", "attended"): 3, ("2026-09", "new_arrivals"): 2}


def test_a_blocked_person_is_in_no_table(shelter):
    vault, _days = shelter
    report = report_for(vault, Q3)
    for table in report.tables.values():
        for row in table.rows:
            assert "CU" not in row.values and "pasaporte" not in row.values


def test_periods_parse_and_refuse_nonsense():
    assert (Q3.start, Q3.end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert parse_period("2024-02").end == date(2024, 2, 29)
    assert parse_period("2026").months()[-1] == date(2026, 12, 1)
    for bad in ("2026-Q5", "2026-13", "julio", ""):
        with pytest.raises(InvalidInput):
            parse_period(bad)


def test_exports_are_readable_and_neutralise_formulas(shelter):
    vault, _days = shelter
    referrals.refer(vault, _ana(vault),
                   "=HYPERLINK(\"http://x\")", "Asesoría", referred_on=date(2026, 9, 2))
    report = report_for(vault, Q3)
    text = report_csv(report).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert ["Personas atendidas", "4"] in rows
    assert any(row[:2] == ["'=HYPERLINK(\"http://x\")", "Propuesta"] for row in rows)
    assert ["Guatemala", "2"] in rows
    workbook = load_workbook(io.BytesIO(report_xlsx(report, "en")))
    assert workbook.sheetnames[0] == "Summary"
    nationality = [[c.value for c in r] for r in workbook["nationality"].iter_rows()]
    assert ["Guatemala", 2] in nationality
    sheet = [[c.value for c in r] for r in workbook["referrals"].iter_rows()]
    assert all(not str(cell).startswith("=") for row in sheet for cell in row)
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)" and safe_cell("-3") == "'-3"


def _ana(vault):
    return next(p.person_id for p in people.list_people(vault, "ana").rows)


def test_only_a_coordinator_exports_and_it_is_audited(shelter, vault_dir, tmp_path):
    vault, _days = shelter
    out = tmp_path / "q3.xlsx"
    export_report(vault, Q3, "xlsx", out)
    assert out.read_bytes()[:2] == b"PK"
    with vault.read() as connection:
        exported = [e for e in audit.events(connection) if e.action == "stats.exported"]
    assert [(e.entity_id, e.summary) for e in exported] == [("2026-Q3", "xlsx")]

    staff.add_staff(vault, "Trabajadora", Role.CASEWORKER, "frase de trabajo")
    with unlock(vault_dir, user="Trabajadora", passphrase="frase de trabajo") as worker:
        assert report_for(worker, Q3).figures.people_attended == 4  # she may look
        with pytest.raises(NotAllowed):
            export_report(worker, Q3, "csv", tmp_path / "no.csv")
    assert not (tmp_path / "no.csv").exists()


def test_an_unwritable_destination_leaves_no_file_and_no_audit_row(shelter, tmp_path):
    vault, _days = shelter
    with vault.read() as connection:
        before = audit.verify_chain(connection).rows
    with pytest.raises(InvalidInput):
        export_report(vault, Q3, "csv", tmp_path / "no-such-folder" / "q3.csv")
    with vault.read() as connection:
        assert audit.verify_chain(connection).rows == before
    assert not (tmp_path / "no-such-folder").exists()
