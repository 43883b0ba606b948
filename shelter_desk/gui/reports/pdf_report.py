"""The printable statistics report for the shelter's board or funders: the key figures,
each chart with its table below, then every other table; Letter paper, 15 mm margins.

`render_report_pdf` needs a QApplication (not only a QGuiApplication: the charts are
QtCharts graphics widgets) and creates nothing global; the PDF is written to memory.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from shelter_desk.domain.messages import Bilingual
from shelter_desk.gui.reports.charts import chart_height, chart_image, chart_tables
from shelter_desk.gui.reports.stat_model import figure_text
from shelter_desk.reports.export import figure_rows, table_rows
from shelter_desk.reports.tables import Report, StatTable

MARGIN_MM = 15
LAYOUT_DPI = 96  # the document is laid out at this resolution, then scaled to the page
PDF_DPI = 300
CHART_SCALE = 3.0  # chart images at about 290 dpi on paper
FONT_POINTS = 10
FOOTER_PX = 28
CHART_FONT_POINTS = 9
# The long ones last: the documents table alone can fill several pages.
MORE_TABLES = ("sex_gender", "minors", "case_types", "referrals", "expiring", "barriers",
               "documents")
WORDS = {
    "title": Bilingual("Informe de estadísticas", "Statistics report"),
    "period": Bilingual("Periodo", "Period"),
    "generated": Bilingual("Generado el {day} con Shelter Desk. Cifras agregadas, sin nombres.",
                           "Generated on {day} with Shelter Desk. Aggregate figures, no names."),
    "figures": Bilingual("Cifras clave", "Key figures"),
    "more": Bilingual("Más tablas", "More tables"),
    "empty": Bilingual("No hay datos de este periodo.", "No data for this period."),
    "page": Bilingual("Página {page} de {pages}", "Page {page} of {pages}"),
}


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def render_report_pdf(report: Report, language: str) -> bytes:
    """The report as PDF bytes, in Spanish ('es') or English ('en')."""
    if not isinstance(QCoreApplication.instance(), QApplication):
        raise RuntimeError("render_report_pdf needs a QApplication: create one first")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setResolution(PDF_DPI)
    writer.setTitle(f"{_word('title', language)} · {report.period.label}")
    writer.setCreator("Shelter Desk")
    document = ReportDocument(report, language)
    painter = QPainter(writer)
    scale = writer.resolution() / LAYOUT_DPI
    for index in range(document.page_count()):
        if index:
            writer.newPage()
        painter.save()
        painter.scale(scale, scale)
        document.paint_page(painter, index)
        painter.restore()
    painter.end()
    buffer.close()
    return bytes(data.data())


def render_report_page(report: Report, language: str, index: int = 0,
                       scale: float = 1.5) -> QImage:
    """One whole page (margins included) as an image: the same drawing as the PDF."""
    layout = page_layout()
    full = layout.fullRect(QPageLayout.Unit.Inch)
    margins = layout.margins(QPageLayout.Unit.Inch)
    image = QImage(round(full.width() * LAYOUT_DPI * scale),
                   round(full.height() * LAYOUT_DPI * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    document = ReportDocument(report, language)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    painter.translate(margins.left() * LAYOUT_DPI, margins.top() * LAYOUT_DPI)
    document.paint_page(painter, index)
    painter.end()
    return image


class ReportDocument:
    """The report laid out in pages of the printable area at LAYOUT_DPI, footer apart."""

    def __init__(self, report: Report, language: str) -> None:
        self.report, self.language = report, language
        area = page_layout().paintRect(QPageLayout.Unit.Inch)
        self.width, self.height = area.width() * LAYOUT_DPI, area.height() * LAYOUT_DPI
        # Fonts are measured on this device, so the layout is the same on every screen.
        self.device = QImage(1, 1, QImage.Format.Format_RGB32)
        self.device.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
        self.device.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(self.device)
        font = QFont()
        font.setPointSize(FONT_POINTS)
        self.document.setDefaultFont(font)
        self.document.setPageSize(QSizeF(self.width, self.height - FOOTER_PX))
        # The charts' words in print keep one size, whatever her screen font setting.
        chart_font = QFont(font)
        chart_font.setPointSize(CHART_FONT_POINTS)
        line = QFontMetricsF(chart_font, self.device).height()
        width = int(self.width)
        sizes = []
        for number, table in enumerate(chart_tables(report)):
            height = chart_height(table, line, int(width * 0.5))
            sizes.append((width, height))
            self.document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"chart{number}"),
                chart_image(table, language, width, height, scale=CHART_SCALE, font=chart_font,
                            titled=False))
        self.document.setHtml(report_html(report, language, sizes))

    def page_count(self) -> int:
        return self.document.pageCount()

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Page `index` with its footer, painter origin at the printable area's corner."""
        page_height = self.document.pageSize().height()
        painter.save()
        painter.translate(0, -index * page_height)
        self.document.drawContents(painter, QRectF(0, index * page_height, self.width,
                                                   page_height))
        painter.restore()
        footer = QFont(self.document.defaultFont())
        footer.setPixelSize(round(8 * LAYOUT_DPI / 72))  # pixels: the painter is scaled
        painter.setFont(footer)
        painter.setPen(Qt.GlobalColor.darkGray)
        text = (f"Shelter Desk · {_word('title', self.language)} {self.report.period.label} · "
                + _word("page", self.language).format(page=index + 1, pages=self.page_count()))
        painter.drawText(QRectF(0, self.height - FOOTER_PX / 2, self.width, FOOTER_PX / 2),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text)


def report_html(report: Report, language: str, sizes: list[tuple[int, int]]) -> str:
    """The whole report; `sizes` are the chart images' (width, height) at LAYOUT_DPI."""
    locale = _locale(language)
    period = report.period
    dates = (f"{locale.toString(period.start, 'd MMM yyyy')} – "
             f"{locale.toString(period.end, 'd MMM yyyy')}")
    day = locale.toString(date.today(), "MMMM d, yyyy" if language == "en"
                          else "d 'de' MMMM 'de' yyyy")
    figures = "".join(
        f"<tr><td>{html.escape(name)}</td><td align='right'><b>{figure_text(value, locale)}</b>"
        "</td></tr>" for name, value in figure_rows(report.figures, language))
    parts = [
        f"<h1>{html.escape(_word('title', language))}</h1>",
        f"<p style='font-size: large'>{html.escape(_word('period', language))}: "
        f"<b>{html.escape(period.label)}</b> ({html.escape(dates)})</p>",
        f"<p style='color: #444444'>{html.escape(_word('generated', language).format(day=day))}"
        "</p>",
        f"<h2>{html.escape(_word('figures', language))}</h2>",
        f"<table width='60%' cellspacing='0' cellpadding='4' border='1' {_TABLE_STYLE}>"
        f"{figures}</table>",
    ]
    for number, table in enumerate(chart_tables(report)):
        breaks = " style='page-break-before: always'" if number else ""
        parts.append(f"<h2{breaks}>{html.escape(table.title.in_language(language))}</h2>")
        if table.total:
            width, height = sizes[number]
            parts.append(f"<p><img src='chart{number}' width='{width}' height='{height}'></p>")
        parts.append(_table_html(table, language, locale))
    parts.append(f"<h2 style='page-break-before: always'>"
                 f"{html.escape(_word('more', language))}</h2>")
    for key in MORE_TABLES:
        table = report.tables[key]
        parts.append(f"<h3>{html.escape(table.title.in_language(language))}</h3>")
        parts.append(_table_html(table, language, locale))
    return "".join(parts)


_TABLE_STYLE = "style='border-collapse: collapse; border-style: solid; border-color: #9a9a9a'"


def _table_html(table: StatTable, language: str, locale: QLocale) -> str:
    if not table.rows:
        return f"<p><i>{html.escape(_word('empty', language))}</i></p>"
    header, *rows = table_rows(table, language)
    head = "".join(f"<th align='{'right' if i == len(header) - 1 else 'left'}' "
                   f"bgcolor='#ececec'>{html.escape(str(cell))}</th>"
                   for i, cell in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f"<td align='right'>{figure_text(cell, locale)}</td>"
                         if isinstance(cell, int) else f"<td>{html.escape(str(cell))}</td>"
                         for cell in row) + "</tr>" for row in rows)
    return (f"<table width='100%' cellspacing='0' cellpadding='3' border='1' {_TABLE_STYLE}>"
            f"<thead><tr>{head}</tr></thead>{body}</table>")


def _locale(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)


def _word(key: str, language: str) -> str:
    return WORDS[key].in_language(language)


_command_line_app: QApplication | None = None


def command_line_pdf_writer() -> Callable[[Report, str], bytes]:
    """`render_report_pdf` for the CLI: a QApplication made (and kept alive) here, drawn
    offscreen when there is no display, so `shelter-desk stats` works over SSH too."""
    global _command_line_app  # Qt's application must outlive every drawing
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    _command_line_app = existing if isinstance(existing, QApplication) else QApplication([])
    return render_report_pdf
