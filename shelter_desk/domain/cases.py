"""The case file (expediente): one woman's accompaniment, with her household."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class CaseStatus(StrEnum):
    OPEN = "open"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True)
class CaseDetails:
    case_types: tuple[str, ...] = ()  # catalogue keys
    assigned_worker_id: int | None = None
    risk_level: RiskLevel = RiskLevel.LOW
    summary: str = ""


@dataclass(frozen=True)
class Case:
    id: int
    code: str  # '2026-0142': what workers say aloud and write on folders
    principal_person_id: int
    opened_on: date
    closed_on: date | None
    status: CaseStatus
    details: CaseDetails


def format_case_code(year: int, number: int) -> str:
    return f"{year}-{number:04d}"


def looks_like_case_code(text: str) -> bool:
    year, dash, number = text.strip().partition("-")
    return bool(dash) and len(year) == 4 and year.isdigit() and number.isdigit()
