"""About Shelter Desk: its version and licence, what the LGPL asks us to say about Qt for
Python, and every bundled component with its licence text."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_desk import __version__
from shelter_desk.about import Component, components
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.paths import resources_dir

ICON_SIZE = 64


def qt_library_folder() -> Path:
    """Where Qt's libraries are: the folder a person would replace them in."""
    return Path(PySide6.__file__).resolve().parent


class AboutDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.components: list[Component] = components()
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resources_dir() / "icons" / "shelter-desk.png")).scaled(
            ICON_SIZE, ICON_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.heading = QLabel(f"<h2>Shelter Desk {__version__}</h2>", objectName="about_heading")
        self.purpose = QLabel(wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.purpose)
        top.addLayout(titles, 1)

        self.licence = QLabel(wordWrap=True, objectName="about_licence")
        self.qt_notice = QLabel(wordWrap=True, objectName="about_qt_notice")
        for label in (self.licence, self.qt_notice):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list_label = QLabel()
        self.table = QTreeWidget(objectName="about_components")
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(3)
        for component in self.components:
            QTreeWidgetItem(self.table, [component.name, component.version, component.license])
        self.list_label.setBuddy(self.table)
        self.text_label = QLabel()
        self.licence_text = QPlainTextEdit(objectName="about_licence_text", readOnly=True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_label.setBuddy(self.licence_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licence)
        layout.addWidget(self.qt_notice)
        layout.addWidget(self.list_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.text_label)
        layout.addWidget(self.licence_text, 1)
        layout.addWidget(buttons)
        self.table.currentItemChanged.connect(self._show_licence)
        self.retranslate()
        self.table.setCurrentItem(self.table.topLevelItem(0))
        self.table.resizeColumnToContents(0)
        self.resize(720, 680)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Acerca de Shelter Desk"))
        self.purpose.setText(self.tr("Expedientes cifrados y sin conexión para albergues que "
                                     "acompañan a mujeres migrantes."))
        self.licence.setText(self.tr(
            "Shelter Desk es software libre: puedes usarlo, estudiarlo, compartirlo y "
            "modificarlo bajo la licencia GNU Affero General Public License, versión 3 o "
            "posterior (AGPL-3.0-or-later)."))
        self.qt_notice.setText(self.tr(
            "Usa Qt y Qt para Python (PySide6) bajo la licencia GNU Lesser General Public "
            "License, versión 3 (LGPLv3). Están enlazados de forma dinámica: sus bibliotecas "
            "son archivos aparte, en %1, y puedes reemplazarlas por otra versión compatible, "
            "modificada o no. Su código fuente está en https://download.qt.io/ y "
            "https://code.qt.io/.").replace("%1", str(qt_library_folder())))
        self.list_label.setText(self.tr("&Componentes incluidos:"))
        self.table.setHeaderLabels([self.tr("Componente"), self.tr("Versión"),
                                    self.tr("Licencia")])
        self.text_label.setText(self.tr("&Texto de la licencia:"))
        self._show_licence()

    def _show_licence(self) -> None:
        row = self.table.indexOfTopLevelItem(self.table.currentItem())
        if not 0 <= row < len(self.components):
            self.licence_text.clear()
            return
        text = self.components[row].license_text()
        self.licence_text.setPlainText(text or self.tr(
            "Esta instalación no incluye el texto de esta licencia."))
