"""A coordinator imports the shelter's spreadsheet: every row is checked first, problems
are shown per row and column in both languages, and then all of it goes in, or nothing."""

from __future__ import annotations

import re
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.people import PersonDetails
from shelter_desk.domain.staff import Role
from shelter_desk.services import cases, staff
from shelter_desk.services.importing import source
from shelter_desk.services.importing.fields import Field
from shelter_desk.services.importing.service import preview_import, run_import
from shelter_desk.services.importing.source import MAX_FILE_BYTES
from shelter_desk.store import audit, search_index
from shelter_desk.store.schema import case_expiry, case_file, identity_document, person, search_term
from shelter_desk.store.vault import unlock

HEADER = "Nombre;Apellidos;Fecha de nacimiento;Nacionalidad;Fecha de ingreso;Documento;Vigencia"
GOOD_ROWS = [
    "Yesenia;Alvarado Cruz;12/03/1990;Honduras;2025-01-02;Pasaporte;01/01/2030",
    "Dilcia;Zelaya;1988-07-30;GTM;15/02/2025;TVRH;2026-12-31",
    "Rose-Marie;Étienne;33000;Haití;;;",
]


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def counts(vault) -> dict[str, int]:
    with vault.read() as connection:
        numbers = {table.name: connection.execute(
            table.select().with_only_columns(table.c[next(iter(table.c.keys()))])).all()
            for table in (case_file, person, identity_document, search_term)}
        numbers = {name: len(rows) for name, rows in numbers.items()}
        numbers["audit"] = audit.verify_chain(connection).rows
    return numbers


def problems_of(plan) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.message.es) for p in plan.problems]


def test_a_good_spreadsheet_becomes_case_files_in_one_audited_step(created, tmp_path):
    # GIVEN a Spanish Excel CSV export: UTF-8 with a BOM, separated by semicolons
    vault = created.vault
    sheet = write_csv(tmp_path / "lista.csv", [HEADER, *GOOD_ROWS], encoding="utf-8-sig")

    # WHEN she previews it, then imports it
    plan = preview_import(vault, sheet)
    outcome = run_import(vault, plan)

    # THEN every column was recognised, each row is a case file with its document
    assert plan.problems == () and len(plan.rows) == 3
    assert set(plan.mapping.values()) == {
        Field.GIVEN_NAMES, Field.FAMILY_NAMES, Field.BIRTH_DATE, Field.NATIONALITY,
        Field.ARRIVED_SHELTER_ON, Field.DOCUMENT_TYPE, Field.DOCUMENT_EXPIRES_ON}
    assert (outcome.cases, outcome.documents) == (3, 2)
    page = cases.list_cases(vault).rows
    assert [(row.name, row.nationality) for row in page] == [
        ("Yesenia Alvarado Cruz", "HN"), ("Rose-Marie Étienne", "HT"), ("Dilcia Zelaya", "GT")]
    codes = sorted(row.code for row in page)
    assert codes[:2] == ["2025-0001", "2025-0002"]  # numbered by the year of the intake
    # ... searchable at once, the Excel serial read as a date, and one audit row, no names
    assert [row.name for row in cases.search_cases(vault, "etienne").rows] == [
        "Rose-Marie Étienne"]
    haitian = cases.open_case_file(vault, next(r.case_id for r in page
                                               if r.nationality == "HT"), record_view=False)
    assert haitian.principal.person.details.birth_date == date(1990, 5, 7)  # as Excel reads it
    dilcia = cases.open_case_file(vault, next(r.case_id for r in page
                                              if r.nationality == "GT"), record_view=False)
    assert dilcia.principal.documents[0].details.type_key == "tvrh"
    assert dilcia.principal.documents[0].details.expires_on == date(2026, 12, 31)
    with vault.read() as connection:
        imports = [e for e in audit.events(connection) if e.action == "import.completed"]
    assert [e.summary for e in imports] == ["csv: cases 3, documents 2, rows skipped 0"]
    assert "Yesenia" not in imports[0].summary
    # ... and both case-list indexes are what a full rebuild would make
    with vault.write() as connection:
        indexed = [set(connection.execute(table.select()).all())
                   for table in (search_term, case_expiry)]
        assert all(indexed)  # names found, and the TVRH expiring on 31 December
        search_index.rebuild(connection)
        assert [set(connection.execute(table.select()).all())
                for table in (search_term, case_expiry)] == indexed
        connection.rollback()


def test_windows_1252_accents_are_read_right(created, tmp_path):
    sheet = write_csv(tmp_path / "viejo.csv", ["Nombre,Apellidos,Nacionalidad",
                                               "Inés,Chávez Muñoz,México"], encoding="cp1252")
    plan = preview_import(created.vault, sheet)
    assert plan.rows[0].person.full_name == "Inés Chávez Muñoz"
    assert plan.rows[0].person.nationality == "MX"


@pytest.mark.parametrize("content, words", [
    ("Nombre,Apellidos\nAna,Paz\n".encode("utf-16"), "UTF-16"),
    (b"\x00\x01\x02binary\x00" * 50, "UTF-16"),
    (b"Nombre\n" + bytes([0x81, 0x8d, 0x90]) * 3 + b"\n", "codificaci"),
    (b"", "vac"),
])
def test_a_file_in_the_wrong_encoding_is_refused_clearly(created, tmp_path, content, words):
    sheet = tmp_path / "rara.csv"
    sheet.write_bytes(content)
    with pytest.raises(InvalidInput) as refused:
        preview_import(created.vault, sheet)
    assert words in refused.value.message.es
    assert refused.value.message.en


def test_malformed_csv_is_refused_with_its_row_and_nothing_is_written(created, tmp_path):
    vault = created.vault
    before = counts(vault)
    sheet = write_csv(tmp_path / "rota.csv", [HEADER, GOOD_ROWS[0], 'Ana;"Paz sin cerrar'])
    with pytest.raises(InvalidInput) as refused:
        preview_import(vault, sheet)
    assert "fila 3" in refused.value.message.es and "row 3" in refused.value.message.en
    assert counts(vault) == before


def test_a_200_mb_file_is_refused_before_it_is_read(created, tmp_path):
    # GIVEN a 200 MB file (sparse: made in an instant)
    huge = tmp_path / "enorme.csv"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)

    # WHEN she previews it
    tracemalloc.start()
    with pytest.raises(InvalidInput) as refused:
        preview_import(created.vault, huge)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    # THEN she is told its size and the limit, and almost nothing was read into memory
    assert "200 MB" in refused.value.message.es
    assert f"{MAX_FILE_BYTES // 1024 // 1024} MB" in refused.value.message.en
    assert peak < 2 * 1024 * 1024


def test_bad_rows_are_listed_and_nothing_is_half_written(created, tmp_path):
    # GIVEN a sheet with impossible dates, unknown nationalities and a stray separator
    vault = created.vault
    before = counts(vault)
    sheet = write_csv(tmp_path / "errores.csv", [
        HEADER, GOOD_ROWS[0],
        "Keyla;Mejía;31/02/1991;Narnia;;;",
        "Delmy;Funes;12/03/90;Honduras;;Pasaporte;mañana",
        "Sonia;Paz;1990;El Salvador;;;",
        "Wendy;Orellana;01/01/1999;SV;;;;sobra",
        ";Sin nombre;01/01/1999;SV;;;",
        "Iris;Ramos;01/01/1999;SV;;;01/01/2030",
    ])

    # WHEN she previews it
    plan = preview_import(vault, sheet)

    # THEN each problem names its row and column, in Spanish and English
    found = problems_of(plan)
    assert (3, "Fecha de nacimiento", "La fecha «31/02/1991» no es válida: revisa el día y "
            "el mes (día/mes/año).") in found
    assert any(row == 3 and column == "Nacionalidad" and "Narnia" in message
               for row, column, message in found)
    # A two-digit year is read (12/03/90 is 1990): only the expiry «mañana» is wrong
    assert not any(row == 4 and column == "Fecha de nacimiento" for row, column, _m in found)
    assert any(row == 4 and column == "Vigencia" for row, column, _m in found)
    assert any(row == 5 and "fuera de rango" in message for row, _c, message in found)
    assert any(row == 6 and column == "" and "separador" in message
               for row, column, message in found)
    assert any(row == 7 and column == "Nombre" for row, column, _m in found)
    assert any(row == 8 and column == "Vigencia" and "tipo de documento" in message
               for row, column, message in found)
    assert all(p.message.en and p.message.en != p.message.es for p in plan.problems)
    assert plan.rows_in_error == 6 and len(plan.rows) == 1

    # ... and importing is refused: not one row written
    with pytest.raises(InvalidInput) as refused:
        run_import(vault, plan)
    assert "no se importó nada" in refused.value.message.es
    assert counts(vault) == before

    # WHEN she chooses to skip the rows in error, THEN only the good one goes in
    outcome = run_import(vault, plan, skip_errors=True)
    assert (outcome.cases, outcome.skipped_rows) == (1, 6)
    assert [row.name for row in cases.list_cases(vault).rows] == ["Yesenia Alvarado Cruz"]


def test_duplicates_are_flagged_in_the_sheet_and_against_the_vault(created, tmp_path):
    # GIVEN a woman already in the vault and a sheet that names her and someone twice
    vault = created.vault
    cases.open_case(vault, PersonDetails(given_names="María José", family_names="Pérez",
                                         birth_date=date(1992, 4, 5)))
    sheet = write_csv(tmp_path / "dobles.csv", [
        "Nombre,Apellidos,Fecha de nacimiento",
        "MARIA JOSE,perez,05/04/1992",
        "Lucía,Cáceres,01/02/2000",
        "Lucia,Caceres,2000-02-01",
        "Lucía,Cáceres,01/02/2001",
    ])

    plan = preview_import(vault, sheet)

    duplicates = {p.row: p.message.es for p in plan.problems if p.duplicate}
    assert set(duplicates) == {2, 4}
    assert "ya hay en la bóveda" in duplicates[2]
    assert "fila 3" in duplicates[4]
    assert plan.duplicates == 2 and len(plan.rows) == 4 and plan.undecided == (2, 4)


def _xlsx(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nombre", "Apellidos", "Fecha de nacimiento", "Nacionalidad", "Documento"])
    sheet.append(["Glenda", "Ortiz", datetime(1991, 6, 7), "Honduras", "Pasaporte"])
    sheet.append(["=CONCAT(\"Ma\",\"ría\")", "Flores", 33000, "Guatemala", None])
    sheet.append(["Reina", "Mendoza", "07/08/1985", "El Salvador", "CURP"])
    sheet.append(["Ingrid", "Aguilar", "07/08/1986", None, None])
    sheet.append(["=PROPER(\"sandra\")", "Rojas", 33000, "HND", None])
    sheet.merge_cells("D4:D5")  # "El Salvador" meant for two rows
    workbook.save(path)
    return _with_saved_value(path, "A6", "Sandra")


def _with_saved_value(path: Path, cell: str, value: str) -> Path:
    """As if a spreadsheet had computed and saved the formula's value (openpyxl never
    computes formulas, so it writes none)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    xml = re.sub(rf'<c r="{cell}"><f>(.*?)</f><v\s*/>',
                 rf'<c r="{cell}" t="str"><f>\1</f><v>{value}</v>', xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_an_xlsx_with_formulas_and_merged_cells_gets_row_errors(created, tmp_path):
    vault = created.vault
    before = counts(vault)
    plan = preview_import(vault, _xlsx(tmp_path / "hoja.xlsx"))

    found = problems_of(plan)
    # The formula was never computed (no value saved by a spreadsheet): a row error
    assert any(row == 3 and column == "Nombre" and "fórmula" in message
               for row, column, message in found)
    # The cell under the merge is not silently read as blank
    assert any(row == 5 and column == "Nacionalidad" and "combinada" in message
               for row, column, message in found)
    assert [r.row for r in plan.rows] == [2, 4, 6]
    assert plan.rows[0].person.birth_date == date(1991, 6, 7)
    # A formula's saved value is used as typed text would be; an Excel serial is a date
    assert plan.rows[2].person.given_names == "Sandra"
    assert plan.rows[2].person.birth_date == date(1990, 5, 7)
    assert plan.rows[0].document is not None and plan.rows[0].document.type_key == "pasaporte"
    assert plan.file_format == "xlsx"
    assert counts(vault) == before


def test_a_file_that_only_claims_to_be_xlsx_is_refused(created, tmp_path):
    fake = tmp_path / "falsa.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InvalidInput) as refused:
        preview_import(created.vault, fake)
    assert "dañado o incompleto" in refused.value.message.es
    assert "damaged or incomplete" in refused.value.message.en


def test_an_xlsx_that_unpacks_to_more_than_200_mb_is_refused_unread(created, tmp_path):
    # GIVEN a small file that would unpack to 201 MB (a "zip bomb")
    bomb = tmp_path / "bomba.xlsx"
    with (zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
          archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member):
        for _ in range(201):
            member.write(b" " * 1024 * 1024)
    assert bomb.stat().st_size < MAX_FILE_BYTES
    with pytest.raises(InvalidInput) as refused:
        preview_import(created.vault, bomb)
    assert "descomprimido" in refused.value.message.es
    assert "unpacks" in refused.value.message.en


def _patched_sheet(path: Path, change) -> Path:
    """A spreadsheet saved by openpyxl, its sheet XML then edited as a hostile one would be."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_a_merged_range_over_the_whole_sheet_is_refused_unexpanded(created, tmp_path):
    # GIVEN a tiny XLSX whose one merged range claims every cell from A3 to the sheet's end
    workbook = Workbook()
    workbook.active.append(["Nombre", "Apellidos", "Fecha de nacimiento"])
    workbook.active.append(["Glenda", "Ortiz", "07/06/1991"])
    workbook.active.merge_cells("A3:B3")
    workbook.save(tmp_path / "combinada.xlsx")
    hostile = _patched_sheet(tmp_path / "combinada.xlsx",
                             lambda xml: xml.replace('ref="A3:B3"', 'ref="A3:XFD1048576"'))
    before = counts(created.vault)
    # WHEN it is previewed, THEN it is refused in both languages, naming the range
    with pytest.raises(InvalidInput) as refused:
        preview_import(created.vault, hostile)
    assert "A3:XFD1048576" in refused.value.message.es
    assert "combinada" in refused.value.message.es
    assert "merged" in refused.value.message.en
    assert counts(created.vault) == before


def test_rows_are_counted_as_read_not_by_the_number_they_claim(created, tmp_path,
                                                                monkeypatch):
    # GIVEN a sheet whose rows all claim to be row 2, more of them than the import takes
    monkeypatch.setattr(source, "MAX_ROWS", 20)
    workbook = Workbook()
    workbook.active.append(["Nombre", "Apellidos", "Fecha de nacimiento"])
    workbook.active.append(["Glenda", "Ortiz", "07/06/1991"])
    workbook.save(tmp_path / "filas.xlsx")

    def repeated(xml: str) -> str:
        row = re.search(r'<row r="2".*?</row>', xml).group(0)
        return xml.replace(row, row * 30)

    hostile = _patched_sheet(tmp_path / "filas.xlsx", repeated)
    # WHEN it is previewed, THEN it is refused as too long
    with pytest.raises(InvalidInput) as refused:
        preview_import(created.vault, hostile)
    assert "más de 20 filas" in refused.value.message.es
    assert "more than 20 rows" in refused.value.message.en


def test_a_mapping_file_says_which_column_is_which(created, tmp_path):
    vault = created.vault
    sheet = write_csv(tmp_path / "propia.csv", ["Col A,Col B,Nacionalidad,Notas",
                                                "Marta,Suárez,Cuba,no importar"])
    mapping = tmp_path / "mapa.json"

    mapping.write_text('{"Col A": "given_names", "Col B": "family_names", '
                       '"Nacionalidad": null}', encoding="utf-8")
    plan = preview_import(vault, sheet, mapping_file=mapping)
    assert plan.rows[0].person.full_name == "Marta Suárez"
    assert plan.rows[0].person.nationality == ""

    for text, words in (("{no es json", "no es JSON"),
                        ('{"Col A": "apodo"}', "campo desconocido «apodo»"),
                        ('{"Col Z": "given_names"}', "«Col Z» no está"),
                        ('["given_names"]', "debe ser un objeto"),
                        ('{"Col A": "phone"}', "Ninguna columna tiene el nombre")):
        mapping.write_text(text, encoding="utf-8")
        with pytest.raises(InvalidInput) as refused:
            preview_import(vault, sheet, mapping_file=mapping)
        assert words in refused.value.message.es, text


def test_headers_are_suggested_in_spanish_and_english(created, tmp_path):
    sheet = write_csv(tmp_path / "en.csv", [
        "First name\tLast Name\tDate of birth\tNationality\tArrival date\tDocument\tExpiry date",
        "Heidy\tCastillo\t1993-01-02\tVenezuela\t2025-03-04\tPassport\t2031-01-01"])
    plan = preview_import(created.vault, sheet)
    assert len(plan.mapping) == 7 and plan.problems == ()
    assert plan.rows[0].person.nationality == "VE"
    assert plan.rows[0].opened_on == date(2025, 3, 4)


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.CASEWORKER])
def test_only_coordinators_import_a_spreadsheet(created, vault_dir, tmp_path, role):
    # GIVEN a caseworker or a volunteer, who may both take intakes one by one
    sheet = write_csv(tmp_path / "lista.csv", [HEADER, *GOOD_ROWS])
    plan = preview_import(created.vault, sheet)  # the coordinator's own preview
    staff.add_staff(created.vault, "Persona Prueba", role, "frase de prueba larga")
    before = counts(created.vault)
    with unlock(vault_dir, user="Persona Prueba", passphrase="frase de prueba larga") as theirs:
        # WHEN she previews the sheet, or runs a plan made by a coordinator
        for attempt in (lambda: preview_import(theirs, sheet), lambda: run_import(theirs, plan)):
            # THEN it is refused, naming what she may not do, in both languages
            with pytest.raises(NotAllowed) as refused:
                attempt()
            assert "importar hojas de cálculo" in refused.value.message.es
            assert "import spreadsheets" in refused.value.message.en
    # AND no person or case was written (only the refusals' audit rows)
    after = counts(created.vault)
    assert {k: v for k, v in after.items() if k != "audit"} == \
        {k: v for k, v in before.items() if k != "audit"}
