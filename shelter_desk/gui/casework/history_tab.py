"""The history of the case file, read from the audit log: who did what, and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shelter_desk.gui.casework.section import CaseSection
from shelter_desk.gui.common.dates import short_moment
from shelter_desk.gui.common.i18n import current_language
from shelter_desk.gui.common.list_model import ListTableModel
from shelter_desk.services import history
from shelter_desk.services.cases import CaseFile
from shelter_desk.services.history import HistoryEntry
from shelter_desk.store.vault import OpenVault


class HistoryTab(CaseSection):
    def __init__(self, vault: OpenVault) -> None:
        translate = QCoreApplication.translate

        def cells(row: HistoryEntry, column: int) -> str:
            return [short_moment(row.occurred_at), row.actor,
                    row.text.in_language(current_language())][column]

        super().__init__(vault, ListTableModel(lambda: [
            translate("HistoryTab", "Cuándo"), translate("HistoryTab", "Quién"),
            translate("HistoryTab", "Qué hizo")], cells), "history_table")
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr("Todo lo que se hizo en este expediente, lo más reciente "
                                   "primero. Viene del registro de auditoría, que no se "
                                   "puede modificar."))

    def rows(self, case_file: CaseFile) -> list[HistoryEntry]:
        return history.case_history(self.vault, case_file.case.id)
