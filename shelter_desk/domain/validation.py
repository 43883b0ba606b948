"""Checks on what a worker typed, one clear message per field, before anything is written."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, timedelta

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.document_types import DocumentType
from shelter_desk.domain.documents import DocumentDetails
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import PersonDetails, Relationship

MAX_TEXT = 20_000
MAX_NAME = 200


def _fail(field: str, es: str, en: str) -> InvalidInput:
    return InvalidInput(field, Bilingual(es=es, en=en))


def check_length(field: str, value: str, limit: int = MAX_NAME) -> None:
    if len(value) > limit:
        raise _fail(field, f"El texto es demasiado largo (máximo {limit} caracteres).",
                    f"The text is too long (at most {limit} characters).")


def check_not_after(field: str, value: date | None, latest: date) -> None:
    """For dates that may lie ahead, but not absurdly far (a typo like 2206 for 2026)."""
    if value is not None and value > latest:
        raise _fail(field, f"La fecha es demasiado lejana (después del {latest:%d/%m/%Y}).",
                    f"The date is too far ahead (after {latest:%d/%m/%Y}).")


def check_not_future(field: str, value: date | None, today: date) -> None:
    if value is not None and value > today:
        raise _fail(field, "La fecha no puede ser posterior a hoy.",
                    "The date cannot be after today.")


def _not_future(field: str, value: date | None, today: date, es: str, en: str) -> None:
    if value is not None and value > today:
        raise _fail(field, f"{es} no puede ser posterior a hoy.", f"{en} cannot be after today.")


def check_person(details: PersonDetails, today: date, *, is_country: Callable[[str], bool],
                 is_language: Callable[[str], bool]) -> None:
    if not details.given_names.strip():
        raise _fail("given_names", "Escribe al menos un nombre.", "Enter at least a given name.")
    for field, value in (("given_names", details.given_names),
                         ("family_names", details.family_names),
                         ("aliases", ", ".join(details.aliases)),
                         ("place_of_origin", details.place_of_origin),
                         ("phone", details.phone), ("school_grade", details.school_grade)):
        check_length(field, value)
    _not_future("birth_date", details.birth_date, today, "La fecha de nacimiento",
                "The birth date")
    if details.birth_date is not None and details.birth_date.year < today.year - 120:
        raise _fail("birth_date", "La fecha de nacimiento es de hace más de 120 años.",
                    "The birth date is more than 120 years ago.")
    if details.nationality and not is_country(details.nationality):
        raise _fail("nationality", f"«{details.nationality}» no es un código de país ISO.",
                    f"'{details.nationality}' is not an ISO country code.")
    for code in details.languages:
        if not is_language(code):
            raise _fail("languages", f"«{code}» no es un código de idioma ISO 639-3.",
                        f"'{code}' is not an ISO 639-3 language code.")
    for field, value, es, en in (
        ("arrived_mexico_on", details.arrived_mexico_on, "La llegada a México",
         "Arrival in Mexico"),
        ("arrived_shelter_on", details.arrived_shelter_on, "La llegada al albergue",
         "Arrival at the shelter"),
    ):
        _not_future(field, value, today, es, en)
        if value is not None and details.birth_date is not None and value < details.birth_date:
            raise _fail(field, f"{es} no puede ser anterior a su nacimiento.",
                        f"{en} cannot be before her birth.")
    if (details.arrived_mexico_on and details.arrived_shelter_on
            and details.arrived_shelter_on < details.arrived_mexico_on):
        raise _fail("arrived_shelter_on",
                    "La llegada al albergue no puede ser anterior a la llegada a México.",
                    "Arrival at the shelter cannot be before arrival in Mexico.")


def check_household(principal: PersonDetails, member: PersonDetails,
                    relationship: Relationship) -> None:
    """A child cannot be older than her mother, nor a mother younger than her child."""
    if principal.birth_date is None or member.birth_date is None:
        return
    if relationship is Relationship.CHILD and member.birth_date <= principal.birth_date:
        raise _fail("birth_date", "La hija o el hijo no puede ser mayor que su madre.",
                    "A child cannot be older than her mother.")
    if relationship is Relationship.MOTHER and member.birth_date >= principal.birth_date:
        raise _fail("birth_date", "La madre no puede ser menor que su hija o hijo.",
                    "A mother cannot be younger than her child.")


def check_document(details: DocumentDetails, types: dict[str, DocumentType],
                   today: date) -> DocumentType:
    document_type = types.get(details.type_key)
    if document_type is None:
        raise _fail("type_key", f"Tipo de documento desconocido: «{details.type_key}».",
                    f"Unknown document type: '{details.type_key}'.")
    _not_future("issued_on", details.issued_on, today, "La fecha de expedición",
                "The issue date")
    if details.issued_on and details.expires_on and details.expires_on < details.issued_on:
        raise _fail("expires_on", "La vigencia no puede terminar antes de la expedición.",
                    "The expiry date cannot be before the issue date.")
    check_length("number", details.number)
    check_length("issuer", details.issuer)
    check_length("notes", details.notes, MAX_TEXT)
    check_not_after("expires_on", details.expires_on, today + timedelta(days=60 * 366))
    return document_type


def check_attempt(details: AttemptDetails, today: date, *, rights: Collection[str],
                  institution_types: Collection[str], reasons: Collection[str],
                  document_types: Collection[str]) -> None:
    if details.right_key not in rights:
        raise _fail("right_key", f"Derecho o servicio desconocido: «{details.right_key}».",
                    f"Unknown right or service: '{details.right_key}'.")
    if details.institution_type_key not in institution_types:
        raise _fail("institution_type_key",
                    f"Tipo de institución desconocido: «{details.institution_type_key}».",
                    f"Unknown institution type: '{details.institution_type_key}'.")
    check_length("institution_name", details.institution_name)
    check_length("reason_given", details.reason_given, MAX_TEXT)
    check_length("action_taken", details.action_taken, MAX_TEXT)
    check_not_after("follow_up_on", details.follow_up_on, today + timedelta(days=5 * 366))
    if not details.institution_name.strip():
        raise _fail("institution_name", "Escribe el nombre de la institución.",
                    "Enter the institution's name.")
    _not_future("attempted_on", details.attempted_on, today, "La fecha del trámite",
                "The date of the attempt")
    unknown_reasons = [key for key in details.reason_keys if key not in reasons]
    if unknown_reasons:
        raise _fail("reason_keys", f"Motivo desconocido: «{unknown_reasons[0]}».",
                    f"Unknown reason: '{unknown_reasons[0]}'.")
    if len(set(details.reason_keys)) != len(details.reason_keys):
        raise _fail("reason_keys", "Un motivo está marcado dos veces.",
                    "A reason is marked twice.")
    if details.outcome in (Outcome.REFUSED, Outcome.PARTIAL) and not details.reason_keys:
        raise _fail("reason_keys", "Marca al menos un motivo que dieron para negar el trámite.",
                    "Tick at least one reason they gave for the refusal.")
    unknown = [key for key in details.documents_presented if key not in document_types]
    if unknown:
        raise _fail("documents_presented", f"Documento desconocido: «{unknown[0]}».",
                    f"Unknown document: '{unknown[0]}'.")
    if details.follow_up_on is not None and details.follow_up_on < details.attempted_on:
        raise _fail("follow_up_on", "El seguimiento no puede ser anterior al trámite.",
                    "The follow-up cannot be before the attempt.")


def check_text(field: str, value: str, *, required: bool = True) -> str:
    if required and not value.strip():
        raise _fail(field, "Este campo no puede quedar vacío.", "This field cannot be empty.")
    if len(value) > MAX_TEXT:
        raise _fail(field, f"El texto es demasiado largo (máximo {MAX_TEXT} caracteres).",
                    f"The text is too long (at most {MAX_TEXT} characters).")
    return value.strip()
