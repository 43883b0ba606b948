"""The second server of a network that sums by secret shares, the helper aggregator: the
coordinator enrols on it with the token its operator gave her (the same organisation key
as at the hub), off the GUI thread. Shown only when the network's policy names one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.gui.hub.enrol_form import EnrolForm
from shelter_desk.network.envelope import fingerprint
from shelter_desk.services import network_reports, network_share_send
from shelter_desk.store.vault import OpenVault

JoinHelper = Callable[[OpenVault, str, str, Path | None], Any]


class HelperForm(Retranslating, QWidget):
    joined = Signal()

    def __init__(self, vault: OpenVault, join: JoinHelper,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self._join = vault, join
        self.busy = False
        self.box = QGroupBox()
        # The address, token, certificate and join button, as the other server's form.
        self.form = EnrolForm("helper")
        self.url, self.token = self.form.url, self.form.token
        self.ca_button, self.join_button = self.form.ca_button, self.form.join_button
        self.url_label, self.token_label = self.form.url_label, self.form.token_label
        self.join_button.clicked.connect(self.join)
        self.status = QLabel(objectName="helper_status", wordWrap=True)
        self.result = QLabel(objectName="helper_result", wordWrap=True)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.status)
        inner.addWidget(self.form)
        inner.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Agregador auxiliar (suma por partes secretas)"))
        self.url_label.setText(self.tr("Dirección del a&gregador auxiliar:"))
        self.token_label.setText(self.tr("Código de inscripción del a&uxiliar:"))
        self.ca_button.setText(self.tr("Certificado propio de la red…"))
        self.join_button.setText(self.tr("&Inscribirse en el agregador auxiliar"))
        self.refresh()

    def refresh(self) -> None:
        try:
            _organisation, policy = network_reports.network_policy(self.vault)
            links = network_share_send.links(self.vault)
        except Exception as error:
            self.status.setText(describe(error))
            return
        # Only a network by shares has a helper; only after joining the hub can she enrol.
        self.setVisible(policy.aggregators is not None and "leader" in links)
        helper = links.get("helper")
        self.form.setVisible(helper is None)
        self.join_button.setEnabled(not self.busy)
        if policy.aggregators is not None and not self.url.text():
            self.url.setText(policy.aggregators[1])
        if helper is None:
            self.status.setText(self.tr(
                "Esta red suma por partes secretas: una parte de las cifras va al hub y la "
                "otra a este segundo servidor, que lleva otra organización. Pide un código de "
                "inscripción a quien lo administra; se usa la misma llave de la organización."))
        else:
            self.status.setText(
                self.tr("Inscrita como %1 en %2.\nHuella del agregador auxiliar: %3")
                .replace("%3", fingerprint(helper.public_key)).replace("%2", helper.url)
                .replace("%1", helper.organisation_id))

    def join(self) -> None:
        url, token = self.url.text().strip(), self.token.text().strip()
        ca_file = self.form.ca_file
        self.busy = True
        self.result.setText(self.tr("Conectando con el agregador auxiliar…"))
        self.refresh()
        run_in_background(lambda: self._join(self.vault, url, token, ca_file),
                          self._joined, self._failed)

    def _joined(self, _enrolment: object) -> None:
        self.busy = False
        self.token.clear()
        self.result.setText(self.tr("Listo: la organización está inscrita en el agregador "
                                    "auxiliar."))
        self.refresh()
        self.joined.emit()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.result.setText(describe(error))
        self.refresh()
