"""One small table model for every statistics table (labelled values and a count), and
how a figure reads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shelter_desk.reports.export import table_rows
from shelter_desk.reports.tables import StatTable

Index = QModelIndex | QPersistentModelIndex


def figure_text(value: object, locale: QLocale | None = None) -> str:
    """Grouped digits, one decimal, a dash when unknown; in `locale` or the interface's."""
    locale = locale or QLocale()
    if value is None:
        return "—"
    if isinstance(value, float):
        return locale.toString(value, "f", 1)
    return locale.toString(int(value))  # type: ignore[call-overload]


class StatTableModel(QAbstractTableModel):
    """The rows `table_rows` gives (header first), in one language; counts align right."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.table: StatTable | None = None
        self._header: list[object] = []
        self._rows: list[list[object]] = []

    def set_table(self, table: StatTable | None, language: str) -> None:
        self.beginResetModel()
        self.table = table
        rows = table_rows(table, language) if table is not None else [[]]
        self._header, self._rows = rows[0], rows[1:]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._header)):
            return str(self._header[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
