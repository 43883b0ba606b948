"""How a spreadsheet cell is read: dates, countries, languages, sex, document types, and
which column is which from its header."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shelter_desk.domain.people import Sex
from shelter_desk.services.importing.fields import Field, suggest_mapping
from shelter_desk.services.importing.source import FORMULA
from shelter_desk.services.importing.values import (
    CellProblem,
    parse_date,
    parse_document_type,
    parse_languages,
    parse_nationality,
    parse_sex,
    text,
)


@pytest.mark.parametrize("cell, expected", [
    ("12/03/1990", date(1990, 3, 12)), ("1/3/1990", date(1990, 3, 1)),
    ("12-03-1990", date(1990, 3, 12)), ("1990-03-12", date(1990, 3, 12)),
    ("1990-03-12 00:00:00", date(1990, 3, 12)), ("12/03/1990 00:00", date(1990, 3, 12)),
    ("33000", date(1990, 5, 7)), (33000, date(1990, 5, 7)), (33000.75, date(1990, 5, 7)),
    (datetime(1990, 3, 12, 8, 0), date(1990, 3, 12)), ("", None), (None, None),
])
def test_dates_are_read_as_mexico_and_excel_write_them(cell, expected):
    assert parse_date(cell) == expected


@pytest.mark.parametrize("cell, words", [
    ("40/13/1988", "La fecha «40/13/1988» no es válida: revisa el día y el mes (día/mes/año)."),
    ("31/02/1990", "revisa el día y el mes (día/mes/año)"),
    ("2023-13-01", "revisa el día y el mes (año-mes-día)"), ("12/13/90", "día/mes/año"),
    ("1990", "fuera de rango"), (12, "fuera de rango"), ("ayer", "no es una fecha"),
    (True, "no es una fecha"),
])
def test_impossible_or_ambiguous_dates_are_refused(cell, words):
    with pytest.raises(CellProblem) as problem:
        parse_date(cell)
    assert words in problem.value.message.es and problem.value.message.en


@pytest.mark.parametrize("cell, code", [
    ("Honduras", "HN"), ("HONDURAS", "HN"), ("hnd", "HN"), ("HN", "HN"), ("Haití", "HT"),
    ("haiti", "HT"), ("Estados Unidos", "US"), ("United States", "US"), ("México", "MX"),
    ("Venezuela", "VE"), ("", ""),
])
def test_nationalities_by_spanish_or_english_name_or_code(cell, code):
    assert parse_nationality(cell) == code


def test_an_unknown_nationality_is_a_clear_problem():
    with pytest.raises(CellProblem) as problem:
        parse_nationality("Narnieña")
    assert "«Narnieña»" in problem.value.message.es
    assert "'Narnieña'" in problem.value.message.en


def test_languages_sex_and_document_types():
    assert parse_languages("Español, Mam; inglés") == ("spa", "mam", "eng")
    assert parse_languages("K'iche' y español") == ("quc", "spa")
    assert parse_sex("Mujer") is Sex.FEMALE and parse_sex("h") is Sex.MALE
    with pytest.raises(CellProblem, match="ambiguous"):
        parse_sex("M")
    assert parse_document_type("Pasaporte") == "pasaporte"
    assert parse_document_type("passport") == "pasaporte"
    assert parse_document_type("TRP") == "tarjeta_residente_permanente"
    assert parse_document_type("tvrh") == "tvrh"
    assert parse_document_type("") is None
    with pytest.raises(CellProblem):
        parse_document_type("Licencia de pesca")
    with pytest.raises(CellProblem, match="formula"):
        text(FORMULA)
    assert text(12345678.0) == "12345678"


def test_headers_suggest_fields_whatever_their_accents_case_or_marks():
    headers = ["NOMBRE", "Apellido(s)", "Fecha de Nacimiento:", "Nacionalidad*", "Teléfono",
               "Observaciones", "Date of birth"]
    assert suggest_mapping(headers) == {
        0: Field.GIVEN_NAMES, 1: Field.FAMILY_NAMES, 2: Field.BIRTH_DATE,
        3: Field.NATIONALITY, 4: Field.PHONE, 5: Field.NOTE,
        6: Field.NOTE}  # the second birth-date column is kept as a note, not dropped
