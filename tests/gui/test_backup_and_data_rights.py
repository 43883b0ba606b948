"""Settings -> backup, the reminder, and the ARCO panel, driven as a coordinator would."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import func, select

from shelter_desk.gui.backup.backup_panel import BackupPanel
from shelter_desk.gui.backup.reminder import BackupReminder
from shelter_desk.gui.backup.restore_dialog import RestoreDialog
from shelter_desk.gui.data_rights.access_pdf import access_html, render_access_pdf
from shelter_desk.gui.data_rights.data_rights_panel import DataRightsPanel
from shelter_desk.gui.shell.controller import AppController
from shelter_desk.gui.shell.main_window import MainWindow
from shelter_desk.services import backup, data_rights, people
from shelter_desk.store.schema import person
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.gui.conftest import DialogDriver
from tests.store.marked_people import add_marked_woman


def test_the_backup_button_writes_a_verified_file_and_the_reminder_goes(
        qtbot, created, tmp_path, monkeypatch):
    # GIVEN a vault never backed up: the reminder shows
    reminder = BackupReminder(created.vault)
    qtbot.addWidget(reminder)
    assert not reminder.isHidden()
    assert reminder.text.text() == (
        "Aún no hay ninguna copia de seguridad comprobada. Si esta computadora se daña o se "
        "pierde, se perderían todos los expedientes.")
    assert reminder.button.text() == "&Hacer copia ahora"
    panel = BackupPanel(created.vault)
    qtbot.addWidget(panel)
    panel.backed_up.connect(lambda _info: reminder.refresh())
    target = tmp_path / "usb" / "albergue.sdbackup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert panel.reminder_label.text() == "A&visar si la última copia tiene más de (días):"
    # WHEN she clicks "Hacer copia de seguridad…" and picks the USB stick
    with qtbot.waitSignal(panel.backed_up, timeout=30_000):
        qtbot.mouseClick(panel.make, Qt.MouseButton.LeftButton)
    # THEN the file is there, the panel says when, and the reminder is gone
    assert target.exists() and target.stat().st_size > 0
    assert "Última copia comprobada" in panel.status.text()
    assert reminder.isHidden()
    assert panel.progress.isHidden() and panel.make.isEnabled()


def test_a_backup_that_cannot_be_written_says_why(qtbot, created, tmp_path, monkeypatch):
    panel = BackupPanel(created.vault)
    qtbot.addWidget(panel)
    missing = tmp_path / "desconectada" / "copia.sdbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    qtbot.mouseClick(panel.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.error.isHidden(), timeout=30_000)
    assert "sigue intacta" in panel.error.text()
    assert "Todavía no hay" in panel.status.text()


def test_deleting_asks_twice_and_only_then_deletes(qtbot, created, tmp_path, monkeypatch,
                                                   qtmodeltester):
    # GIVEN a blocked woman in the ARCO list
    woman = add_marked_woman(created.vault, tmp_path, "ja")
    people.block_person(created.vault, woman.person_id)
    panel = DataRightsPanel(created.vault)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.blocked)
    assert panel.blocked.rowCount() == 1
    code = panel.blocked.rows[0].case_code
    assert "vmark" not in " ".join(panel._blocked_cell(panel.blocked.rows[0], c)
                                   for c in range(3)).lower()  # no name in the list
    panel.blocked_table.selectRow(0)
    warnings = []

    def confirm(box: QMessageBox) -> None:
        warnings.append(box.text())
        named = [b for b in box.buttons() if b.text() == "Eliminar definitivamente"]
        assert len(named) == 1, "the button names the act"
        named[0].click()
    # WHEN she confirms the warning but types a wrong case code
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2000-0001", True))
    driver = DialogDriver(QMessageBox, confirm)
    panel.delete_selected()
    driver.check()
    # THEN nothing is deleted
    assert "No se eliminó nada" in panel.message.text()
    assert "todo el expediente" in warnings[0]
    # WHEN she types the code
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (code, True))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(panel, "confirm_deletion", lambda text: True)
    with qtbot.waitSignal(panel.changed, timeout=30_000):
        panel.delete_selected()
    # THEN she is gone, the list is empty, and she is told so where she looks
    assert told == [f"Se eliminó definitivamente el expediente {code}."]
    assert panel.message.text() == told[0]
    assert panel.blocked.rowCount() == 0
    with created.vault.read() as connection:
        assert connection.execute(select(func.count()).select_from(person)).scalar_one() == 0


def test_access_export_from_the_arco_list(qtbot, created, tmp_path, monkeypatch):
    woman = add_marked_woman(created.vault, tmp_path, "jb")
    people.block_person(created.vault, woman.person_id)
    panel = DataRightsPanel(created.vault)
    qtbot.addWidget(panel)
    panel.blocked_table.selectRow(0)
    out = tmp_path / "entrega"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    qtbot.mouseClick(panel.export, Qt.MouseButton.LeftButton)
    files = sorted(path.suffix for path in out.iterdir())
    assert files == [".json", ".pdf"]
    exported = json.loads(next(out.glob("*.json")).read_text("utf-8"))
    assert exported["person"]["blocked_at"]
    assert "SIN CIFRAR" in told[0]


def test_the_main_window_shows_the_reminder_and_arco_for_coordinators(qtbot, created,
                                                                      preferences):
    window = MainWindow(created.vault, preferences.load())
    qtbot.addWidget(window)
    assert not window.reminder.isHidden()
    assert window.data_rights is not None
    assert window.settings.isAncestorOf(window.backup_panel)


def test_restoring_in_the_app_needs_valid_credentials_and_keeps_the_old_vault(
        qtbot, created, vault_dir, tmp_path):
    # GIVEN a backup, and the vault locked (the app locks before restoring)
    target = tmp_path / "copia.sdbackup"
    backup.make_backup(created.vault, target)
    created.vault.lock()
    dialog = RestoreDialog(target, vault_dir)
    qtbot.addWidget(dialog)
    # WHEN she types a wrong passphrase
    dialog.user.setText(COORDINATOR)
    dialog.passphrase.setText("no es esta")
    dialog.restore()
    # THEN she is told, and nothing was moved
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=30_000)
    assert "no son correctos" in dialog.message.text()
    assert not list(tmp_path.glob("vault.before-restore-*"))
    # WHEN she types the right one
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.restore()
    # THEN the backup is in place and the old vault kept aside
    assert dialog.result_value is not None and dialog.result_value.kept_aside.exists()


def test_blocking_from_the_case_view_moves_her_to_the_arco_list(qtbot, created, tmp_path,
                                                                 preferences, monkeypatch):
    # GIVEN her case open in the main window
    woman = add_marked_woman(created.vault, tmp_path, "jc")
    window = MainWindow(created.vault, preferences.load())
    qtbot.addWidget(window)
    window.open_case(woman.case_id)
    assert window.case_view.block.isVisibleTo(window.case_view)
    # ("Bloquear" is the app lock: the ARCO request has its own name)
    assert window.case_view.block.text() == "Solicitud de cancelación (A&RCO)…"
    # WHEN a coordinator blocks her, and confirms
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.case_view.block, Qt.MouseButton.LeftButton)
    # THEN the window is back on the list, and she is in the ARCO list, by case code only
    assert window.pages.currentWidget() is window.case_list
    assert window.data_rights is not None
    assert [row.person_id for row in window.data_rights.blocked.rows] == [woman.person_id]
    # AND the list gives the date as the other tables do, with a four-digit year
    from datetime import date

    from shelter_desk.gui.common.dates import short_date
    shown = window.data_rights.blocked.index(0, 2).data()
    assert shown == short_date(date.today()) and str(date.today().year) in shown


def test_restore_from_settings_locks_the_app_first(qtbot, created, vault_dir, tmp_path,
                                                   preferences, monkeypatch):
    # GIVEN the app open, and a backup made earlier
    target = tmp_path / "copia.sdbackup"
    backup.make_backup(created.vault, target)
    controller = AppController(vault_dir, preferences)
    controller._unlocked(created.vault)
    qtbot.addWidget(controller.main_window)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))

    def fill(dialog: RestoreDialog) -> None:
        # the vault is already locked while she types
        assert created.vault.is_locked and controller.main_window is None
        dialog.code.setText(created.recovery_code)
        dialog.restore()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)

    # WHEN she chooses the backup in Settings and gives the recovery code
    driver = DialogDriver(RestoreDialog, fill)
    controller.main_window.backup_panel.restore_requested.emit(target)
    driver.check()
    # THEN it is restored, she is told where the old vault is, and the unlock screen shows
    qtbot.addWidget(controller.unlock_window)
    assert controller.unlock_window.isVisible()
    assert told and "before-restore" in told[0]
    assert len(list(tmp_path.glob("vault.before-restore-*"))) == 1


def test_the_access_pdf_speaks_her_language_not_codes(qtbot, created, tmp_path):
    # GIVEN her export
    woman = add_marked_woman(created.vault, tmp_path, "jd")
    exported = data_rights.access_export(created.vault, woman.person_id)
    # WHEN it is laid out for print
    text = access_html(exported, "es")
    # THEN codes are in words, her data is there, and the PDF is drawn
    assert "Pasaporte" in text and "Escuela pública" in text and "Honduras" in text
    assert "escuela_publica" not in text and "not_said" not in text
    assert woman.markers[7] in text and woman.markers[10] not in text  # confidential note
    assert "Derecho de acceso" in text and "Right of access" in access_html(exported, "en")
    assert render_access_pdf(exported, "es").startswith(b"%PDF")
