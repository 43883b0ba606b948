"""Send her case file, or part of it, to the referral's organisation: she chooses what goes,
the preview shows exactly what the package holds, and the package is saved to a file for
a USB stick or a message (or left in the outbox for `handoff sync`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.followup import Referral
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.gui.handoff.preview_text import describe_items
from shelter_desk.services import handoff_mailbox, handoff_send
from shelter_desk.services.cases import CaseFile
from shelter_desk.services.handoff_send import Preview, Selection
from shelter_desk.store.vault import OpenVault


def _checklist(name: str, entries: list[tuple[int, str]]) -> QListWidget:
    box = QListWidget(objectName=name)
    for entry_id, text in entries:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, entry_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)
    return box


def _checked(box: QListWidget) -> tuple[int, ...]:
    return tuple(box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())
                 if box.item(i).checkState() == Qt.CheckState.Checked)


class HandoffDialog(Retranslating, QDialog):
    def __init__(self, vault: OpenVault, referral: Referral, case_file: CaseFile,
                 attachments: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.referral = vault, referral
        self.preview: Preview | None = None
        self.outcome = ""  # what happened, for the referral tab to say
        self.busy = False
        self.intro = QLabel(wordWrap=True)
        self.household = _checklist("handoff_household", [
            (m.person.id, m.person.details.full_name) for m in case_file.household
            if m.person.id != referral.person_id])
        self.documents = QCheckBox(objectName="handoff_documents")
        self.attempts = QCheckBox(objectName="handoff_attempts")
        self.notes = _checklist("handoff_notes", [
            (n.id, n.body[:80]) for n in case_file.notes if not n.confidential])
        self.attachments = _checklist("handoff_attachments",
                                      [(a.id, a.file_name) for a in attachments])
        self.labels = [QLabel() for _ in range(3)]
        self.preview_button = QPushButton(objectName="handoff_preview")
        self.preview_button.clicked.connect(self.build_preview)
        self.contents = QPlainTextEdit(objectName="handoff_contents", readOnly=True)
        self.error = QLabel(wordWrap=True, objectName="form_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save_asked)
        self.buttons.rejected.connect(self.reject)
        # With a hub, the same sealed bytes can go through its mailbox instead of a file.
        self.network_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.network_button.setObjectName("handoff_network")
        self.network_button.clicked.connect(self.send_through_hub)
        self.network_button.setVisible(handoff_mailbox.linked(vault))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for label, widget in zip(self.labels, (self.household, self.notes, self.attachments),
                                 strict=True):
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        for widget in (self.documents, self.attempts, self.preview_button, self.contents,
                       self.error, self.buttons):
            layout.addWidget(widget)
        for box in (self.household, self.notes, self.attachments):
            box.itemChanged.connect(self._stale)
        for check in (self.documents, self.attempts):
            check.toggled.connect(self._stale)
        self.resize(620, 720)
        self._stale()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enviar expediente a %1").replace(
            "%1", self.referral.organisation))
        self.intro.setText(self.tr(
            "Su registro de persona siempre va. Marca solo lo que ella eligió enviar; la "
            "vista previa muestra exactamente lo que lleva el paquete cifrado."))
        for label, text in zip(self.labels, (self.tr("&Familiares que ella nombra:"),
                                             self.tr("&Notas:"), self.tr("Ad&juntos:")),
                               strict=True):
            label.setText(text)
        self.documents.setText(self.tr("Estado de sus &documentos"))
        self.attempts.setText(self.tr("&Trámites, barreras y lo que se hizo"))
        self.preview_button.setText(self.tr("&Vista previa"))
        self.network_button.setText(self.tr("Enviar por la &red"))

    def selection(self) -> Selection:
        return Selection(household=_checked(self.household), documents=self.documents
                         .isChecked(), attempts=self.attempts.isChecked(),
                         notes=_checked(self.notes), attachments=_checked(self.attachments))

    def _stale(self, *_args: object) -> None:
        """Anything changed: the preview no longer matches, so it must be made again."""
        self.preview = None
        self.contents.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.network_button.setEnabled(False)

    def build_preview(self) -> None:
        selection = self.selection()
        self._start()

        def shown(preview: Preview) -> None:
            self._done()
            self.preview = preview
            self.contents.setPlainText(describe_items(preview.items))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
            self.network_button.setEnabled(True)

        run_in_background(lambda: handoff_send.build_preview(
            self.vault, self.referral.id, selection), shown, self._failed)

    def save_to(self, path: Path) -> None:
        """Seal exactly the previewed bytes and save the package."""
        assert self.preview is not None
        preview = self.preview
        self._start()

        def work() -> None:
            sent = handoff_send.send(self.vault, preview)
            handoff_send.export_package(self.vault, sent.package_id, path)

        def saved(_none: None) -> None:
            self._done()
            self.accept()

        run_in_background(work, saved, self._failed)

    def send_through_hub(self) -> None:
        """Seal exactly the previewed bytes into the outbox and post it to the hub; when
        the hub cannot be reached it waits there for the next «Enviar y recibir»."""
        assert self.preview is not None
        preview = self.preview
        self._start()

        def work() -> handoff_mailbox.MailboxResult:
            handoff_send.send(self.vault, preview)
            return handoff_mailbox.sync_handoffs(self.vault)

        def sent(result: handoff_mailbox.MailboxResult) -> None:
            self._done()
            self.outcome = (self.tr("Expediente enviado por la red.") if not result.offline
                            else self.tr("Sin conexión con el servidor de la red: el "
                                         "expediente espera en la bandeja de salida."))
            self.accept()

        run_in_background(work, sent, self._failed)

    def _save_asked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Guardar paquete cifrado"), "expediente.sdhandoff",
            self.tr("Paquetes (*.sdhandoff)"))
        if path:
            self.save_to(Path(path))

    def _start(self) -> None:
        self.busy = True
        self.error.clear()
        self.preview_button.setEnabled(False)

    def _done(self) -> None:
        self.busy = False
        self.preview_button.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self._done()
        self.error.setText(describe(error))
