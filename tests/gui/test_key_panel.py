"""Settings -> Seguridad de la bóveda: changing the master key off the GUI thread with a
progress bar; the wipe and duress settings; a duress unlock leads to first use."""

from __future__ import annotations

from shelter_desk.gui.security.key_panel import KeyPanel
from shelter_desk.gui.setup.unlock_window import UnlockWindow
from shelter_desk.services import vault_protection
from shelter_desk.store.keyring import Keyring
from shelter_desk.store.vault import vault_exists
from tests.conftest import COORDINATOR, PASSPHRASE


def test_changing_the_master_key_from_settings(qtbot, created, vault_dir):
    panel = KeyPanel(created.vault)
    qtbot.addWidget(panel)
    panel.show()
    panel.confirm_rotate = lambda: True
    moves = []
    panel._progress.moved.connect(lambda done, total: moves.append((done, total)))
    with qtbot.waitSignal(panel.rotated, timeout=30_000) as rotated:
        panel.rotate.click()
        # the work is on another thread: the panel answers and says what is happening
        assert not panel.rotate.isEnabled()
        assert panel.status.text() == "Cambiando la llave maestra…"
    assert rotated.args[0].generation == 2
    assert "generación 2" in panel.status.text()
    assert panel.rotate.isEnabled() and panel.window().isEnabled()
    assert moves and moves[-1][0] == moves[-1][1]
    assert created.vault.organisation_name()  # still open, under the new key
    assert Keyring.load(vault_dir).generation == 2


def test_wipe_setting_is_saved_in_the_vaults_keys(qtbot, created, vault_dir):
    panel = KeyPanel(created.vault)
    qtbot.addWidget(panel)
    assert not panel.wipe.isChecked() and panel.wipe_after.value() == 10
    assert "Solo una copia de seguridad" in panel.wipe_cost.text()
    panel.wipe.setChecked(True)
    assert Keyring.load(vault_dir).protection.wipe_after == 10
    panel.wipe.setChecked(False)
    assert Keyring.load(vault_dir).protection.wipe_after is None


def test_duress_refused_when_it_is_a_real_passphrase(qtbot, created, vault_dir):
    panel = KeyPanel(created.vault)
    qtbot.addWidget(panel)
    panel.ask_duress_passphrase = lambda: PASSPHRASE
    panel.duress.click()
    qtbot.waitUntil(panel.duress.isEnabled, timeout=10_000)
    assert "contraseña de una cuenta" in panel.status.text()
    assert Keyring.load(vault_dir).protection.duress is None


def test_a_duress_unlock_shows_first_use(qtbot, created, vault_dir):
    vault_protection.set_duress_passphrase(created.vault, "frase de emergencia secreta")
    created.vault.lock()
    window = UnlockWindow(vault_dir, COORDINATOR)
    qtbot.addWidget(window)
    window.passphrase.setText("frase de emergencia secreta")
    with qtbot.waitSignal(window.vanished, timeout=10_000):
        window.try_unlock()
    assert window.message.text() == ""  # nothing says a wipe happened
    assert not vault_exists(vault_dir)
    assert list(vault_dir.iterdir()) == []


def test_replacing_the_backups_of_a_stick(qtbot, created, tmp_path):
    from shelter_desk.services import backup

    stick = tmp_path / "usb"
    stick.mkdir()
    backup.make_backup(created.vault, stick / "copia.sdbackup")
    created.vault.rotate_master_key()
    panel = KeyPanel(created.vault)
    qtbot.addWidget(panel)
    panel.choose_folder = lambda: stick
    with qtbot.waitSignal(panel.backups_replaced, timeout=30_000):
        panel.replace.click()
    assert panel.status.text() == "Copias reemplazadas con la llave nueva: 1."


def test_after_a_duress_wipe_the_laptop_forgets_whose_it_was(qtbot, created, vault_dir,
                                                            preferences):
    from shelter_desk.gui.shell.controller import AppController

    vault_protection.set_duress_passphrase(created.vault, "frase de emergencia secreta")
    created.vault.lock()
    saved = preferences.load()
    saved.remembered_user = COORDINATOR
    preferences.save(saved)
    controller = AppController(vault_dir, preferences)
    controller.show_unlock()
    window = controller.unlock_window  # deleted by the controller when the vault vanishes
    assert window.user.text() == COORDINATOR
    window.passphrase.setText("frase de emergencia secreta")
    with qtbot.waitSignal(window.vanished, timeout=10_000):
        window.try_unlock()
    assert preferences.load().remembered_user == ""
    if controller.wizard is not None:
        qtbot.addWidget(controller.wizard)
