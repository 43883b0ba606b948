"""Dates as registers write them: dd/mm/yyyy, d-m-yy, «2-oct-25», «2 de octubre de 2025»,
yyyy-mm-dd, Excel serial numbers and real date cells.

A date like 03/04/2025 reads both ways. Mexico writes day first, so that is the default;
a column whose other values can only be month first (04/25/2025) is read month first,
and the preview says which order it chose and why (`DateOrder`). A bare number under
10000 is refused, because a year typed alone ('1990') would otherwise become a day in 1902.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from shelter_desk.domain.text import fold

DAY_FIRST, MONTH_FIRST = "dmy", "mdy"
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 in Excel's 1900 date system
_SERIALS = (10_000, 2_958_465)  # 1927-05-18 .. 9999-12-31
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NAMED = re.compile(r"(\d{1,2})[\s/.-]*(?:de\s+)?([a-z]{3,10})\.?[\s/.,-]*(?:de\s+|del\s+)?"
                    r"(\d{2}|\d{4})")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_SERIAL = re.compile(r"\d+([.,]\d+)?")
# First letters of the months, Spanish and English ('sept', 'set' and 'sep' alike).
_MONTHS = {"ene": 1, "jan": 1, "feb": 2, "mar": 3, "abr": 4, "apr": 4, "may": 5,
           "jun": 6, "jul": 7, "ago": 8, "aug": 8, "sep": 9, "set": 9, "oct": 10,
           "nov": 11, "dic": 12, "dec": 12}


class DateProblem(Exception):
    def __init__(self, es: str, en: str) -> None:
        super().__init__(en)
        self.es, self.en = es, en


@dataclass(frozen=True)
class DateOrder:
    """How one column's dd/mm-or-mm/dd dates were read, for the preview."""

    order: str  # DAY_FIRST or MONTH_FIRST
    ambiguous: int  # cells that read both ways (03/04/2025)
    day_first_evidence: int  # cells that can only be day first (25/04/2025)
    month_first_evidence: int  # cells that can only be month first (04/25/2025)


def decide_order(cells: Iterable[Any]) -> DateOrder:
    ambiguous = day_first = month_first = 0
    for cell in cells:
        if not isinstance(cell, str):
            continue
        match = _NUMERIC.fullmatch(_TIME.sub("", cell.strip()))
        if match is None:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
        elif first != second:
            ambiguous += 1
    order = MONTH_FIRST if month_first > day_first else DAY_FIRST
    return DateOrder(order, ambiguous, day_first, month_first)


def _full_year(written: str, today: date, ahead: int) -> int:
    year = int(written)
    if len(written) == 4:
        return year
    # Two digits: this century unless that puts the year more than `ahead` years from
    # now ('88' is 1988; '30' is 2030 for a document's expiry, 1930 for a birth date).
    return 2000 + year if 2000 + year <= today.year + ahead else 1900 + year


def parse_date(value: Any, order: str = DAY_FIRST, today: date | None = None,
               ahead: int = 20) -> date | None:
    """`ahead`: how many years into the future a two-digit year may fall (0 for a birth
    or an arrival, which are never in the future)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise not_a_date(str(value))
    if isinstance(value, (int, float)):
        return _serial(value, str(value))
    today = today or date.today()
    written = _TIME.sub("", " ".join(str(value).split()))
    if not written:
        return None
    if match := _YMD.fullmatch(written):
        year, month, day = (int(part) for part in match.groups())
        return _day(year, month, day, written, ("año-mes-día", "year-month-day"))
    if match := _NUMERIC.fullmatch(written):
        first, second, year = match.groups()
        day, month = (first, second) if order == DAY_FIRST else (second, first)
        words = (("día/mes/año", "day/month/year") if order == DAY_FIRST
                 else ("mes/día/año, como el resto de la columna",
                       "month/day/year, like the rest of the column"))
        return _day(_full_year(year, today, ahead), int(month), int(day), written, words)
    if match := _NAMED.fullmatch(fold(written)):
        day, name, year = match.groups()
        month = _MONTHS.get(name[:3])
        if month is not None:
            return _day(_full_year(year, today, ahead), month, int(day), written,
                        ("día-mes-año", "day-month-year"))
    if _SERIAL.fullmatch(written):
        return _serial(float(written.replace(",", ".")), written)
    raise not_a_date(written)


def not_a_date(written: str) -> DateProblem:
    return DateProblem(f"«{written}» no es una fecha (dd/mm/aaaa, d-m-aa, 2-oct-25, "
                       "aaaa-mm-dd o número de fecha de Excel).",
                       f"'{written}' is not a date (dd/mm/yyyy, d-m-yy, 2-oct-25, "
                       "yyyy-mm-dd or an Excel date number).")


def _day(year: int, month: int, day: int, written: str, order: tuple[str, str]) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateProblem(f"La fecha «{written}» no es válida: revisa el día y el mes "
                          f"({order[0]}).",
                          f"The date '{written}' is not valid: check the day and the month "
                          f"({order[1]}).") from None


def _serial(number: float, written: str) -> date:
    if not _SERIALS[0] <= number <= _SERIALS[1]:
        raise DateProblem(f"«{written}» no es una fecha: como número de fecha de Excel está "
                          "fuera de rango (¿falta el día y el mes?).",
                          f"'{written}' is not a date: as an Excel date number it is out of "
                          "range (are the day and month missing?).")
    return _EXCEL_EPOCH + timedelta(days=int(number))
