"""The one item-model base for long lists: rows arrive a page at a time from a service.

The view asks `canFetchMore`/`fetchMore` as it scrolls; each page is a keyset query, so
the last page of 50,000 costs what the first does. Sorting and filtering are the
service's (SQL's) job: `sort()` and `set_query()` only reset and fetch the first page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shelter_desk.store.errors import VaultLocked

Row = TypeVar("Row")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself


@dataclass(frozen=True)
class Page(Generic[Row]):
    rows: Sequence[Row]
    next_cursor: Any  # None: no more pages


Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    page_size = 200

    def __init__(self, fetch: Callable[[Any, int], Page[Row]], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[Row] = []
        self._cursor: Any = None
        self._exhausted = False

    # -- subclasses say what a row looks like ----------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Row, column: int) -> Any:
        raise NotImplementedError

    def decoration(self, row: Row, column: int) -> Any:
        return None

    def tooltip(self, row: Row, column: int) -> Any:
        return None

    # -- Qt's side -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers())):
            return self.headers()[section]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        try:
            page = self._fetch(self._cursor, self.page_size)
        except VaultLocked:
            self._exhausted = True  # a view left behind by a lock asks no more
            return
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    def reload(self) -> None:
        """Forget every row and fetch the first page at once (views would ask for it
        lazily, but only once laid out; a list that is empty for a moment looks broken)."""
        self.beginResetModel()
        self._rows, self._cursor, self._exhausted = [], None, False
        self.endResetModel()
        self.fetchMore()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers()) - 1)
