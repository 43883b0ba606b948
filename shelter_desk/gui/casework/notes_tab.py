"""Notes: the timeline of listening sessions, advice, calls, visits and accompaniment.
Confidential notes reach only their author and coordinators (the service decides)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
)

from shelter_desk.domain.followup import Note, NoteKind
from shelter_desk.domain.permissions import Action
from shelter_desk.gui.casework.section import CaseSection
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.dates import short_moment
from shelter_desk.gui.common.list_model import ListTableModel
from shelter_desk.gui.common.messages import describe
from shelter_desk.services import followup
from shelter_desk.services.cases import CaseFile
from shelter_desk.store.vault import OpenVault

_PREVIEW = 90


def when(note: Note) -> str:
    return short_moment(note.written_at)


class NotesTab(CaseSection):
    def __init__(self, vault: OpenVault) -> None:
        translate = QCoreApplication.translate
        self._authors: dict[int, str] = {}

        def cells(row: Note, column: int) -> str:
            first_line = " ".join(row.body.split())
            preview = first_line[:_PREVIEW] + ("…" if len(first_line) > _PREVIEW else "")
            secret = "🔒 " + translate("NotesTab", "Confidencial") if row.confidential else ""
            return [when(row), labels.note_kind(row.kind),
                    self._authors.get(row.author_id or 0, "—"), secret, preview][column]

        super().__init__(vault, ListTableModel(lambda: [
            translate("NotesTab", "Cuándo"), translate("NotesTab", "Tipo"),
            translate("NotesTab", "Escribió"), translate("NotesTab", "Reserva"),
            translate("NotesTab", "Nota")], cells), "notes_table")
        self.reading = QPlainTextEdit(objectName="note_reading", readOnly=True)
        self.reading.setMaximumHeight(110)
        self.layout_.insertWidget(2, self.reading)
        self.kind = QComboBox(objectName="note_kind")
        for kind in NoteKind:
            self.kind.addItem("", kind)
        self.confidential = QCheckBox(objectName="note_confidential")
        self.body = QPlainTextEdit(objectName="note_body")
        self.body.setTabChangesFocus(True)
        self.body.setMaximumHeight(90)
        self.body_label = QLabel()
        self.body_label.setBuddy(self.body)
        self.layout_.insertWidget(4, self.body_label)
        self.layout_.insertWidget(5, self.body)
        choices = QHBoxLayout()
        choices.addWidget(self.kind)
        choices.addWidget(self.confidential)
        choices.addStretch()
        self.layout_.insertLayout(6, choices)
        self.save = self.button("save_note", self._save)
        self.table.selectionModel().currentRowChanged.connect(self._read)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr("Lo que el equipo escuchó, aconsejó e hizo, lo más "
                                   "reciente primero. Elige una nota para leerla completa."))
        for index, kind in enumerate(NoteKind):
            self.kind.setItemText(index, labels.note_kind(kind))
        self.confidential.setText(self.tr("&Confidencial (solo tú y coordinación)"))
        self.body_label.setText(self.tr("&Nueva nota:"))
        self.save.setText(self.tr("&Guardar nota"))

    def rows(self, case_file: CaseFile) -> list[Note]:
        self._authors = self.staff_names()
        self.reading.clear()
        return sorted(case_file.notes, key=lambda n: n.written_at, reverse=True)

    def update_actions(self, *_args: object) -> None:
        case_notes = self.allows(Action.CASE_NOTE)
        # What a volunteer may write: listening sessions only, never confidential.
        for index, kind in enumerate(NoteKind):
            self.kind.model().item(index).setEnabled(case_notes or kind is NoteKind.LISTENING)
        if not case_notes:
            self.kind.setCurrentIndex(self.kind.findData(NoteKind.LISTENING))
        self.confidential.setEnabled(self.allows(Action.CONFIDENTIAL_NOTES))
        if not self.confidential.isEnabled():
            self.confidential.setChecked(False)

    def _read(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self.reading.setPlainText(followup.read_note(self.vault, chosen.id).body)
        except Exception as error:  # refused or a bug: say which, show nothing
            self.reading.clear()
            self.say(describe(error))

    def _save(self) -> None:
        assert self.case_file is not None
        case_id = self.case_file.case.id
        kind, body = NoteKind(self.kind.currentData()), self.body.toPlainText()
        secret = self.confidential.isChecked()
        if self.run(lambda: followup.add_note(self.vault, case_id, kind, body,
                                              confidential=secret)):
            self.body.clear()
            self.confidential.setChecked(False)
