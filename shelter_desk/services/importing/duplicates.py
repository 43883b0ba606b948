"""Duplicates in an import: a row that names someone already in the vault or in an
earlier row, by the same accent-insensitive name and birth date or by the same document
(type and number, case, spaces and dashes ignored). Found with dict lookups, never by
comparing rows in pairs; each is shown and waits for a decision: skip, merge, keep both.
Pure: no vault, no Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.text import fold
from shelter_desk.services.importing.fields import LABELS, Field

DuplicateKey = tuple[str, date]
DocumentKey = tuple[str, str]

_SEPARATORS = re.compile(r"[\s\-‐-―_./]+")


class Matched(StrEnum):
    NAME_AND_BIRTH_DATE = "name_and_birth_date"
    DOCUMENT = "document"


class Decision(StrEnum):
    SKIP = "skip"  # the row is not imported
    MERGE = "merge"  # its new facts go to the person it matched
    KEEP = "keep"  # imported as a separate person


def duplicate_key(full_name: str, birth_date: date | None) -> DuplicateKey | None:
    """Same name and birth date, accents and case ignored; no birth date, no key."""
    if birth_date is None or not full_name.strip():
        return None
    return fold(full_name), birth_date


def document_key(type_key: str | None, number: str | None) -> DocumentKey | None:
    """The same document however it was typed: «FMM-0001», «fmm 0001», «FMM0001»."""
    if not type_key or not number:
        return None
    # Document numbers are letters and digits: casefold is enough, no accent folding.
    folded = _SEPARATORS.sub("", str(number)).casefold()
    return (type_key, folded) if folded else None


@dataclass
class VaultIndex:
    """Who is in the vault, by key: person ids only (the matches, a few, are then told
    their case code, or that she is blocked, by the service)."""

    by_name: dict[DuplicateKey, int] = field(default_factory=dict)
    by_document: dict[DocumentKey, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Duplicate:
    """One match of one row: with an earlier row (`other_row`) or with a person in the
    vault (`person_id` and `case_code`, empty when she is blocked)."""

    row: int
    matched: Matched
    name: str  # as the sheet reads it
    birth_date: date | None
    document: str  # "type number" as the sheet reads it, or ""
    other_row: int | None = None
    person_id: int | None = None
    case_code: str = ""
    blocked: bool = False
    # What a merge would keep as it was (the sheet says otherwise): filled by the service.
    conflicts: tuple[Bilingual, ...] = ()

    @property
    def in_vault(self) -> bool:
        return self.other_row is None

    def message(self) -> Bilingual:
        what = (Bilingual("mismo nombre y fecha de nacimiento", "same name and birth date")
                if self.matched is Matched.NAME_AND_BIRTH_DATE
                else Bilingual("mismo documento", "same document"))
        if not self.in_vault:
            return Bilingual(f"Posible duplicado de la fila {self.other_row} ({what.es}).",
                             f"Possible duplicate of row {self.other_row} ({what.en}).")
        if self.blocked or not self.case_code:
            return Bilingual(f"Posible duplicado: ya hay en la bóveda una persona con el "
                             f"{what.es}.",
                             f"Possible duplicate: someone with the {what.en} is already "
                             "in the vault.")
        return Bilingual(f"Posible duplicado: ya hay en la bóveda una persona con el "
                         f"{what.es} (expediente {self.case_code}).",
                         f"Possible duplicate: someone with the {what.en} is already in "
                         f"the vault (case file {self.case_code}).")


class Finder:
    """Fed every row, in order, with what could be read of it (rows in error too)."""

    def __init__(self, vault: VaultIndex) -> None:
        self.vault = vault
        self.names: dict[DuplicateKey, int] = {}
        self.documents: dict[DocumentKey, int] = {}

    def check(self, number: int, name: str, birth_date: date | None,
              document: tuple[str | None, str | None]) -> list[Duplicate]:
        name_key = duplicate_key(name, birth_date)
        document_key_ = document_key(*document)
        vault = self.vault
        if (name_key not in vault.by_name and name_key not in self.names
                and document_key_ not in vault.by_document
                and document_key_ not in self.documents):
            # Nearly every row: no match; its keys are kept for the rows after it.
            if name_key is not None:
                self.names[name_key] = number
            if document_key_ is not None:
                self.documents[document_key_] = number
            return []
        found: list[Duplicate] = []
        shown = " ".join(part for part in document if part)
        keys: list[tuple[Matched, Any, dict[Any, int], dict[Any, int]]] = [
            (Matched.NAME_AND_BIRTH_DATE, name_key, vault.by_name, self.names),
            (Matched.DOCUMENT, document_key_, vault.by_document, self.documents)]
        seen_people: set[int] = set()
        for matched, key, in_vault, earlier in keys:
            if key is None:
                continue
            person = in_vault.get(key)
            if person is not None and person not in seen_people:
                seen_people.add(person)
                found.append(Duplicate(number, matched, name, birth_date, shown,
                                       person_id=person))
            elif person is None and key in earlier:
                found.append(Duplicate(number, matched, name, birth_date, shown,
                                       other_row=earlier[key]))
            earlier.setdefault(key, number)
        # One row matching the same earlier row twice (name and document) is one match.
        unique: dict[Any, Duplicate] = {}
        for duplicate in found:
            unique.setdefault(duplicate.other_row or ("vault", duplicate.person_id,
                                                      duplicate.matched), duplicate)
        return list(unique.values())


# -- merging a row into a person: pure, on the store's column dicts ----------------------

MERGED_COLUMNS = ("given_names", "family_names", "aliases", "birth_date", "sex",
                  "nationality", "languages", "place_of_origin", "arrived_mexico_on",
                  "arrived_shelter_on", "phone")
_EMPTY_TEXT = frozenset({"", "not_said", "unknown"})  # the defaults of a new record


def _empty(value: Any) -> bool:
    if isinstance(value, list | tuple):
        return not value
    return value is None or (isinstance(value, str) and value in _EMPTY_TEXT)


def conflict_line(column: str, sheet: dict[str, Any]) -> Bilingual:
    """"Kept as it was, the sheet says X": the sheet's value only, never the vault's."""
    value = sheet.get(column)
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    elif isinstance(value, date):
        value = f"{value:%d/%m/%Y}"
    label = LABELS[Field(column)]
    return Bilingual(f"{label.es}: se deja como estaba; la hoja dice «{value}».",
                     f"{label.en}: kept as it was; the sheet says '{value}'.")


def merge_columns(existing: dict[str, Any], sheet: dict[str, Any]
                  ) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The columns to fill (empty in the vault, given by the sheet), and the columns kept
    as they were although the sheet says otherwise. Nothing non-empty is overwritten."""
    fills: dict[str, Any] = {}
    conflicts: list[str] = []
    for column in MERGED_COLUMNS:
        new, old = sheet.get(column), existing.get(column)
        if _empty(new):
            continue
        if _empty(old):
            fills[column] = new
        elif _same(old, new, column):
            continue
        else:
            conflicts.append(column)
    return fills, tuple(conflicts)


def _same(old: Any, new: Any, column: str) -> bool:
    if column in ("given_names", "family_names", "place_of_origin"):
        return fold(str(old)) == fold(str(new))
    if column in ("aliases", "languages"):
        return {fold(str(v)) for v in old} >= {fold(str(v)) for v in new}
    if column == "phone":
        return re.sub(r"\D", "", str(old)) == re.sub(r"\D", "", str(new))
    return bool(old == new)
