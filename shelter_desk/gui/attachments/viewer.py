"""Shows an attachment from memory: images with zoom and rotation, PDFs page by page.

The decrypted bytes are handed over as `bytes` and never written anywhere: images go
through QImage.fromData, PDFs through a QPdfDocument reading a QBuffer. Closing the
viewer (or the lock, which rejects every dialog) drops them.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QResizeEvent, QTransform
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating

# QtPdf ships in PySide6-Addons (a wheel of its own from 6.12): without it PDFs are
# described, not shown.
try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = QPdfView = None

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 16.0


class AttachmentViewer(Retranslating, QDialog):
    def __init__(self, content: bytes, media_type: str, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_name = file_name
        self.zoom = 1.0
        self.fitted = True  # follow the window's size until she zooms by hand
        self.rotation = 0
        self.image = QImage()
        self.picture: QLabel | None = None
        self.scroll: QScrollArea | None = None
        self.document = self.pdf_view = self._buffer = None
        self.problem: str | None = None  # "no_pdf_support" or "unreadable"
        self.notice = QLabel(objectName="viewer_notice", wordWrap=True)
        self.notice.hide()
        self.page_label = QLabel(objectName="viewer_page")

        zoom_in, zoom_out = QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut
        self.zoom_in = self._action(self._zoom_in, "Ctrl++", "Ctrl+=", zoom_in)
        self.zoom_out = self._action(self._zoom_out, "Ctrl+-", zoom_out)
        self.fit = self._action(self._fit, "Ctrl+0")
        self.rotate = self._action(self._rotate, "R")
        self.previous_page = self._action(lambda: self._turn(-1), "PgUp")
        self.next_page = self._action(lambda: self._turn(1), "PgDown")
        tools = QHBoxLayout()
        self.buttons: dict[QAction, QToolButton] = {}
        for action in (self.zoom_out, self.zoom_in, self.fit, self.rotate,
                       self.previous_page, self.next_page):
            self.buttons[action] = QToolButton()
            self.buttons[action].setDefaultAction(action)
            tools.addWidget(self.buttons[action])
        tools.addWidget(self.page_label)
        tools.addStretch()

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.notice)
        if media_type == "application/pdf":
            layout.addWidget(self._pdf_area(content), 1)
        else:
            layout.addWidget(self._image_area(content), 1)
        self.resize(900, 700)
        self.retranslate()

    def _action(self, slot, *keys) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self)
        # The platform's own zoom keys as well as Ctrl++ and Ctrl+-, each sequence once.
        sequences = {QKeySequence(key).toString(): QKeySequence(key) for key in keys}
        action.setShortcuts([sequence for text, sequence in sequences.items() if text])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Archivo adjunto: %1").replace("%1", self.file_name))
        for action, text in ((self.zoom_in, self.tr("Acercar")),
                             (self.zoom_out, self.tr("Alejar")),
                             (self.fit, self.tr("Ajustar a la ventana")),
                             (self.rotate, self.tr("Girar")),
                             (self.previous_page, self.tr("Página anterior")),
                             (self.next_page, self.tr("Página siguiente"))):
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        if self.problem == "no_pdf_support":
            self.notice.setText(self.tr(
                "Este equipo no tiene el visor de PDF instalado (PySide6-Pdf). Pide a quien "
                "instaló Shelter Desk que lo agregue."))
        elif self.problem == "unreadable":
            self.notice.setText(self.tr(
                "No se puede mostrar este archivo: puede estar dañado o protegido con "
                "contraseña."))
        self._show_page_number()

    # -- images --------------------------------------------------------------------------

    def _image_area(self, content: bytes) -> QScrollArea:
        self.image = QImage.fromData(content)
        self.picture = QLabel(objectName="viewer_image", alignment=Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(alignment=Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.picture)
        for action in (self.previous_page, self.next_page):  # an image has one page
            action.setEnabled(False)
            self.buttons[action].hide()
        if self.image.isNull():
            self._unreadable("unreadable")
        return self.scroll

    def _paint_image(self) -> None:
        if self.image.isNull() or self.picture is None or self.scroll is None:
            return
        turned = self.image.transformed(QTransform().rotate(self.rotation))
        if self.fitted:
            room = self.scroll.viewport().size()
            self.zoom = max(MIN_ZOOM, min(room.width() / turned.width(),
                                          room.height() / turned.height()))
        scaled = turned.scaled(max(1, round(turned.width() * self.zoom)),
                               max(1, round(turned.height() * self.zoom)),
                               Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(QPixmap.fromImage(scaled))
        self.picture.resize(scaled.size())

    # -- PDFs ----------------------------------------------------------------------------

    def _pdf_area(self, content: bytes) -> QWidget:
        self.rotate.setEnabled(False)  # QPdfView cannot turn pages
        self.buttons[self.rotate].hide()
        if QPdfDocument is None:
            self._unreadable("no_pdf_support")
            return QWidget()
        # The buffer keeps its own copy (setData), alive as long as the document reads it.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("viewer_pdf")
        self.pdf_view.setPageMode(QPdfView.PageMode.SinglePage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        if self.document.status() != QPdfDocument.Status.Ready:
            self._unreadable("unreadable")
        return self.pdf_view

    @property
    def page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage() if self.pdf_view else 0

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document else 0

    def _turn(self, step: int) -> None:
        target = self.page + step
        if self.pdf_view is not None and 0 <= target < self.page_count:
            self.pdf_view.pageNavigator().jump(target, QPointF(), self.pdf_view.zoomFactor())

    def _show_page_number(self) -> None:
        shown = self.page_count > 0
        self.page_label.setVisible(shown)
        if shown:
            self.page_label.setText(self.tr("Página %1 de %2").replace(
                "%1", str(self.page + 1)).replace("%2", str(self.page_count)))
        self.previous_page.setEnabled(shown and self.page > 0)
        self.next_page.setEnabled(shown and self.page < self.page_count - 1)

    # -- zoom and rotation ---------------------------------------------------------------

    def _set_zoom(self, zoom: float) -> None:
        self.fitted = False
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if self.pdf_view is not None:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(self.zoom)
        self._paint_image()

    def _zoom_in(self) -> None:
        self._set_zoom(self._current_zoom() * ZOOM_STEP)

    def _zoom_out(self) -> None:
        self._set_zoom(self._current_zoom() / ZOOM_STEP)

    def _current_zoom(self) -> float:
        if self.pdf_view is not None and self.fitted:
            return 1.0  # QPdfView does not say what "fit" came to; start from 100 %
        return self.zoom

    def _fit(self) -> None:
        self.fitted = True
        if self.pdf_view is not None:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._paint_image()

    def _rotate(self) -> None:
        if self.image.isNull():
            return
        self.rotation = (self.rotation + 90) % 360
        self._paint_image()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self._paint_image()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._paint_image()

    # -- problems and closing ------------------------------------------------------------

    def _unreadable(self, problem: str) -> None:
        self.problem = problem
        for action in (self.zoom_in, self.zoom_out, self.fit, self.rotate):
            action.setEnabled(False)
        self.notice.show()

    def done(self, result: int) -> None:
        """Drop the decrypted bytes with the window, not when the garbage collector says."""
        if self.document is not None:
            self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
        self.image = QImage()
        if self.picture is not None:
            self.picture.clear()
        super().done(result)
