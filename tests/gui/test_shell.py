"""The main window: navigation, language switch, settings, follow-up lists."""

from __future__ import annotations

from datetime import date, timedelta

from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.people import PersonDetails
from shelter_desk.gui.common.settings import Preferences
from shelter_desk.gui.shell.controller import AppController
from shelter_desk.gui.shell.main_window import NAV_CASES, NAV_DUE, NAV_SETTINGS, NAV_TASKS
from shelter_desk.services import cases, documents, followup


def test_switching_language_changes_every_visible_text(qtbot, created, vault_dir, preferences):
    controller = AppController(vault_dir, preferences)
    controller._unlocked(created.vault)
    window = controller.main_window
    qtbot.addWidget(window)
    assert window.nav.item(NAV_CASES).text() == "Expedientes"
    window.navigate(NAV_SETTINGS)
    settings = window.settings
    settings.language.setCurrentIndex(settings.language.findData("en"))
    qtbot.waitUntil(lambda: window.nav.item(NAV_CASES).text() == "Cases", timeout=2000)
    assert window.quick_exit.text() == "Quick exit"
    assert window.case_list.search.placeholderText().startswith("Search")
    qtbot.waitUntil(lambda: preferences.load().language == "en", timeout=3000)
    settings.language.setCurrentIndex(settings.language.findData("es"))
    qtbot.waitUntil(lambda: window.nav.item(NAV_CASES).text() == "Expedientes", timeout=2000)


def test_auto_lock_and_font_size_settings_apply(qtbot, created, vault_dir, preferences):
    controller = AppController(vault_dir, preferences)
    controller._unlocked(created.vault)
    window = controller.main_window
    qtbot.addWidget(window)
    window.settings.font_size.setValue(16)
    window.settings.auto_lock.setValue(9)
    qtbot.waitUntil(lambda: preferences.load() == Preferences(
        language="es", auto_lock_minutes=9, font_size=16), timeout=3000)
    qtbot.waitUntil(lambda: window.case_list.search.font().pointSize() == 16, timeout=2000)
    assert controller.session._idle.interval() == 9 * 60_000


def test_documents_due_and_tasks_lists(qtbot, created, vault_dir, preferences, qtmodeltester):
    case = cases.open_case(created.vault, PersonDetails("Glenda", family_names="Funes")).value
    documents.record_document(created.vault, case.principal_person_id, DocumentDetails(
        "tvrh", DocumentStatus.ORIGINAL, expires_on=date.today() + timedelta(days=20)))
    followup.add_task(created.vault, case.id, "Acompañar a COMAR", date.today())
    controller = AppController(vault_dir, preferences)
    controller._unlocked(created.vault)
    window = controller.main_window
    qtbot.addWidget(window)
    window.navigate(NAV_DUE)
    qtmodeltester.check(window.due.model)
    assert window.due.model.rowCount() == 1
    assert window.due.model.index(0, 1).data() == "Glenda Funes"
    window.navigate(NAV_TASKS)
    qtmodeltester.check(window.tasks.model)
    # each task says whose case it is
    assert [window.tasks.model.index(0, column).data() for column in (1, 2, 3)] == [
        "Acompañar a COMAR", case.code, "Glenda Funes"]
    opened = []
    window.due.case_requested.connect(opened.append)
    window.due.table.activated.emit(window.due.model.index(0, 0))
    assert opened == [case.id]
    assert window.pages.currentWidget() is window.case_view


def test_back_to_the_list_from_a_case_and_a_small_screen(qtbot, demo, preferences):
    from shelter_desk.gui.shell.main_window import MainWindow

    window = MainWindow(demo, Preferences())
    qtbot.addWidget(window)
    window.show()
    assert window.minimumSizeHint().width() <= 1280  # an old laptop's screen
    from PySide6.QtWidgets import QApplication

    bigger = QApplication.font()
    bigger.setPointSize(14)  # tired eyes: still fits
    QApplication.setFont(bigger)
    qtbot.waitUntil(lambda: window.case_list.search.font().pointSize() == 14, timeout=2000)
    assert window.minimumSizeHint().width() <= 1280
    first = window.case_list.model.row_at(0).case_id
    window.open_case(first)
    assert window.pages.currentWidget() is window.case_view
    window.nav.setCurrentRow(NAV_CASES)  # what a click on "Expedientes" does
    assert window.pages.currentWidget() is window.case_list


def test_a_user_name_that_looks_like_markup_is_shown_as_typed(qtbot, created, vault_dir,
                                                              preferences):
    # GIVEN a coordinator whose user name was typed with HTML tags in it
    from PySide6.QtCore import Qt

    from shelter_desk.domain.staff import Role
    from shelter_desk.services import staff
    from shelter_desk.store.vault import unlock

    staff.add_staff(created.vault, "<b>Ana</b>", Role.COORDINATOR, "frase de ana larga")
    created.vault.lock()
    controller = AppController(vault_dir, preferences)
    # WHEN she unlocks
    controller._unlocked(unlock(vault_dir, user="<b>Ana</b>", passphrase="frase de ana larga"))
    window = controller.main_window
    qtbot.addWidget(window)
    # THEN the status bar shows her name as typed, not in bold
    assert window.who.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Ana</b>" in window.who.text()
