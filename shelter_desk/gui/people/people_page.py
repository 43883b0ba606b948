"""Everyone the shelter accompanies, children included; Enter opens her case file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QVBoxLayout, QWidget

from shelter_desk.catalog.geo import country_name
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.dates import age_text
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.lazy_model import ROW_ROLE, LazyTableModel, Page
from shelter_desk.services import people
from shelter_desk.store.people_queries import PersonRow
from shelter_desk.store.vault import OpenVault


class PeopleModel(LazyTableModel[PersonRow]):
    def __init__(self, vault: OpenVault, parent=None) -> None:  # type: ignore[no-untyped-def]
        self.vault, self.typed = vault, ""
        super().__init__(self._page, parent)

    def _page(self, cursor: Any, limit: int) -> Page[PersonRow]:
        page = people.list_people(self.vault, self.typed, after=cursor, limit=limit)
        return Page(page.rows, page.next_cursor)

    def search(self, typed: str) -> None:
        self.typed = typed
        self.reload()

    def headers(self) -> list[str]:
        translate = QCoreApplication.translate
        return [translate("PeopleModel", "Nombre"), translate("PeopleModel", "Parentesco"),
                translate("PeopleModel", "Edad"), translate("PeopleModel", "Nacionalidad"),
                translate("PeopleModel", "Expediente")]

    def display(self, row: PersonRow, column: int) -> Any:
        if column == 0:
            return row.name
        if column == 1:
            return labels.relationship(row.relationship)
        if column == 2:
            return age_text(row.birth_date)
        if column == 3:
            return country_name(row.nationality, current_language())
        return row.case_code


class PeoplePage(Retranslating, QWidget):
    case_requested = Signal(int)

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleModel(vault, self)
        self.search = QLineEdit(objectName="people_search")
        self.search.setClearButtonEnabled(True)
        debounce = QTimer(self, singleShot=True, interval=250)
        debounce.timeout.connect(lambda: self.model.search(self.search.text().strip()))
        self.search.textChanged.connect(debounce.start)
        self.table = QTableView(objectName="people_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Buscar a una persona por nombre o alias…"))
        self.search.setAccessibleName(self.tr("Buscar personas"))
        self.model.retranslate()

    def refresh(self) -> None:
        self.model.reload()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.data(index, ROW_ROLE)
        if row is not None:
            self.case_requested.emit(row.case_id)
