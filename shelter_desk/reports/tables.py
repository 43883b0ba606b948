"""What the engine returns: tables of dimensions and counts, plus a few key figures."""

from __future__ import annotations

from dataclasses import dataclass

from shelter_desk.domain.messages import Bilingual
from shelter_desk.reports.period import Period


@dataclass(frozen=True)
class StatRow:
    values: tuple[str, ...]  # one value per dimension (catalogue keys, codes, bands...)
    count: int


@dataclass(frozen=True)
class StatTable:
    key: str
    title: Bilingual
    dimensions: tuple[str, ...]
    rows: tuple[StatRow, ...]

    @property
    def total(self) -> int:
        return sum(row.count for row in self.rows)


@dataclass(frozen=True)
class KeyFigures:
    people_attended: int
    new_arrivals: int
    children: int
    unaccompanied_minors: int
    barriers_recorded: int
    barriers_open: int
    cases_closed: int
    average_days_to_close: float | None


@dataclass(frozen=True)
class Report:
    period: Period
    figures: KeyFigures
    tables: dict[str, StatTable]
