"""Document standing as an icon *and* words, never colour alone (WCAG 1.4.1)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from shelter_desk.domain.documents import Standing
from shelter_desk.gui.common import labels

_ICONS = {
    Standing.VALID: QStyle.StandardPixmap.SP_DialogApplyButton,
    Standing.EXPIRING_SOON: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Standing.EXPIRED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Standing.COPY_ONLY: QStyle.StandardPixmap.SP_FileIcon,
    Standing.IN_PROCESS: QStyle.StandardPixmap.SP_BrowserReload,
    Standing.LOST_OR_STOLEN: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Standing.RETAINED: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Standing.MISSING: QStyle.StandardPixmap.SP_DialogNoButton,
    Standing.CANNOT_HOLD: QStyle.StandardPixmap.SP_DialogCancelButton,
}


def standing_icon(standing: Standing) -> QIcon:
    return QApplication.style().standardIcon(_ICONS[standing])


def standing_text(standing: Standing) -> str:
    return labels.standing(standing)
