"""Settings -> Personas del equipo: a coordinator adds a person, gives a new passphrase,
and removes someone who left; the removal changes the master key with a progress bar,
says what it cannot undo, and offers to replace the backups on a stick."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from shelter_desk.domain.staff import Role
from shelter_desk.gui.common.settings import Preferences
from shelter_desk.gui.security.staff_dialogs import AddStaffDialog, RemovalDialog
from shelter_desk.gui.security.staff_panel import StaffPanel
from shelter_desk.gui.shell.main_window import MainWindow
from shelter_desk.services import backup, staff
from shelter_desk.store.errors import WrongCredentials
from shelter_desk.store.keyring import Keyring
from shelter_desk.store.vault import unlock
from tests.conftest import COORDINATOR, PASSPHRASE

LEAVER = "Voluntaria Que Se Va"
LEAVER_PASSPHRASE = "frase de la voluntaria"


def _panel(qtbot, vault) -> StaffPanel:
    panel = StaffPanel(vault)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _names(panel: StaffPanel) -> list[str]:
    return [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]


def test_the_list_shows_who_can_open_the_vault(qtbot, qtmodeltester, created):
    staff.add_staff(created.vault, LEAVER, Role.VOLUNTEER, LEAVER_PASSPHRASE)
    panel = _panel(qtbot, created.vault)
    qtmodeltester.check(panel.model)
    assert _names(panel) == [f"{COORDINATOR} (tú)", LEAVER]
    assert panel.model.index(1, 1).data() == "Voluntaria"
    assert panel.model.index(1, 2).data() == "Activa"
    panel.table.selectRow(0)
    # her own account: a new passphrase yes, removing herself no, and she is told why
    assert panel.reset.isEnabled() and not panel.remove.isEnabled()
    assert "propia cuenta" in panel.remove.toolTip()
    panel.table.selectRow(1)
    assert panel.remove.isEnabled()


def test_adding_a_person_who_then_opens_the_vault(qtbot, created, vault_dir):
    panel = _panel(qtbot, created.vault)
    panel.ask_new_person = lambda: ("Abogada Nueva", Role.CASEWORKER, "frase de la abogada")
    panel.add.click()
    qtbot.waitUntil(lambda: "Abogada Nueva" in _names(panel), timeout=10_000)
    assert panel.status.text() == "«Abogada Nueva» ya puede entrar con su contraseña."
    assert panel.selected().name == "Abogada Nueva"
    created.vault.lock()
    with unlock(vault_dir, user="Abogada Nueva", passphrase="frase de la abogada") as opened:
        assert opened.user.role is Role.CASEWORKER


def test_the_add_dialog_refuses_a_taken_name_without_losing_what_was_typed(qtbot, created):
    staff.add_staff(created.vault, LEAVER, Role.VOLUNTEER, LEAVER_PASSPHRASE)
    panel = _panel(qtbot, created.vault)
    dialog = AddStaffDialog(panel.name_taken, panel)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing typed yet
    dialog.name.setText("voluntaria  que se va")  # the same person, typed differently
    dialog.fields.first.setText("otra frase larga")
    dialog.fields.second.setText("otra frase larga")
    assert ok.isEnabled()
    ok.click()
    assert dialog.result() == 0 and "Ya hay una persona activa" in dialog.problem.text()
    assert dialog.fields.passphrase() == "otra frase larga"
    dialog.fields.first.setText(" empieza con espacio")
    dialog.fields.second.setText(" empieza con espacio")
    dialog.name.setText("Otra Persona")
    ok.click()
    assert "espacios" in dialog.problem.text()
    dialog.fields.first.setText("frase de otra persona")
    dialog.fields.second.setText("frase de otra persona")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.COORDINATOR))
    ok.click()
    assert dialog.result() == 1
    assert dialog.values() == ("Otra Persona", Role.COORDINATOR, "frase de otra persona")


def test_a_new_passphrase_for_someone_who_forgot_hers(qtbot, created, vault_dir):
    staff.add_staff(created.vault, LEAVER, Role.VOLUNTEER, LEAVER_PASSPHRASE)
    panel = _panel(qtbot, created.vault)
    panel.select(LEAVER)
    panel.ask_new_passphrase = lambda user: "frase recordada de nuevo"
    panel.reset.click()
    qtbot.waitUntil(lambda: "ya entra con su contraseña nueva" in panel.status.text(),
                    timeout=10_000)
    created.vault.lock()
    with pytest.raises(WrongCredentials):
        unlock(vault_dir, user=LEAVER, passphrase=LEAVER_PASSPHRASE)
    with unlock(vault_dir, user=LEAVER, passphrase="frase recordada de nuevo"):
        pass


def test_the_removal_dialog_says_what_it_cannot_undo(qtbot, created):
    user = staff.add_staff(created.vault, LEAVER, Role.VOLUNTEER, LEAVER_PASSPHRASE)
    dialog = RemovalDialog(user)
    qtbot.addWidget(dialog)
    assert LEAVER in dialog.heading.text()
    assert "llave maestra cambia" in dialog.effects.text()
    assert "código de recuperación siguen sirviendo" in dialog.effects.text()
    assert "hechas antes de hoy siguen abriéndose" in dialog.limits.text()
    # Enter alone does not change the vault's key
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()


def test_removing_a_person_changes_the_key_and_offers_to_replace_the_backups(
        qtbot, created, vault_dir, tmp_path):
    staff.add_staff(created.vault, LEAVER, Role.VOLUNTEER, LEAVER_PASSPHRASE)
    stick = tmp_path / "usb"
    stick.mkdir()
    backup.make_backup(created.vault, stick / "antes.sdbackup")
    panel = _panel(qtbot, created.vault)
    panel.select(LEAVER)
    asked = []
    panel.confirm_removal = lambda user: asked.append(user.name) or True
    panel.offer_backup_replacement = lambda name: asked.append(name) or True
    moves = []
    panel._progress.moved.connect(lambda done, total: moves.append((done, total)))
    with qtbot.waitSignal(panel.replace_backups_requested, timeout=60_000):
        panel.remove.click()
        assert not panel.window().isEnabled()  # nothing else uses the vault meanwhile
        assert panel.progress.isVisible()
    assert asked == [LEAVER, LEAVER]
    assert moves and moves[-1][0] == moves[-1][1]
    assert panel.status.text() == (f"Se quitó a «{LEAVER}». "
                                   "La llave maestra es nueva (generación 2).")
    assert panel.window().isEnabled() and not panel.progress.isVisible()
    assert panel.model.index(1, 2).data() == "Quitada"
    assert Keyring.load(vault_dir).generation == 2
    created.vault.lock()
    # what she copies from now on does not open with her passphrase
    copied = tmp_path / "copia_despues"
    shutil.copytree(vault_dir, copied)
    with pytest.raises(WrongCredentials):
        unlock(copied, user=LEAVER, passphrase=LEAVER_PASSPHRASE)
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE):
        pass


def test_the_last_coordinator_is_never_removed(qtbot, created, vault_dir):
    other = "Otra Coordinadora"
    staff.add_staff(created.vault, other, Role.COORDINATOR, "frase de la otra")
    created.vault.lock()
    with unlock(vault_dir, user=other, passphrase="frase de la otra") as vault:
        staff.remove_staff(vault, COORDINATOR)
        panel = _panel(qtbot, vault)
        assert [name.replace(" (tú)", "") for name in _names(panel)] == [other, COORDINATOR]
        panel.select(other)
        assert not panel.remove.isEnabled()  # herself, and the last coordinator too


def test_only_coordinators_see_the_team_in_settings(qtbot, created, vault_dir):
    window = MainWindow(created.vault, Preferences())
    qtbot.addWidget(window)
    assert window.staff_panel is not None
    assert window.settings.findChild(StaffPanel) is window.staff_panel
    staff.add_staff(created.vault, LEAVER, Role.VOLUNTEER, LEAVER_PASSPHRASE)
    created.vault.lock()
    with unlock(vault_dir, user=LEAVER, passphrase=LEAVER_PASSPHRASE) as vault:
        volunteer_window = MainWindow(vault, Preferences())
        qtbot.addWidget(volunteer_window)
        assert volunteer_window.staff_panel is None
        volunteer_window.close()
