"""Composition root of the desktop app: QApplication, preferences, controller."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.settings import PreferenceStore
from shelter_desk.gui.shell.controller import AppController
from shelter_desk.paths import resources_dir


def _report_unexpected(kind: type[BaseException], error: BaseException, _trace: object) -> None:
    """An error nobody caught: tell her plainly, and print only its type, never its text,
    which could quote a name or a note into a log file."""
    print(f"shelter-desk: unexpected {kind.__name__}", file=sys.stderr)
    if QApplication.instance() is not None:
        QMessageBox.warning(None, "Shelter Desk", describe(error))


def run_gui(vault_dir: Path, *, user_hint: str = "", quit_when_shown: bool = False) -> int:
    sys.excepthook = _report_unexpected
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Shelter Desk")
    app.setOrganizationName("shelter-desk")
    app.setStyle("Fusion")  # the same look on every old laptop, with accessible widgets
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "shelter-desk.png")))
    controller = AppController(vault_dir, PreferenceStore(), user_hint=user_hint)
    controller.start()
    if quit_when_shown:
        # For the benchmark: stop as soon as the first window has been painted.
        QTimer.singleShot(0, app.quit)
    return app.exec()
