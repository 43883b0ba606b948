"""The "Red" section: the report for the network on one tab, and on the other the link
with the network's server, the hub (join, send the outbox now, the organisation's public
profile) and, in a network by secret shares, with its helper aggregator."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.handoff.received_page import ReceivedCasesPage
from shelter_desk.gui.hub.helper_form import HelperForm
from shelter_desk.gui.hub.hub_panel import HubPanel
from shelter_desk.gui.hub.profile_form import ProfileForm
from shelter_desk.gui.network.network_page import NetworkPage
from shelter_desk.services import network_outbox
from shelter_desk.store.vault import OpenVault


class NetworkSection(Retranslating, QTabWidget):
    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = NetworkPage(vault)
        self.hub = HubPanel(vault, join=lambda v, url, token, ca: network_outbox.join(
            v, url, token, ca_file=ca), sync=network_outbox.sync)
        self.profile = ProfileForm(vault, network_outbox.publish_profile)
        self.helper = HelperForm(vault, lambda v, url, token, ca: network_outbox.join_helper(
            v, url, token, ca_file=ca))
        link = QWidget()
        layout = QVBoxLayout(link)
        layout.addWidget(self.hub)
        layout.addWidget(self.helper)
        layout.addWidget(self.profile)
        layout.addStretch(1)
        self.received = ReceivedCasesPage(vault)
        self.addTab(self.report, "")
        self.addTab(link, "")
        self.addTab(self.received, "")
        # A send moves reports out of the outbox: the preview shows what is still there.
        self.hub.synced.connect(lambda _result: self.report.refresh())
        self.hub.joined.connect(self.profile.refresh)
        self.hub.joined.connect(self.helper.refresh)  # the hub's policy may name a helper
        self.helper.joined.connect(self.report.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("&Informe para la red"))
        self.setTabText(1, self.tr("&Conexión con la red"))
        self.setTabText(2, self.tr("Casos reci&bidos"))
