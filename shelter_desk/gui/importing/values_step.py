"""The values no reader knew, each offered once for the whole file with a choice of what
it is (a country, a document type), and whether to remember the answers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QPushButton, QWidget

from shelter_desk.catalog.geo import all_countries
from shelter_desk.catalog.loader import default_catalog
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.services.importing.fields import Field
from shelter_desk.services.importing.plan import UnreadValue
from shelter_desk.services.importing.preview import unread_line


class UnreadValues(Retranslating, QWidget):
    chosen = Signal(dict, bool)  # {UnreadValue.key: code}, remember for the next file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.values: tuple[UnreadValue, ...] = ()
        self.combos: list[QComboBox] = []
        self.labels: list[QLabel] = []
        self.remember = QCheckBox(objectName="remember_values", checked=True)
        self.apply = QPushButton(objectName="apply_values")
        self.apply.clicked.connect(self._apply)
        self.retranslate()

    def set_values(self, unread: tuple[UnreadValue, ...]) -> None:
        while self.form.rowCount():
            self.form.takeRow(0)  # keeps the checkbox and the button for the next file
        self.values, self.combos, self.labels = unread, [], []
        language = current_language()
        for number, value in enumerate(unread):
            combo = QComboBox(objectName=f"value_{number}")
            combo.addItem("", None)
            if value.field is Field.NATIONALITY:
                for code, name in all_countries(language):  # the common ones first
                    combo.addItem(name, code)
            else:
                for key, kind in default_catalog().document_types.items():
                    combo.addItem(kind.name.in_language(language), key)
            label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # file text
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.combos.append(combo)
            self.labels.append(label)
        self.form.addRow(self.remember)
        self.form.addRow(self.apply)
        self.setVisible(bool(unread))
        self.retranslate()

    def _apply(self) -> None:
        answers = {value.key: combo.currentData()
                   for value, combo in zip(self.values, self.combos, strict=True)
                   if combo.currentData() is not None}
        if answers:
            self.chosen.emit(answers, self.remember.isChecked())

    def retranslate(self) -> None:
        self.remember.setText(self.tr("&Recordar estas respuestas para el próximo archivo"))
        self.apply.setText(self.tr("&Aplicar las respuestas y revisar de nuevo"))
        language = current_language()
        for label, value in zip(self.labels, self.values, strict=True):
            label.setText(unread_line(value).in_language(language))
        for combo in self.combos:
            combo.setItemText(0, self.tr("Sin elegir"))
