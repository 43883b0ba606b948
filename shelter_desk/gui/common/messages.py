"""Errors from the core, told in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shelter_desk.domain.messages import ShelterDeskError
from shelter_desk.gui.common.i18n import current_language


def describe(error: BaseException) -> str:
    if isinstance(error, ShelterDeskError):
        return error.message.in_language(current_language())
    # A bug, not a user mistake: say so plainly; the details go nowhere near the disk.
    return QCoreApplication.translate(
        "messages", "Ocurrió un error inesperado. No se guardó nada de esta acción.")
