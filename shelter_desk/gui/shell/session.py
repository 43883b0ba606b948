"""The unlocked session: the vault, and what locks it (the button, quick exit, idleness)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from shelter_desk.store.vault import OpenVault

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


QUICK_EXIT_KEY = Qt.Key.Key_F12


class Session(QObject):
    """Holds the open vault; `lock()` disposes it and tells every window.

    It watches every input event of the application: activity restarts the idle timer,
    and the quick-exit key works in any window or dialog, whatever has the focus.
    """

    locked = Signal()
    about_to_lock = Signal()  # the vault is still open: what uses it stops now
    quick_exit_requested = Signal()

    def __init__(self, vault: OpenVault, auto_lock_minutes: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        self.set_auto_lock(auto_lock_minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_auto_lock(self, minutes: float) -> None:
        self._idle.setInterval(int(minutes * 60_000))
        self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
                event, QKeyEvent) and event.key() == QUICK_EXIT_KEY:
            if kind == QEvent.Type.KeyPress:
                self.quick_exit_requested.emit()
            event.accept()
            return True
        if kind in _ACTIVITY and self._idle.isActive():
            self._idle.start()  # any keystroke or click restarts the countdown
        return False

    @property
    def is_locked(self) -> bool:
        return self.vault.is_locked

    def lock(self) -> None:
        if self.vault.is_locked:
            return
        self._idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.about_to_lock.emit()
        self.vault.lock()
        self.locked.emit()
