"""Reporting periods: a month ('2026-09'), a quarter ('2026-Q3') or a year ('2026')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual


@dataclass(frozen=True)
class Period:
    label: str
    start: date
    end: date  # inclusive

    def months(self) -> list[date]:
        """The first day of every month in the period."""
        months, day = [], self.start.replace(day=1)
        while day <= self.end:
            months.append(day)
            day = (day + timedelta(days=32)).replace(day=1)
        return months


def month_end(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def parse_period(text: str) -> Period:
    cleaned = text.strip().upper()
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", cleaned):
        year, quarter = int(match[1]), int(match[2])
        first = 3 * quarter - 2
        return Period(cleaned, date(year, first, 1), month_end(date(year, first + 2, 1)))
    if match := re.fullmatch(r"(\d{4})-(\d{2})", cleaned):
        year, month = int(match[1]), int(match[2])
        if 1 <= month <= 12:
            return Period(cleaned, date(year, month, 1), month_end(date(year, month, 1)))
    if re.fullmatch(r"\d{4}", cleaned):
        year = int(cleaned)
        return Period(cleaned, date(year, 1, 1), date(year, 12, 31))
    raise InvalidInput("period", Bilingual(
        es=f"«{text}» no es un periodo: usa 2026-09 (mes), 2026-Q3 (trimestre) o 2026 (año).",
        en=f"'{text}' is not a period: use 2026-09 (month), 2026-Q3 (quarter) or 2026 (year).",
    ))


def quarter_of(day: date) -> Period:
    return parse_period(f"{day.year}-Q{(day.month - 1) // 3 + 1}")
