"""Load and check the catalogue files; a bad file names itself and the key at fault.

The catalogue is data a coordinator may extend, so it is checked field by field at
start-up, not trusted: a typo must stop the app with a clear message, not show up later
as a wrong expiry date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from shelter_desk.domain.document_types import (
    CatalogEntry,
    DocumentType,
    Holders,
    Validity,
    ValidityRule,
)
from shelter_desk.domain.messages import Bilingual, ShelterDeskError
from shelter_desk.paths import resources_dir

_LISTS = {
    "rights.json": "rights",
    "institution_types.json": "institution_types",
    "barrier_reasons.json": "barrier_reasons",
    "case_types.json": "case_types",
}
_LEVELS = {"federal", "state", "municipal", "private", "other"}
_CATEGORIES = {"civil", "identity", "migration", "school", "health", "justice", "other"}


class CatalogError(ShelterDeskError):
    def __init__(self, file_name: str, where: str, problem: str) -> None:
        super().__init__(Bilingual(
            es=f"El catálogo {file_name} no es válido en «{where}»: {problem}",
            en=f"The catalogue file {file_name} is not valid at '{where}': {problem}",
        ))
        self.file_name = file_name
        self.where = where


@dataclass(frozen=True)
class Catalog:
    document_types: dict[str, DocumentType]
    rights: dict[str, CatalogEntry] = field(default_factory=dict)
    institution_types: dict[str, CatalogEntry] = field(default_factory=dict)
    barrier_reasons: dict[str, CatalogEntry] = field(default_factory=dict)
    case_types: dict[str, CatalogEntry] = field(default_factory=dict)

    def document_type(self, key: str) -> DocumentType:
        return self.document_types[key]


@cache
def default_catalog() -> Catalog:
    return load_catalog(resources_dir() / "catalog")


def load_catalog(directory: Path) -> Catalog:
    documents = _read(directory, "document_types.json", "document_types")
    types: dict[str, DocumentType] = {}
    for index, item in enumerate(documents):
        checker = _Checker("document_types.json", f"document_types[{index}]", item)
        document_type = checker.document_type()
        if document_type.key in types:
            raise CatalogError("document_types.json", document_type.key, "duplicate key")
        types[document_type.key] = document_type
    lists: dict[str, dict[str, CatalogEntry]] = {}
    for file_name, list_name in _LISTS.items():
        entries: dict[str, CatalogEntry] = {}
        for index, item in enumerate(_read(directory, file_name, list_name)):
            entry = _Checker(file_name, f"{list_name}[{index}]", item).entry()
            if entry.key in entries:
                raise CatalogError(file_name, entry.key, "duplicate key")
            entries[entry.key] = entry
        lists[list_name] = entries
    return Catalog(document_types=types, **lists)


def _read(directory: Path, file_name: str, list_name: str) -> list[Any]:
    path = directory / file_name
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CatalogError(file_name, "-", f"cannot be read ({error.strerror})") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CatalogError(file_name, "-", f"is not valid JSON ({error})") from error
    if not isinstance(document, dict) or document.get("version") != 1:
        raise CatalogError(file_name, "version", "must be an object with version 1")
    items = document.get(list_name)
    if not isinstance(items, list) or not items:
        raise CatalogError(file_name, list_name, "must be a non-empty list")
    return items


class _Checker:
    def __init__(self, file_name: str, where: str, item: Any) -> None:
        self.file_name, self.where, self.item = file_name, where, item
        if not isinstance(item, dict):
            self._fail("", "must be an object")
        key = item.get("key")
        if isinstance(key, str) and key:
            self.where = key  # name the entry by its key once we know it

    def _fail(self, name: str, problem: str) -> None:
        where = f"{self.where}.{name}" if name else self.where
        raise CatalogError(self.file_name, where, problem)

    def key(self) -> str:
        key = self.item.get("key")
        if not isinstance(key, str) or not key.replace("_", "").isalnum() or key != key.lower():
            self._fail("key", "must be a lower-case identifier such as 'tarjeta_residente'")
        return key

    def text(self, name: str) -> Bilingual:
        value = self.item.get(name)
        if not isinstance(value, dict) or not all(isinstance(value.get(lang), str)
                                                  for lang in ("es", "en")):
            self._fail(name, "must be {\"es\": \"...\", \"en\": \"...\"}")
        return Bilingual(es=value["es"], en=value["en"])

    def flag(self, name: str, default: bool | None = None) -> bool:
        value = self.item.get(name, default)
        if not isinstance(value, bool):
            self._fail(name, "must be true or false")
        return value

    def choice(self, name: str, allowed: set[str], value: Any = None) -> str:
        value = self.item.get(name) if value is None else value
        if value not in allowed:
            self._fail(name, f"must be one of {sorted(allowed)}")
        return value

    def validity(self) -> Validity:
        data = self.item.get("validity")
        if not isinstance(data, dict):
            self._fail("validity", "must be an object with a 'rule'")
        rule = ValidityRule(self.choice("validity.rule", {r.value for r in ValidityRule},
                                        data.get("rule")))
        if rule is ValidityRule.YEARS_FROM_ISSUE:
            years = data.get("years")
            if not isinstance(years, int) or not 0 < years <= 100:
                self._fail("validity.years", "must be a whole number of years from 1 to 100")
            return Validity(rule, years=years)
        if rule is ValidityRule.DAYS_FROM_ISSUE:
            days = data.get("days")
            if not isinstance(days, int) or not 0 < days <= 36500:
                self._fail("validity.days", "must be a whole number of days from 1 to 36500")
            return Validity(rule, days=days)
        return Validity(rule)

    def document_type(self) -> DocumentType:
        return DocumentType(
            key=self.key(),
            name=self.text("name"),
            category=self.choice("category", _CATEGORIES),
            official_id=self.flag("official_id"),
            issuer=self.text("issuer"),
            holders=Holders(self.choice("holders", {h.value for h in Holders})),
            validity=self.validity(),
            apostille_applies=self.flag("apostille_applies"),
            translation_applies=self.flag("translation_applies"),
            expected=self.flag("expected"),
            show_when_ineligible=self.flag("show_when_ineligible", False),
            verified=self.flag("verified"),
            note=self.text("note"),
        )

    def entry(self) -> CatalogEntry:
        level = self.choice("level", _LEVELS) if "level" in self.item else ""
        return CatalogEntry(key=self.key(), name=self.text("name"), level=level)
