"""Settings -> Seguridad de la bóveda (coordinators): change the master key, with a
progress bar off the GUI thread, and the opt-in wipe and duress passphrase, each with
what it costs in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import ProgressRelay, per_mille, run_in_background
from shelter_desk.services import backup, key_rotation, vault_protection
from shelter_desk.store.vault import OpenVault


def show_new_recovery_code(parent: QWidget, code: str) -> None:
    """A rotation of a vault with an old-form recovery slot made a new code: it must
    reach paper now (said by whichever screen started the rotation)."""
    QMessageBox.information(
        parent, QCoreApplication.translate("KeyPanel", "Código de recuperación nuevo"),
        QCoreApplication.translate(
            "KeyPanel",
            "Esta bóveda tenía un código de recuperación antiguo; este es el nuevo. "
            "Escríbelo en papel ahora: el anterior ya no sirve.\n\n%1").replace("%1", code))


class KeyPanel(Retranslating, QGroupBox):
    rotated = Signal(object)  # key_rotation.Rotation
    backups_replaced = Signal()
    vault_closed = Signal()  # a failed rotation locked the vault: back to the unlock screen

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="key_panel")
        self.vault = vault
        self.explain = QLabel(wordWrap=True)
        self.rotate = QPushButton(objectName="rotate_key")
        self.rotate.clicked.connect(self.ask_rotate)
        self.replace = QPushButton(objectName="replace_backups")
        self.replace.clicked.connect(self.ask_replace)
        self.progress = QProgressBar(objectName="rotate_progress", visible=False)
        self.progress.setRange(0, 1000)
        self.status = QLabel(objectName="key_status", wordWrap=True)
        self.wipe = QCheckBox(objectName="wipe_enabled")
        self.wipe_after = QSpinBox(objectName="wipe_after")
        self.wipe_after.setRange(3, 100)
        protection = vault.keyring().protection
        self.wipe.setChecked(protection.wipe_after is not None)
        self.wipe_after.setValue(protection.wipe_after or vault_protection.DEFAULT_WIPE_AFTER)
        self.wipe_cost = QLabel(wordWrap=True)
        self.duress = QPushButton(objectName="set_duress")
        self.duress.clicked.connect(self.ask_duress)
        self.duress_cost = QLabel(wordWrap=True)
        self._progress = ProgressRelay(self)
        self._progress.moved.connect(self._moved)
        wipe_row = QHBoxLayout()
        wipe_row.addWidget(self.wipe)
        wipe_row.addWidget(self.wipe_after)
        wipe_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        key_row = QHBoxLayout()
        key_row.addWidget(self.rotate)
        key_row.addWidget(self.replace)
        key_row.addStretch()
        layout.addLayout(key_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(wipe_row)
        layout.addWidget(self.wipe_cost)
        layout.addWidget(self.duress, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.duress_cost)
        self.wipe.toggled.connect(self._save_wipe)
        self.wipe_after.editingFinished.connect(self._save_wipe)
        self.retranslate()
        self.say_if_due()

    def say_if_due(self) -> None:
        """A removal whose new key could not be made yet (another window open, a full
        disk, a crash) keeps it owed: said here until someone makes it."""
        if key_rotation.is_due(self.vault):
            self.status.setText(self.tr(
                "Falta cambiar la llave maestra: se quitó a alguien del equipo y la llave "
                "todavía es la de antes. Cámbiala ahora con el botón de arriba."))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Seguridad de la bóveda"))
        self.explain.setText(self.tr(
            "Cambiar la llave maestra vuelve a cifrar la bóveda con una llave nueva. Las "
            "cuentas activas y el código de recuperación siguen sirviendo. Se hace sola al "
            "quitar una cuenta. Las copias hechas antes siguen abriéndose con las llaves de "
            "entonces: después, haz una copia de seguridad nueva y destruye las anteriores."))
        self.rotate.setText(self.tr("Cambiar la &llave maestra…"))
        self.replace.setText(self.tr("&Reemplazar las copias de una memoria USB…"))
        self.replace.setToolTip(self.tr(
            "Cada copia de seguridad de la carpeta se reemplaza por una copia comprobada "
            "con la llave nueva; si la memoria se desconecta, la copia anterior queda "
            "intacta."))
        self.wipe.setText(self.tr("&Borrar la bóveda tras este número de intentos fallidos:"))
        self.wipe_cost.setText(self.tr(
            "Costo: si alguien se equivoca de contraseña tantas veces seguidas, los datos de "
            "esta computadora se borran para siempre, también para el código de "
            "recuperación. Solo una copia de seguridad los recupera."))
        self.duress.setText(self.tr("Contraseña de &coacción…"))
        self.duress_cost.setText(self.tr(
            "Si alguien te obliga a abrir la bóveda, escribe esta contraseña: la bóveda se "
            "borra sin aviso y se ve una bóveda nueva y vacía. Costo: quien la escriba por "
            "error pierde todo lo que no esté en una copia de seguridad."))

    # -- master key ---------------------------------------------------------------------

    def confirm_rotate(self) -> bool:  # a seam for tests
        return QMessageBox.question(self, self.tr("Cambiar la llave maestra"), self.tr(
            "¿Cambiar ahora la llave maestra? Tarda hasta un minuto; mientras tanto no se "
            "puede usar la bóveda.")) == QMessageBox.StandardButton.Yes

    def ask_rotate(self) -> None:
        if not self.confirm_rotate():
            return
        self.rotate.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Cambiando la llave maestra…"))
        # The window stays painted and answering, but nothing else may use the vault
        # while its files are re-keyed.
        self.window().setEnabled(False)
        progress = self._progress.callback()
        run_in_background(
            lambda: key_rotation.rotate_master_key(self.vault, progress=progress),
            self._rotated, self._failed)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setValue(per_mille(done, total))

    def _rotated(self, rotation: key_rotation.Rotation) -> None:
        self._finish()
        self.status.setText(self.tr("Llave maestra nueva (generación %1).").replace(
            "%1", str(rotation.generation)))
        if rotation.new_recovery_code:
            show_new_recovery_code(self, rotation.new_recovery_code)
        self.rotated.emit(rotation)

    def _failed(self, error: Exception) -> None:
        self._finish()
        self.status.setText(describe(error))
        if self.vault.is_locked:  # the rotation could not finish: unlock again to go on
            self.vault_closed.emit()

    def _finish(self) -> None:
        self.window().setEnabled(True)
        self.rotate.setEnabled(True)
        self.progress.hide()

    # -- backups on a stick -------------------------------------------------------------

    def choose_folder(self) -> Path | None:  # a seam for tests
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Carpeta con copias de seguridad"), str(Path.home()))
        return Path(chosen) if chosen else None

    def ask_replace(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        self.replace.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Reemplazando las copias de seguridad…"))
        progress = self._progress.callback()
        run_in_background(
            lambda: backup.replace_backups(self.vault, folder, progress=progress),
            self._replaced, self._replace_failed)

    def _replaced(self, replaced: list) -> None:
        self.replace.setEnabled(True)
        self.progress.hide()
        self.status.setText(self.tr("Copias reemplazadas con la llave nueva: %1.").replace(
            "%1", str(len(replaced))))
        self.backups_replaced.emit()

    def _replace_failed(self, error: Exception) -> None:
        self.replace.setEnabled(True)
        self.progress.hide()
        self.status.setText(describe(error))

    # -- wipe and duress -------------------------------------------------------------------

    def _save_wipe(self) -> None:
        try:
            vault_protection.set_wipe_after(
                self.vault, self.wipe_after.value() if self.wipe.isChecked() else None)
        except Exception as error:  # shown, never lost
            self.status.setText(describe(error))

    def ask_duress_passphrase(self) -> str | None:  # a seam for tests
        text, ok = QInputDialog.getText(
            self, self.tr("Contraseña de coacción"),
            self.tr("Contraseña de coacción (vacía para quitarla):"), QLineEdit.EchoMode.Password)
        return text if ok else None

    def ask_duress(self) -> None:
        passphrase = self.ask_duress_passphrase()
        if passphrase is None:
            return
        # One Argon2id per account to refuse a real passphrase: off the GUI thread.
        self.duress.setEnabled(False)
        run_in_background(
            lambda: vault_protection.set_duress_passphrase(self.vault, passphrase or None),
            lambda _none: self._duress_done(self.tr("Contraseña de coacción guardada.")
                                            if passphrase else
                                            self.tr("Contraseña de coacción quitada.")),
            lambda error: self._duress_done(describe(error)))

    def _duress_done(self, text: str) -> None:
        self.duress.setEnabled(True)
        self.status.setText(text)
