"""The household table of a case: who lives with her, ages, and the children's schooling."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shelter_desk.domain.people import Person
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.dates import age_text

COL_NAME, COL_RELATIONSHIP, COL_AGE, COL_SCHOOL = range(4)
Index = QModelIndex | QPersistentModelIndex


class HouseholdModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.members: list[Person] = []

    def set_members(self, members: list[Person]) -> None:
        self.beginResetModel()
        self.members = list(members)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        headers = [translate("HouseholdModel", "Nombre"),
                   translate("HouseholdModel", "Parentesco"),
                   translate("HouseholdModel", "Edad"),
                   translate("HouseholdModel", "Escuela")]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.members[index.row()]
        column = index.column()
        if column == COL_NAME:
            return person.name
        if column == COL_RELATIONSHIP:
            return labels.relationship(person.relationship)
        if column == COL_AGE:
            return age_text(person.details.birth_date)
        school = labels.school_status(person.details.school_status)
        grade = person.details.school_grade
        return f"{school} ({grade})" if grade else school
