"""First run to first unlock, a wrong and a right passphrase, and the recovery path."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from shelter_desk.gui.setup.unlock_window import UnlockWindow
from shelter_desk.gui.shell.controller import AppController
from shelter_desk.services import staff
from shelter_desk.store.errors import VaultLocked
from shelter_desk.store.vault import vault_exists
from tests.conftest import COORDINATOR, FAST_KDF, PASSPHRASE
from tests.gui.conftest import activate


def test_wizard_to_first_unlock(qtbot, tmp_path, preferences):
    # GIVEN a computer with no vault yet
    vault_dir = tmp_path / "vault"
    controller = AppController(vault_dir, preferences, kdf_params=FAST_KDF)
    controller.start()
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and wizard.welcome.language.currentData() == "es"

    # WHEN the coordinator fills in her organisation, name and passphrase
    wizard.next()
    page = wizard.coordinator
    # (staff are not "usuarias": that word is for the women the shelter serves)
    assert "usuaria" not in page.subTitle() + page.user_label.text()
    assert page.subTitle() == ("La primera cuenta es de coordinación: podrá dar de alta al "
                               "resto del equipo.")
    page.organisation.setText("Casa Sintética")
    page.user.setText("Ana Prueba")
    page.fields.first.setText("una frase larga de prueba")
    assert not page.isComplete()  # not yet confirmed
    page.fields.second.setText("una frase larga de prueba")
    assert page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10_000)

    # THEN the code is shown once, and she cannot finish before securing it
    code = wizard.recovery.code.text()
    assert len(code.split("-")) == 8 and vault_exists(vault_dir)
    assert not wizard.recovery.isComplete()
    wizard.recovery.confirm.setChecked(True)
    assert not wizard.recovery.isComplete()  # ticked, but not saved, printed or copied
    qtbot.mouseClick(wizard.recovery.copy, Qt.MouseButton.LeftButton)
    assert wizard.recovery.isComplete()
    assert QGuiApplication.clipboard().text() == code
    wizard.accept()
    assert QGuiApplication.clipboard().text() != code
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window = controller.main_window
    qtbot.addWidget(window)
    assert window.isVisible() and "Casa Sintética" in window.who.text()

    # AND after locking, her passphrase opens it again
    window.lock_button.click()
    assert controller.main_window is None
    unlock = controller.unlock_window
    qtbot.addWidget(unlock)
    unlock.user.setText("ana prueba")
    unlock.passphrase.setText("una frase larga de prueba")
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    qtbot.addWidget(controller.main_window)


def to_recovery_page(qtbot, wizard) -> None:
    """Through the coordinator page as she would fill it, to the recovery code."""
    wizard.show()
    wizard.next()
    wizard.coordinator.organisation.setText("Casa Sintética")
    wizard.coordinator.user.setText("Ana Prueba")
    wizard.coordinator.fields.first.setText("una frase larga de prueba")
    wizard.coordinator.fields.second.setText("una frase larga de prueba")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10_000)


def test_the_emergency_kit_pdf(tmp_path):
    from shelter_desk.gui.setup.emergency_kit import write_kit_pdf

    write_kit_pdf(tmp_path / "kit.pdf", "Casa Sintética", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789")
    assert (tmp_path / "kit.pdf").read_bytes().startswith(b"%PDF")


def test_wrong_then_right_passphrase(qtbot, created, vault_dir):
    created.vault.lock()
    window = UnlockWindow(vault_dir)
    qtbot.addWidget(window)
    unlocked = []
    window.unlocked.connect(unlocked.append)

    assert window.user_label.text() == "&Nombre para entrar:"
    window.unlock_button.click()
    assert window.message.text() == "Escribe tu nombre para entrar y tu contraseña."
    window.user.setText(COORDINATOR)
    window.passphrase.setText("no es la frase")
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.failures == 1, timeout=5000)
    assert "no son correctos" in window.message.text()
    assert window.passphrase.text() == "no es la frase"  # kept, selected, to retype

    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: bool(unlocked), timeout=5000)
    assert unlocked[0].user.name == COORDINATOR and window.passphrase.text() == ""
    unlocked[0].lock()


def test_repeated_failures_make_her_wait(qtbot, created, vault_dir):
    created.vault.lock()
    window = UnlockWindow(vault_dir, COORDINATOR)
    qtbot.addWidget(window)
    for attempt in range(1, 4):
        window.passphrase.setText(f"intento fallido {attempt}")
        window.try_unlock()
        qtbot.waitUntil(lambda attempt=attempt: window.failures == attempt, timeout=5000)
    assert not window.unlock_button.isEnabled()
    assert "Espera" in window.unlock_button.text()
    window.try_unlock()  # ignored while waiting
    assert window.failures == 3
    qtbot.waitUntil(window.unlock_button.isEnabled, timeout=5000)


def test_forgot_passphrase_with_the_recovery_code(qtbot, created, vault_dir):
    created.vault.lock()
    window = UnlockWindow(vault_dir, COORDINATOR)
    qtbot.addWidget(window)
    window.forgot.click()
    form = window.recovery
    assert window.pages.currentWidget() is form and form.user.text() == COORDINATOR
    form.code.setText(created.recovery_code)
    form.fields.first.setText("frase nueva y recordable")
    form.fields.second.setText("frase nueva y recordable")
    form.save.click()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 0, timeout=5000)
    assert "nueva contraseña" in window.message.text()
    unlocked = []
    window.unlocked.connect(unlocked.append)
    window.passphrase.setText("frase nueva y recordable")
    window.unlock_button.click()
    qtbot.waitUntil(lambda: bool(unlocked), timeout=5000)
    unlocked[0].lock()


def test_quick_exit_and_auto_lock(qtbot, created, vault_dir, preferences):
    controller = AppController(vault_dir, preferences)
    controller._unlocked(created.vault)
    window = controller.main_window
    qtbot.addWidget(window)
    assert window.quick_exit.isVisible() and "F12" in window.quick_exit.toolTip()

    # WHEN she presses the quick-exit key
    activate(qtbot, window)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_F12)

    # THEN the window is gone and the vault refuses every service call
    assert not window.isVisible() and controller.main_window is None
    try:
        staff.list_staff(created.vault)
        raise AssertionError("the vault answered after quick exit")
    except VaultLocked:
        pass
    qtbot.addWidget(controller.unlock_window)
    assert controller.unlock_window.isVisible()


def test_idle_auto_lock(qtbot, created, vault_dir, preferences):
    controller = AppController(vault_dir, preferences)
    controller._unlocked(created.vault)
    qtbot.addWidget(controller.main_window)
    controller.session.set_auto_lock(0.005)  # 0.3 s
    qtbot.waitUntil(lambda: created.vault.is_locked, timeout=5000)
    assert controller.main_window is None
    qtbot.addWidget(controller.unlock_window)


def test_printing_the_kit_counts_as_securing_it(qtbot, tmp_path, preferences, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from shelter_desk.gui.setup import first_run

    class PdfPrinter(QPrinter):
        def __init__(self, mode) -> None:
            super().__init__(mode)
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(tmp_path / "printed.pdf"))

    class Accepting:
        DialogCode = first_run.QPrintDialog.DialogCode

        def __init__(self, *_args) -> None:
            pass

        def exec(self):
            return self.DialogCode.Accepted

    monkeypatch.setattr(first_run, "QPrinter", PdfPrinter)
    monkeypatch.setattr(first_run, "QPrintDialog", Accepting)
    wizard = first_run.FirstRunWizard(tmp_path / "vault", FAST_KDF)
    qtbot.addWidget(wizard)
    to_recovery_page(qtbot, wizard)
    wizard.recovery.print_kit.click()
    wizard.recovery.confirm.setChecked(True)
    assert wizard.recovery.isComplete()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    wizard.coordinator.created.vault.lock()


def test_quick_exit_from_inside_a_dialog_closes_it_and_locks(qtbot, created, vault_dir,
                                                              preferences):
    from datetime import date

    from shelter_desk.domain.people import PersonDetails
    from shelter_desk.gui.documents.document_dialog import DocumentDialog
    from shelter_desk.services import cases
    from tests.gui.conftest import DialogDriver

    case = cases.open_case(created.vault, PersonDetails("Iris", birth_date=date(1990, 1, 1)))
    controller = AppController(vault_dir, preferences)
    controller._unlocked(created.vault)
    window = controller.main_window
    qtbot.addWidget(window)
    window.open_case(case.value.id)
    seen = []

    def press_f12(dialog: DocumentDialog) -> None:
        dialog.form.number.setText("A123")  # she is typing when someone walks in
        qtbot.keyClick(dialog.form.number, Qt.Key.Key_F12)
        seen.append(dialog.isVisible())

    driver = DialogDriver(DocumentDialog, press_f12)
    window.case_view.board.tiles[0].click()
    driver.check()
    assert seen == [False] and created.vault.is_locked
    unlock = controller.unlock_window
    qtbot.addWidget(unlock)
    assert unlock.isVisible() and unlock.user.text() == ""


def test_the_wizard_will_not_close_before_the_code_is_secured(qtbot, tmp_path):
    from shelter_desk.gui.setup.first_run import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "vault", FAST_KDF)
    qtbot.addWidget(wizard)
    to_recovery_page(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    wizard.close()
    assert wizard.isVisible() and "Antes de salir" in wizard.recovery.done.text()
    wizard.recovery.copy.click()
    wizard.reject()  # now she may leave; the vault is locked behind her
    assert not wizard.isVisible() and wizard.coordinator.created.vault.is_locked


def test_unlocking_finishes_a_deletion_whose_scrub_failed(qtbot, created, vault_dir, tmp_path,
                                                          monkeypatch):
    # GIVEN a deletion whose scrub failed, so the vault marks it pending
    from shelter_desk.services import data_rights, people
    from shelter_desk.store import erasure, settings_repo
    from tests.store.marked_people import add_marked_woman

    woman = add_marked_woman(created.vault, tmp_path, "la")
    people.block_person(created.vault, woman.person_id)

    def failing(_vault):
        raise erasure.ScrubIncomplete("vault.db")

    with monkeypatch.context() as patched, pytest.raises(erasure.ScrubIncomplete):
        patched.setattr(erasure, "scrub", failing)
        data_rights.delete_person(created.vault, woman.person_id)
    created.vault.lock()
    # WHEN she unlocks in the window
    window = UnlockWindow(vault_dir, COORDINATOR)
    qtbot.addWidget(window)
    unlocked = []
    window.unlocked.connect(unlocked.append)
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: bool(unlocked), timeout=5000)
    # THEN the scrub was finished before the main window got the vault
    with unlocked[0].read() as connection:
        assert settings_repo.get(connection, settings_repo.SCRUB_PENDING) is None
    unlocked[0].lock()

