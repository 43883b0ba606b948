"""The pure readers: where the table is, what a header means, what a value says."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.services.importing import table
from shelter_desk.services.importing.cells import FORMULA
from shelter_desk.services.importing.dates import decide_order
from shelter_desk.services.importing.fields import Field, check_mapping, suggest_mapping
from shelter_desk.services.importing.names import join_surnames, split_full_name
from shelter_desk.services.importing.values import (
    CellProblem,
    choice_key,
    parse_date,
    parse_document_type,
    parse_nationality,
)


def numbered(rows: list[list]) -> table.Rows:
    return iter(list(enumerate(rows, start=1)))


def found(rows: list[list]) -> tuple[table.Table, list[tuple[int, list]]]:
    result = table.find_table(numbered(rows))
    return result, list(result.rows)


def test_the_header_is_found_under_a_title_and_the_shelters_name():
    result, data = found([
        ["Registro de ingresos"], [], ["Albergue Sintético", None, None], [],
        ["No.", "Nombre", "Apellidos", "Nacionalidad"],
        [1, "Ana", "Prueba", "GUATEMALTECA"], [2, "Bea", "Ficticia", "hondureña"],
    ])
    assert result.header_rows == (5,)
    assert result.headers == ["No.", "Nombre", "Apellidos", "Nacionalidad"]
    assert [n for n, _c in data] == [6, 7]
    assert [(s.first, s.last, s.reason) for s in result.skipped] == [(1, 3, table.TITLE)]


def test_a_header_over_two_rows_takes_the_group_name():
    result, data = found([
        ["Nombre", "Fecha", None, "Documentos", None, "Observaciones"],
        [None, "Nacimiento", "Ingreso", "Tipo", "Vigencia", None],
        ["Ana", "01/02/1990", "03/04/2025", "FMM", "01/01/2027", ""],
    ])
    assert result.header_rows == (1, 2)
    assert result.headers == ["Nombre", "Fecha Nacimiento", "Fecha Ingreso",
                              "Documentos Tipo", "Documentos Vigencia", "Observaciones"]
    assert suggest_mapping(result.headers, sub_headers=result.sub_headers) == {
        0: Field.GIVEN_NAMES, 1: Field.BIRTH_DATE, 2: Field.ARRIVED_SHELTER_ON,
        3: Field.DOCUMENT_TYPE, 4: Field.DOCUMENT_EXPIRES_ON, 5: Field.NOTE}
    assert [n for n, _c in data] == [3]


def test_a_group_row_above_the_best_header_is_joined_too():
    result, _data = found([
        ["Datos personales", None, "Documento", None],
        ["Nombre", "Apellidos", "Tipo", "Vigencia"],
        ["Ana", "Prueba", "FMM", "01/01/2027"],
    ])
    assert result.header_rows == (1, 2)
    assert result.headers[2:] == ["Documento Tipo", "Documento Vigencia"]
    mapping = suggest_mapping(result.headers, sub_headers=result.sub_headers)
    assert mapping == {0: Field.GIVEN_NAMES, 1: Field.FAMILY_NAMES, 2: Field.DOCUMENT_TYPE,
                       3: Field.DOCUMENT_EXPIRES_ON}


def test_a_first_data_row_of_words_is_not_taken_for_a_second_header_row():
    result, data = found([["Nombre", "Apellidos", "Nacionalidad"],
                          ["Ana", "Prueba", "Honduras"]])
    assert result.header_rows == (1,) and len(data) == 1


def test_numbered_empty_lines_and_sums_are_skipped_and_the_table_ends_at_its_total():
    result, data = found([
        ["No.", "Nombre", "Hijos"], [1, "Ana", 2], [2, None, None], [3, None, None],
        [4, "Bea", 1], ["", "", FORMULA], ["Total general", 2, 3], [],
        ["Ana repetida fuera de la tabla", "", ""], ["Vo. Bo.", "", ""],
    ])
    assert [n for n, _c in data] == [2, 5]
    assert [(s.first, s.last, s.reason) for s in result.skipped] == [
        (3, 4, table.NUMBERS_ONLY), (6, 6, table.NUMBERS_ONLY), (7, 7, table.TOTALS),
        (9, 9, table.BELOW), (10, 10, table.SIGNATURE)]


def test_a_signature_ends_the_table_even_without_a_total():
    result, data = found([["Nombre"], ["Ana"], ["Elaboró: Lic. Ficticia"], ["Bea"]])
    assert [n for n, _c in data] == [2]
    assert [s.reason for s in result.skipped] == [table.SIGNATURE, table.BELOW]


def test_a_sheet_of_blank_rows_is_refused_in_both_languages():
    with pytest.raises(InvalidInput) as refused:
        table.find_table(numbered([[], [None, ""], []]))
    assert refused.value.message.es != refused.value.message.en


@pytest.mark.parametrize("header, field", [
    ("F. NAC.", Field.BIRTH_DATE), ("FECHA INGRESO", Field.ARRIVED_SHELTER_ON),
    ("NACIONALIDAD", Field.NATIONALITY), ("AP. PATERNO", Field.PATERNAL_SURNAME),
    ("AP. MATERNO", Field.MATERNAL_SURNAME), ("NOMBRE COMPLETO", Field.FULL_NAME),
    ("TEL.", Field.PHONE), ("No. de hijos", Field.NOTE), ("OBSERVACIONES", Field.NOTE),
    ("TIPO DOC", Field.DOCUMENT_TYPE), ("NUM. DOC.", Field.DOCUMENT_NUMBER),
    ("VIGENCIA", Field.DOCUMENT_EXPIRES_ON), ("Teléfono:", Field.PHONE),
    ("fecha de nacimiento*", Field.BIRTH_DATE), ("Apellido Paterno", Field.PATERNAL_SURNAME),
    ("PAÍS DE ORIGEN", Field.NATIONALITY), ("Lugar de nacimiento", Field.PLACE_OF_ORIGIN),
])
def test_spanish_headers_and_abbreviations(header, field):
    assert suggest_mapping(["Nombre", header]).get(1) is field or \
        suggest_mapping([header]).get(0) is field


def test_unknown_columns_are_kept_as_notes_and_running_numbers_left_out():
    assert suggest_mapping(["No.", "Nombre", "Albergue anterior", "", "Religión"]) == {
        1: Field.GIVEN_NAMES, 2: Field.NOTE, 4: Field.NOTE}


def test_a_full_name_and_separate_name_columns_clash():
    with pytest.raises(InvalidInput) as refused:
        check_mapping({0: Field.FULL_NAME, 1: Field.PATERNAL_SURNAME}, ["Completo", "Pat"])
    assert "«Completo»" in refused.value.message.es and "'Pat'" in refused.value.message.en
    check_mapping({0: Field.FULL_NAME, 1: Field.NOTE, 2: Field.NOTE}, ["A", "B", "C"])


@pytest.mark.parametrize("full, given, family", [
    ("Ana María López Pérez", "Ana María", "López Pérez"),
    ("María de la Cruz Modelo", "María", "de la Cruz Modelo"),
    ("Rocío Inventada", "Rocío", "Inventada"), ("Zuleima", "Zuleima", ""), ("", "", ""),
])
def test_a_full_name_is_split_with_the_last_two_words_as_surnames(full, given, family):
    assert split_full_name(full) == (given, family)


def test_surnames_are_joined_paternal_first():
    assert join_surnames("Prueba", "Ficticia") == "Prueba Ficticia"
    assert join_surnames(" ", "Ficticia") == "Ficticia"


@pytest.mark.parametrize("written, code", [
    ("GUATEMALTECA", "GT"), ("guatemalteco", "GT"), ("Guatemaltecos", "GT"),
    ("hondureños", "HN"), ("HONDUREÑA", "HN"), ("Salvadoreña", "SV"), ("salvadoreño", "SV"),
    ("nicaragüense", "NI"), ("Nicaraguenses", "NI"), ("venezolanas", "VE"), ("CUBANO", "CU"),
    ("haitiana", "HT"), ("camerunés", "CM"), ("Colombiana", "CO"), ("ecuatoriano", "EC"),
    ("Honduras", "HN"), ("hondura", "HN"), ("Guatamala", "GT"), ("Haiti", "HT"),
    ("El Salbador", "SV"), ("EE. UU.", "US"), ("Rep. Dominicana", "DO"), ("méxico", "MX"),
])
def test_nationalities_as_demonyms_and_misspellings(written, code):
    assert parse_nationality(written) == code


@pytest.mark.parametrize("written, key", [
    ("FMM", "fmm"), ("tarjeta de residente", "tarjeta_residente_temporal"),
    ("constancia de COMAR", "constancia_comar"), ("Constancia COMAR", "constancia_comar"),
    ("acta", "acta_nacimiento_extranjera"), ("CURP", "curp"), ("T.V.R.H.", "tvrh"),
    ("Pasaporte", "pasaporte"),
])
def test_documents_in_the_words_shelters_use(written, key):
    assert parse_document_type(written) == key


def test_an_answer_given_once_reads_the_value_in_any_case():
    choices = {choice_key("nationality", "Guatemaltecq"): "GT"}
    assert parse_nationality("GUATEMALTECQ", choices) == "GT"
    with pytest.raises(CellProblem):
        parse_nationality("GUATEMALTECQ")


@pytest.mark.parametrize("cell, expected", [
    ("14/05/1991", date(1991, 5, 14)), ("5-3-99", date(1999, 3, 5)),
    ("5-3-25", date(2025, 3, 5)), ("2-oct-25", date(2025, 10, 2)),
    ("2 de octubre de 2025", date(2025, 10, 2)), ("15-Ago-2024", date(2024, 8, 15)),
    ("3/ene/2024", date(2024, 1, 3)), ("45700", date(2025, 2, 12)), (45700, date(2025, 2, 12)),
    (datetime(2025, 2, 9, 0, 0), date(2025, 2, 9)), ("2025-02-09", date(2025, 2, 9)),
])
def test_dates_in_the_formats_registers_use(cell, expected):
    assert parse_date(cell) == expected


def test_a_date_column_is_read_month_first_when_its_other_values_say_so():
    order = decide_order(["03/04/2025", "04/25/2025", "12/31/2024", "", None, 45000])
    assert (order.order, order.ambiguous, order.month_first_evidence) == ("mdy", 1, 2)
    assert parse_date("03/04/2025", order.order) == date(2025, 3, 4)
    assert decide_order(["03/04/2025", "25/04/2025"]).order == "dmy"
    assert decide_order(["03/04/2025"]).order == "dmy"  # Mexico's order when in doubt
    with pytest.raises(CellProblem) as problem:
        parse_date("25/04/2025", "mdy")
    assert "mes/día/año" in problem.value.message.es


def test_a_two_digit_year_is_never_a_birth_in_the_future():
    this_year = date.today().year % 100
    ahead = f"{(this_year + 5) % 100:02d}"
    assert parse_date(f"1-2-{ahead}", ahead=0).year < date.today().year
    assert parse_date(f"1-2-{ahead}", ahead=20).year > date.today().year
