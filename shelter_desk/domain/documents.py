"""Identity and migration documents: their state on a given day, and a person's holdings.

All of it is computed from dates and the catalogue's rules, never stored, so that an
expiry is right on the day it is read, not on the day it was written.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from shelter_desk.domain.document_types import DocumentType, Holders, ValidityRule
from shelter_desk.domain.people import PersonDetails, age_on

EXPIRING_SOON_DAYS = 60


class DocumentStatus(StrEnum):
    """How she holds it, as the worker records it."""

    ORIGINAL = "original"
    COPY_ONLY = "copy_only"
    IN_PROCESS = "in_process"
    EXPIRED = "expired"
    LOST_OR_STOLEN = "lost_or_stolen"
    RETAINED = "retained"  # kept by an authority
    NOT_HELD = "not_held"


class Standing(StrEnum):
    """What the board shows: the recorded status read against today's date."""

    VALID = "valid"
    EXPIRING_SOON = "expiring_soon"
    EXPIRED = "expired"
    COPY_ONLY = "copy_only"
    IN_PROCESS = "in_process"
    LOST_OR_STOLEN = "lost_or_stolen"
    RETAINED = "retained"
    MISSING = "missing"
    CANNOT_HOLD = "cannot_hold"


@dataclass(frozen=True)
class DocumentDetails:
    type_key: str
    status: DocumentStatus
    number: str = ""
    issuer: str = ""
    issued_on: date | None = None
    expires_on: date | None = None
    apostilled: bool | None = None  # None where the catalogue says it does not apply
    translated: bool | None = None
    notes: str = ""


@dataclass(frozen=True)
class IdentityDocument:
    id: int
    person_id: int
    details: DocumentDetails


def effective_expiry(details: DocumentDetails, document_type: DocumentType) -> date | None:
    """The day it stops being valid, by the catalogue's rule, or None if it never does."""
    validity = document_type.validity
    if validity.rule is ValidityRule.NONE:
        return None
    if validity.rule is ValidityRule.YEARS_FROM_ISSUE and details.issued_on:
        return _add_years(details.issued_on, validity.years)
    if validity.rule is ValidityRule.DAYS_FROM_ISSUE and details.issued_on:
        return details.issued_on + timedelta(days=validity.days)
    return details.expires_on


def _add_years(day: date, years: int) -> date:
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def standing(details: DocumentDetails, document_type: DocumentType, today: date,
             soon_days: int = EXPIRING_SOON_DAYS) -> Standing:
    if details.status is DocumentStatus.NOT_HELD:
        return Standing.MISSING
    if details.status is not DocumentStatus.ORIGINAL:
        return Standing(details.status.value)
    expiry = effective_expiry(details, document_type)
    if expiry is not None and expiry < today:
        return Standing.EXPIRED
    if expiry is not None and expiry <= today + timedelta(days=soon_days):
        return Standing.EXPIRING_SOON
    return Standing.VALID


def can_hold(document_type: DocumentType, person: PersonDetails, today: date) -> bool:
    """Whether she could ever hold this type; unknown nationality or age never excludes."""
    mexican = person.nationality == "MX"
    unknown = not person.nationality
    if document_type.holders is Holders.FOREIGN_NATIONALS:
        return unknown or not mexican
    if document_type.holders is Holders.MEXICAN_NATIONALS:
        return unknown or mexican
    if document_type.holders is Holders.MEXICAN_ADULTS:
        adult = person.birth_date is None or age_on(person.birth_date, today) >= 18
        return (unknown or mexican) and adult
    return True


@dataclass(frozen=True)
class Holding:
    document_type: DocumentType
    document: DocumentDetails
    standing: Standing


@dataclass(frozen=True)
class Holdings:
    """A person's documents at a glance: what she holds, cannot hold, and lacks."""

    holds: tuple[Holding, ...]
    cannot_hold: tuple[DocumentType, ...]
    lacks: tuple[DocumentType, ...]

    def describe(self, language: str = "es") -> str:
        english = language.startswith("en")
        parts = []
        if self.holds:
            items = ", ".join(_describe_holding(h, english) for h in self.holds)
            parts.append(("holds: " if english else "tiene: ") + items)
        if self.cannot_hold:
            items = ", ".join(
                f"{t.name.in_language(language)} ({holders_text(t.holders, english)})"
                for t in self.cannot_hold)
            parts.append(("cannot hold: " if english else "no puede tener: ") + items)
        if self.lacks:
            items = ", ".join(t.name.in_language(language) for t in self.lacks)
            parts.append(("lacks: " if english else "le falta: ") + items)
        return "; ".join(parts)


_STANDING_WORDS = {
    Standing.VALID: ("original", "original"),
    Standing.EXPIRING_SOON: ("original, por vencer", "original, expiring soon"),
    Standing.EXPIRED: ("vencido", "expired"),
    Standing.COPY_ONLY: ("solo copia", "copy"),
    Standing.IN_PROCESS: ("en trámite", "in process"),
    Standing.LOST_OR_STOLEN: ("extraviado o robado", "lost or stolen"),
    Standing.RETAINED: ("retenido por una autoridad", "retained by an authority"),
}


def _describe_holding(holding: Holding, english: bool) -> str:
    words = [_STANDING_WORDS[holding.standing][1 if english else 0]]
    if holding.document_type.apostille_applies and holding.document.apostilled is False:
        words.append("no apostille" if english else "sin apostilla")
    if holding.document_type.translation_applies and holding.document.translated is False:
        words.append("no translation" if english else "sin traducción")
    name = holding.document_type.name.in_language("en" if english else "es")
    return f"{name} ({', '.join(words)})"


def holders_text(holders: Holders, english: bool) -> str:
    texts = {
        Holders.MEXICAN_ADULTS: ("solo ciudadanía mexicana", "Mexican citizens only"),
        Holders.MEXICAN_NATIONALS: ("solo personas mexicanas", "Mexican nationals only"),
        Holders.FOREIGN_NATIONALS: ("solo personas extranjeras", "foreign nationals only"),
        Holders.ANYONE: ("", ""),
    }
    return texts[holders][1 if english else 0]


def holdings(person: PersonDetails, documents: list[DocumentDetails],
             types: dict[str, DocumentType], today: date) -> Holdings:
    held_keys: set[str] = set()
    holds: list[Holding] = []
    for document in documents:
        document_type = types[document.type_key]
        if document.status is DocumentStatus.NOT_HELD:
            continue
        held_keys.add(document.type_key)
        holds.append(Holding(document_type, document, standing(document, document_type, today)))
    cannot = tuple(t for t in types.values()
                   if t.show_when_ineligible and not can_hold(t, person, today))
    lacks = tuple(t for t in types.values()
                  if t.expected and t.key not in held_keys and can_hold(t, person, today))
    return Holdings(tuple(holds), cannot, lacks)


def relevant_types(person: PersonDetails, documents: list[DocumentDetails],
                   types: dict[str, DocumentType], today: date) -> list[DocumentType]:
    """The tiles of her documents board: what she holds, what she should have and could,
    and what is often demanded though she can never hold it (INE), in catalogue order."""
    held = {d.type_key for d in documents}
    return [t for t in types.values()
            if t.key in held or (_expected(t, person, today) and can_hold(t, person, today))
            or (t.show_when_ineligible and not can_hold(t, person, today))]


def _expected(document_type: DocumentType, person: PersonDetails, today: date) -> bool:
    """Expected by the catalogue, or an identity document a foreign adult shows where a
    Mexican woman shows her INE (her passport, her consular ID): a tile of its own, so
    recording it is one click, as the Mexican ones are."""
    if document_type.expected:
        return True
    foreign = bool(person.nationality) and person.nationality != "MX"
    adult = person.birth_date is None or age_on(person.birth_date, today) >= 18
    return (foreign and adult and document_type.category == "identity"
            and document_type.official_id
            and document_type.holders in (Holders.ANYONE, Holders.FOREIGN_NATIONALS))
