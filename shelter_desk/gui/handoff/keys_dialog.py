"""«Claves de las organizaciones»: whose keys this vault trusts, the fingerprint to read
aloud on the phone, and the one place where a changed key is confirmed.

A key that changed blocks every package to and from that organisation (the SSH-like
warning). Confirming is deliberate: the coordinator types back the new fingerprint she
was read by the other organisation, so a click through a warning cannot do it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.lazy_model import ROW_ROLE
from shelter_desk.gui.common.list_model import ListTableModel, read_only_table
from shelter_desk.gui.common.messages import describe
from shelter_desk.services import handoff_keys
from shelter_desk.store.vault import OpenVault


class OrganisationKeysDialog(Retranslating, QDialog):
    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        translate = QCoreApplication.translate

        def cells(row: Any, column: int) -> str:  # the fingerprint last: it gets the width
            if column == 1:
                return (translate("OrganisationKeysDialog", "CAMBIÓ: por confirmar")
                        if row.pending_fingerprint else
                        translate("OrganisationKeysDialog", "Confirmada"))
            if column == 2:
                return {"hub": translate("OrganisationKeysDialog", "Servidor de la red"),
                        "file": translate("OrganisationKeysDialog", "Archivo")}.get(
                    row.source, row.source)
            return row.name if column == 0 else row.fingerprint

        self.model = ListTableModel(lambda: [
            translate("OrganisationKeysDialog", "Organización"),
            translate("OrganisationKeysDialog", "Estado"),
            translate("OrganisationKeysDialog", "De dónde"),
            translate("OrganisationKeysDialog", "Huella")], cells)
        self.table = read_only_table(self.model, "keys_table")
        self.table.selectionModel().currentRowChanged.connect(self._update)
        self.intro = QLabel(wordWrap=True)
        self.own = QLineEdit(objectName="keys_own", readOnly=True)
        self.confirm_button = QPushButton(objectName="keys_confirm")
        self.import_button = QPushButton(objectName="keys_import")
        self.export_button = QPushButton(objectName="keys_export")
        self.confirm_button.clicked.connect(self._confirm_asked)
        self.import_button.clicked.connect(self._import_asked)
        self.export_button.clicked.connect(self._export_asked)
        self.message = QLabel(wordWrap=True, objectName="keys_message")
        self.own_label = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.confirm_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for widget in (self.message, self.own_label, self.own, close):
            layout.addWidget(widget)
        self.resize(900, 460)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Claves de las organizaciones"))
        self.intro.setText(self.tr(
            "Solo se envían expedientes a estas organizaciones, y solo se aceptan los que "
            "ellas firman. Para estar segura, llama a la organización y lean la huella en "
            "voz alta: debe ser idéntica."))
        self.own_label.setText(self.tr("La huella de tu organización (para leerla a otras):"))
        self.confirm_button.setText(self.tr("&Confirmar la clave nueva…"))
        self.import_button.setText(self.tr("&Importar un archivo de claves…"))
        self.export_button.setText(self.tr("&Guardar nuestras claves en un archivo…"))
        self.model.retranslate()

    def reload(self) -> None:
        try:
            self.model.set_rows(handoff_keys.pin_rows(self.vault))
        except Exception as error:  # shown to her, never a traceback
            self.message.setText(describe(error))
        try:  # made the first time by a coordinator; others are told who can
            self.own.setText(handoff_keys.own_keys(self.vault).fingerprint())
        except Exception as error:  # shown in the field itself
            self.own.setPlaceholderText(describe(error))
        self._update()

    def selected(self) -> Any:
        return self.model.data(self.table.currentIndex(), ROW_ROLE)

    def _update(self, *_args: object) -> None:
        chosen = self.selected()
        self.confirm_button.setEnabled(chosen is not None and bool(chosen.pending_fingerprint))

    def confirm(self, typed: str) -> bool:
        """Confirm the selected organisation's new key with the fingerprint typed back."""
        chosen = self.selected()
        try:
            handoff_keys.confirm_changed_key(self.vault, chosen.organisation_id, typed)
        except Exception as error:  # the refusal says why, in her language
            self.message.setText(describe(error))
            return False
        self.message.setText(self.tr("Clave nueva de «%1» confirmada.").replace(
            "%1", chosen.name))
        self.reload()
        return True

    def import_file(self, path: Path) -> None:
        try:
            seen = handoff_keys.import_key_file(self.vault, path)
        except Exception as error:  # a bad file, or a changed key now held: said
            self.message.setText(describe(error))
        else:
            self.message.setText(self.tr("Claves de «%1» leídas. Huella: %2").replace(
                "%1", seen.name).replace("%2", seen.fingerprint()))
        self.reload()

    def _confirm_asked(self) -> None:
        chosen = self.selected()
        typed, ok = QInputDialog.getText(self, self.tr("Confirmar la clave nueva"), self.tr(
            "Llama a «%1» y pide que te lean su huella. Escríbela aquí tal como la oyes "
            "(los espacios no importan). Huella nueva que recibió esta computadora:\n%2"
        ).replace("%1", chosen.name).replace("%2", chosen.pending_fingerprint or ""))
        if ok and typed.strip():
            self.confirm(typed)

    def _import_asked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Archivo de claves"), "", self.tr("Claves (*.sdkeys)"))
        if path:
            self.import_file(Path(path))

    def _export_asked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Guardar nuestras claves"), "claves.sdkeys",
            self.tr("Claves (*.sdkeys)"))
        if path:
            try:
                handoff_keys.export_key_file(self.vault, Path(path))
            except Exception as error:  # a bad file: said, nothing pinned
                self.message.setText(describe(error))
