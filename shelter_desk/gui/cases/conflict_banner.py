"""«Hay un conflicto en este expediente»: a calm banner at the top of the case view when
two team laptops changed the same field of her file without seeing each other; «Resolver…»
opens the same choose-one-or-write-a-third controls as Ajustes -> Equipo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.team.conflict_chooser import ConflictDialog
from shelter_desk.store.vault import OpenVault
from shelter_desk.team.record_conflicts import RecordConflict, for_case


class ConflictBanner(Retranslating, QFrame):
    resolved = Signal()  # a conflict ended: the case shows its value now

    def __init__(self, vault: OpenVault, label_of: Callable[[RecordConflict], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="conflict_banner")
        self.vault = vault
        self.label_of = label_of  # the case view knows her fields' and relatives' names
        self.setStyleSheet("#conflict_banner { background: #fff4ce; border: 1px solid "
                           "#e0c060; border-radius: 4px; }")
        self.text = QLabel(objectName="conflict_banner_text", wordWrap=True)
        self.button = QPushButton(objectName="conflict_resolve")
        self.button.clicked.connect(self.open_resolver)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.conflicts: list[RecordConflict] = []
        self.dialog: ConflictDialog | None = None
        self.hide()
        self.retranslate()

    def show_case(self, case_id: int) -> None:
        self.conflicts = for_case(self.vault, case_id)
        self.setVisible(bool(self.conflicts))
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Reso&lver…"))  # R is ARCO's, in the same view
        parts = [self._described(c) for c in self.conflicts]
        if len(parts) == 1:
            self.text.setText(self.tr("Hay un conflicto en este expediente: %1")
                              .replace("%1", parts[0]))
        elif parts:
            self.text.setText(self.tr("Hay %1 conflictos en este expediente: %2")
                              .replace("%1", str(len(parts))).replace("%2", "; ".join(parts)))

    def _described(self, conflict: RecordConflict) -> str:
        if conflict.is_deletion:
            return self.tr("%1 (borrado en una computadora y editado en otra)").replace(
                "%1", self.label_of(conflict))
        return self.tr("%1 (%2 valores)").replace("%1", self.label_of(conflict)).replace(
            "%2", str(len(conflict.values)))

    def open_resolver(self) -> ConflictDialog:
        self.dialog = ConflictDialog(
            self.vault, [(self._described(c), c.conflict) for c in self.conflicts], self)
        self.dialog.resolved.connect(self.resolved)
        self.dialog.open()
        return self.dialog
