"""About Shelter Desk: the licences a shelter (or an auditor) can read in the app."""

from __future__ import annotations

from shelter_desk import __version__
from shelter_desk.gui.common.i18n import set_language
from shelter_desk.gui.shell.about_dialog import AboutDialog, qt_library_folder
from shelter_desk.gui.shell.controller import AppController
from shelter_desk.gui.shell.main_window import NAV_SETTINGS
from tests.gui.conftest import DialogDriver


def _rows(dialog: AboutDialog) -> dict[str, list[str]]:
    table = dialog.table
    return {table.topLevelItem(row).text(0): [table.topLevelItem(row).text(column)
                                              for column in range(3)]
            for row in range(table.topLevelItemCount())}


def test_about_names_the_version_the_licences_and_how_to_replace_qt(qtbot):
    # WHEN she opens About
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    # THEN it names the version and Shelter Desk's licence
    assert __version__ in dialog.heading.text()
    assert "AGPL-3.0-or-later" in dialog.licence.text()
    # AND says that Qt for Python is LGPLv3, dynamically linked, replaceable, and where
    notice = dialog.qt_notice.text()
    assert "LGPLv3" in notice and "forma dinámica" in notice and "reemplazarlas" in notice
    assert str(qt_library_folder()) in notice
    assert "https://download.qt.io/" in notice
    # AND lists the components with their licences, Shelter Desk first
    rows = _rows(dialog)
    assert dialog.table.topLevelItem(0).text(0) == "shelter-desk"
    assert rows["Qt"][2] == "LGPL-3.0-only"
    assert rows["PySide6_Essentials"][2] == "LGPL-3.0-only"
    assert rows["SQLAlchemy"][2] == "MIT"
    assert rows["pycountry"][2] == "LGPL-2.1-only"
    assert "pytest" not in rows  # tools for tests are not shipped


def test_choosing_a_component_shows_its_licence_text(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    names = list(_rows(dialog))
    # WHEN she chooses Qt in the list
    dialog.table.setCurrentItem(dialog.table.topLevelItem(names.index("Qt")))
    # THEN the LGPL's text is shown
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    dialog.table.setCurrentItem(dialog.table.topLevelItem(names.index("SQLAlchemy")))
    assert "Permission is hereby granted" in dialog.licence_text.toPlainText()


def test_about_speaks_english_too(qtbot):
    set_language("en")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About Shelter Desk"
    assert "dynamically linked" in dialog.qt_notice.text()
    assert dialog.table.headerItem().text(2) == "Licence"


def test_about_is_reached_from_settings_and_from_the_help_menu(qtbot, created, vault_dir,
                                                               preferences):
    # GIVEN the main window
    controller = AppController(vault_dir, preferences)
    controller._unlocked(created.vault)
    window = controller.main_window
    qtbot.addWidget(window)
    seen = []
    # WHEN she presses "Acerca de Shelter Desk…" on the Settings page
    window.navigate(NAV_SETTINGS)
    driver = DialogDriver(AboutDialog, lambda dialog: seen.append(dialog.windowTitle()))
    window.settings.about.click()
    driver.check()
    # AND from the Help menu
    driver = DialogDriver(AboutDialog, lambda dialog: seen.append(dialog.windowTitle()))
    window.about_action.trigger()
    driver.check()
    # THEN both opened About; the menu and the button have keyboard mnemonics
    assert seen == ["Acerca de Shelter Desk"] * 2
    assert window.help_menu.title() == "A&yuda"
    assert window.settings.about.text().startswith("&Acerca")
