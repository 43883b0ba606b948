"""What the catalogue says about a kind of document: who can hold it and how long it lasts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from shelter_desk.domain.messages import Bilingual


class Holders(StrEnum):
    ANYONE = "anyone"
    FOREIGN_NATIONALS = "foreign_nationals"
    MEXICAN_NATIONALS = "mexican_nationals"
    MEXICAN_ADULTS = "mexican_adults"


class ValidityRule(StrEnum):
    NONE = "none"  # never expires
    PRINTED = "printed"  # the date printed on it, when there is one
    YEARS_FROM_ISSUE = "years_from_issue"
    DAYS_FROM_ISSUE = "days_from_issue"


@dataclass(frozen=True)
class Validity:
    rule: ValidityRule
    years: int = 0
    days: int = 0


@dataclass(frozen=True)
class DocumentType:
    key: str
    name: Bilingual
    category: str
    official_id: bool
    issuer: Bilingual
    holders: Holders
    validity: Validity
    apostille_applies: bool
    translation_applies: bool
    expected: bool  # worth flagging when a person who could hold it does not
    show_when_ineligible: bool  # often demanded of people who can never hold it (INE)
    verified: bool
    note: Bilingual
    source: Bilingual | None = None  # where its facts come from


@dataclass(frozen=True)
class CatalogEntry:
    """A right, an institution type, a barrier reason or a case type."""

    key: str
    name: Bilingual
    level: str = ""
    # An institution type's own complaint route (state programmes: the state commission),
    # shown instead of the procedure's general one when it refused.
    complain: Bilingual | None = None
    # A barrier reason as a letter tells it: «se le exigió acreditar su situación migratoria».
    in_letter: Bilingual | None = None
