"""Dialogs around the person form: open a new case file, add or edit a relative."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.people import MigrationStatus, Person, PersonDetails, Relationship
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.widgets import save_cancel_buttons, translate_save_cancel
from shelter_desk.gui.people.person_form import PersonForm
from shelter_desk.services import cases, people
from shelter_desk.services.common import Result
from shelter_desk.store.vault import OpenVault


class PersonDialog(Retranslating, QDialog):
    """mode: 'new_case', 'add_member' (needs case_id) or 'edit' (needs person).

    Adding a relative starts from the principal's surnames and nationality (`principal`):
    her children mostly share them, and a child born in Mexico is one tick. "Save and add
    another" keeps the dialog open for the next child; a new case can go straight on to
    her children ("add_children" tells the caller)."""

    def __init__(self, vault: OpenVault, mode: str, *, case_id: int | None = None,
                 person: Person | None = None, principal: PersonDetails | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.mode, self.case_id, self.person = vault, mode, case_id, person
        self.principal = principal
        self.result_value: Result | None = None
        self.added = 0  # relatives saved with "save and add another"
        self.add_children = False
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
        self.born_in_mexico = QCheckBox(objectName="born_in_mexico")
        self.born_in_mexico.toggled.connect(self._born_in_mexico)
        if mode == "add_member":
            top.addRow("", self.born_in_mexico)
        if person is not None:
            self.form.set_details(person.details)
        elif mode == "add_member" and principal is not None:
            self._start_from_principal()
        self.buttons = save_cancel_buttons(self, self.save)
        self.more = None
        if mode in ("new_case", "add_member"):
            self.more = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
            self.more.setObjectName("save_and_add_children" if mode == "new_case"
                                    else "save_and_add_another")
            self.more.clicked.connect(self._save_and_more)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.form.given_names.setFocus()

    def _start_from_principal(self) -> None:
        assert self.principal is not None
        self.form.set_details(PersonDetails(
            given_names="", family_names=self.principal.family_names,
            nationality=self.principal.nationality,
            languages=self.principal.languages))

    def _born_in_mexico(self, born_here: bool) -> None:
        """Born in Mexico: Mexican by birth (CPEUM art. 30), whatever her mother's papers."""
        details = self.form.details()
        if born_here:
            details = replace(details, nationality="MX",
                              migration_status=MigrationStatus.MEXICAN)
        elif self.principal is not None:
            details = replace(details, nationality=self.principal.nationality,
                              migration_status=MigrationStatus.UNKNOWN)
        self.form.set_details(details)

    def retranslate(self) -> None:
        titles = {"new_case": self.tr("Abrir expediente"),
                  "add_member": self.tr("Agregar integrante del hogar"),
                  "edit": self.tr("Editar datos de la persona")}
        self.setWindowTitle(titles[self.mode])
        self.relationship_label.setText(self.tr("&Parentesco con la titular:"))
        self.born_in_mexico.setText(self.tr("Nació en &México (es mexicana o mexicano)"))
        if self.more is not None:
            self.more.setText(self.tr("Guardar y agregar &hijas e hijos…")
                              if self.mode == "new_case"
                              else self.tr("Guardar y agregar &otra persona"))
        for index, value in enumerate(Relationship):
            self.relationship.setItemText(index, labels.relationship(value))
        translate_save_cancel(self.buttons)

    def _save_and_more(self) -> None:
        if self.mode == "new_case":
            self.add_children = True
            self.save()
            return
        if not self._saved():
            return
        self.added += 1
        # The next child: same surnames and nationality as hers, nothing else carried over.
        self.born_in_mexico.blockSignals(True)
        self.born_in_mexico.setChecked(False)
        self.born_in_mexico.blockSignals(False)
        if self.principal is not None:
            self._start_from_principal()
        else:
            kept = self.form.details()
            self.form.set_details(PersonDetails(given_names="",
                                                family_names=kept.family_names,
                                                nationality=kept.nationality))
        self.form.given_names.setFocus()

    def save(self) -> None:
        if self._saved():
            self.accept()

    def _saved(self) -> bool:
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
            return False
        return True
