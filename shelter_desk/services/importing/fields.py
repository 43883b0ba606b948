"""What a spreadsheet column can hold, and which column is which: suggested from Spanish
and English headers, or given by a mapping file ({"Nombre": "given_names", ...})."""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.text import fold


class Field(StrEnum):
    GIVEN_NAMES = "given_names"
    FAMILY_NAMES = "family_names"
    ALIASES = "aliases"
    BIRTH_DATE = "birth_date"
    SEX = "sex"
    NATIONALITY = "nationality"
    LANGUAGES = "languages"
    PLACE_OF_ORIGIN = "place_of_origin"
    ARRIVED_MEXICO_ON = "arrived_mexico_on"
    ARRIVED_SHELTER_ON = "arrived_shelter_on"
    PHONE = "phone"
    DOCUMENT_TYPE = "document_type"
    DOCUMENT_NUMBER = "document_number"
    DOCUMENT_EXPIRES_ON = "document_expires_on"


LABELS: dict[Field, Bilingual] = {
    Field.GIVEN_NAMES: Bilingual("Nombre(s)", "Given names"),
    Field.FAMILY_NAMES: Bilingual("Apellidos", "Family names"),
    Field.ALIASES: Bilingual("Alias", "Aliases"),
    Field.BIRTH_DATE: Bilingual("Fecha de nacimiento", "Birth date"),
    Field.SEX: Bilingual("Sexo", "Sex"),
    Field.NATIONALITY: Bilingual("Nacionalidad", "Nationality"),
    Field.LANGUAGES: Bilingual("Idiomas", "Languages"),
    Field.PLACE_OF_ORIGIN: Bilingual("Lugar de origen", "Place of origin"),
    Field.ARRIVED_MEXICO_ON: Bilingual("Llegada a México", "Arrival in Mexico"),
    Field.ARRIVED_SHELTER_ON: Bilingual("Fecha de ingreso", "Arrival at the shelter"),
    Field.PHONE: Bilingual("Teléfono", "Phone"),
    Field.DOCUMENT_TYPE: Bilingual("Documento", "Document"),
    Field.DOCUMENT_NUMBER: Bilingual("Número de documento", "Document number"),
    Field.DOCUMENT_EXPIRES_ON: Bilingual("Vigencia del documento", "Document expiry"),
}

# Headers as shelters write them, folded (accents and case ignored).
_HEADERS: dict[Field, tuple[str, ...]] = {
    Field.GIVEN_NAMES: ("nombre", "nombres", "nombre(s)", "nombre de pila", "given names",
                        "given name", "first name", "first names", "name", "names"),
    Field.FAMILY_NAMES: ("apellidos", "apellido", "apellido(s)", "family names",
                         "family name", "surname", "surnames", "last name", "last names"),
    Field.ALIASES: ("alias", "aliases", "apodo", "also known as"),
    Field.BIRTH_DATE: ("fecha de nacimiento", "fecha nacimiento", "f. nacimiento",
                       "nacimiento", "birth date", "date of birth", "birthdate", "dob"),
    Field.SEX: ("sexo", "sex"),
    Field.NATIONALITY: ("nacionalidad", "pais", "pais de origen", "nationality", "country",
                        "country of origin"),
    Field.LANGUAGES: ("idiomas", "idioma", "lenguas", "lengua", "languages", "language"),
    Field.PLACE_OF_ORIGIN: ("lugar de origen", "origen", "place of origin", "hometown"),
    Field.ARRIVED_MEXICO_ON: ("fecha de llegada a mexico", "llegada a mexico",
                              "arrival in mexico", "arrived in mexico"),
    Field.ARRIVED_SHELTER_ON: ("fecha de ingreso", "ingreso", "fecha de llegada",
                               "llegada al albergue", "arrival date", "intake date",
                               "admission date", "date of arrival", "arrived at shelter"),
    Field.PHONE: ("telefono", "tel", "celular", "phone", "phone number", "mobile"),
    Field.DOCUMENT_TYPE: ("documento", "tipo de documento", "document", "document type",
                          "id document"),
    Field.DOCUMENT_NUMBER: ("numero de documento", "no. de documento", "num. de documento",
                            "document number", "id number"),
    Field.DOCUMENT_EXPIRES_ON: ("vigencia", "vence", "vencimiento", "fecha de vencimiento",
                                "expiry", "expiry date", "expires", "expiration date",
                                "valid until"),
}
_BY_HEADER = {header: field for field, headers in _HEADERS.items() for header in headers}

Mapping = dict[int, Field]  # column index -> field; unmapped columns are ignored


def _normalised(header: str) -> str:
    return fold(re.sub(r"[:*]+$", "", header.strip())).strip(" .")


def suggest_mapping(headers: list[str]) -> Mapping:
    """Each field for the first column whose header names it."""
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        field = _BY_HEADER.get(_normalised(header))
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


def _bad_mapping(es: str, en: str) -> InvalidInput:
    return InvalidInput("mapping", Bilingual(es=f"El archivo de mapeo no es válido: {es}",
                                             en=f"The mapping file is not valid: {en}"))


def read_mapping_file(path: Path) -> dict[str, Field | None]:
    """{"header as written": "field" or null (ignore that column)}."""
    try:
        loaded = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise _bad_mapping(f"no se pudo leer ({error.strerror}).",
                           f"it could not be read ({error.strerror}).") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _bad_mapping(f"no es JSON ({error}).", f"it is not JSON ({error}).") from error
    if not isinstance(loaded, dict):
        raise _bad_mapping('debe ser un objeto {"Encabezado": "campo"}.',
                           'it must be an object {"Header": "field"}.')
    known = ", ".join(field.value for field in Field)
    overrides: dict[str, Field | None] = {}
    for header, value in loaded.items():
        if value in (None, ""):
            overrides[header] = None
        elif isinstance(value, str) and value in Field.__members__.values():
            overrides[header] = Field(value)
        else:
            raise _bad_mapping(f"campo desconocido «{value}» para «{header}» (campos: {known}).",
                               f"unknown field '{value}' for '{header}' (fields: {known}).")
    return overrides


def apply_overrides(headers: list[str], suggested: Mapping,
                    overrides: dict[str, Field | None]) -> Mapping:
    """The suggestion with the mapping file's choices on top; checked for clashes."""
    mapping = dict(suggested)
    for header, field in overrides.items():
        matches = [i for i, h in enumerate(headers) if _normalised(h) == _normalised(header)]
        if not matches:
            raise _bad_mapping(f"la columna «{header}» no está en la hoja.",
                               f"column '{header}' is not in the sheet.")
        if field is None:
            mapping.pop(matches[0], None)
            continue
        for index, chosen in list(mapping.items()):
            if chosen is field and index != matches[0]:
                del mapping[index]  # the file's choice wins over a suggestion
        mapping[matches[0]] = field
    check_mapping(mapping, headers)
    return mapping


def check_mapping(mapping: Mapping, headers: list[str]) -> None:
    seen: dict[Field, int] = {}
    for index, field in sorted(mapping.items()):
        if field in seen:
            raise InvalidInput("mapping", Bilingual(
                es=f"Las columnas «{headers[seen[field]]}» y «{headers[index]}» van al mismo "
                   f"campo ({LABELS[field].es}).",
                en=f"Columns '{headers[seen[field]]}' and '{headers[index]}' map to the same "
                   f"field ({LABELS[field].en})."))
        seen[field] = index
    if Field.GIVEN_NAMES not in seen:
        raise InvalidInput("mapping", Bilingual(
            es="Ninguna columna tiene el nombre: indica cuál es (por ejemplo «Nombre»).",
            en="No column holds the given names: say which one it is (e.g. 'Name')."))
