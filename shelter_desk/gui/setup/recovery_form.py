"""Forgot the passphrase: the recovery code from the emergency kit sets a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.gui.setup.passphrase_fields import PassphraseFields
from shelter_desk.services import staff
from shelter_desk.store import vault as vaults
from shelter_desk.store.integrity import probe


def reset_with_code(vault_dir: Path, code: str, user: str, passphrase: str) -> str:
    with vaults.unlock_with_recovery_code(vault_dir, code) as vault:
        probe(vault)  # a damaged vault is said now, before a passphrase is set in it
        return staff.reset_passphrase(vault, user, passphrase).name


class RecoveryForm(Retranslating, QWidget):
    recovered = Signal(str)  # the user's name
    cancelled = Signal()

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.explanation = QLabel(wordWrap=True)
        self.code = QLineEdit(objectName="recovery_code")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.user = QLineEdit(objectName="recovery_user")
        self.fields = PassphraseFields()
        self.fields.changed.connect(self._enable)
        self.code.textChanged.connect(self._enable)
        self.user.textChanged.connect(self._enable)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.message = QLabel(wordWrap=True, objectName="recovery_message")
        self.back = QPushButton(objectName="back")
        self.back.clicked.connect(self.cancelled)
        self.save = QPushButton(objectName="save_recovery")
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        self.code_label, self.user_label = QLabel(), QLabel()
        self.code_label.setBuddy(self.code)
        self.user_label.setBuddy(self.user)
        form = QFormLayout()
        form.addRow(self.code_label, self.code)
        form.addRow(self.user_label, self.user)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch()
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.explanation.setText(self.tr(
            "Escribe el código de recuperación del kit de emergencia (lo guarda la "
            "coordinación con los documentos del albergue) y elige una contraseña nueva."))
        self.code_label.setText(self.tr("&Código de recuperación:"))
        self.user_label.setText(self.tr("&Usuaria:"))
        self.back.setText(self.tr("&Volver"))
        self.save.setText(self.tr("&Guardar contraseña nueva"))

    def reset(self, user: str) -> None:
        self.code.clear()
        self.fields.clear()
        self.message.clear()
        self.user.setText(user)
        self.code.setFocus()

    def _enable(self) -> None:
        self.save.setEnabled(bool(self.code.text().strip() and self.user.text().strip()
                                  and self.fields.is_acceptable()) and not self.busy.isVisible())

    def _save(self) -> None:
        code, user, passphrase = self.code.text(), self.user.text().strip(), \
            self.fields.passphrase()
        self.busy.show()
        self.save.setEnabled(False)
        self.message.setText(self.tr("Comprobando el código…"))
        run_in_background(lambda: reset_with_code(self.vault_dir, code, user, passphrase),
                          self._done, self._failed)

    def _done(self, user: str) -> None:
        self.busy.hide()
        self.fields.clear()
        self.code.clear()
        self.recovered.emit(user)

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.message.setText(describe(error))
        self._enable()
