"""The organisation's entry in the network's directory, as other members will see it for
referrals: name, city, state, services and how to reach it. Publishing runs off the GUI
thread; the publish function is handed in, as the panel's join and sync are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
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
from shelter_desk.services import network_link
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
        self.not_joined = QLabel(objectName="profile_not_joined", wordWrap=True)
        self.labels = [QLabel() for _ in range(5)]
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(self.labels, (self.name, self.city, self.state, self.services,
                                              self.contact), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.not_joined)
        inner.addWidget(self.fields)
        inner.addWidget(self.publish_button)
        inner.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.retranslate()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Until the organisation joins, there is nowhere to publish: say so, and wait."""
        try:
            joined = network_link.hub_status(self.vault) is not None
        except Exception:  # the panel above already says what is wrong
            joined = False
        self.fields.setEnabled(joined)
        self.publish_button.setEnabled(joined)
        self.not_joined.setVisible(not joined)

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Perfil en el directorio de la red"))
        for label, text in zip(self.labels, (
                self.tr("N&ombre:"), self.tr("Ciu&dad:"),
                self.tr("Es&tado (entidad federativa):"),
                self.tr("Ser&vicios (separados por comas):"), self.tr("Cont&acto:")),
                strict=True):
            label.setText(text)
        self.publish_button.setText(self.tr("&Publicar perfil"))
        self.not_joined.setText(self.tr(
            "Podrás publicar el perfil cuando la organización se una a la red."))

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
