"""Choosing how a conflict ends: one of the values kept, or a third she writes (for a
deletion: delete it or keep it). Used by Ajustes -> Equipo's «Conflictos» list and by
the case view's «Hay un conflicto» dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import conflicts
from shelter_desk.team.changelog import DELETED, Conflict


class ConflictChooser(Retranslating, QWidget):
    """The values of one conflict, a field for a third, and «Guardar este valor»."""

    chosen = Signal(object, object)  # the Conflict, the value that ends it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict: Conflict | None = None
        self.candidates = QComboBox(objectName="team_candidates")
        self.third = QLineEdit(objectName="team_third_value")
        self.keep = QPushButton(objectName="team_resolve")
        self.keep.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self.third, 1)
        layout.addWidget(self.keep)
        self.retranslate()

    def retranslate(self) -> None:
        self.third.setPlaceholderText(self.tr("O escribe otro valor"))
        self.keep.setText(self.tr("&Guardar este valor"))
        if self.conflict is not None:
            self.show_conflict(self.conflict)

    def show_conflict(self, conflict: Conflict | None) -> None:
        self.conflict = conflict
        self.candidates.clear()
        self.third.clear()
        if conflict is None:
            return
        deletion = conflict.field == DELETED
        self.third.setVisible(not deletion)
        if deletion:
            self.candidates.addItem(self.tr("Borrarlo"), True)
            self.candidates.addItem(self.tr("Conservarlo"), False)
            return
        for candidate in conflict.candidates:
            self.candidates.addItem(str(candidate.value), candidate.value)

    def value(self) -> Any:
        """What she chose: the third value when she wrote one, else the picked one."""
        assert self.conflict is not None
        if self.third.text() and self.conflict.field != DELETED:
            return self.third.text()
        return self.candidates.currentData()

    def _choose(self) -> None:
        if self.conflict is not None:
            self.chosen.emit(self.conflict, self.value())


class ConflictDialog(Retranslating, QDialog):
    """«Resolver…» from a case file: its conflicts, each ended here, off the GUI thread;
    closes when none is left."""

    resolved = Signal()

    def __init__(self, vault: OpenVault, items: list[tuple[str, Conflict]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="conflict_dialog")
        self.vault = vault
        self.items = list(items)  # (what she reads, the conflict)
        self.explain = QLabel(objectName="conflict_explain", wordWrap=True)
        self.list = QListWidget(objectName="conflict_list")
        for text, _conflict in self.items:
            self.list.addItem(text)
        self.chooser = ConflictChooser()
        self.chooser.chosen.connect(self._resolve)
        self.list.currentRowChanged.connect(
            lambda row: self.chooser.show_conflict(self.items[row][1]
                                                   if 0 <= row < len(self.items) else None))
        self.busy = QProgressBar(objectName="conflict_busy", visible=False)
        self.busy.setRange(0, 0)
        self.error = QLabel(objectName="conflict_error", wordWrap=True, visible=False)
        self.close_button = QPushButton(objectName="conflict_close")
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.list)
        layout.addWidget(self.chooser)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        closing = QHBoxLayout()
        closing.addStretch()
        closing.addWidget(self.close_button)
        layout.addLayout(closing)
        self.list.setMaximumHeight(140)
        self.resize(620, 300)
        self.list.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Resolver un conflicto"))
        self.explain.setText(self.tr(
            "Dos computadoras del equipo cambiaron lo mismo sin verse. Elige el valor "
            "correcto, o escribe otro; se enviará a las demás en la próxima sincronización."))
        self.close_button.setText(self.tr("&Cerrar"))

    def _resolve(self, conflict: Conflict, value: Any) -> None:
        self.busy.show()
        self.error.hide()
        self.chooser.setEnabled(False)
        run_in_background(lambda: conflicts.resolve(self.vault, conflict, value),
                          lambda _done: self._done(conflict), self._failed)

    def _done(self, conflict: Conflict) -> None:
        self.busy.hide()
        self.chooser.setEnabled(True)
        row = next(i for i, (_t, c) in enumerate(self.items) if c is conflict)
        del self.items[row]
        self.list.takeItem(row)
        self.resolved.emit()
        if not self.items:
            self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.chooser.setEnabled(True)
        self.error.setText(describe(error))
        self.error.show()
