"""The unlocked session: the vault, and what locks it (the button, quick exit, idleness)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from shelter_desk.store.vault import OpenVault

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class Session(QObject):
    """Holds the open vault; `lock()` disposes it and tells every window."""

    locked = Signal()

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
        if event.type() in _ACTIVITY and self._idle.isActive():
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
        self.vault.lock()
        self.locked.emit()
