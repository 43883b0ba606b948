"""A small, fully loaded table model for short lists (documents due, my tasks)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from shelter_desk.gui.common.lazy_model import ROW_ROLE

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, headers: Callable[[], list[str]],
                 cells: Callable[[Row, int], Any], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._headers, self._cells = headers, cells
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = self._headers()
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(headers)):
            return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            # A column narrowed to fit 1024 px elides its text: the tooltip says it whole.
            text = self._cells(row, index.column())
            return text if isinstance(text, str) and len(text) > 24 else None
        if role == ROW_ROLE:
            return row
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers()) - 1)


def read_only_table(model: QAbstractTableModel, name: str) -> QTableView:
    """A table of whole rows to choose from, never edited in place."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fit_columns(table: QTableView, least: int = 60) -> None:
    """Narrow the widest columns until every column is on screen (no horizontal scrolling
    at 1024 px): text that no longer fits is elided, and the model's tooltip says it whole."""
    header = table.horizontalHeader()
    available = table.viewport().width()
    columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    if available <= 0 or not columns:
        return
    widths = {c: header.sectionSize(c) for c in columns}
    if sum(widths.values()) <= available:
        return
    # The largest cap that fits: the narrow columns keep their width, the wide ones share
    # what is left equally (never below `least`).
    low, high = least, max(widths.values())
    while low < high:
        cap = (low + high + 1) // 2
        if sum(min(w, cap) for w in widths.values()) <= available:
            low = cap
        else:
            high = cap - 1
    for column, width in widths.items():
        if width > low:
            header.resizeSection(column, low)
