"""A tab widget's tabs as buttons in rows, so eleven tabs are all reachable at 1024 px
without the tab bar's scroll arrows (a tab hidden behind an arrow is a tab nobody finds).

The QTabWidget stays (its pages, its current index, its Ctrl+Tab); only its bar is
replaced by checkable buttons laid out in `rows` rows, kept in step both ways."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QWidget,
)


class TabRows(QWidget):
    def __init__(self, tabs: QTabWidget, rows: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs, self.rows = tabs, rows
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(2)
        self.buttons: list[QToolButton] = []
        tabs.tabBar().hide()
        tabs.currentChanged.connect(self._current_changed)
        self.rebuild()

    def rebuild(self) -> None:
        """One button per tab, with the tab's text (call after tabs are added or renamed)."""
        count = self.tabs.count()
        while len(self.buttons) < count:
            button = QToolButton(checkable=True, autoRaise=True)
            button.setObjectName(f"case_tab_{len(self.buttons)}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, len(self.buttons))
            self.buttons.append(button)
        per_row = max(1, -(-count // self.rows))  # ceiling: the first row is the fuller one
        for index, button in enumerate(self.buttons[:count]):
            self.grid.addWidget(button, index // per_row, index % per_row)
            button.setText(self.tabs.tabText(index))
            button.setAccessibleName(self.tabs.tabText(index).replace("&", ""))
        self._current_changed(self.tabs.currentIndex())

    def _current_changed(self, index: int) -> None:
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)
