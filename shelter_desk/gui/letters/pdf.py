"""A letter as a page: HTML for the in-app editor, PDF bytes (QTextDocument + QPdfWriter,
in memory), and, for tests and screenshots, its text and first page read back with QtPdf.

Nothing here writes to disk: the PDF goes to the services as bytes, and from there into
files.db, encrypted.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSize, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPdf import QPdfDocument

from shelter_desk.domain.letters import Letter

MARGIN_MM = 20
FONT_POINTS = 10
PDF_DPI = 300
LAYOUT_DPI = 96  # QTextDocument lays out in screen pixels; print_ scales to the PDF's
SIGNATURE_LINE = "_" * 20


def letter_html(letter: Letter) -> str:
    """As a Mexican petition is laid out: place and date top right with the subject
    («Asunto»), then each paragraph with its lines kept (the articles, the petitions, the
    signature); the section headings (HECHOS, DERECHO...) in bold."""
    paragraphs = list(letter.paragraphs)
    subject = "Subject" if letter.language.startswith("en") else "Asunto"
    if paragraphs and paragraphs[0] == letter.place_date:
        parts = [f'<p align="right">{html.escape(paragraphs.pop(0))}<br>'
                 f"<b>{subject}: {html.escape(letter.title)}</b></p>"]
    else:
        parts = [f"<h3>{html.escape(letter.title)}</h3>"]
    for paragraph in paragraphs:
        lines = "<br>".join(f"<b>{html.escape(line)}</b>" if _heading(line)
                            else html.escape(line) for line in paragraph.split("\n"))
        if paragraph.startswith("___") and parts[-1].startswith("<p>"):
            # «Atentamente,», room to sign and the signature line in one paragraph, which
            # render_pdf keeps on one page.
            parts[-1] = parts[-1][:-len("</p>")] + f"<br><br><br><br>{lines}</p>"
        else:
            parts.append(f"<p>{lines}</p>")
    return "\n".join(parts)


def _heading(line: str) -> bool:
    return len(line) >= 3 and line.isupper() and line.replace(" ", "").isalpha()


def render_pdf(document_html: str, title: str = "") -> bytes:
    """The letter on Letter paper, 20 mm margins, as PDF bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("Shelter Desk")
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    font = QFont()
    font.setPointSize(FONT_POINTS)
    document.setDefaultFont(font)
    document.setHtml(document_html)
    _paginate(document, writer)
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def _paginate(document: QTextDocument, writer: QPdfWriter) -> None:
    """Lay the letter out on the writer's pages and move a block whole to the next page
    when a page would end inside it: the signature («Atentamente,» alone, the line
    overleaf), and a short section under its heading (PETICIONES left at a page's foot)."""
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    document.setPageSize(QSizeF(page.width() * LAYOUT_DPI, page.height() * LAYOUT_DPI))
    height = document.pageSize().height()
    block = document.begin()
    while block.isValid():
        box = document.documentLayout().blockBoundingRect(block)
        lines = block.text().split("\u2028")
        whole = SIGNATURE_LINE in block.text() or (
            _heading(lines[0]) and box.height() < height / 2)
        if whole and int(box.top() // height) != int(box.bottom() // height):
            breaks = QTextBlockFormat()
            breaks.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).mergeBlockFormat(breaks)
        block = block.next()


class _Loaded:
    """A PDF opened from memory with QtPdf (the buffer must outlive the document)."""

    def __init__(self, pdf: bytes) -> None:
        self.data = QByteArray(pdf)
        self.buffer = QBuffer(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)

    def close(self) -> None:
        self.document.close()
        self.buffer.close()


def pdf_text(pdf: bytes) -> str:
    """Every page's text (tests check what the letter says)."""
    return "\n".join(pdf_pages_text(pdf))


def pdf_pages_text(pdf: bytes) -> list[str]:
    """Each page's text, page by page (tests check what lands on which page)."""
    loaded = _Loaded(pdf)
    try:
        return [loaded.document.getAllText(page).text()
                for page in range(loaded.document.pageCount())]
    finally:
        loaded.close()


def pdf_page_count(pdf: bytes) -> int:
    loaded = _Loaded(pdf)
    try:
        return loaded.document.pageCount()
    finally:
        loaded.close()


def pdf_page_image(pdf: bytes, page: int = 0, width: int = 1000) -> QImage:
    """One page drawn as an image (the screenshot of the letter)."""
    loaded = _Loaded(pdf)
    try:
        size = loaded.document.pagePointSize(page)
        height = round(width * size.height() / size.width())
        drawn = loaded.document.render(page, QSize(width, height))
        paper = QImage(drawn.size(), QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))  # QtPdf leaves the page transparent
        painter = QPainter(paper)
        painter.drawImage(0, 0, drawn)
        painter.end()
        return paper
    finally:
        loaded.close()
