"""Documents due and my tasks: short lists of what needs doing soon."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.gui.common.dates import short_date
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.lazy_model import ROW_ROLE
from shelter_desk.gui.common.list_model import ListTableModel, read_only_table
from shelter_desk.gui.common.messages import describe
from shelter_desk.services import documents, followup
from shelter_desk.services.documents import DocumentDue
from shelter_desk.services.followup import TaskInCase
from shelter_desk.store.vault import OpenVault

DUE_DAYS = 60


def _day(value: date) -> str:
    return short_date(value)


class _ListPage(Retranslating, QWidget):
    case_requested = Signal(int)

    def __init__(self, model: ListTableModel, name: str) -> None:
        super().__init__()
        self.model = model
        self._stale = True  # loaded when first shown, not while the window opens
        self.intro = QLabel(wordWrap=True)
        self.table = read_only_table(model, name)
        self.table.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.data(index, ROW_ROLE)
        if row is not None:
            self.case_requested.emit(row.case_id)

    def load(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload now if she is looking at it, else the next time it is shown."""
        self._stale = True
        if self.isVisible():
            self.showEvent(None)

    def showEvent(self, event: QShowEvent | None) -> None:
        if self._stale:
            self._stale = False
            self.load()
        if event is not None:
            super().showEvent(event)


class DocumentsDuePage(_ListPage):
    def __init__(self, vault: OpenVault) -> None:
        translate = QCoreApplication.translate
        types = default_catalog().document_types

        def cells(row: DocumentDue, column: int) -> str:
            return [_day(row.expires_on), row.person_name,
                    types[row.type_key].name.in_language(current_language()),
                    row.case_code][column]

        super().__init__(ListTableModel(lambda: [
            translate("DocumentsDuePage", "Vence"), translate("DocumentsDuePage", "Persona"),
            translate("DocumentsDuePage", "Documento"),
            translate("DocumentsDuePage", "Expediente")], cells), "due_table")
        self.vault = vault
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Documentos originales que vencen en los próximos %n días, "
                                   "el más próximo primero.", "", DUE_DAYS))
        self.model.retranslate()

    def load(self) -> None:
        self.model.set_rows(documents.documents_due(self.vault, DUE_DAYS))


class TasksPage(_ListPage):
    completed = Signal(object)  # a service Result: the window refreshes counts and lists
    def __init__(self, vault: OpenVault) -> None:
        translate = QCoreApplication.translate

        def cells(row: TaskInCase, column: int) -> str:
            overdue = row.task.due_on < date.today()
            due = _day(row.task.due_on) + (" · " + translate("TasksPage", "atrasada")
                                           if overdue else "")
            return [due, row.task.title, row.case_code, row.name][column]

        super().__init__(ListTableModel(lambda: [translate("TasksPage", "Para el"),
                                                 translate("TasksPage", "Tarea"),
                                                 translate("TasksPage", "Expediente"),
                                                 translate("TasksPage", "Persona")], cells),
                         "tasks_table")
        self.vault = vault
        self.done = QPushButton(objectName="my_task_done")
        self.done.clicked.connect(self._complete)
        self.error = QLabel(wordWrap=True)
        self.error.hide()
        self.layout().addWidget(self.error)
        self.layout().addWidget(self.done, alignment=Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Tus tareas pendientes, la más urgente primero. Enter abre "
                                   "el expediente."))
        self.done.setText(self.tr("&Marcar como hecha"))
        self.model.retranslate()

    def load(self) -> None:
        self.model.set_rows(followup.open_tasks_in_cases(self.vault))

    def _complete(self) -> None:
        chosen = self.model.data(self.table.currentIndex(), ROW_ROLE)
        if chosen is None:
            return
        try:
            result = followup.complete_task(self.vault, chosen.id)
        except Exception as error:  # refused or a bug: say which, keep the list
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self.completed.emit(result)
