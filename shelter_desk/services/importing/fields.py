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
    FULL_NAME = "full_name"  # split into given names and surnames (a guess, shown)
    PATERNAL_SURNAME = "paternal_surname"
    MATERNAL_SURNAME = "maternal_surname"
    NOTE = "note"  # kept as "Header: value" in the case's summary; many columns may


# Several columns may go to the note; every other field takes one column.
MANY = frozenset({Field.NOTE})
_NAME_PARTS = (Field.FAMILY_NAMES, Field.PATERNAL_SURNAME, Field.MATERNAL_SURNAME)


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
    Field.FULL_NAME: Bilingual("Nombre completo (se divide)", "Full name (split)"),
    Field.PATERNAL_SURNAME: Bilingual("Apellido paterno", "Paternal surname"),
    Field.MATERNAL_SURNAME: Bilingual("Apellido materno", "Maternal surname"),
    Field.NOTE: Bilingual("Guardar como nota", "Keep as a note"),
}

# Headers as shelters write them, normalised by _normalised (accents, case, dots,
# colons and extra spaces ignored: «F. NAC.» is "f nac").
_HEADERS: dict[Field, tuple[str, ...]] = {
    Field.GIVEN_NAMES: ("nombre", "nombres", "nombre(s)", "nombre de pila", "nombre s",
                        "nombres de pila", "given names", "given name", "first name",
                        "first names", "name", "names"),
    Field.FAMILY_NAMES: ("apellidos", "apellido", "apellido(s)", "apellidos completos",
                         "family names", "family name", "surname", "surnames", "last name",
                         "last names"),
    Field.FULL_NAME: ("nombre completo", "nombre y apellidos", "nombre(s) y apellidos",
                      "apellidos y nombre", "nombre de la persona", "nombre de la usuaria",
                      "nombre completo de la persona", "usuaria", "persona", "full name"),
    Field.PATERNAL_SURNAME: ("apellido paterno", "ap paterno", "ap pat", "a paterno",
                             "paterno", "primer apellido", "1er apellido"),
    Field.MATERNAL_SURNAME: ("apellido materno", "ap materno", "ap mat", "a materno",
                             "materno", "segundo apellido", "2do apellido"),
    Field.ALIASES: ("alias", "aliases", "apodo", "tambien conocida como", "also known as"),
    Field.BIRTH_DATE: ("fecha de nacimiento", "fecha nacimiento", "f nacimiento", "f nac",
                       "fec nac", "fecha nac", "f de nac", "f de nacimiento", "nacimiento",
                       "birth date", "date of birth", "birthdate", "dob", "fnac"),
    Field.SEX: ("sexo", "sex", "genero"),
    Field.NATIONALITY: ("nacionalidad", "nac", "nacion", "pais", "pais de origen",
                        "pais de procedencia", "procedencia", "nationality", "country",
                        "country of origin"),
    Field.LANGUAGES: ("idiomas", "idioma", "lenguas", "lengua", "lengua materna",
                      "languages", "language"),
    Field.PLACE_OF_ORIGIN: ("lugar de origen", "origen", "lugar de nacimiento",
                            "lugar de procedencia", "municipio de origen", "ciudad de origen",
                            "place of origin", "hometown"),
    Field.ARRIVED_MEXICO_ON: ("fecha de llegada a mexico", "llegada a mexico",
                              "fecha de entrada a mexico", "ingreso a mexico",
                              "fecha de ingreso a mexico", "entrada a mexico",
                              "arrival in mexico", "arrived in mexico"),
    Field.ARRIVED_SHELTER_ON: ("fecha de ingreso", "fecha ingreso", "f ingreso", "f ing",
                               "fec ingreso", "ingreso", "fecha de llegada", "fecha llegada",
                               "llegada", "llegada al albergue", "ingreso al albergue",
                               "fecha de ingreso al albergue", "fecha de alta", "alta",
                               "fecha de registro", "fecha", "arrival date", "intake date",
                               "admission date", "date of arrival", "arrived at shelter"),
    Field.PHONE: ("telefono", "tel", "tel celular", "celular", "cel", "whatsapp",
                  "telefono de contacto", "numero de telefono", "no de telefono", "phone",
                  "phone number", "mobile"),
    Field.DOCUMENT_TYPE: ("documento", "tipo de documento", "tipo doc", "tipo de doc",
                          "tipo documento", "documentos", "documentos tipo", "documento tipo",
                          "documentacion", "documento migratorio", "identificacion",
                          "document", "document type", "id document"),
    Field.DOCUMENT_NUMBER: ("numero de documento", "no de documento", "num de documento",
                            "num doc", "no doc", "numero doc", "no de doc",
                            "documentos numero", "documentos no", "documentos num",
                            "documento numero", "folio del documento",
                            "document number", "id number"),
    Field.DOCUMENT_EXPIRES_ON: ("vigencia", "vence", "vencimiento", "fecha de vencimiento",
                                "vigencia del documento", "documentos vigencia",
                                "documento vigencia", "documentos vencimiento",
                                "expiry", "expiry date", "expires", "expiration date",
                                "valid until"),
    Field.NOTE: ("observaciones", "observacion", "obs", "notas", "nota", "comentarios",
                 "comentario", "no de hijos", "num de hijos", "numero de hijos", "hijos",
                 "hijas e hijos", "hijos(as)", "menores", "acompanantes", "notes", "remarks"),
}
# A running number the register keeps: not imported, and said so in the preview.
ROW_NUMBER_HEADERS = frozenset({"no", "n", "num", "#", "numero progresivo", "consecutivo",
                                "no progresivo", "folio", "id"})

Mapping = dict[int, Field]  # column index -> field; unmapped columns are ignored


def _normalised(header: str) -> str:
    # «No.», «N°», «F. NAC.:», «TIPO  DOC» -> "no", "n", "f nac", "tipo doc"
    cleaned = re.sub(r"[:*°º]+", " ", fold(header)).replace(".", " ")
    return " ".join(cleaned.split())


_BY_HEADER = {_normalised(header): field for field, headers in _HEADERS.items()
              for header in headers}


def field_for(header: str) -> Field | None:
    return _BY_HEADER.get(_normalised(header))


def is_row_number(header: str) -> bool:
    return _normalised(header) in ROW_NUMBER_HEADERS


def suggest_mapping(headers: list[str], hidden: frozenset[int] = frozenset(),
                    sub_headers: list[str] | None = None) -> Mapping:
    """Each field for the first column whose header names it (or, under a header over
    two rows, whose lower half does); every other column with a header is kept as a
    note, except a running number and hidden columns, which the person may still map."""
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        if index in hidden:
            continue
        field = field_for(header)
        if field is None and sub_headers and index < len(sub_headers):
            field = field_for(sub_headers[index])
        if field is not None and (field in MANY or field not in mapping.values()):
            mapping[index] = field
        elif header.strip() and not is_row_number(header):
            mapping[index] = Field.NOTE
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
        if field in seen and field not in MANY:
            raise InvalidInput("mapping", Bilingual(
                es=f"Las columnas «{headers[seen[field]]}» y «{headers[index]}» van al mismo "
                   f"campo ({LABELS[field].es}).",
                en=f"Columns '{headers[seen[field]]}' and '{headers[index]}' map to the same "
                   f"field ({LABELS[field].en})."))
        seen[field] = index
    if Field.FULL_NAME in seen:
        for other in (Field.GIVEN_NAMES, *_NAME_PARTS):
            if other in seen:
                raise _clash(headers[seen[Field.FULL_NAME]], headers[seen[other]])
    if Field.FAMILY_NAMES in seen:
        for other in _NAME_PARTS[1:]:
            if other in seen:
                raise _clash(headers[seen[Field.FAMILY_NAMES]], headers[seen[other]])
    if Field.GIVEN_NAMES not in seen and Field.FULL_NAME not in seen:
        raise InvalidInput("mapping", Bilingual(
            es="Ninguna columna tiene el nombre: indica cuál es (por ejemplo «Nombre» o "
               "«Nombre completo»).",
            en="No column holds the given names: say which one it is (e.g. 'Name' or "
               "'Full name')."))


def _clash(first: str, second: str) -> InvalidInput:
    return InvalidInput("mapping", Bilingual(
        es=f"Las columnas «{first}» y «{second}» dan dos veces el nombre o los apellidos: "
           "deja solo una de ellas.",
        en=f"Columns '{first}' and '{second}' both give the name or the surnames: keep "
           "only one of them."))
