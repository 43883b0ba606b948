"""The field-by-field checks every catalogue file goes through: a bad value names the file,
the entry (by its key once known) and the field."""

from __future__ import annotations

import json
from collections.abc import Collection
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


def read_document(directory: Path, file_name: str) -> dict[str, Any]:
    path = directory / file_name
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CatalogError(file_name, "-", f"cannot be read ({error.strerror})") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CatalogError(file_name, "-", f"is not valid JSON ({error})") from error
    if not isinstance(document, dict) or document.get("version") != 1:
        raise CatalogError(file_name, "version", "must be an object with version 1")
    return document


def read_list(directory: Path, file_name: str, list_name: str,
              document: dict[str, Any] | None = None, *, may_be_empty: bool = False) -> list[Any]:
    document = read_document(directory, file_name) if document is None else document
    items = document.get(list_name)
    if not isinstance(items, list) or not (items or may_be_empty):
        raise CatalogError(file_name, list_name, "must be a non-empty list")
    return items


class Checker:
    def __init__(self, file_name: str, where: str, item: Any) -> None:
        self.file_name, self.where, self.item = file_name, where, item
        if not isinstance(item, dict):
            self.fail("", "must be an object")
        key = item.get("key")
        if isinstance(key, str) and key:  # name the entry by its key once we know it
            self.where = f"{where[:where.rindex('[')]}[{key}]" if "." in where else key

    def fail(self, name: str, problem: str) -> None:
        where = f"{self.where}.{name}" if name else self.where
        raise CatalogError(self.file_name, where, problem)

    def key(self) -> str:
        key = self.item.get("key")
        if not isinstance(key, str) or not key.replace("_", "").isalnum() or key != key.lower():
            self.fail("key", "must be a lower-case identifier such as 'tarjeta_residente'")
        return key

    def text(self, name: str) -> Bilingual:
        value = self.item.get(name)
        if not isinstance(value, dict) or not all(isinstance(value.get(lang), str)
                                                  for lang in ("es", "en")):
            self.fail(name, "must be {\"es\": \"...\", \"en\": \"...\"}")
        return Bilingual(es=value["es"], en=value["en"])

    def string(self, name: str, default: str | None = None) -> str:
        value = self.item.get(name, default)
        if not isinstance(value, str):
            self.fail(name, "must be a text")
        return value

    def keys(self, name: str, allowed: Collection[str], *, required: bool = True,
             may_be_empty: bool = True) -> tuple[str, ...]:
        """A list of catalogue keys, each one known (a typo in a key is named)."""
        value = self.item.get(name, None if required else [])
        if not isinstance(value, list) or not (value or may_be_empty):
            self.fail(name, "must be a list of keys" + ("" if may_be_empty else ", not empty"))
        for index, key in enumerate(value):
            if key not in allowed:
                self.fail(f"{name}[{index}]", f"unknown key {key!r}")
        return tuple(value)

    def flag(self, name: str, default: bool | None = None) -> bool:
        value = self.item.get(name, default)
        if not isinstance(value, bool):
            self.fail(name, "must be true or false")
        return value

    def choice(self, name: str, allowed: set[str], value: Any = None) -> str:
        value = self.item.get(name) if value is None else value
        if value not in allowed:
            self.fail(name, f"must be one of {sorted(allowed)}")
        return value

    def validity(self) -> Validity:
        data = self.item.get("validity")
        if not isinstance(data, dict):
            self.fail("validity", "must be an object with a 'rule'")
        rule = ValidityRule(self.choice("validity.rule", {r.value for r in ValidityRule},
                                        data.get("rule")))
        if rule is ValidityRule.YEARS_FROM_ISSUE:
            years = data.get("years")
            if not isinstance(years, int) or not 0 < years <= 100:
                self.fail("validity.years", "must be a whole number of years from 1 to 100")
            return Validity(rule, years=years)
        if rule is ValidityRule.DAYS_FROM_ISSUE:
            days = data.get("days")
            if not isinstance(days, int) or not 0 < days <= 36500:
                self.fail("validity.days", "must be a whole number of days from 1 to 36500")
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
            source=self._source(),
        )

    def _source(self) -> Bilingual | None:
        """Where a type's facts come from: a verified type must say."""
        if "source" in self.item:
            return self.text("source")
        if self.flag("verified"):
            self.fail("source", "a verified document type must name its source")
        return None

    def entry(self) -> CatalogEntry:
        level = self.choice("level", _LEVELS) if "level" in self.item else ""
        complain = self.text("complain") if "complain" in self.item else None
        in_letter = self.text("in_letter") if "in_letter" in self.item else None
        return CatalogEntry(key=self.key(), name=self.text("name"), level=level,
                            complain=complain, in_letter=in_letter)
