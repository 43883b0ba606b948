"""The possible duplicates of a sheet, one line per match, each waiting for her decision:
skip the row, merge it into the person it matched, or keep both. A whole register may
bring hundreds, so the decision is given to the chosen lines (arrows and Shift select,
Alt+letter decides) or to all of them at once, not through a widget per line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.list_model import ListTableModel, read_only_table
from shelter_desk.services.importing.duplicates import Decision, Duplicate, Matched


class DuplicatesStep(Retranslating, QWidget):
    changed = Signal()  # a decision was given or changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decisions: dict[int, Decision] = {}
        self.intro = QLabel(wordWrap=True, objectName="duplicates_intro")
        self.model = ListTableModel(self._headers, self._cell, self)
        self.table = read_only_table(self.model, "duplicates")
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(6):  # what it matched is the long one: it takes the room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 4
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._show_conflicts)
        self.kept = QLabel(wordWrap=True, objectName="duplicate_conflicts",
                           textFormat=Qt.TextFormat.PlainText)  # the sheet's text
        self.buttons: dict[tuple[Decision, bool], QPushButton] = {}
        chosen, every = QHBoxLayout(), QHBoxLayout()
        for decision in Decision:
            for to_all, row in ((False, chosen), (True, every)):
                name = f"{decision.value}_{'all' if to_all else 'chosen'}"
                button = QPushButton(objectName=name)
                button.clicked.connect(lambda _c=False, d=decision, a=to_all: self.decide(d, a))
                self.buttons[decision, to_all] = button
                row.addWidget(button)
        chosen.addStretch()
        every.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.kept)
        layout.addLayout(chosen)
        layout.addLayout(every)
        self.retranslate()

    def set_matches(self, matches: tuple[Duplicate, ...], undecided: tuple[int, ...]) -> None:
        """Only the rows that could be imported: a row in error is left out anyway."""
        waiting = set(undecided)
        self.decisions = {}
        self.model.set_rows([m for m in matches if m.row in waiting])
        self.kept.clear()
        self.setVisible(bool(self.model.rows))
        if self.model.rows:
            self.table.selectRow(0)

    def decide(self, decision: Decision, to_all: bool = False) -> None:
        if to_all:
            rows = {match.row for match in self.model.rows}
        else:
            chosen = {index.row() for index in self.table.selectionModel().selectedRows()}
            rows = {self.model.rows[i].row for i in chosen}
        for row in rows:
            self.decisions[row] = decision
        if self.model.rows:
            last = self.model.columnCount() - 1
            self.model.dataChanged.emit(self.model.index(0, last),
                                        self.model.index(self.model.rowCount() - 1, last))
        self.changed.emit()

    def undecided(self) -> int:
        return len({m.row for m in self.model.rows} - set(self.decisions))

    def _headers(self) -> list[str]:
        return [self.tr("Fila"), self.tr("Nombre en la hoja"), self.tr("Nacimiento"),
                self.tr("Documento"), self.tr("Coincide con"), self.tr("Decisión")]

    def _cell(self, match: Duplicate, column: int) -> object:
        if column == 0:
            return match.row
        if column == 1:
            return match.name
        if column == 2:
            return f"{match.birth_date:%d/%m/%Y}" if match.birth_date else ""
        if column == 3:
            return match.document
        if column == 4:
            return self._matched(match)
        return self._decision(self.decisions.get(match.row))

    def _matched(self, match: Duplicate) -> str:
        how = (self.tr("mismo nombre y fecha de nacimiento")
               if match.matched is Matched.NAME_AND_BIRTH_DATE else self.tr("mismo documento"))
        if not match.in_vault:
            who = self.tr("la fila %1").replace("%1", str(match.other_row))
        elif match.case_code:
            who = self.tr("el expediente %1").replace("%1", match.case_code)
        else:  # blocked: counted, never named
            who = self.tr("una persona de la bóveda")
        return f"{who} ({how})"

    def _decision(self, decision: Decision | None) -> str:
        if decision is Decision.SKIP:
            return self.tr("Omitir")
        if decision is Decision.MERGE:
            return self.tr("Unir")
        if decision is Decision.KEEP:
            return self.tr("Conservar ambas")
        return self.tr("Sin decidir")

    def _show_conflicts(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            self.kept.clear()
            return
        match = self.model.rows[rows[0].row()]
        language = current_language()
        lines = [c.in_language(language) for c in match.conflicts]
        self.kept.setText(self.tr("Si se une: %1").replace("%1", " ".join(lines))
                          if lines else "")

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Posibles duplicados: elige qué hacer con cada fila. «Unir» agrega a la persona "
            "que ya existe lo que le falta, sin cambiar lo que ya tiene."))
        texts = {(Decision.SKIP, False): self.tr("Omi&tir la fila"),
                 (Decision.MERGE, False): self.tr("&Unir"),
                 (Decision.KEEP, False): self.tr("&Conservar ambas"),
                 (Decision.SKIP, True): self.tr("Omitir todas"),
                 (Decision.MERGE, True): self.tr("Unir todas"),
                 (Decision.KEEP, True): self.tr("Conservar todas")}
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.model.retranslate()
        self._show_conflicts()
