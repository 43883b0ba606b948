"""The mapping step: one row per spreadsheet column, with a choice of what it holds,
pre-filled with what its header suggests."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.services.importing.fields import LABELS, Field, Mapping


class MappingStep(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(wordWrap=True)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.form_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        self.combos: list[QComboBox] = []
        self.retranslate()

    def set_columns(self, headers: list[str], suggested: Mapping) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        for index, header in enumerate(headers):
            combo = QComboBox(objectName=f"column_{index}")
            combo.addItem("", None)
            for field in Field:
                combo.addItem("", field)
            chosen = suggested.get(index)
            combo.setCurrentIndex(combo.findData(chosen) if chosen else 0)
            combo.setAccessibleName(header or f"#{index + 1}")
            label = QLabel((header or f"#{index + 1}").replace("&", "&&"))
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.combos.append(combo)
        self.retranslate()

    def mapping(self) -> Mapping:
        return {index: combo.currentData() for index, combo in enumerate(self.combos)
                if combo.currentData() is not None}

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Indica qué contiene cada columna de la hoja. Las "
                                   "columnas marcadas «No importar» se dejan fuera."))
        language = current_language()
        for combo in self.combos:
            combo.setItemText(0, self.tr("No importar"))
            for item in range(1, combo.count()):
                combo.setItemText(item, LABELS[combo.itemData(item)].in_language(language))
