"""A new passphrase typed twice, with a plain-words strength hint; used wherever one is set."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from shelter_desk.domain.staff import MIN_PASSPHRASE_LENGTH
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.widgets import add_reveal_action


def strength(passphrase: str) -> int:
    """0 too short, 1 acceptable, 2 good, 3 very good: length and words, nothing cleverer.

    Honest about what it knows: it cannot tell a famous quote from a private phrase, so
    it only rewards what certainly helps, length and several words.
    """
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    words = len(passphrase.split())
    if len(passphrase) >= 20 or words >= 4:
        return 3
    return 2 if len(passphrase) >= 12 or words >= 3 else 1


class PassphraseFields(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(objectName="new_passphrase")
        self.second = QLineEdit(objectName="confirm_passphrase")
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._update)
        self.reveal = add_reveal_action(self.first)
        self.reveal.toggled.connect(lambda shown: self.second.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        self.hint = QLabel(objectName="strength")
        self.hint.setWordWrap(True)
        self.first_label, self.second_label = QLabel(), QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.first_label, self.first)
        layout.addRow(self.second_label, self.second)
        layout.addRow("", self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("&Nueva contraseña:"))
        self.second_label.setText(self.tr("&Repítela:"))
        self.reveal.setText(self.tr("Mostrar u ocultar la contraseña"))
        self.reveal.setToolTip(self.reveal.text())
        self._update()

    def _update(self) -> None:
        text = self.first.text()
        hints = [
            self.tr("Muy corta: usa al menos %n caracteres. Una frase de varias palabras es "
                    "fácil de recordar y difícil de adivinar.", "", MIN_PASSPHRASE_LENGTH),
            self.tr("Aceptable. Una frase de varias palabras sería más segura."),
            self.tr("Buena."),
            self.tr("Muy buena."),
        ]
        message = hints[strength(text)] if text else self.tr(
            "Una frase de varias palabras que solo tú conozcas, por ejemplo cuatro palabras "
            "sin relación entre sí.")
        if self.second.text() and self.second.text() != text:
            message += " " + self.tr("Las dos contraseñas todavía no coinciden.")
        self.hint.setText(message)
        self.changed.emit()

    def is_acceptable(self) -> bool:
        return strength(self.first.text()) > 0 and self.first.text() == self.second.text()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
