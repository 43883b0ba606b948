"""«Casos recibidos»: packages other organisations sent, who sent what and when; preview,
accept into a new case file, or decline with a reason. Each answer is a signed
acknowledgement: sent back through the hub's mailbox when the organisation joined a hub
(saved to a file when the hub cannot be reached), otherwise saved to a file for the
sender."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.lazy_model import ROW_ROLE
from shelter_desk.gui.common.list_model import ListTableModel, read_only_table
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.gui.handoff.keys_dialog import OrganisationKeysDialog
from shelter_desk.gui.handoff.preview_text import describe_items
from shelter_desk.network.hub_client import HubRefused, HubUnreachable
from shelter_desk.services import handoff_mailbox, handoff_receive
from shelter_desk.store.vault import OpenVault


class ReceivedCasesPage(Retranslating, QWidget):
    case_created = Signal(int)

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.busy = False
        translate = QCoreApplication.translate

        def cells(row: Any, column: int) -> str:
            state = {"received": translate("ReceivedCasesPage", "Por revisar"),
                     "accepted": translate("ReceivedCasesPage", "Aceptado"),
                     "declined": translate("ReceivedCasesPage", "Rechazado"),
                     "expired": translate("ReceivedCasesPage", "Vencido")}.get(row.state,
                                                                             row.state)
            return [row.sender_name, row.received_at[:16].replace("T", " "), state,
                    row.expires_at[:10]][column]

        self.model = ListTableModel(lambda: [
            translate("ReceivedCasesPage", "Organización"),
            translate("ReceivedCasesPage", "Recibido"),
            translate("ReceivedCasesPage", "Estado"),
            translate("ReceivedCasesPage", "Vence")], cells)
        self.table = read_only_table(self.model, "received_table")
        self.table.selectionModel().currentRowChanged.connect(self._update)
        self.intro = QLabel(wordWrap=True)
        self.open_button = QPushButton(objectName="received_open")
        self.preview_button = QPushButton(objectName="received_preview")
        self.accept_button = QPushButton(objectName="received_accept")
        self.decline_button = QPushButton(objectName="received_decline")
        self.network_button = QPushButton(objectName="received_network")
        self.keys_button = QPushButton(objectName="received_keys")
        self.network_button.clicked.connect(self.sync_with_hub)
        self.keys_button.clicked.connect(lambda: OrganisationKeysDialog(self.vault, self).exec())
        self.through_hub = handoff_mailbox.linked(vault)
        self.network_button.setVisible(self.through_hub)
        self.open_button.clicked.connect(self._open_file)
        self.preview_button.clicked.connect(self.show_preview)
        self.accept_button.clicked.connect(lambda: self._answer(self.accept_selected))
        self.decline_button.clicked.connect(self._decline_asked)
        self.contents = QPlainTextEdit(objectName="received_contents", readOnly=True)
        self.progress = QProgressBar(objectName="received_progress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = QLabel(wordWrap=True, objectName="received_message")
        buttons = QHBoxLayout()
        for button in (self.network_button, self.open_button, self.preview_button,
                       self.accept_button, self.decline_button, self.keys_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for widget in (self.progress, self.message, self.contents):
            layout.addWidget(widget)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Expedientes que otras organizaciones de la red te enviaron, cifrados. Revisa su "
            "contenido antes de aceptarlo; si lo rechazas, no se guarda nada de ella."))
        self.open_button.setText(self.tr("Abrir &paquete recibido…"))
        self.preview_button.setText(self.tr("&Vista previa"))
        self.accept_button.setText(self.tr("&Aceptar y abrir expediente…"))
        self.decline_button.setText(self.tr("&Rechazar…"))
        self.network_button.setText(self.tr("&Enviar y recibir por la red"))
        self.keys_button.setText(self.tr("&Claves…"))
        self.model.retranslate()

    def reload(self) -> None:
        chosen = self.selected()
        self.model.set_rows(handoff_receive.received_packages(self.vault))
        if chosen is not None:  # the same package stays selected
            for row, package in enumerate(self.model.rows):
                if package.package_id == chosen.package_id:
                    self.table.setCurrentIndex(self.model.index(row, 0))
        self._update()

    def selected(self) -> Any:
        return self.model.data(self.table.currentIndex(), ROW_ROLE)

    def _update(self, *_args: object) -> None:
        chosen = self.selected()
        open_ = chosen is not None and chosen.state == "received" and not self.busy
        for button in (self.preview_button, self.accept_button, self.decline_button):
            button.setEnabled(open_)
        self.open_button.setEnabled(not self.busy)
        self.network_button.setEnabled(not self.busy)

    # -- the work, off the GUI thread --------------------------------------------------

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        self.progress.show()
        self.message.clear()
        self._update()

        def finished(result: Any) -> None:
            self._idle()
            done(result)
            self.reload()

        def failed(error: Exception) -> None:
            self._idle()
            self.message.setText(describe(error))

        run_in_background(work, finished, failed)

    def _idle(self) -> None:
        self.busy = False
        self.progress.hide()
        self._update()

    def receive_file(self, path: Path, ack_path: Path) -> None:
        def work() -> Any:
            received = handoff_receive.receive(self.vault, Path(path).read_bytes())
            Path(ack_path).write_bytes(received.acknowledgement)
            return received

        self._run(work, lambda received: self.message.setText(
            self.tr("Paquete de «%1» recibido. Revisa la vista previa.").replace(
                "%1", received.package.sender_name)))

    def show_preview(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return

        def shown(items: Any) -> None:
            self.contents.setPlainText(describe_items(items))

        self._run(lambda: handoff_receive.preview(self.vault, chosen.package_id), shown)

    def sync_with_hub(self) -> None:
        """Post what waits in the outbox, take in packages and answers (the mailbox)."""
        def said(result: handoff_mailbox.MailboxResult) -> None:
            text = self.tr("Recibidos: %1. Enviados: %2. Respuestas: %3.").replace(
                "%1", str(len(result.received))).replace("%2", str(len(result.sent))).replace(
                "%3", str(len(result.acknowledged)))
            if result.offline:
                text = self.tr("Sin conexión con el servidor de la red: %1 paquete(s) "
                               "esperan en la bandeja de salida.").replace(
                    "%1", str(result.waiting))
            refusals = [describe(refusal) for refusal in result.refused]
            self.message.setText("\n".join([text, *refusals]))

        self._run(lambda: handoff_mailbox.sync_handoffs(self.vault), said)

    def accept_selected(self, ack_path: Path | None) -> None:
        """Accept; the answer goes to `ack_path`, or through the mailbox when it is None."""
        chosen = self.selected()

        def work() -> tuple[int, bytes | None]:
            case_id, ack = handoff_receive.accept(self.vault, chosen.package_id)
            return case_id, self._deliver(chosen.sender_id, ack, ack_path)

        def done(result: tuple[int, bytes | None]) -> None:
            case_id, unsent = result
            self.message.setText(self.tr("Expediente abierto con lo recibido."))
            self._keep_unsent(unsent)
            self.case_created.emit(case_id)

        self._run(work, done)

    def decline_selected(self, reason: str, ack_path: Path | None) -> None:
        chosen = self.selected()

        def work() -> bytes | None:
            ack = handoff_receive.decline(self.vault, chosen.package_id, reason)
            return self._deliver(chosen.sender_id, ack, ack_path)

        def done(unsent: bytes | None) -> None:
            self.message.setText(self.tr("Rechazado: no se guardó nada del paquete."))
            self._keep_unsent(unsent)

        self.contents.clear()
        self._run(work, done)

    def _deliver(self, sender_id: str, ack: bytes, ack_path: Path | None) -> bytes | None:
        """Off the GUI thread: the answer to a file or the mailbox; the bytes back when
        the hub cannot take them (down, or a sender it does not know), so they are saved
        rather than lost."""
        if ack_path is not None:
            Path(ack_path).write_bytes(ack)
            return None
        try:
            handoff_mailbox.answer(self.vault, sender_id, ack)
        except (HubUnreachable, HubRefused):  # the case is accepted: the answer is kept
            return ack
        return None

    def _keep_unsent(self, unsent: bytes | None) -> None:
        if unsent is None:
            return
        self.message.setText(self.message.text() + " " + self.tr(
            "No se pudo enviar la respuesta por el servidor de la red: guarda el acuse y "
            "envíalo como archivo."))
        path = self._ack_path()
        if path is not None:
            path.write_bytes(unsent)

    # -- dialogs -----------------------------------------------------------------------

    def _open_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Paquete recibido"), "", self.tr("Paquetes (*.sdhandoff)"))
        if path:
            ack = self._ack_path()
            if ack:
                self.receive_file(Path(path), ack)

    def _answer(self, action: Callable[[Path | None], None]) -> None:
        if self.through_hub:  # the answer goes back through the mailbox
            action(None)
            return
        ack = self._ack_path()
        if ack:
            action(ack)

    def _decline_asked(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Rechazar"),
                                          self.tr("¿Por qué? (la organización lo verá)"))
        if ok and reason.strip():
            self._answer(lambda ack: self.decline_selected(reason, ack))

    def _ack_path(self) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Guardar el acuse de recibo para quien lo envió"), "acuse.sdack",
            self.tr("Acuses (*.sdack)"))
        return Path(path) if path else None
