"""«Unirme a un albergue»: the first-run page of a laptop joining a team. She types the
code shown by the other laptop's «Agregar una computadora del equipo» (or pastes what a
QR reader read), its identifier and address, this laptop's name, and her own name and
passphrase; the vault arrives off the GUI thread, with a busy bar. On any failure nothing
is left in the vault folder (team.invitation.join guarantees it), and she is told why."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.widgets import add_reveal_action
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import joining


class JoinPage(Retranslating, QWizardPage):
    """The wizard's last page on this path: Finish joins, then the vault opens."""

    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = Path(vault_dir)
        self.joined: OpenVault | None = None
        self.code = QLineEdit(objectName="join_code")
        self.identifier = QLineEdit(objectName="join_identifier")
        self.identifier.setMaxLength(64)
        self.address = QLineEdit(objectName="join_address")
        self.compare = QLabel(objectName="join_compare", wordWrap=True)
        self.laptop = QLineEdit(socket.gethostname(), objectName="join_laptop_name")
        self.user = QLineEdit(objectName="join_user")
        self.passphrase = QLineEdit(objectName="join_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        add_reveal_action(self.passphrase)
        self.code.textChanged.connect(self._read_qr_text)
        for field in (self.code, self.identifier, self.address, self.laptop, self.user,
                      self.passphrase):
            field.textChanged.connect(self.completeChanged)
        self.identifier.textChanged.connect(self._show_compare)
        self.busy = QProgressBar(objectName="join_busy")
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.message = QLabel(wordWrap=True, objectName="join_message")
        self.labels = {name: QLabel() for name in
                       ("code", "identifier", "address", "laptop", "user", "passphrase")}
        form = QFormLayout()
        for name, field in (("code", self.code), ("identifier", self.identifier),
                            ("address", self.address), ("laptop", self.laptop),
                            ("user", self.user), ("passphrase", self.passphrase)):
            self.labels[name].setBuddy(field)
            form.addRow(self.labels[name], field)
            if name == "address":
                form.addRow(self.compare)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Unirme a un albergue"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Unirme"))
        self.setSubTitle(self.tr(
            "En la computadora que ya tiene la bóveda, elige Ajustes → Equipo → «Agregar una "
            "computadora del equipo» y copia aquí lo que muestra."))
        texts = {"code": self.tr("&Código de emparejamiento:"),
                 "identifier": self.tr("&Identificador:"), "address": self.tr("&Dirección:"),
                 "laptop": self.tr("Nombre de &esta computadora:"),
                 "user": self.tr("Tu nom&bre para entrar:"),
                 "passphrase": self.tr("Tu &contraseña:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.code.setPlaceholderText(self.tr("1234-5678, o el texto del código QR"))
        self.address.setPlaceholderText("192.168.1.20:45123")
        self.passphrase.setPlaceholderText(self.tr("La misma que usas en la otra computadora"))
        self._show_compare()

    def _read_qr_text(self, text: str) -> None:
        """A QR reader types the whole ticket into the code field: fill in the rest."""
        if not joining.is_qr_text(text):
            return
        try:
            ticket = joining.ticket_from_typed(text)
        except Exception as error:  # told now, and again on Finish
            self.message.setText(describe(error))
            return
        self.identifier.setText(ticket.short_fingerprint)
        self.address.setText(f"{ticket.host}:{ticket.port}")
        self.message.clear()

    def _show_compare(self) -> None:
        shown = self.identifier.text().strip().lower()[:8]
        self.compare.setText(self.tr(
            "Comprueba que la otra pantalla muestre el identificador %1. Si no es el mismo, "
            "no sigas: esta computadora solo acepta esa.").replace("%1", shown)
            if shown else self.tr("El identificador aparece en la otra pantalla, debajo del "
                                  "código."))

    def is_qr(self) -> bool:
        return joining.is_qr_text(self.code.text())

    def isComplete(self) -> bool:
        typed = all(f.text().strip() for f in (self.code, self.laptop, self.user)) and bool(
            self.passphrase.text())
        where = self.is_qr() or bool(self.identifier.text().strip()
                                     and self.address.text().strip())
        return typed and where and not self.busy.isVisible()

    def validatePage(self) -> bool:
        if self.joined is not None:
            return True
        try:
            ticket = joining.ticket_from_typed(self.code.text(), self.identifier.text(),
                                               self.address.text())
        except Exception as error:  # a typo: said at once, nothing tried
            self.message.setText(describe(error))
            return False
        name, user = self.laptop.text(), self.user.text()
        passphrase = self.passphrase.text()
        self.busy.show()
        self.message.setText(self.tr("Recibiendo la bóveda de la otra computadora…"))
        self.completeChanged.emit()
        run_in_background(
            lambda: joining.join(self.vault_dir, ticket, name=name, user=user,
                                 passphrase=passphrase),
            self._joined, self._failed)
        return False

    def _joined(self, vault: OpenVault) -> None:
        self.joined = vault
        self.busy.hide()
        self.message.clear()
        self.passphrase.clear()
        self.wizard().accept()

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.message.setText(describe(error))
        self.completeChanged.emit()
