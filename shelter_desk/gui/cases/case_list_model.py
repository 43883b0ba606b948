"""The case list's rows: code, name, nationality, status, worker, opened, flags."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle

from shelter_desk.catalog.geo import country_name
from shelter_desk.domain.cases import CaseStatus
from shelter_desk.gui.common.dates import short_date
from shelter_desk.gui.common.i18n import current_language
from shelter_desk.gui.common.lazy_model import LazyTableModel, Page
from shelter_desk.store.case_queries import CaseFilter, CaseRow, CaseSort

COL_CODE, COL_NAME, COL_NATIONALITY, COL_STATUS, COL_WORKER, COL_OPENED, COL_ALERTS = range(7)
SORT_BY_COLUMN = {COL_CODE: CaseSort.CODE, COL_NAME: CaseSort.NAME,
                  COL_NATIONALITY: CaseSort.NATIONALITY, COL_STATUS: CaseSort.STATUS,
                  COL_OPENED: CaseSort.OPENED}



def status_text(status: CaseStatus) -> str:
    return {
        CaseStatus.OPEN: QCoreApplication.translate("CaseStatus", "Abierto"),
        CaseStatus.ON_HOLD: QCoreApplication.translate("CaseStatus", "En pausa"),
        CaseStatus.CLOSED: QCoreApplication.translate("CaseStatus", "Cerrado"),
    }[status]


class CaseListModel(LazyTableModel[CaseRow]):
    # Scrolling to the end of 20,000 cases: fewer, larger pages halve the round trips.
    page_size = 500

    def __init__(self, list_page, parent=None) -> None:  # type: ignore[no-untyped-def]
        """`list_page(filter, sort, descending, after, limit) -> CasePage`."""
        self._list_page = list_page
        self.case_filter = CaseFilter()
        self.sort_key, self.descending = CaseSort.NAME, False
        self._headers = self._translated_headers()
        super().__init__(self._page, parent)

    def _page(self, cursor: Any, limit: int) -> Page[CaseRow]:
        page = self._list_page(self.case_filter, self.sort_key, self.descending, cursor, limit)
        return Page(page.rows, page.next_cursor)

    def set_filter(self, case_filter: CaseFilter) -> None:
        self.case_filter = case_filter
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_BY_COLUMN.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def headers(self) -> list[str]:
        return self._headers  # asked for on every repaint: translated once per language

    def retranslate(self) -> None:
        self._headers = self._translated_headers()
        super().retranslate()

    @staticmethod
    def _translated_headers() -> list[str]:
        return [QCoreApplication.translate("CaseListModel", "Expediente"),
                QCoreApplication.translate("CaseListModel", "Nombre"),
                QCoreApplication.translate("CaseListModel", "Nacionalidad"),
                QCoreApplication.translate("CaseListModel", "Estado"),
                QCoreApplication.translate("CaseListModel", "Asignado a"),
                QCoreApplication.translate("CaseListModel", "Apertura"),
                QCoreApplication.translate("CaseListModel", "Alertas")]

    def display(self, row: CaseRow, column: int) -> Any:
        if column == COL_CODE:
            return row.code
        if column == COL_NAME:
            return row.name
        if column == COL_NATIONALITY:
            return country_name(row.nationality, current_language())
        if column == COL_STATUS:
            return status_text(row.status)
        if column == COL_WORKER:
            return row.assigned_worker
        if column == COL_OPENED:
            return short_date(row.opened_on)
        if column == COL_ALERTS:
            return self._alerts(row)
        return None

    def _alerts(self, row: CaseRow) -> str:
        parts = []
        if row.open_barriers:
            parts.append(QCoreApplication.translate(
                "CaseListModel", "%n barrera(s) abierta(s)", "", row.open_barriers))
        if row.next_expiry is not None:
            parts.append(QCoreApplication.translate("CaseListModel", "vence %1").replace(
                "%1", short_date(row.next_expiry)))
        return " · ".join(parts)

    def tooltip(self, row: CaseRow, column: int) -> Any:
        # Columns narrowed to fit 1024 px elide: the tooltip says the whole text.
        if column in (COL_NAME, COL_WORKER, COL_ALERTS):
            return self.display(row, column) or None
        return None

    def decoration(self, row: CaseRow, column: int) -> Any:
        if column == COL_ALERTS and row.open_barriers:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None
