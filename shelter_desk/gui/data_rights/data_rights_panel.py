"""Settings -> Derechos ARCO (coordinators): the people blocked by a cancellation request,
with her access export and the definitive deletion; the retention period and the closed
case files whose period has ended. Blocked people are listed by case code, never by name:
blocking hides her from every list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.dates import short_date
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.list_model import ListTableModel, read_only_table
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.gui.data_rights.access_export import export_access
from shelter_desk.services import data_rights
from shelter_desk.services.common import Result
from shelter_desk.services.data_rights import BlockedPerson, DueForDeletion
from shelter_desk.store.vault import OpenVault


def _short(day: date) -> str:
    return short_date(day)


class DataRightsPanel(Retranslating, QGroupBox):
    changed = Signal(object)  # a service Result, so the lists refresh

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="data_rights_panel")
        self.vault = vault
        self.blocked = ListTableModel(self._blocked_headers, self._blocked_cell, self)
        self.blocked_table = read_only_table(self.blocked, "blocked_people")
        self.export = QPushButton(objectName="access_export")
        self.export.clicked.connect(self._export)
        self.delete = QPushButton(objectName="delete_person")
        self.delete.clicked.connect(self.delete_selected)
        self.retention = QSpinBox(objectName="retention_years")
        self.retention.setRange(1, data_rights.MAX_RETENTION_YEARS)
        self.retention_label = QLabel()
        self.retention_label.setBuddy(self.retention)
        self.due = ListTableModel(self._due_headers, self._due_cell, self)
        self.due_table = read_only_table(self.due, "due_for_deletion")
        self.blocked_heading, self.due_heading = QLabel(), QLabel()
        self.message = QLabel(objectName="data_rights_message", wordWrap=True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.export)
        buttons.addWidget(self.delete)
        buttons.addStretch()
        form = QFormLayout()
        form.addRow(self.retention_label, self.retention)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)  # on top: where she looks after acting
        layout.addWidget(self.blocked_heading)
        layout.addWidget(self.blocked_table)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.due_heading)
        layout.addWidget(self.due_table)
        self.retention.editingFinished.connect(self._save_retention)
        self.refresh()
        self.retranslate()

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Derechos ARCO (acceso, rectificación, cancelación y "
                              "oposición)"))
        self.blocked_heading.setText(self.tr("Personas con solicitud de cancelación:"))
        self.export.setText(self.tr("E&xportar datos (acceso)…"))
        self.delete.setText(self.tr("&Eliminar definitivamente…"))
        self.retention_label.setText(self.tr("Conservar los expedientes cerrados (años):"))
        self.due_heading.setText(self.tr("Expedientes cuyo plazo de conservación terminó:"))
        self.blocked.retranslate()
        self.due.retranslate()

    def _blocked_headers(self) -> list[str]:
        return [self.tr("Expediente"), self.tr("Persona"), self.tr("Solicitud registrada el")]

    def _blocked_cell(self, row: BlockedPerson, column: int) -> str:
        if column == 0:
            return row.case_code
        if column == 1:
            return (self.tr("Titular (n.º %1)") if row.is_principal
                    else self.tr("Familiar (n.º %1)")).replace("%1", str(row.person_id))
        return _short(date.fromisoformat(row.blocked_at[:10]))

    def _due_headers(self) -> list[str]:
        return [self.tr("Expediente"), self.tr("Cerrado el"), self.tr("Plazo terminó el"),
                self.tr("Con solicitud de cancelación")]

    def _due_cell(self, row: DueForDeletion, column: int) -> str:
        values = (row.code, _short(row.closed_on), _short(row.due_on),
                  self.tr("sí") if row.blocked else self.tr("no"))
        return values[column]

    # -- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.vault.is_locked:
            return
        self.blocked.set_rows(data_rights.blocked_people(self.vault))
        self.due.set_rows(data_rights.due_for_deletion(self.vault))
        self.retention.blockSignals(True)
        self.retention.setValue(data_rights.retention_years(self.vault))
        self.retention.blockSignals(False)

    def selected(self) -> BlockedPerson | None:
        index = self.blocked_table.currentIndex()
        return self.blocked.rows[index.row()] if index.isValid() else None

    def _save_retention(self) -> None:
        try:
            data_rights.set_retention_years(self.vault, self.retention.value())
        except Exception as error:  # shown, never lost
            self._say(describe(error))
            return
        self.due.set_rows(data_rights.due_for_deletion(self.vault))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def confirm_deletion(self, text: str) -> bool:
        """The first confirmation; its button names the act, not a bare "Yes"."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Eliminar definitivamente"), text,
                          QMessageBox.StandardButton.Cancel, self)
        delete = box.addButton(self.tr("Eliminar definitivamente"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    # -- actions -----------------------------------------------------------------------

    def _export(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self._say(self.tr("Elige primero una persona de la lista."))
            return
        export_access(self, self.vault, chosen.person_id)

    def delete_selected(self) -> None:
        """After two confirmations: the consequences, then her case code typed again."""
        chosen = self.selected()
        if chosen is None:
            self._say(self.tr("Elige primero una persona de la lista."))
            return
        what = (self.tr("todo el expediente %1: la titular, su hogar, sus documentos, notas, "
                        "tareas y archivos adjuntos") if chosen.is_principal
                else self.tr("esta persona del expediente %1, con sus documentos, notas y "
                             "archivos adjuntos")).replace("%1", chosen.case_code)
        text = self.tr("Se eliminará %1. No se puede deshacer; la bitácora solo guardará que "
                       "se eliminó. Las copias de seguridad anteriores aún contienen sus "
                       "datos.").replace("%1", what)
        aside = data_rights.copies_kept_aside(self.vault)
        if aside:
            text += " " + self.tr("También se borrará la bóveda que se guardó aparte al "
                                  "restaurar una copia (%1), porque contiene sus datos."
                                  ).replace("%1", ", ".join(aside))
        if not self.confirm_deletion(text):
            return
        typed, accepted = QInputDialog.getText(
            self, self.tr("Eliminar definitivamente"),
            self.tr("Para confirmar, escribe el número de expediente (%1):")
            .replace("%1", chosen.case_code))
        if not accepted or typed.strip() != chosen.case_code:
            self._say(self.tr("No se eliminó nada."))
            return
        # Off the GUI thread: the vacuum that follows rewrites the whole of vault.db.
        self.delete.setEnabled(False)
        self._say(self.tr("Eliminando y limpiando la bóveda…"))
        done = (self.tr("Se eliminó definitivamente el expediente %1.") if chosen.is_principal
                else self.tr("Se eliminaron definitivamente los datos de la persona del "
                             "expediente %1.")).replace("%1", chosen.case_code)
        run_in_background(lambda: data_rights.delete_person(self.vault, chosen.person_id),
                          lambda result: self._deleted(done, result), self._failed)

    def _deleted(self, done: str, result: Result) -> None:
        self.delete.setEnabled(True)
        self._say(done)
        self.refresh()
        self.changed.emit(result)
        QMessageBox.information(self, self.tr("Eliminar definitivamente"), done)

    def _failed(self, error: Exception) -> None:
        self.delete.setEnabled(True)
        self._say(describe(error))
