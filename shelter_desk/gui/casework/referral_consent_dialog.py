"""She consents to be referred for one type of service, to one organisation or to any."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from shelter_desk.domain.consents import ServiceType
from shelter_desk.gui.casework.service_types import (
    chosen_service_type,
    retranslate_service_types,
    service_type_box,
)
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.widgets import save_cancel_buttons, translate_save_cancel
from shelter_desk.services import referrals
from shelter_desk.store.vault import OpenVault


class ReferralConsentDialog(Retranslating, QDialog):
    def __init__(self, vault: OpenVault, person: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QLabel(person, objectName="consent_person")
        self.service_type = service_type_box(every_type=True)
        self.organisation = QComboBox(objectName="consent_organisation", editable=True)
        self.organisation.addItem("", "")
        for entry in referrals.list_directory(vault):
            self.organisation.addItem(entry.name, entry.name)
        self.intro = QLabel(wordWrap=True)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.person, self.service_type,
                                               self.organisation), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.buttons = save_cancel_buttons(self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consentimiento para canalizar"))
        self.intro.setText(self.tr(
            "Registra que ella acepta ser canalizada para este tipo de servicio. Para enviar "
            "su expediente a otra organización, nombra la organización."))
        for label, text in zip(self.labels, (self.tr("Persona:"), self.tr("&Tipo de servicio:"),
                                             self.tr("&Organización:")), strict=True):
            label.setText(text)
        retranslate_service_types(self.service_type)
        self.organisation.setItemText(0, self.tr("Cualquier organización"))
        translate_save_cancel(self.buttons)

    def scope(self) -> tuple[ServiceType | None, str | None]:
        text = self.organisation.currentText().strip()
        anywhere = self.organisation.currentIndex() == 0 and \
            text == self.organisation.itemText(0)
        return chosen_service_type(self.service_type), None if anywhere or not text else text
