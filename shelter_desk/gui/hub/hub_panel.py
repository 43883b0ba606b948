"""The network hub on the Network screen: join with the technician's one-time token,
then "Send now" (the outbox, the directory, the library), each off the GUI thread.

Joining and syncing are handed in (services.network_outbox's join and sync once #9's
outbox is merged), so this panel knows nothing of how reports are kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.gui.hub.enrol_form import EnrolForm
from shelter_desk.network.envelope import fingerprint
from shelter_desk.services import network_link
from shelter_desk.services.network_sync import ShareSync, SyncResult
from shelter_desk.store.vault import OpenVault

JoinFunction = Callable[[OpenVault, str, str, Path | None], Any]
SyncFunction = Callable[[OpenVault], SyncResult]


class HubPanel(Retranslating, QWidget):
    synced = Signal(object)  # the SyncResult: the directory and library may have changed
    joined = Signal()  # the organisation is now a member: the profile can be published

    def __init__(self, vault: OpenVault, join: JoinFunction, sync: SyncFunction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self._join, self._sync = vault, join, sync
        self.busy = False
        self.box = QGroupBox()
        # The address, token, certificate and join button, as the other server's form.
        self.form = EnrolForm("hub")
        self.hub_url, self.token = self.form.url, self.form.token
        self.ca_button, self.join_button = self.form.ca_button, self.form.join_button
        self.url_label, self.token_label = self.form.url_label, self.form.token_label
        self.join_button.clicked.connect(self.join)
        self.status = QLabel(objectName="hub_status", wordWrap=True)
        self.send_button = QPushButton(objectName="hub_send_now")
        self.send_button.clicked.connect(self.send_now)
        self.result = QLabel(objectName="hub_result", wordWrap=True)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.status)
        inner.addWidget(self.form)
        inner.addWidget(self.send_button)
        inner.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Servidor de la red"))
        self.url_label.setText(self.tr("&Dirección del servidor:"))
        self.token_label.setText(self.tr("Código de i&nscripción:"))
        self.ca_button.setText(self.tr("Certificado &propio de la red…"))
        self.join_button.setText(self.tr("&Unirse a la red"))
        self.send_button.setText(self.tr("&Enviar ahora"))
        self.refresh()

    def refresh(self) -> None:
        try:
            hub = network_link.hub_status(self.vault)
        except Exception as error:
            self.status.setText(describe(error))
            return
        joined = hub is not None
        self.form.setVisible(not joined)
        self.send_button.setVisible(joined)
        self.send_button.setEnabled(joined and not self.busy)
        self.join_button.setEnabled(not self.busy)
        if hub is None:
            self.status.setText(self.tr("Esta organización aún no está unida a la red. Pide "
                                        "un código de inscripción a quien administra el "
                                        "servidor de la red."))
        else:
            self.status.setText(
                self.tr("Unida como %1 a %2.\nHuella del servidor de la red: %3")
                .replace("%3", fingerprint(hub.public_key)).replace("%2", hub.url)
                .replace("%1", hub.organisation_id))

    def join(self) -> None:
        url, token = self.hub_url.text().strip(), self.token.text().strip()
        ca_file = self.form.ca_file
        self._start(lambda: self._join(self.vault, url, token, ca_file), self._joined)

    def send_now(self) -> None:
        self._start(lambda: self._sync(self.vault), self._sent)

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        self.result.setText(self.tr("Conectando con el servidor de la red…"))
        self.refresh()
        run_in_background(work, done, self._failed)

    def _joined(self, _enrolment: object) -> None:
        self.busy = False
        self.token.clear()
        self.result.setText(self.tr("Listo: la organización se unió a la red."))
        self.refresh()
        self.joined.emit()

    def _sent(self, result: SyncResult) -> None:
        self.busy = False
        if result.offline:
            text = self.tr("No se pudo contactar al servidor de la red. Los informes siguen "
                           "en la bandeja de salida (%1) y se enviarán en la próxima "
                           "sincronización.")
            text = text.replace("%1", str(len(result.waiting)))
        else:
            text = self.tr("Enviados: %1. Rechazados: %2. Documentos nuevos en la "
                           "biblioteca: %3.").replace("%3", str(len(result.library_updated))) \
                .replace("%2", str(len(result.refused))).replace("%1", str(len(result.delivered)))
        for item, refusal in result.refused:
            text += f"\n{item.period} ({item.revision}): {describe(refusal)}"
        text += self._shares_said(result.shares)
        self.result.setText(text)
        self.refresh()
        self.synced.emit(result)

    def _shares_said(self, shares: ShareSync) -> str:
        """Where each secret-share half went: each server on its own line."""
        lines = []
        for half in shares.delivered:
            lines.append((self.tr("Parte de %1 (revisión %2) enviada al hub.")
                          if half.aggregator == "leader" else
                          self.tr("Parte de %1 (revisión %2) enviada al agregador auxiliar."))
                         .replace("%1", half.period).replace("%2", str(half.revision)))
        for half, refusal in shares.refused:
            lines.append((self.tr("Parte de %1 (revisión %2) rechazada por el hub: %3")
                          if half.aggregator == "leader" else
                          self.tr("Parte de %1 (revisión %2) rechazada por el agregador "
                                  "auxiliar: %3"))
                         .replace("%1", half.period).replace("%2", str(half.revision))
                         .replace("%3", describe(refusal)))
        if "leader" in shares.unreachable:
            lines.append(self.tr("El hub de la red no respondió; su parte queda en espera."))
        if "helper" in shares.unreachable:
            lines.append(self.tr("El agregador auxiliar no respondió; la parte queda en "
                                 "espera."))
        return "".join(f"\n{line}" for line in lines)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.result.setText(describe(error))
        self.refresh()
