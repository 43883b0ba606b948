"""One table of the network report as it will leave: its values in words, its counts,
and «oculta» (withheld) where a count is not sent: below k, or one that would let
someone work out a count below k (complementary suppression), so '< k' would mislead."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from shelter_desk.network.cells import STAR
from shelter_desk.reports.network_labels import network_dimension, network_value

Index = QModelIndex | QPersistentModelIndex
WITHHELD_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a withheld count


def _reading_order(row: dict[str, Any]) -> tuple[Any, ...]:
    """Cells, then margins, then the total (as the report lists them), with age bands in
    age order: the report's own order is by text, which puts "5-11" after "45-59"."""
    key = row["key"]
    return (sum(value == STAR for value in key),
            *((0, int(value.split("-")[0].rstrip("+")), value)
              if value[:1].isdigit() else (1, 0, value) for value in key))


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.k = 5
        self._header: list[str] = []
        self._rows: list[tuple[list[str], int | None, bool]] = []  # values, count, total?

    def set_table(self, table: dict[str, Any] | None, k: int, language: str) -> None:
        self.beginResetModel()
        self.k = k
        if table is None:
            self._header, self._rows = [], []
        else:
            dimensions = table["dimensions"]
            self._header = [network_dimension(d, language) for d in dimensions] + [
                QCoreApplication.translate("ReportTableModel", "Número")]
            self._rows = [([network_value(d, v, language) for d, v in zip(
                dimensions, row["key"], strict=True)], row["count"], STAR in row["key"])
                for row in sorted(table["counts"], key=_reading_order)]
        self.endResetModel()

    def withheld(self) -> int:
        return sum(1 for _values, count, _total in self._rows if count is None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._header)):
            return self._header[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        values, count, total = self._rows[index.row()]
        is_count = index.column() == len(values)
        if role == Qt.ItemDataRole.DisplayRole:
            if not is_count:
                return values[index.column()]
            if count is None:
                return QCoreApplication.translate("ReportTableModel", "oculta")
            return count
        if role == WITHHELD_ROLE:
            return is_count and count is None
        if role == Qt.ItemDataRole.ToolTipRole and is_count and count is None:
            return QCoreApplication.translate(
                "ReportTableModel", "Cifra oculta: es menor que %1, o con ella se podría "
                "deducir una cifra menor que %1. Se envía vacía.").replace("%1", str(self.k))
        if role == Qt.ItemDataRole.TextAlignmentRole and is_count:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None
