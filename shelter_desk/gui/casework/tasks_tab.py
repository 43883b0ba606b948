"""The case's tasks, including renewals generated from expiring documents: what is due,
what is late, and done with one click."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit

from shelter_desk.domain.followup import Task
from shelter_desk.domain.permissions import Action
from shelter_desk.gui.casework.section import CaseSection, day
from shelter_desk.gui.common.list_model import ListTableModel
from shelter_desk.services import followup
from shelter_desk.services.cases import CaseFile
from shelter_desk.store.vault import OpenVault


class TasksTab(CaseSection):
    def __init__(self, vault: OpenVault) -> None:
        translate = QCoreApplication.translate
        self._names: dict[int, str] = {}

        def state(row: Task) -> str:
            if row.done_at is not None:
                return "✓ " + translate("TasksTab", "Hecha")
            if row.due_on < date.today():
                return "⚠ " + translate("TasksTab", "Atrasada")
            return translate("TasksTab", "Pendiente")

        def cells(row: Task, column: int) -> str:
            return [day(row.due_on), state(row), row.title,
                    self._names.get(row.assignee_id or 0, "—")][column]

        super().__init__(vault, ListTableModel(lambda: [
            translate("TasksTab", "Para el"), translate("TasksTab", "Estado"),
            translate("TasksTab", "Tarea"), translate("TasksTab", "Responsable")], cells),
            "case_tasks_table")
        self.title = QLineEdit(objectName="task_title")
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title)
        self.due_on = QDateEdit(QDate.currentDate().addDays(7), calendarPopup=True,
                                objectName="task_due")
        self.due_on.setDisplayFormat("dd/MM/yyyy")
        new = QHBoxLayout()
        new.addWidget(self.title_label)
        new.addWidget(self.title, 1)
        new.addWidget(self.due_on)
        self.layout_.insertLayout(3, new)
        self.add = self.button("add_task", self._add)
        self.done = self.button("complete_task", self._complete)
        self.title.returnPressed.connect(self._add)
        self.table.selectionModel().currentRowChanged.connect(self.update_actions)
        self.table.doubleClicked.connect(self._complete)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr("Lo que hay que hacer por este expediente, lo pendiente "
                                   "primero. Las renovaciones de documentos por vencer se "
                                   "crean solas."))
        self.title_label.setText(self.tr("N&ueva tarea:"))
        self.add.setText(self.tr("&Agregar tarea"))
        self.done.setText(self.tr("&Marcar como hecha"))

    def rows(self, case_file: CaseFile) -> list[Task]:
        self._names = self.staff_names()
        return sorted(case_file.tasks, key=lambda t: (t.done_at is not None, t.due_on))

    def update_actions(self, *_args: object) -> None:
        allowed = self.allows(Action.TASKS)
        self.add.setEnabled(allowed)
        self.title.setEnabled(allowed)
        chosen = self.selected()
        self.done.setEnabled(allowed and chosen is not None and chosen.done_at is None)

    def _add(self) -> None:
        assert self.case_file is not None
        case_id, title = self.case_file.case.id, self.title.text()
        due = self.due_on.date().toPython()
        if self.run(lambda: followup.add_task(self.vault, case_id, title, due)):
            self.title.clear()

    def _complete(self, *_args: object) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.done_at is None:
            self.run(lambda: followup.complete_task(self.vault, chosen.id))
