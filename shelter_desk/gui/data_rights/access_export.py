"""'Exportar datos (acceso)': her JSON and PDF into a folder she chooses, from the case
view or the ARCO list; one function so both say the same thing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from shelter_desk.gui.common.i18n import current_language
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.data_rights.access_pdf import render_access_pdf
from shelter_desk.services import data_rights
from shelter_desk.store.vault import OpenVault


def export_access(parent: QWidget, vault: OpenVault, person_id: int) -> bool:
    """Ask for a folder, write her export there, and tell her where; False if not done."""
    folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate(
        "access_export", "Carpeta para la exportación de sus datos"))
    if not folder:
        return False
    try:
        written = data_rights.write_access_export(
            vault, person_id, Path(folder), language=current_language(),
            pdf_writer=render_access_pdf)
    except Exception as error:  # shown, never lost
        QMessageBox.warning(parent, QCoreApplication.translate(
            "access_export", "Exportar datos (acceso)"), describe(error))
        return False
    QMessageBox.information(parent, QCoreApplication.translate(
        "access_export", "Exportar datos (acceso)"), QCoreApplication.translate(
        "access_export", "Se guardaron SIN CIFRAR en %1: un PDF para ella y el mismo contenido "
        "en JSON. Entrégaselos y no guardes copias en esta computadora.")
        .replace("%1", str(written[0].parent)))
    return True
