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
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
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
        self.ca_file: Path | None = None
        self.box = QGroupBox()
        self.status = QLabel(objectName="hub_status", wordWrap=True)
        self.hub_url = QLineEdit(objectName="hub_url", placeholderText="https://")
        self.token = QLineEdit(objectName="hub_token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_button = QPushButton(objectName="hub_ca")
        self.ca_button.clicked.connect(self._choose_ca)
        self.join_button = QPushButton(objectName="hub_join")
        self.join_button.clicked.connect(self.join)
        self.send_button = QPushButton(objectName="hub_send_now")
        self.send_button.clicked.connect(self.send_now)
        self.result = QLabel(objectName="hub_result", wordWrap=True)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.url_label, self.token_label = QLabel(), QLabel()
        self.url_label.setBuddy(self.hub_url)
        self.token_label.setBuddy(self.token)
        form.addRow(self.url_label, self.hub_url)
        form.addRow(self.token_label, self.token)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ca_button)
        buttons.addStretch(1)
        buttons.addWidget(self.join_button)
        form.addRow(buttons)
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
        url, token, ca_file = self.hub_url.text().strip(), self.token.text().strip(), self.ca_file
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

    def _choose_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Certificado de la red"), "", self.tr("Certificados (*.pem *.crt)"))
        self.ca_file = Path(path) if path else None
