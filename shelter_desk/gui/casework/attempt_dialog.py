"""Record what happened when she tried to exercise a right: where, what she showed, every
reason they gave and their words, the document it was about, what the team did, and when
to follow up. The same form opens a recorded attempt to read or correct it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.barriers import AttemptDetails, Outcome, ProcedureAttempt
from shelter_desk.domain.documents import IdentityDocument
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


def checkable_list(name: str, keys: Sequence[str]) -> QListWidget:
    """Catalogue keys to tick, long names wrapped (no horizontal scrollbar at 1024 px)."""
    widget = QListWidget(objectName=name)
    for key in keys:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setMaximumHeight(150)
    return widget


def checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


def set_checked(widget: QListWidget, keys: Sequence[str]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys
                           else Qt.CheckState.Unchecked)


class AttemptDialog(Retranslating, QDialog):
    def __init__(self, vault: OpenVault, people: dict[int, str],
                 parent: QWidget | None = None, *,
                 documents: Sequence[IdentityDocument] = (),
                 existing: ProcedureAttempt | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.result_value: Result | None = None
        self.catalog = default_catalog()
        self.existing = existing
        self.people = people
        self.recorded = list(documents)
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
        self.documents = checkable_list("documents_presented", list(self.catalog.document_types))
        # Every reason they gave, at once: an INE asked for, «es extranjera», an acta...
        self.reasons = checkable_list("reason_keys", list(self.catalog.barrier_reasons))
        # The recorded document it was about, as she names it: never assumed to be her ID.
        self.document = QComboBox(objectName="document_id")
        self.document.addItem("", None)
        for document in self.recorded:
            self.document.addItem("", document.id)
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
                             ("attempted_on", self.attempted_on), ("outcome", self.outcome)):
            self._row(form, name, widget)
        # What she showed and what they answered, side by side: both lists fit at 1024x700.
        lists = QGridLayout()
        for column, (name, widget) in enumerate((("documents_presented", self.documents),
                                                 ("reason_keys", self.reasons))):
            label = QLabel(wordWrap=True)
            label.setBuddy(widget)
            lists.addWidget(label, 0, column)
            lists.addWidget(widget, 1, column)
            self.rows[name] = (label, widget)
        form.addRow(lists)
        for name, widget in (("document_id", self.document),
                             ("reason_given", self.reason_given),
                             ("action_taken", self.action_taken),
                             ("follow_up_on", self.follow_up_on)):
            self._row(form, name, widget)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        if existing is not None:
            self._show(existing)
        self.retranslate()

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        form.addRow(label, widget)
        self.rows[name] = (label, widget)

    def _show(self, attempt: ProcedureAttempt) -> None:
        """A recorded attempt, every field as it was saved, to read or correct."""
        details = attempt.details
        for combo, value in ((self.person, details.person_id), (self.right, details.right_key),
                             (self.institution_type, details.institution_type_key),
                             (self.outcome, details.outcome),
                             (self.document, details.document_id)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.person.setEnabled(False)  # an attempt never moves to another person
        self.institution_name.setText(details.institution_name)
        self.attempted_on.setDate(QDate(details.attempted_on))
        set_checked(self.documents, details.documents_presented)
        set_checked(self.reasons, details.reason_keys)
        self.reason_given.setText(details.reason_given)
        self.action_taken.setPlainText(details.action_taken)
        self.follow_up_on.set_value(details.follow_up_on)

    def _combo(self, name: str, entries: dict) -> QComboBox:
        combo = QComboBox(objectName=name)
        for key in entries:
            combo.addItem("", key)
        return combo

    def retranslate(self) -> None:
        language = current_language()
        self.setWindowTitle(self.tr("Registrar trámite") if self.existing is None
                            else self.tr("Trámite registrado"))
        texts = {"person_id": self.tr("&Persona:"), "right_key": self.tr("&Derecho o servicio:"),
                 "institution_type_key": self.tr("&Tipo de institución:"),
                 "institution_name": self.tr("&Institución:"),
                 "attempted_on": self.tr("&Fecha:"), "outcome": self.tr("&Resultado:"),
                 "documents_presented": self.tr("Documentos &presentados:"),
                 "reason_keys": self.tr("&Motivos de la negativa (todos los que dieron):"),
                 "document_id": self.tr("Docu&mento del que se trata:"),
                 "reason_given": self.tr("Lo que le &dijeron:"),
                 "action_taken": self.tr("&Acción del equipo:"),
                 "follow_up_on": self.tr("&Seguimiento:")}
        for name, (label, _widget) in self.rows.items():
            label.setText(texts[name])
        for combo, entries in ((self.right, self.catalog.rights),
                               (self.institution_type, self.catalog.institution_types)):
            for index in range(combo.count()):
                combo.setItemText(index, entries[combo.itemData(index)].name.in_language(
                    language))
        for index in range(self.reasons.count()):
            item = self.reasons.item(index)
            item.setText(self.catalog.barrier_reasons[
                item.data(Qt.ItemDataRole.UserRole)].name.in_language(language))
        self.document.setItemText(0, self.tr("(ninguno)"))
        for index, document in enumerate(self.recorded, start=1):
            kind = self.catalog.document_types.get(document.details.type_key)
            name = kind.name.in_language(language) if kind else document.details.type_key
            self.document.setItemText(index, self.tr("%1 de %2").replace("%1", name).replace(
                "%2", self.people.get(document.person_id, "")))
        for index, value in enumerate(Outcome):
            self.outcome.setItemText(index, labels.outcome(value))
        for index in range(self.documents.count()):
            item = self.documents.item(index)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(self.catalog.document_types[key].name.in_language(language))
        self.follow_up_on.set_texts(self.tr("Con fecha"), self.tr("Fecha de seguimiento"))
        translate_save_cancel(self.buttons)

    def details(self) -> AttemptDetails:
        return AttemptDetails(
            person_id=self.person.currentData(), right_key=self.right.currentData(),
            institution_type_key=self.institution_type.currentData(),
            institution_name=self.institution_name.text().strip(),
            attempted_on=self.attempted_on.date().toPython(),
            outcome=Outcome(self.outcome.currentData()),
            documents_presented=checked(self.documents), reason_keys=checked(self.reasons),
            reason_given=self.reason_given.text().strip(),
            action_taken=self.action_taken.toPlainText().strip(),
            follow_up_on=self.follow_up_on.value(), document_id=self.document.currentData())

    def save(self) -> None:
        for _label, widget in self.rows.values():
            mark_invalid(widget, False)
        try:
            self.result_value = (
                barriers.record_attempt(self.vault, self.details()) if self.existing is None
                else barriers.update_attempt(self.vault, self.existing.id, self.details()))
        except Exception as error:  # a bug too: say so, keep what she typed
            self.error.setText(describe(error))
            self.error.show()
            if isinstance(error, InvalidInput) and error.field in self.rows:
                mark_invalid(self.rows[error.field][1], True)
                self.rows[error.field][1].setFocus()
            return
        self.accept()
