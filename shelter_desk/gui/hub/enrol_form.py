"""The form a member fills to enrol on a server of the network (the hub, or the helper
aggregator): its address, the one-time token, an optional own certificate authority, and
the join button; each panel says its own words and does its own joining."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


class EnrolForm(QWidget):
    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ca_file: Path | None = None
        self.url = QLineEdit(objectName=f"{prefix}_url", placeholderText="https://")
        self.token = QLineEdit(objectName=f"{prefix}_token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_button = QPushButton(objectName=f"{prefix}_ca")
        self.ca_button.clicked.connect(self.choose_ca)
        self.join_button = QPushButton(objectName=f"{prefix}_join")
        self.url_label, self.token_label = QLabel(), QLabel()
        self.url_label.setBuddy(self.url)
        self.token_label.setBuddy(self.token)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.url_label, self.url)
        form.addRow(self.token_label, self.token)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ca_button)
        buttons.addStretch(1)
        buttons.addWidget(self.join_button)
        form.addRow(buttons)

    def choose_ca(self) -> None:
        translate = QCoreApplication.translate
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("EnrolForm", "Certificado de la red"), "",
            translate("EnrolForm", "Certificados (*.pem *.crt)"))
        self.ca_file = Path(path) if path else None
