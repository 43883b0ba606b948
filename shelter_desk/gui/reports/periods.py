"""The periods the dashboard offers, and how they read in the interface's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from shelter_desk.reports.period import Period, parse_period, quarter_of

QUARTERS, MONTHS = 8, 12


def recent_periods(today: date) -> tuple[list[Period], list[Period]]:
    """The last 8 quarters and the last 12 months, the current one first in each."""
    current = quarter_of(today)
    year, quarter = current.start.year, (current.start.month - 1) // 3 + 1
    quarters = []
    for _ in range(QUARTERS):
        quarters.append(parse_period(f"{year}-Q{quarter}"))
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    year, month = today.year, today.month
    months = []
    for _ in range(MONTHS):
        months.append(parse_period(f"{year}-{month:02d}"))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return quarters, months


def period_text(period: Period) -> str:
    """'Trimestre 4 de 2026 (oct–dic)' or 'Noviembre de 2026', in the interface's language."""
    locale = QLocale()
    if period.start.month == period.end.month:
        name = locale.standaloneMonthName(period.start.month, QLocale.FormatType.LongFormat)
        return QCoreApplication.translate("Periods", "%1 de %2").replace(
            "%1", name[:1].upper() + name[1:]).replace("%2", str(period.start.year))
    if period.start.year == period.end.year and period.end.month - period.start.month == 2:
        short = QLocale.FormatType.ShortFormat
        months = (f"{locale.standaloneMonthName(period.start.month, short)}–"
                  f"{locale.standaloneMonthName(period.end.month, short)}").replace(".", "")
        return QCoreApplication.translate("Periods", "Trimestre %1 de %2 (%3)").replace(
            "%1", str((period.start.month - 1) // 3 + 1)).replace(
            "%2", str(period.start.year)).replace("%3", months)
    return period.label
