"""Document rules read against a date: expiry, 'expiring soon', who can hold what."""

from __future__ import annotations

from datetime import date

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.documents import (
    DocumentDetails,
    DocumentStatus,
    Standing,
    can_hold,
    effective_expiry,
    holdings,
    standing,
)
from shelter_desk.domain.people import (
    PersonDetails,
    age_band,
    age_on,
    birth_date_from_estimated_age,
)

TYPES = default_catalog().document_types
TODAY = date(2026, 11, 30)


def test_ine_lasts_ten_years_from_issue_even_from_a_leap_day():
    ine = DocumentDetails("ine", DocumentStatus.ORIGINAL, issued_on=date(2016, 2, 29))
    assert effective_expiry(ine, TYPES["ine"]) == date(2026, 2, 28)


def test_temporary_curp_lasts_180_days():
    curp = DocumentDetails("curp_temporal", DocumentStatus.ORIGINAL, issued_on=date(2026, 6, 1))
    assert effective_expiry(curp, TYPES["curp_temporal"]) == date(2026, 11, 28)
    assert standing(curp, TYPES["curp_temporal"], TODAY) is Standing.EXPIRED


def test_a_printed_date_governs_a_humanitarian_visitor_card():
    card = DocumentDetails("tvrh", DocumentStatus.ORIGINAL, issued_on=date(2025, 12, 20),
                           expires_on=date(2026, 12, 20))
    assert standing(card, TYPES["tvrh"], TODAY) is Standing.EXPIRING_SOON
    assert standing(card, TYPES["tvrh"], date(2026, 6, 1)) is Standing.VALID
    assert standing(card, TYPES["tvrh"], date(2026, 12, 21)) is Standing.EXPIRED


def test_a_birth_certificate_never_expires():
    acta = DocumentDetails("acta_nacimiento_extranjera", DocumentStatus.ORIGINAL,
                           issued_on=date(1990, 1, 1))
    assert effective_expiry(acta, TYPES["acta_nacimiento_extranjera"]) is None
    assert standing(acta, TYPES["acta_nacimiento_extranjera"], TODAY) is Standing.VALID


def test_recorded_status_wins_over_dates():
    copy = DocumentDetails("pasaporte", DocumentStatus.COPY_ONLY, expires_on=date(2030, 1, 1))
    lost = DocumentDetails("pasaporte", DocumentStatus.LOST_OR_STOLEN)
    assert standing(copy, TYPES["pasaporte"], TODAY) is Standing.COPY_ONLY
    assert standing(lost, TYPES["pasaporte"], TODAY) is Standing.LOST_OR_STOLEN


def test_only_adult_mexican_citizens_can_hold_an_ine():
    guatemalan = PersonDetails("Ana", nationality="GT", birth_date=date(1990, 1, 1))
    mexican_girl = PersonDetails("Sofía", nationality="MX", birth_date=date(2015, 1, 1))
    mexican_woman = PersonDetails("Lupe", nationality="MX", birth_date=date(1990, 1, 1))
    assert not can_hold(TYPES["ine"], guatemalan, TODAY)
    assert not can_hold(TYPES["ine"], mexican_girl, TODAY)
    assert can_hold(TYPES["ine"], mexican_woman, TODAY)
    assert not can_hold(TYPES["tarjeta_residente_permanente"], mexican_woman, TODAY)


def test_holdings_of_a_mexican_born_child():
    child = PersonDetails("Sofía", nationality="MX", birth_date=date(2020, 5, 1))
    summary = holdings(child, [DocumentDetails("acta_nacimiento_mexicana",
                                               DocumentStatus.ORIGINAL)], TYPES, TODAY)
    assert [t.key for t in summary.lacks] == ["curp"]
    assert summary.cannot_hold == (TYPES["ine"],)  # a child: not yet
    assert "le falta: CURP" in summary.describe("es")


def test_ages_and_bands():
    assert age_on(date(2000, 12, 1), TODAY) == 25
    assert age_on(date(2000, 11, 30), TODAY) == 26
    assert [age_band(a) for a in (0, 4, 5, 17, 18, 29, 30, 59, 60, None)] == [
        "0-4", "0-4", "5-11", "12-17", "18-29", "18-29", "30-44", "45-59", "60+", "unknown"]
    assert age_on(birth_date_from_estimated_age(30, TODAY), TODAY) == 30
