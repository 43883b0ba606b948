"""GUI fixtures: offscreen Qt, preferences in a temp INI file, real encrypted vaults."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from shelter_desk.gui.common.i18n import set_language
from shelter_desk.gui.common.settings import PreferenceStore
from shelter_desk.services.demo import create_demo_vault
from tests.conftest import FAST_KDF


@pytest.fixture(autouse=True)
def spanish(qapp):
    qapp.setStyle("Fusion")
    set_language("es")
    font = qapp.font()
    yield
    set_language("es")
    qapp.setFont(font)  # a test that enlarged the font must not enlarge the next one's


@pytest.fixture
def preferences(tmp_path) -> PreferenceStore:
    return PreferenceStore(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def demo(tmp_path):
    created = create_demo_vault(tmp_path / "demo", people=300, seed=21, params=FAST_KDF)
    yield created.vault
    created.vault.lock()


class DialogDriver:
    """Answers the next modal dialog of type `kind` with `action(dialog)`, as a person
    would, while the code under test sits in exec(). Any failure closes the dialog
    (so the test cannot hang) and is raised again by `check()`."""

    def __init__(self, kind, action) -> None:
        self.kind, self.action, self.errors = kind, action, []
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, self.kind) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, self._answer)
            return
        try:
            self.action(dialogs[0])
        except BaseException as error:
            self.errors.append(error)
        if dialogs[0].isVisible():
            dialogs[0].reject()

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


def activate(qtbot, window) -> None:
    """Make `window` the active one, as a click on it would: shortcuts need that."""
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
