"""The document form: type, how she holds it, number, dates, apostille and translation."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.widgets import OptionalDateEdit, mark_invalid


class DocumentForm(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.types = default_catalog().document_types
        self.type_key = QComboBox(objectName="type_key")
        for key in self.types:
            self.type_key.addItem("", key)
        self.type_key.currentIndexChanged.connect(self._type_changed)
        self.status = QComboBox(objectName="status")
        for status in DocumentStatus:
            self.status.addItem("", status)
        self.number = QLineEdit(objectName="number")
        self.issuer = QLineEdit(objectName="issuer")
        self.issued_on = OptionalDateEdit()
        self.expires_on = OptionalDateEdit()
        self.apostilled = QCheckBox(objectName="apostilled")
        self.translated = QCheckBox(objectName="translated")
        self.notes = QLineEdit(objectName="notes")
        self.type_note = QLabel(wordWrap=True, objectName="type_note")
        self.error = QLabel(wordWrap=True, objectName="form_error")
        self.error.hide()
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        layout = QFormLayout(self)
        for name in ("type_key", "status", "number", "issuer", "issued_on", "expires_on",
                     "apostilled", "translated", "notes"):
            label = QLabel()
            label.setBuddy(getattr(self, name))
            layout.addRow(label, getattr(self, name))
            self._rows[name] = (label, getattr(self, name))
        layout.addRow(self.type_note)
        layout.addRow(self.error)
        self.retranslate()
        self._type_changed()

    def retranslate(self) -> None:
        language = current_language()
        texts = {"type_key": self.tr("&Documento:"), "status": self.tr("&Cómo lo tiene:"),
                 "number": self.tr("&Número:"), "issuer": self.tr("&Expedido por:"),
                 "issued_on": self.tr("Fecha de e&xpedición:"),
                 "expires_on": self.tr("&Vigente hasta:"), "apostilled": self.tr("Apostilla:"),
                 "translated": self.tr("Traducción:"), "notes": self.tr("N&otas:")}
        for name, (label, _field) in self._rows.items():
            label.setText(texts[name])
        for index in range(self.type_key.count()):
            self.type_key.setItemText(
                index, self.types[self.type_key.itemData(index)].name.in_language(language))
        for index, status in enumerate(DocumentStatus):
            self.status.setItemText(index, labels.document_status(status))
        self.issued_on.set_texts(self.tr("Se sabe"), self.tr("Fecha de expedición"))
        self.expires_on.set_texts(self.tr("Tiene fecha"), self.tr("Vigente hasta"))
        self.apostilled.setText(self.tr("Está apostillado o legalizado"))
        self.translated.setText(self.tr("Tiene traducción oficial"))
        self._type_changed()

    def _type_changed(self) -> None:
        document_type = self.types.get(self.type_key.currentData())
        if document_type is None:
            return
        for name, applies in (("apostilled", document_type.apostille_applies),
                              ("translated", document_type.translation_applies)):
            label, field = self._rows[name]
            label.setVisible(applies)
            field.setVisible(applies)
        note = document_type.note.in_language(current_language())
        if not document_type.verified:
            note += " " + self.tr("(Dato sin verificar: confírmalo antes de citarlo.)")
        self.type_note.setText(note)

    def details(self) -> DocumentDetails:
        document_type = self.types[self.type_key.currentData()]
        return DocumentDetails(
            type_key=document_type.key, status=DocumentStatus(self.status.currentData()),
            number=self.number.text().strip(), issuer=self.issuer.text().strip(),
            issued_on=self.issued_on.value(), expires_on=self.expires_on.value(),
            apostilled=self.apostilled.isChecked() if document_type.apostille_applies else None,
            translated=self.translated.isChecked()
            if document_type.translation_applies else None,
            notes=self.notes.text().strip())

    def set_details(self, details: DocumentDetails) -> None:
        self.type_key.setCurrentIndex(max(0, self.type_key.findData(details.type_key)))
        self.status.setCurrentIndex(max(0, self.status.findData(details.status)))
        self.number.setText(details.number)
        self.issuer.setText(details.issuer)
        self.issued_on.set_value(details.issued_on)
        self.expires_on.set_value(details.expires_on)
        self.apostilled.setChecked(bool(details.apostilled))
        self.translated.setChecked(bool(details.translated))
        self.notes.setText(details.notes)

    def show_error(self, error: Exception | None) -> None:
        for _label, field in self._rows.values():
            mark_invalid(field, False)
        self.error.setVisible(error is not None)
        if error is None:
            return
        self.error.setText(describe(error))
        if isinstance(error, InvalidInput) and error.field in self._rows:
            mark_invalid(self._rows[error.field][1], True)
            self._rows[error.field][1].setFocus()
