"""Record what happened when she tried to exercise a right: where, what she showed, what
they answered, what the team did, and when to follow up."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.widgets import (
    OptionalDateEdit,
    mark_invalid,
    save_cancel_buttons,
    translate_save_cancel,
)
from shelter_desk.services import barriers
from shelter_desk.services.common import Result
from shelter_desk.store.vault import OpenVault


def institution_completer(vault: OpenVault, parent: QWidget) -> QCompleter:
    """Offices typed before and the network's organisations, matched anywhere in the name
    («Oficialía 1» finds «Oficialía 1 del Registro Civil de Tapachula»)."""
    completer = QCompleter(barriers.known_institutions(vault), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class AttemptDialog(Retranslating, QDialog):
    def __init__(self, vault: OpenVault, people: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.result_value: Result | None = None
        self.catalog = default_catalog()
        self.person = QComboBox(objectName="person")
        for person_id, name in people.items():
            self.person.addItem(name, person_id)
        self.right = self._combo("right", self.catalog.rights)
        self.institution_type = self._combo("institution_type", self.catalog.institution_types)
        self.institution_name = QLineEdit(objectName="institution_name")
        self.institution_name.setCompleter(institution_completer(vault, self))
        # A name longer than the field is read whole on hover, not guessed at.
        self.institution_name.textChanged.connect(self.institution_name.setToolTip)
        self.attempted_on = QDateEdit(QDate.currentDate(), calendarPopup=True,
                                      objectName="attempted_on")
        self.attempted_on.setDisplayFormat("dd/MM/yyyy")
        self.outcome = QComboBox(objectName="outcome")
        for value in Outcome:
            self.outcome.addItem("", value)
        self.outcome.setCurrentIndex(self.outcome.findData(Outcome.REFUSED))
        self.documents = QListWidget(objectName="documents_presented")
        for key in self.catalog.document_types:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        # Long names wrap instead of pushing a horizontal scrollbar in at 1024 px.
        self.documents.setWordWrap(True)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.documents.setMaximumHeight(150)
        self.reason = QComboBox(objectName="reason_key")
        self.reason.addItem("", None)
        for key in self.catalog.barrier_reasons:
            self.reason.addItem("", key)
        self.reason_given = QLineEdit(objectName="reason_given")
        self.action_taken = QPlainTextEdit(objectName="action_taken")
        self.action_taken.setTabChangesFocus(True)
        self.action_taken.setMaximumHeight(70)
        self.follow_up_on = OptionalDateEdit()
        self.error = QLabel(wordWrap=True, objectName="form_error")
        self.error.hide()
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        form = QFormLayout()
        for name, widget in (("person_id", self.person), ("right_key", self.right),
                             ("institution_type_key", self.institution_type),
                             ("institution_name", self.institution_name),
                             ("attempted_on", self.attempted_on), ("outcome", self.outcome),
                             ("documents_presented", self.documents),
                             ("reason_key", self.reason), ("reason_given", self.reason_given),
                             ("action_taken", self.action_taken),
                             ("follow_up_on", self.follow_up_on)):
            label = QLabel()
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.rows[name] = (label, widget)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def _combo(self, name: str, entries: dict) -> QComboBox:
        combo = QComboBox(objectName=name)
        for key in entries:
            combo.addItem("", key)
        return combo

    def retranslate(self) -> None:
        language = current_language()
        self.setWindowTitle(self.tr("Registrar trámite"))
        texts = {"person_id": self.tr("&Persona:"), "right_key": self.tr("&Derecho o servicio:"),
                 "institution_type_key": self.tr("&Tipo de institución:"),
                 "institution_name": self.tr("&Institución:"),
                 "attempted_on": self.tr("&Fecha:"), "outcome": self.tr("&Resultado:"),
                 "documents_presented": self.tr("Documentos &presentados:"),
                 "reason_key": self.tr("&Motivo de la negativa:"),
                 "reason_given": self.tr("Lo que &dijeron:"),
                 "action_taken": self.tr("&Acción del equipo:"),
                 "follow_up_on": self.tr("&Seguimiento:")}
        for name, (label, _widget) in self.rows.items():
            label.setText(texts[name])
        for combo, entries in ((self.right, self.catalog.rights),
                               (self.institution_type, self.catalog.institution_types)):
            for index in range(combo.count()):
                combo.setItemText(index, entries[combo.itemData(index)].name.in_language(
                    language))
        for index in range(1, self.reason.count()):
            self.reason.setItemText(index, self.catalog.barrier_reasons[
                self.reason.itemData(index)].name.in_language(language))
        self.reason.setItemText(0, self.tr("(no aplica)"))
        for index, value in enumerate(Outcome):
            self.outcome.setItemText(index, labels.outcome(value))
        for index in range(self.documents.count()):
            item = self.documents.item(index)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(self.catalog.document_types[key].name.in_language(language))
        self.follow_up_on.set_texts(self.tr("Con fecha"), self.tr("Fecha de seguimiento"))
        translate_save_cancel(self.buttons)

    def details(self) -> AttemptDetails:
        presented = tuple(
            self.documents.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.documents.count())
            if self.documents.item(i).checkState() == Qt.CheckState.Checked)
        return AttemptDetails(
            person_id=self.person.currentData(), right_key=self.right.currentData(),
            institution_type_key=self.institution_type.currentData(),
            institution_name=self.institution_name.text().strip(),
            attempted_on=self.attempted_on.date().toPython(),
            outcome=Outcome(self.outcome.currentData()), documents_presented=presented,
            reason_key=self.reason.currentData(), reason_given=self.reason_given.text().strip(),
            action_taken=self.action_taken.toPlainText().strip(),
            follow_up_on=self.follow_up_on.value())

    def save(self) -> None:
        for _label, widget in self.rows.values():
            mark_invalid(widget, False)
        try:
            self.result_value = barriers.record_attempt(self.vault, self.details())
        except Exception as error:  # a bug too: say so, keep what she typed
            self.error.setText(describe(error))
            self.error.show()
            if isinstance(error, InvalidInput) and error.field in self.rows:
                mark_invalid(self.rows[error.field][1], True)
                self.rows[error.field][1].setFocus()
            return
        self.accept()
