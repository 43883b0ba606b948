"""One cell into one value: dates, countries, languages, sex, document types.

Each parser returns the value or raises CellProblem with a message in both languages.
Dates are read by dates.py; nationalities and documents also in the words shelters use
(words.py), and then by the answers a person gave for values neither could read
(`choices`, remembered in the vault's settings).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

from shelter_desk.catalog.geo import country_code, language_code
from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import Sex
from shelter_desk.domain.text import fold
from shelter_desk.services.importing import dates, words
from shelter_desk.services.importing.source import FORMULA


class CellProblem(Exception):
    def __init__(self, es: str, en: str) -> None:
        super().__init__(en)
        self.message = Bilingual(es=es, en=en)


# A register's longest real cell is a few paragraphs of remarks; what goes past the
# longest text a case file keeps was pasted by mistake, and is said, never cut short.
MAX_CELL_CHARS = 20_000


def filled(value: Any) -> bool:
    """Whether a cell holds anything, without reading it (never raises)."""
    return value is FORMULA or (value is not None and bool(str(value).strip()))


def text(value: Any) -> str:
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        raise CellProblem(
            f"La celda tiene {len(value):,} caracteres; el máximo es {MAX_CELL_CHARS:,}. "
            "¿Se pegó algo de más? Acórtala en la hoja.",
            f"The cell has {len(value):,} characters; the limit is {MAX_CELL_CHARS:,}. "
            "Was something pasted by mistake? Shorten it in the sheet.")
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


def parse_date(value: Any, order: str = dates.DAY_FIRST, ahead: int = 20) -> date | None:
    if value is FORMULA:
        text(value)  # raises the formula's message
    try:
        return dates.parse_date(value, order, ahead=ahead)
    except dates.DateProblem as problem:
        raise CellProblem(problem.es, problem.en) from None


def choice_key(field: str, written: str) -> str:
    """How a person's answer for an unread value is filed: per field, folded."""
    return f"{field}:{words.folded(written)}"


def parse_nationality(value: Any, choices: Mapping[str, str] | None = None) -> str:
    written = text(value)
    if not written:
        return ""
    code = (country_code(written) or country_code(words.folded(written))
            or words.demonym_country(written)
            or (choices or {}).get(choice_key("nationality", written)))
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


def parse_document_type(value: Any, choices: Mapping[str, str] | None = None) -> str | None:
    written = text(value)
    if not written:
        return None
    names = _document_names()
    key = (names.get(fold(written)) or names.get(fold(written).replace(".", ""))
           or words.DOCUMENT_WORDS.get(words.folded(written))
           or (choices or {}).get(choice_key("document_type", written)))
    if key is None:
        raise CellProblem(f"Tipo de documento desconocido: «{written}».",
                          f"Unknown document type: '{written}'.")
    return key


def split_list(value: Any) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"[,;]", text(value)) if part.strip())
