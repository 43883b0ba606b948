"""The case's attachments: scans and photos of her papers, listed, added (button or drop),
viewed in memory, saved as a decrypted copy on request, removed.

Encrypting a file in and out takes a moment for a 50 MB scan, so both run off the GUI
thread with a progress bar and a cancel button. What the role may do greys the buttons;
the services decide.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from shelter_desk.domain.attachments import MAX_ATTACHMENT_BYTES, Attachment
from shelter_desk.domain.permissions import Action, may
from shelter_desk.gui.attachments.links import Link, link_choices
from shelter_desk.gui.attachments.viewer import AttachmentViewer
from shelter_desk.gui.common.dates import short_date
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.list_model import ListTableModel, read_only_table
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.services import attachments
from shelter_desk.services.cases import CaseFile
from shelter_desk.services.common import Result
from shelter_desk.store.attachment_store import Cancelled
from shelter_desk.store.vault import OpenVault

COL_NAME, COL_TYPE, COL_SIZE, COL_ADDED, COL_LINK = range(5)
_TYPE_NAMES = {"application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG"}


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signals)."""

    moved = Signal(int, int)  # bytes done, bytes in all
    file_started = Signal(int, int, str)  # which file, of how many, its name


class AttachmentsTab(Retranslating, QWidget):
    changed = Signal(object)  # the service Result of an added or removed attachment

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_file: CaseFile | None = None
        self.viewer: AttachmentViewer | None = None
        self.busy = False
        self._doing = ""
        self._cancel = threading.Event()
        self._links: list[tuple[str, Link]] = []
        self._link_names: dict[tuple[str, int], str] = {}
        self._progress = _Progress(self)
        self._progress.moved.connect(self._show_progress)
        self._progress.file_started.connect(self._show_file_started)

        self.hint = QLabel(objectName="attachments_hint", wordWrap=True)
        self.link_label = QLabel()
        self.link = QComboBox(objectName="attachment_link")
        self.link_label.setBuddy(self.link)
        self.model: ListTableModel[Attachment] = ListTableModel(self._headers, self._cell, self)
        self.table = read_only_table(self.model, "attachments_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.view_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = _button("add_attachment", self._choose_files)
        self.view_button = _button("view_attachment", self.view_selected)
        self.save_button = _button("save_decrypted_copy", self.save_selected_copy)
        self.remove_button = _button("remove_attachment", self.remove_selected)
        self.progress = QProgressBar(objectName="attachment_progress", visible=False)
        self.cancel_button = _button("cancel_transfer", self._cancel.set)
        self.cancel_button.hide()
        # Outcomes and errors in the tab itself: several files may fail at once, and a
        # message here stays readable while she fixes the next one.
        self.message = QLabel(objectName="attachments_message", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        link_row, transfer, buttons = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        link_row.addWidget(self.link_label)
        link_row.addWidget(self.link, 1)
        transfer.addWidget(self.progress, 1)
        transfer.addWidget(self.cancel_button)
        for button in (self.add_button, self.view_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(link_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(transfer)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setAcceptDrops(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Escaneos y fotos de sus papeles (PDF, JPG o PNG, hasta %1 MB). Se guardan "
            "cifrados en la bóveda. Puedes arrastrarlos aquí.").replace(
                "%1", str(MAX_ATTACHMENT_BYTES // 2**20)))
        self.link_label.setText(self.tr("&Vincular a:"))
        self.add_button.setText(self.tr("&Agregar archivo…"))
        self.view_button.setText(self.tr("&Ver"))
        self.save_button.setText(self.tr("Guardar copia &descifrada…"))
        self.remove_button.setText(self.tr("&Quitar"))
        self.cancel_button.setText(self.tr("Cancelar"))
        self.model.retranslate()
        if self.case_file is not None:
            self._fill_links(self.case_file)
        self._update_buttons()

    # -- what is shown ---------------------------------------------------------------------

    def show_case(self, case_file: CaseFile) -> None:
        self.case_file = case_file
        self._fill_links(case_file)
        self._reload()

    def _reload(self) -> None:
        assert self.case_file is not None
        self.model.set_rows(attachments.list_attachments(self.vault, self.case_file.case.id))
        self._update_buttons()

    def _headers(self) -> list[str]:
        return [self.tr("Nombre"), self.tr("Tipo"), self.tr("Tamaño"), self.tr("Agregado"),
                self.tr("Vinculado a")]

    def _cell(self, row: Attachment, column: int) -> Any:
        locale = QLocale()
        if column == COL_NAME:
            return row.file_name
        if column == COL_TYPE:
            return _TYPE_NAMES.get(row.media_type, row.media_type)
        if column == COL_SIZE:
            return locale.formattedDataSize(
                row.size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        if column == COL_ADDED:
            return short_date(row.added_at.astimezone().date())
        return self._linked_to(row)

    def _linked_to(self, row: Attachment) -> str:
        for kind, row_id in (("document", row.document_id), ("attempt", row.attempt_id),
                             ("consent", row.consent_id), ("person", row.person_id)):
            if row_id is not None:
                return self._link_names.get((kind, row_id), "")
        return self.tr("Todo el expediente")

    def _fill_links(self, case_file: CaseFile) -> None:
        index = self.link.currentIndex()
        chosen = self._links[index][1] if 0 <= index < len(self._links) else Link()
        self._link_names, self._links = link_choices(case_file)
        self.link.clear()
        for text, _link in self._links:
            self.link.addItem(text)
        # The same choice after a refresh, wherever it now stands (gone: the whole file).
        links = [link for _text, link in self._links]
        self.link.setCurrentIndex(links.index(chosen) if chosen in links else 0)

    def selected(self) -> Attachment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _may(self, action: Action) -> bool:
        user = self.vault.user
        return user is not None and may(user.role, action)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None and not self.busy
        idle_case = self.case_file is not None and not self.busy
        self.add_button.setEnabled(idle_case and self._may(Action.ADD_ATTACHMENT))
        self.link.setEnabled(self.add_button.isEnabled())
        self.view_button.setEnabled(chosen and self._may(Action.VIEW_ATTACHMENT))
        self.save_button.setEnabled(chosen and self._may(Action.SAVE_DECRYPTED_COPY))
        self.remove_button.setEnabled(chosen and self._may(Action.ADD_ATTACHMENT))

    # -- adding ----------------------------------------------------------------------------

    def _choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Agregar archivo"), "",
            self.tr("Documentos escaneados (*.pdf *.jpg *.jpeg *.png)"))
        if paths:
            self.add_files([Path(path) for path in paths])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Attach files (from the dialog or a drop), one after another, off the GUI thread."""
        if not paths or not self.add_button.isEnabled():
            return
        assert self.case_file is not None
        case_id, link = self.case_file.case.id, self._links[self.link.currentIndex()][1]
        progress, cancelled = self._progress, self._cancel.is_set

        def work() -> list[Result | Exception]:
            outcomes: list[Result | Exception] = []
            for index, path in enumerate(paths):
                progress.file_started.emit(index + 1, len(paths), path.name)
                try:
                    outcomes.append(attachments.add_attachment(
                        self.vault, path, case_id=case_id, person_id=link.person_id,
                        document_id=link.document_id, attempt_id=link.attempt_id,
                        consent_id=link.consent_id, progress=progress.moved.emit,
                        cancelled=cancelled))
                except Cancelled as error:
                    outcomes.append(error)
                    break  # she stopped the whole batch, not one file
                except Exception as error:  # this file's problem; the others go on
                    outcomes.append(error)
            return outcomes

        self._start(work, self._added, self.tr("Cifrando y guardando «%1»…"), paths[0].name,
                    cancellable=True)

    def _added(self, outcomes: list[Result | Exception]) -> None:
        added = [o for o in outcomes if isinstance(o, Result)]
        lines = [self.tr("Archivos agregados: %n.", "", len(added))] if added else []
        lines += [describe(o) for o in outcomes if isinstance(o, Exception)]
        if added:
            self._reload()
        self._say("\n".join(lines))
        for result in added:
            self.changed.emit(result)

    def dragEnterEvent(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if self._dropped_files(event) and self.add_button.isEnabled():
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent  # type: ignore[assignment]

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_files(event)
        if paths and self.add_button.isEnabled():
            event.acceptProposedAction()
            self.add_files(paths)

    @staticmethod
    def _dropped_files(event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]

    # -- viewing, saving a copy, removing --------------------------------------------------

    def view_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.view_button.isEnabled():
            return
        moved = self._progress.moved.emit
        self._start(lambda: attachments.read_attachment(self.vault, chosen.id, progress=moved),
                    lambda content: self._open_viewer(chosen, content),
                    self.tr("Abriendo «%1»…"), chosen.file_name)

    def _open_viewer(self, chosen: Attachment, content: bytes) -> None:
        self._say("")
        # Not modal: she may keep the scan open while she records the document.
        viewer = AttachmentViewer(content, chosen.media_type, chosen.file_name, self)
        viewer.finished.connect(lambda _result: self._forget_viewer(viewer))
        self.viewer = viewer
        viewer.show()

    def _forget_viewer(self, viewer: AttachmentViewer) -> None:
        if self.viewer is viewer:
            self.viewer = None

    def save_selected_copy(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.save_button.isEnabled():
            return
        answer = QMessageBox.warning(
            self, self.tr("Copia sin cifrar"),
            self.tr("La copia se guardará SIN CIFRAR: cualquiera que use esta computadora o "
                    "la memoria USB podrá abrirla. Guárdala solo si la necesitas para un "
                    "trámite y bórrala al terminar. ¿Continuar?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        destination, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Guardar copia descifrada"), chosen.file_name)
        if not destination:
            return
        self._start(lambda: attachments.save_decrypted_copy(self.vault, chosen.id,
                                                            Path(destination)),
                    lambda result: self._say(self.tr("Se guardó la copia sin cifrar en %1.")
                                             .replace("%1", str(result.value))),
                    self.tr("Guardando una copia descifrada de «%1»…"), chosen.file_name)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.remove_button.isEnabled():
            return
        answer = QMessageBox.question(
            self, self.tr("Quitar archivo"),
            self.tr("¿Quitar «%1» del expediente? Se borrará de la bóveda y no se podrá "
                    "recuperar.").replace("%1", chosen.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = attachments.remove_attachment(self.vault, chosen.id)
        except Exception as error:  # a denial or a bug: say it here, keep the list
            self._say(describe(error))
            return
        self._reload()
        self._say(self.tr("Se quitó el archivo."))
        self.changed.emit(result)

    # -- background work -------------------------------------------------------------------

    def _start(self, work: Callable[[], Any], on_done: Callable[[Any], None], doing: str,
               name: str, *, cancellable: bool = False) -> None:
        """Run `work` on the thread pool; `doing` says what, with %1 for the file's name."""
        self.busy = True
        self._doing = doing
        self._cancel.clear()
        self._show_file_started(1, 1, name)
        self.progress.show()
        self.cancel_button.setVisible(cancellable)
        self._update_buttons()

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            if not isValid(self):  # the tab went (locked, case closed) while it worked
                return
            self.busy = False
            self.progress.hide()
            self.cancel_button.hide()
            self._update_buttons()
            handler(value)

        run_in_background(work, lambda value: finish(on_done, value),
                          lambda error: finish(lambda e: self._say(describe(e)), error))

    def _show_file_started(self, index: int, count: int, name: str) -> None:
        self.progress.setRange(0, 0)  # busy until the first bytes are counted
        self._say(self._doing.replace("%1", name) + (f" ({index}/{count})" if count > 1 else ""))

    def _show_progress(self, done: int, total: int) -> None:
        # QProgressBar counts in int: in KiB, a 50 MB file is far from its limit.
        self.progress.setRange(0, max(1, total // 1024))
        self.progress.setValue(done // 1024)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _button(name: str, slot: Callable[[], Any]) -> QPushButton:
    button = QPushButton(objectName=name)
    button.clicked.connect(slot)
    return button
