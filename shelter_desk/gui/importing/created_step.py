"""The review step's «what will be created»: the counts in one line, then every record
in a list she can scroll (row number → «Caso nuevo: …, 1 documento (Pasaporte), nota»)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shelter_desk.gui.common.i18n import current_language
from shelter_desk.gui.common.list_model import ListTableModel, read_only_table
from shelter_desk.services.importing.created import (
    CreatedRecord,
    Decisions,
    counts_line,
    created_counts,
    created_records,
)
from shelter_desk.services.importing.plan import ImportPlan


class CreatedRecords(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.decisions: Decisions = {}
        self.counts = QLabel(objectName="created_counts", wordWrap=True)
        self.model = ListTableModel(self._headers, self._cell, self)
        self.table = read_only_table(self.model, "created")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)

    def set_plan(self, plan: ImportPlan, decisions: Decisions | None = None) -> None:
        self.plan, self.decisions = plan, dict(decisions or {})
        self.model.set_rows(created_records(plan, self.decisions))
        self.retranslate()

    def _headers(self) -> list[str]:
        return [self.tr("Fila"), self.tr("Se creará")]

    def _cell(self, record: CreatedRecord, column: int) -> object:
        if column == 0:
            return record.row
        return record.line.in_language(current_language())

    def retranslate(self) -> None:
        self.model.retranslate()
        if self.plan is not None:
            self.counts.setText(counts_line(created_counts(self.plan, self.decisions))
                                .in_language(current_language()))
