"""Restore a backup file into this laptop's vault folder, with a coordinator's
passphrase or the recovery code valid for that backup. The vault that is there now is
renamed aside, never overwritten; the app is locked while this runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.services import backup
from shelter_desk.store.restore import RestoreInfo


class RestoreDialog(Retranslating, QDialog):
    def __init__(self, source: Path, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="restore_dialog")
        self.source, self.vault_dir = Path(source), Path(vault_dir)
        self.result_value: RestoreInfo | None = None
        self.explanation = QLabel(wordWrap=True)
        self.user = QLineEdit(objectName="restore_user")
        self.passphrase = QLineEdit(objectName="restore_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit(objectName="restore_code")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.user, self.passphrase, self.code),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.busy = QProgressBar(visible=False)
        self.busy.setRange(0, 0)
        self.message = QLabel(objectName="restore_message", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restaurar copia de seguridad"))
        self.explanation.setText(
            self.tr("Se restaurará %1. La bóveda actual no se borra: se guarda aparte, junto a "
                    "su carpeta. Escribe el nombre y la contraseña de una coordinadora que "
                    "existía cuando se hizo la copia, o el código de recuperación de entonces.")
            .replace("%1", self.source.name))
        self.labels[0].setText(self.tr("&Nombre para entrar:"))
        self.labels[1].setText(self.tr("&Contraseña:"))
        self.labels[2].setText(self.tr("o código de &recuperación:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restaurar"))

    def restore(self) -> None:
        code = self.code.text().strip()
        user, passphrase = self.user.text(), self.passphrase.text()
        self.buttons.setEnabled(False)
        self.busy.show()
        self.message.setText(self.tr("Comprobando y restaurando la copia…"))
        if code:
            work = lambda: backup.restore(self.source, self.vault_dir,  # noqa: E731
                                          recovery_code=code)
        else:
            work = lambda: backup.restore(self.source, self.vault_dir,  # noqa: E731
                                          user=user, passphrase=passphrase)
        run_in_background(work, self._done, self._failed)

    def _done(self, info: RestoreInfo) -> None:
        self.result_value = info
        self.busy.hide()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self.message.setText(describe(error))
