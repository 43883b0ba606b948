"""One cell into one value: dates, countries, languages, sex, document types.

Each parser returns the value or raises CellProblem with a message in both languages.
Dates are read as dd/mm/yyyy (as Mexico writes them), yyyy-mm-dd, or an Excel serial
number; a bare number under 10000 is refused, because a year typed alone ('1990') would
otherwise become a day in 1902.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from shelter_desk.catalog.geo import country_code, language_code
from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import Sex
from shelter_desk.domain.text import fold
from shelter_desk.services.importing.source import FORMULA

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 in Excel's 1900 date system
_SERIALS = (10_000, 2_958_465)  # 1927-05-18 .. 9999-12-31
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})")
_YMD = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_SERIAL = re.compile(r"\d+([.,]\d+)?")


class CellProblem(Exception):
    def __init__(self, es: str, en: str) -> None:
        super().__init__(en)
        self.message = Bilingual(es=es, en=en)


def text(value: Any) -> str:
    if value is FORMULA:
        raise CellProblem("La celda tiene una fórmula sin valor calculado; escribe el valor.",
                          "The cell holds a formula with no computed value; type the value.")
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number typed as 12345 reads back as 12345.0
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def parse_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _not_a_date(str(value))
    if isinstance(value, (int, float)):
        return _serial(value, str(value))
    written = _TIME.sub("", text(value))
    if not written:
        return None
    if match := _YMD.fullmatch(written):
        year, month, day = (int(part) for part in match.groups())
        return _day(year, month, day, written, ("año-mes-día", "year-month-day"))
    if match := _DMY.fullmatch(written):
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) != 4:
            raise CellProblem(f"«{written}»: escribe el año con cuatro cifras (dd/mm/aaaa).",
                              f"'{written}': write the year with four digits (dd/mm/yyyy).")
        return _day(year, month, day, written, ("día/mes/año", "day/month/year"))
    if _SERIAL.fullmatch(written):
        return _serial(float(written.replace(",", ".")), written)
    raise _not_a_date(written)


def _not_a_date(written: str) -> CellProblem:
    return CellProblem(f"«{written}» no es una fecha (dd/mm/aaaa, aaaa-mm-dd o número de "
                       "fecha de Excel).",
                       f"'{written}' is not a date (dd/mm/yyyy, yyyy-mm-dd or an Excel date "
                       "number).")


def _day(year: int, month: int, day: int, written: str, order: tuple[str, str]) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellProblem(f"La fecha «{written}» no es válida: revisa el día y el mes "
                          f"({order[0]}).",
                          f"The date '{written}' is not valid: check the day and the month "
                          f"({order[1]}).") from None


def _serial(number: float, written: str) -> date:
    if not _SERIALS[0] <= number <= _SERIALS[1]:
        raise CellProblem(f"«{written}» no es una fecha: como número de fecha de Excel está "
                          "fuera de rango (¿falta el día y el mes?).",
                          f"'{written}' is not a date: as an Excel date number it is out of "
                          "range (are the day and month missing?).")
    return _EXCEL_EPOCH + timedelta(days=int(number))


def parse_nationality(value: Any) -> str:
    written = text(value)
    if not written:
        return ""
    code = country_code(written)
    if code is None:
        raise CellProblem(f"Nacionalidad desconocida: «{written}». Escribe el país en "
                          "español o inglés, o su código ISO (HN, HND).",
                          f"Unknown nationality: '{written}'. Write the country in Spanish "
                          "or English, or its ISO code (HN, HND).")
    return code


def parse_languages(value: Any) -> tuple[str, ...]:
    codes: list[str] = []
    for part in re.split(r"[,;/]| y | and ", text(value)):
        if not part.strip():
            continue
        code = language_code(part)
        if code is None:
            raise CellProblem(f"Idioma desconocido: «{part.strip()}».",
                              f"Unknown language: '{part.strip()}'.")
        if code not in codes:
            codes.append(code)
    return tuple(codes)


_SEXES = {
    **dict.fromkeys(("f", "fem", "femenino", "mujer", "female", "woman"), Sex.FEMALE),
    **dict.fromkeys(("h", "masc", "masculino", "hombre", "male", "man"), Sex.MALE),
    **dict.fromkeys(("intersexual", "intersex"), Sex.INTERSEX),
    **dict.fromkeys(("", "no dice", "prefiere no decir", "not said"), Sex.NOT_SAID),
}


def parse_sex(value: Any) -> Sex:
    written = text(value)
    found = _SEXES.get(fold(written))
    if found is None:
        raise CellProblem(f"Sexo no reconocido: «{written}» (usa F, H, mujer, hombre, "
                          "intersexual; «M» es ambiguo).",
                          f"Sex not recognised: '{written}' (use F, H, female, male, "
                          "intersex; 'M' is ambiguous).")
    return found


@cache
def _document_names() -> dict[str, str]:
    """Folded key, Spanish or English name, or its acronym in brackets -> type key."""
    names: dict[str, str] = {}
    for key, document_type in default_catalog().document_types.items():
        spellings = [key, key.replace("_", " ")]
        for name in (document_type.name.es, document_type.name.en):
            spellings.append(name)
            bare = re.sub(r"\s*\(([^)]*)\)", "", name)
            spellings.append(bare)
            spellings.extend(short for short in re.findall(r"\(([^)]*)\)", name)
                             if short.isupper())  # an acronym: (TRP), (INE)
            spellings.extend(part for part in bare.split("/") if part.strip())
            initials = "".join(word[0] for word in bare.split() if word[0].isupper())
            if len(initials) >= 3:  # how workers write them: TRP, TVRH, FMM
                spellings.append(initials)
        for spelling in spellings:
            names.setdefault(fold(spelling), key)
    return names


def parse_document_type(value: Any) -> str | None:
    written = text(value)
    if not written:
        return None
    key = _document_names().get(fold(written))
    if key is None:
        raise CellProblem(f"Tipo de documento desconocido: «{written}».",
                          f"Unknown document type: '{written}'.")
    return key


def split_list(value: Any) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"[,;]", text(value)) if part.strip())
