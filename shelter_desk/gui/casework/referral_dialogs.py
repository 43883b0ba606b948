"""Propose a referral to an organisation of the network, and keep the directory."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.followup import NetworkOrganisation
from shelter_desk.gui.casework.service_types import (
    chosen_service_type,
    retranslate_service_types,
    service_type_box,
)
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.lazy_model import ROW_ROLE
from shelter_desk.gui.common.list_model import ListTableModel, read_only_table
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.widgets import save_cancel_buttons, translate_save_cancel
from shelter_desk.services import referrals
from shelter_desk.services.common import Result
from shelter_desk.store.vault import OpenVault


class ReferralDialog(Retranslating, QDialog):
    def __init__(self, vault: OpenVault, people: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.result_value: Result | None = None
        self.directory = referrals.list_directory(vault)
        self.person = QComboBox(objectName="person")
        for person_id, name in people.items():
            self.person.addItem(name, person_id)
        self.organisation = QComboBox(objectName="organisation", editable=True)
        for entry in self.directory:
            self.organisation.addItem(entry.name, entry)
        self.service = QComboBox(objectName="service", editable=True)
        self.service_type = service_type_box()
        self.organisation.currentIndexChanged.connect(self._services)
        self.referred_on = QDateEdit(QDate.currentDate(), calendarPopup=True,
                                     objectName="referred_on")
        self.referred_on.setDisplayFormat("dd/MM/yyyy")
        self.error = QLabel(wordWrap=True, objectName="form_error")
        self.error.hide()
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.person, self.organisation,
                                               self.service_type, self.service,
                                               self.referred_on), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._services()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nueva canalización"))
        for label, text in zip(self.labels, (self.tr("&Persona:"), self.tr("&Organización:"),
                                             self.tr("&Tipo de servicio:"),
                                             self.tr("&Servicio:"), self.tr("&Fecha:")),
                               strict=True):
            label.setText(text)
        retranslate_service_types(self.service_type)
        translate_save_cancel(self.buttons)

    def _services(self) -> None:
        entry = self.organisation.currentData()
        self.service.clear()
        if isinstance(entry, NetworkOrganisation):
            self.service.addItems(list(entry.services))

    def save(self) -> None:
        person_id = self.person.currentData()
        organisation, service = self.organisation.currentText(), self.service.currentText()
        on = self.referred_on.date().toPython()
        try:
            self.result_value = referrals.refer(self.vault, person_id, organisation, service,
                                                referred_on=on,
                                                service_type=chosen_service_type(self.service_type))
        except Exception as error:  # refused (no consent) or a bug: say so, keep the form
            self.error.setText(describe(error))
            self.error.show()
            return
        self.accept()


class DirectoryDialog(Retranslating, QDialog):
    """The organisations of the network and their services: add, correct, retire."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.changed = False
        translate = QCoreApplication.translate

        def cells(row: NetworkOrganisation, column: int) -> str:
            active = "" if row.active else translate("DirectoryDialog", "(ya no)")
            return [row.name, ", ".join(row.services), row.contact, active][column]

        self.model = ListTableModel(lambda: [
            translate("DirectoryDialog", "Organización"),
            translate("DirectoryDialog", "Servicios"),
            translate("DirectoryDialog", "Contacto"), ""], cells)
        self.table = read_only_table(self.model, "directory_table")
        self.table.selectionModel().currentRowChanged.connect(self._load)
        self.name = QLineEdit(objectName="directory_name")
        self.services = QLineEdit(objectName="directory_services")
        self.contact = QLineEdit(objectName="directory_contact")
        self.active = QCheckBox(objectName="directory_active", checked=True)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.name, self.services, self.contact),
                                 strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.active)
        self.error = QLabel(wordWrap=True, objectName="form_error")
        self.error.hide()
        self.new = QPushButton(objectName="directory_new")
        self.new.clicked.connect(self._clear)
        self.save_button = QPushButton(objectName="directory_save")
        self.save_button.clicked.connect(self.save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.new, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.editing: NetworkOrganisation | None = None
        self.resize(640, 460)
        self.reload()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Directorio de la red"))
        for label, text in zip(self.labels, (self.tr("&Nombre:"),
                                             self.tr("&Servicios (separados por comas):"),
                                             self.tr("&Contacto:")), strict=True):
            label.setText(text)
        self.active.setText(self.tr("&Activa en el directorio"))
        self.new.setText(self.tr("N&ueva"))
        self.save_button.setText(self.tr("&Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        self.model.retranslate()

    def reload(self) -> None:
        self.model.set_rows(referrals.list_directory(self.vault, active_only=False))

    def _load(self) -> None:
        entry = self.model.data(self.table.currentIndex(), ROW_ROLE)
        if entry is None:
            return
        self.editing = entry
        self.name.setText(entry.name)
        self.services.setText(", ".join(entry.services))
        self.contact.setText(entry.contact)
        self.active.setChecked(entry.active)

    def _clear(self) -> None:
        self.editing = None
        self.table.clearSelection()
        for field in (self.name, self.services, self.contact):
            field.clear()
        self.active.setChecked(True)
        self.name.setFocus()

    def save(self) -> None:
        try:
            referrals.save_organisation(
                self.vault, self.name.text(), tuple(self.services.text().split(",")),
                self.contact.text(), organisation_id=self.editing.id if self.editing else None,
                active=self.active.isChecked())
        except Exception as error:  # refused, bad input or a bug: say so, keep the form
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self.changed = True
        self.reload()
        self._clear()
