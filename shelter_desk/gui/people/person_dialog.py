"""Dialogs around the person form: open a new case file, add or edit a relative."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.people import Person, Relationship
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.widgets import save_cancel_buttons, translate_save_cancel
from shelter_desk.gui.people.person_form import PersonForm
from shelter_desk.services import cases, people
from shelter_desk.services.common import Result
from shelter_desk.store.vault import OpenVault


class PersonDialog(Retranslating, QDialog):
    """mode: 'new_case', 'add_member' (needs case_id) or 'edit' (needs person)."""

    def __init__(self, vault: OpenVault, mode: str, *, case_id: int | None = None,
                 person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.mode, self.case_id, self.person = vault, mode, case_id, person
        self.result_value: Result | None = None
        is_relative = mode == "add_member" or (person is not None and person.relationship)
        self.form = PersonForm(with_school=bool(is_relative))
        self.relationship = QComboBox(objectName="relationship")
        for value in Relationship:
            self.relationship.addItem("", value)
        self.relationship_label = QLabel()
        self.relationship_label.setBuddy(self.relationship)
        top = QFormLayout()
        if mode == "add_member":
            top.addRow(self.relationship_label, self.relationship)
        if person is not None:
            self.form.set_details(person.details)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {"new_case": self.tr("Abrir expediente"),
                  "add_member": self.tr("Agregar integrante del hogar"),
                  "edit": self.tr("Editar datos de la persona")}
        self.setWindowTitle(titles[self.mode])
        self.relationship_label.setText(self.tr("&Parentesco con la titular:"))
        for index, value in enumerate(Relationship):
            self.relationship.setItemText(index, labels.relationship(value))
        translate_save_cancel(self.buttons)

    def save(self) -> None:
        details = self.form.details()
        try:
            if self.mode == "new_case":
                self.result_value = cases.open_case(self.vault, details)
            elif self.mode == "add_member":
                assert self.case_id is not None
                self.result_value = people.add_household_member(
                    self.vault, self.case_id, details,
                    Relationship(self.relationship.currentData()))
            else:
                assert self.person is not None
                self.result_value = people.update_person(self.vault, self.person.id, details)
        except Exception as error:  # a bug too: say so, keep what she typed
            self.form.show_error(error)
            return
        self.accept()
