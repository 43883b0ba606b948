"""Dates and ages as the interface writes them: four-digit years always, and a baby's age in
months («3 meses», never «0 años»). One place, so every screen agrees."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from shelter_desk.domain.people import age_on

# Under this age, months say more than years (a caseworker reads «18 meses», not «1 año»).
MONTHS_UNTIL_YEARS = 2


def _four_digit_years(pattern: str) -> str:
    """The locale's short pattern with its year as four digits ('d/M/yy' -> 'd/M/yyyy')."""
    return re.sub(r"y+", "yyyy", pattern)


def short_date(value: date | QDate | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(value, _four_digit_years(
        locale.dateFormat(QLocale.FormatType.ShortFormat)))


def short_moment(value: datetime | QDateTime) -> str:
    """A date and time, in local time, with a four-digit year."""
    moment = (QDateTime(value.astimezone()).toLocalTime() if isinstance(value, datetime)
              else value)
    locale = QLocale()
    return locale.toString(moment, _four_digit_years(
        locale.dateTimeFormat(QLocale.FormatType.ShortFormat)))


def months_old(birth_date: date, today: date) -> int:
    months = (today.year - birth_date.year) * 12 + today.month - birth_date.month
    return months - 1 if today.day < birth_date.day else months


def age_text(birth_date: date | None, today: date | None = None) -> str:
    """«3 meses» under two years, «7 años» after; empty when the birth date is unknown."""
    if birth_date is None:
        return ""
    today = today or date.today()
    # One and many as two strings: pyside6-lupdate does not see a count passed to
    # QCoreApplication.translate, so Qt's plural forms would never be filled in.
    years = age_on(birth_date, today)
    if years < MONTHS_UNTIL_YEARS:
        months = max(0, months_old(birth_date, today))
        if months == 1:
            return QCoreApplication.translate("dates", "1 mes")
        return QCoreApplication.translate("dates", "{} meses").format(months)
    if years == 1:
        return QCoreApplication.translate("dates", "1 año")
    return QCoreApplication.translate("dates", "{} años").format(years)
