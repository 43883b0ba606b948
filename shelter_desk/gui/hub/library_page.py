"""The Library screen: the network's protocols and good-practice documents, read from
the vault's offline copies (no internet needed). Markdown and text are shown in place;
a PDF opens in the in-memory viewer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.attachments.viewer import AttachmentViewer
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.services import network_link
from shelter_desk.store.network_hub_store import StoredDocument
from shelter_desk.store.vault import OpenVault

SLUG_ROLE = Qt.ItemDataRole.UserRole


class LibraryPage(Retranslating, QWidget):
    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.documents: list[StoredDocument] = []
        self.heading = QLabel(objectName="library_heading")
        self.hint = QLabel(objectName="library_hint", wordWrap=True)
        self.listing = QListWidget(objectName="library_list", wordWrap=True)
        # Long titles wrap instead of being cut; the reader keeps most of the width.
        self.listing.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.listing.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.listing.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.listing.itemActivated.connect(self._show)
        self.reader = QTextBrowser(objectName="library_reader", openExternalLinks=False)
        splitter = QSplitter()
        splitter.addWidget(self.listing)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([self.fontMetrics().averageCharWidth() * 36, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # A sync (on the Network screen) may have brought new versions since last shown.
        self.refresh()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Biblioteca de la red") + "</h2>")
        self.hint.setText(self.tr("Protocolos y guías de la red, guardados en este equipo: "
                                  "se pueden leer sin internet. Se actualizan al "
                                  "sincronizar con el servidor de la red."))
        self._fill()

    def refresh(self) -> None:
        try:
            self.documents = network_link.library_documents(self.vault)
        except Exception as error:  # shown, never a crash of the window
            self.documents = []
            self.reader.setPlainText(describe(error))
        self._fill()

    def _fill(self) -> None:
        current = self.listing.currentItem()
        chosen = current.data(SLUG_ROLE) if current else None
        self.listing.clear()
        self.reader.setPlaceholderText(
            self.tr("Elige un documento de la lista para leerlo.") if self.documents else "")
        if not self.documents:
            item = QListWidgetItem(self.tr("Aún no hay documentos de la red."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.listing.addItem(item)
            return
        for document in self.documents:
            item = QListWidgetItem(self.tr("%1 (versión %2)")
                                   .replace("%2", str(document.version))
                                   .replace("%1", document.title))
            item.setData(SLUG_ROLE, document.slug)
            self.listing.addItem(item)
            if document.slug == chosen:
                self.listing.setCurrentItem(item)

    def _show(self, item: QListWidgetItem | None) -> None:
        slug = item.data(SLUG_ROLE) if item else None
        if not slug:
            return
        try:
            document, content = network_link.open_library_document(self.vault, slug)
        except Exception as error:
            self.reader.setPlainText(describe(error))
            return
        if document.media_type == "application/pdf":
            self.reader.setPlainText(self.tr("El documento PDF se abrió en otra ventana."))
            AttachmentViewer(content, document.media_type, f"{slug}.pdf", self).show()
        elif document.media_type == "text/markdown":
            self.reader.setMarkdown(content.decode("utf-8", errors="replace"))
        else:
            self.reader.setPlainText(content.decode("utf-8", errors="replace"))
