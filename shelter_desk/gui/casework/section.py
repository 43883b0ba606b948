"""What every case-work tab shares: a short intro, a table, a row of actions, and the
last refusal or error said in words right above the buttons (not in a modal box that
hides what she typed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.documents import IdentityDocument
from shelter_desk.domain.permissions import Action, may
from shelter_desk.gui.common.dates import short_date
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.lazy_model import ROW_ROLE
from shelter_desk.gui.common.list_model import ListTableModel, fit_columns, read_only_table
from shelter_desk.gui.common.messages import describe
from shelter_desk.services import staff
from shelter_desk.services.cases import CaseFile
from shelter_desk.services.common import Result
from shelter_desk.store.vault import OpenVault


def day(value: date | None) -> str:
    return short_date(value)


def people_of(case_file: CaseFile) -> dict[int, str]:
    return {member.person.id: member.person.name
            for member in (case_file.principal, *case_file.household)}


def documents_of(case_file: CaseFile) -> list[IdentityDocument]:
    """Every document recorded in the case file, hers first: a refusal names one of them."""
    return [document for member in (case_file.principal, *case_file.household)
            for document in member.documents]


class CaseSection(Retranslating, QWidget):
    changed = Signal(object)  # a service Result: the case view reloads from it

    def __init__(self, vault: OpenVault, model: ListTableModel, name: str) -> None:
        super().__init__()
        self.vault = vault
        self.case_file: CaseFile | None = None
        self._stale = False
        self.model = model
        self.intro = QLabel(wordWrap=True)
        self.table = read_only_table(model, name)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.error = QLabel(objectName="section_error", wordWrap=True)
        self.error.setAccessibleName("error")
        self.error.setStyleSheet("color: palette(highlighted-text); background: "
                                 "palette(highlight); padding: 6px; border-radius: 4px;")
        self.error.hide()
        self.actions = QHBoxLayout()
        self.actions.addStretch()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.error)
        self.layout_.addLayout(self.actions)

    def button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(objectName=name)
        button.clicked.connect(slot)
        self.actions.addWidget(button)
        return button

    def staff_names(self) -> dict[int, str]:
        """User id -> name, for the authors, assignees and recorders a tab shows."""
        return {user.id: user.name for user in staff.list_staff(self.vault)}

    def allows(self, action: Action) -> bool:
        user = self.vault.user
        return user is not None and may(user.role, action)

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def show_case(self, case_file: CaseFile) -> None:
        """Take the case; read what the tab needs now if it is on screen, else when shown
        (a case file has many tabs, and each save reloads the one in front)."""
        self.case_file = case_file
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale and self.case_file is not None:
            self._load()
        super().showEvent(event)

    def _load(self) -> None:
        assert self.case_file is not None
        self._stale = False
        self.error.hide()
        try:
            rows = self.rows(self.case_file)
        except Exception as error:  # refused or a bug: say which; the rest of the case works
            rows = []
            self.say(describe(error))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        fit_columns(self.table)
        self.update_actions()

    def rows(self, case_file: CaseFile) -> list[Any]:
        raise NotImplementedError

    def update_actions(self) -> None:
        """Enable what the role and the selection allow (the services still decide)."""

    def run(self, call: Callable[[], Result]) -> bool:
        """One service call: on success the case view reloads; else the reason is shown."""
        try:
            result = call()
        except Exception as error:  # a bug too: say so, keep the screen as it was
            self.say(describe(error))
            return False
        self.error.hide()
        self.changed.emit(result)
        return True

    def say(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def retranslate(self) -> None:
        self.model.retranslate()
