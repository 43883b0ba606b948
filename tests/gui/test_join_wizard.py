"""«Unirme a un albergue» on first run: she copies what the other laptop's «Agregar una
computadora del equipo» shows, and the received vault opens; each failure is told, and
the vault folder stays empty."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtWidgets import QWizard

from shelter_desk.domain.people import PersonDetails
from shelter_desk.gui.shell.controller import AppController
from shelter_desk.gui.team.team_panel import AddComputerDialog
from shelter_desk.services import cases
from shelter_desk.store.vault import vault_exists
from shelter_desk.team import presence, sync
from tests.conftest import COORDINATOR, FAST_KDF, PASSPHRASE


@pytest.fixture
def other_laptop(qtbot, created):
    sync.set_up(created.vault, "Recepción")
    cases.open_case(created.vault, PersonDetails(given_names="Inés Sintética"))
    dialog = AddComputerDialog(created.vault, host=presence.LOOPBACK)
    qtbot.addWidget(dialog)
    yield dialog
    dialog.reject()


def _join_page(qtbot, tmp_path, preferences):
    controller = AppController(tmp_path / "nueva", preferences, kdf_params=FAST_KDF,
                               team_host=presence.LOOPBACK, team_announce=False)
    controller.start()
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    wizard.resize(1024, 768)
    wizard.welcome.join.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.join
    return controller, wizard, wizard.join


def _copy_from(page, dialog, *, code=None, passphrase=PASSPHRASE) -> None:
    page.code.setText(code or dialog.code.text())
    page.identifier.setText(dialog.fingerprint.text().rsplit(" ", 1)[1])
    page.address.setText(dialog.address.text().rsplit(" ", 1)[1])
    page.user.setText(COORDINATOR)
    page.passphrase.setText(passphrase)


def test_she_joins_with_the_typed_code_and_the_vault_opens(qtbot, other_laptop, tmp_path,
                                                           preferences) -> None:
    controller, wizard, page = _join_page(qtbot, tmp_path, preferences)
    assert page.laptop.text() == socket.gethostname()
    assert not page.isComplete()
    _copy_from(page, other_laptop)
    shown = other_laptop.invitation.ticket.short_fingerprint
    assert shown in page.compare.text() and "Comprueba" in page.compare.text()
    assert page.isComplete()
    page.laptop.setText("Abogada")
    wizard.show()
    wizard.grab().save(str(tmp_path / "join_page.png"))  # looked at by eye
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    window = controller.main_window
    qtbot.addWidget(window)
    vault = controller.session.vault
    assert cases.search_cases(vault, "Inés").rows
    assert other_laptop.invitation.paired is not None
    assert other_laptop.invitation.paired.name == "Abogada"
    window.lock_button.click()


def test_the_qr_text_fills_in_the_identifier_and_the_address(qtbot, other_laptop,
                                                             tmp_path, preferences) -> None:
    _controller, _wizard, page = _join_page(qtbot, tmp_path, preferences)
    ticket = other_laptop.invitation.ticket
    page.code.setText(ticket.uri())
    assert page.identifier.text() == ticket.short_fingerprint
    assert page.address.text() == f"{ticket.host}:{ticket.port}"


def test_she_can_go_back_and_create_a_vault_instead(qtbot, tmp_path, preferences) -> None:
    _controller, wizard, _page = _join_page(qtbot, tmp_path, preferences)
    wizard.show()
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isVisible() and wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.back()
    wizard.grab().save(str(tmp_path / "welcome_choice.png"))  # looked at by eye
    wizard.welcome.create.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.coordinator


def test_a_wrong_code_says_the_tries_left_and_leaves_nothing(qtbot, other_laptop, tmp_path,
                                                             preferences) -> None:
    controller, wizard, page = _join_page(qtbot, tmp_path, preferences)
    _copy_from(page, other_laptop, code="0000-0000")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: page.busy.isHidden(), timeout=30_000)
    assert "Quedan 2 intentos" in page.message.text()
    assert wizard.isVisible() and controller.main_window is None
    assert not (tmp_path / "nueva").exists()
    wizard.grab().save(str(tmp_path / "join_wrong_code.png"))  # looked at by eye


def test_a_wrong_passphrase_and_an_unreachable_laptop_are_told(qtbot, other_laptop,
                                                               tmp_path, preferences):
    controller, wizard, page = _join_page(qtbot, tmp_path, preferences)
    _copy_from(page, other_laptop, passphrase="no es la frase")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: page.busy.isHidden(), timeout=30_000)
    assert "código nuevo" in page.message.text()
    assert not vault_exists(tmp_path / "nueva") and not (tmp_path / "nueva").exists()
    # The invitation was spent: the laptop is not answering any more.
    qtbot.waitUntil(lambda: other_laptop.invitation.ended, timeout=10_000)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: page.busy.isHidden(), timeout=30_000)
    assert "No se pudo llegar" in page.message.text()
    assert controller.main_window is None and not (tmp_path / "nueva").exists()


def test_a_typo_is_told_at_once_without_trying(qtbot, other_laptop, tmp_path, preferences):
    _controller, wizard, page = _join_page(qtbot, tmp_path, preferences)
    _copy_from(page, other_laptop, code="12-34")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert page.busy.isHidden() and "8 cifras" in page.message.text()
    assert other_laptop.invitation.tries_left == 3
