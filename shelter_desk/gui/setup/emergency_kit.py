"""The emergency kit: one printable page with the recovery code and where to keep it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)


def kit_html(organisation: str, code: str) -> str:
    translate = QCoreApplication.translate
    title = translate("EmergencyKit", "Kit de emergencia de Shelter Desk")
    organisation_label = translate("EmergencyKit", "Organización:")
    code_label = translate("EmergencyKit", "Código de recuperación:")
    warning = translate("EmergencyKit", "Este código abre la bóveda si se olvida una "
                        "contraseña. Quien lo tenga puede leer todos los expedientes.")
    places = [
        translate("EmergencyKit", "Guárdalo con los documentos legales del albergue."),
        translate("EmergencyKit", "Da una copia en sobre cerrado a una persona de confianza."),
        translate("EmergencyKit", "No lo guardes en esta computadora ni lo envíes por mensaje."),
    ]
    items = "".join(f"<li>{html.escape(place)}</li>" for place in places)
    return (
        f"<h1>{html.escape(title)}</h1>"
        f"<p><b>{html.escape(organisation_label)}</b> {html.escape(organisation)}</p>"
        f"<p>{html.escape(code_label)}</p>"
        "<p style='font-family: monospace; font-size: 20pt; font-weight: bold'>"
        f"{html.escape(code)}</p>"
        f"<p>{html.escape(warning)}</p><ul>{items}</ul>"
    )


def print_kit(printer: QPagedPaintDevice, organisation: str, code: str) -> None:
    """Lay the kit out on any paged device: a PDF file or a real printer."""
    document = QTextDocument()
    document.setHtml(kit_html(organisation, code))
    document.setPageSize(printer.pageLayout().paintRectPixels(printer.resolution()).size()
                         .toSizeF())
    document.print_(printer)


def write_kit_pdf(path: Path, organisation: str, code: str) -> None:
    """A one-page A4/Letter PDF; the user chose to write it, and where."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle("Shelter Desk")
    print_kit(writer, organisation, code)
