"""Composition root of the desktop app: QApplication, preferences, controller."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from shelter_desk.gui.common.settings import PreferenceStore
from shelter_desk.gui.shell.controller import AppController


def run_gui(vault_dir: Path, *, user_hint: str = "", quit_when_shown: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Shelter Desk")
    app.setOrganizationName("shelter-desk")
    app.setStyle("Fusion")  # the same look on every old laptop, with accessible widgets
    controller = AppController(vault_dir, PreferenceStore(), user_hint=user_hint)
    controller.start()
    if quit_when_shown:
        # For the benchmark: stop as soon as the first window has been painted.
        QTimer.singleShot(0, app.quit)
    return app.exec()
