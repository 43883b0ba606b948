"""Issue 21: what a new worker notices in the first hour, at 1024 px, in Spanish."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from shelter_desk.catalog.geo import all_countries, country_name
from shelter_desk.gui.common.dates import age_text, short_date
from shelter_desk.gui.setup.unlock_window import UnlockWindow
from shelter_desk.services.demo import DEMO_USER


def test_the_demo_unlock_screen_says_who_and_where_the_passphrase_is(qtbot, demo, tmp_path):
    window = UnlockWindow(tmp_path / "demo")
    qtbot.addWidget(window)
    window.show()
    assert window.demo_hint.isVisible()
    assert DEMO_USER in window.demo_hint.text() and "Makefile" in window.demo_hint.text()
    assert window.user.text() == DEMO_USER
    assert window.passphrase.hasFocus() or not window.isActiveWindow()


def test_a_real_vault_unlock_screen_shows_no_demo_hint(qtbot, created, vault_dir):
    window = UnlockWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    assert not window.demo_hint.isVisible()
    assert window.user.text() == ""


def test_remember_my_name_is_not_cut_off(qtbot, created, vault_dir, qapp):
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)  # a larger system font, too
    qapp.setFont(font)
    window = UnlockWindow(vault_dir)
    qtbot.addWidget(window)
    window.resize(window.minimumSizeHint())
    window.show()
    qtbot.waitExposed(window)
    assert window.remember.width() >= window.remember.sizeHint().width()


def test_ages_under_two_are_in_months():
    today = date(2026, 12, 7)
    assert age_text(date(2026, 9, 1), today) == "3 meses"
    assert age_text(date(2026, 11, 20), today) == "0 meses"
    assert age_text(date(2025, 11, 7), today) == "13 meses"
    assert age_text(date(2019, 5, 1), today) == "7 años"
    assert age_text(None, today) == ""


def test_dates_have_four_digit_years():
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    try:
        assert "2026" in short_date(date(2026, 3, 4))
        assert "2026" in short_date(QDate(2026, 3, 4))
    finally:
        QLocale.setDefault(QLocale.c())


def test_country_names_are_in_spanish():
    assert country_name("DZ", "es") == "Argelia"
    assert country_name("DZ", "en") == "Algeria"
    assert country_name("HN", "es") == "Honduras"
    assert country_name("DE", "es") == "Alemania"
    names = dict(all_countries("es"))
    assert names["DZ"] == "Argelia" and names["MX"] == "México"
