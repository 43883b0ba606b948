"""The organisation's entry in the network's directory, as other members will see it for
referrals: name, city, state, services and how to reach it. Publishing runs off the GUI
thread; the publish function is handed in, as the panel's join and sync are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.services.network_link import Profile
from shelter_desk.store.vault import OpenVault

PublishFunction = Callable[[OpenVault, Profile], None]


class ProfileForm(Retranslating, QWidget):
    def __init__(self, vault: OpenVault, publish: PublishFunction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self._publish = vault, publish
        self.box = QGroupBox()
        self.name = QLineEdit(objectName="profile_name", maxLength=200)
        self.name.setText(vault.organisation_name())
        self.city = QLineEdit(objectName="profile_city", maxLength=100)
        self.state = QLineEdit(objectName="profile_state", maxLength=100)
        self.services = QLineEdit(objectName="profile_services")
        self.contact = QLineEdit(objectName="profile_contact", maxLength=300)
        self.publish_button = QPushButton(objectName="profile_publish")
        self.publish_button.clicked.connect(self.publish)
        self.result = QLabel(objectName="profile_result", wordWrap=True)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.city, self.state, self.services,
                                              self.contact), strict=True):
            form.addRow(label, field)
        inner = QVBoxLayout(self.box)
        inner.addLayout(form)
        inner.addWidget(self.publish_button)
        inner.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Perfil en el directorio de la red"))
        for label, text in zip(self.labels, (
                self.tr("Nombre"), self.tr("Ciudad"), self.tr("Estado"),
                self.tr("Servicios (separados por comas)"), self.tr("Contacto")), strict=True):
            label.setText(text)
        self.publish_button.setText(self.tr("Publicar perfil"))

    def profile(self) -> Profile:
        services = tuple(part.strip() for part in self.services.text().split(",")
                         if part.strip())
        return Profile(self.name.text().strip(), self.city.text().strip(),
                       self.state.text().strip(), services, self.contact.text().strip())

    def publish(self) -> None:
        profile = self.profile()
        self.publish_button.setEnabled(False)
        self.result.setText(self.tr("Publicando…"))
        run_in_background(lambda: self._publish(self.vault, profile), self._published,
                          self._failed)

    def _published(self, _result: object) -> None:
        self.publish_button.setEnabled(True)
        self.result.setText(self.tr("Perfil publicado: las demás organizaciones lo verán al "
                                    "sincronizar."))

    def _failed(self, error: Exception) -> None:
        self.publish_button.setEnabled(True)
        self.result.setText(describe(error))
