"""Which window is shown: first-run wizard, unlock screen, or the main window; and what
locking does to them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from shelter_desk.gui.backup.restore_dialog import RestoreDialog
from shelter_desk.gui.common.i18n import set_language
from shelter_desk.gui.common.settings import Preferences, PreferenceStore
from shelter_desk.gui.setup.first_run import FirstRunWizard
from shelter_desk.gui.setup.unlock_window import UnlockWindow
from shelter_desk.gui.shell.main_window import MainWindow
from shelter_desk.gui.shell.session import Session
from shelter_desk.store import kdf
from shelter_desk.store.vault import OpenVault, vault_exists
from shelter_desk.team.presence import Presence


class AppController(QObject):
    def __init__(self, vault_dir: Path, store: PreferenceStore, *, user_hint: str = "",
                 kdf_params: kdf.KdfParams | None = None, team_host: str | None = None,
                 team_announce: bool = True) -> None:
        super().__init__()
        self.vault_dir, self.store = Path(vault_dir), store
        self.preferences = store.load()
        self.user_hint = user_hint
        self.kdf_params = kdf_params
        self.session: Session | None = None
        self.main_window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.wizard: FirstRunWizard | None = None
        # The team's sync server: its address (None: this laptop's LAN address) and
        # whether mDNS announces it (tests on a machine without multicast turn it off).
        self.team_host, self.team_announce = team_host, team_announce
        self.presence: Presence | None = None
        self._default_font = QApplication.font()
        self.apply_preferences(self.preferences)

    def start(self) -> None:
        if vault_exists(self.vault_dir):
            self.show_unlock()
        else:
            self.wizard = FirstRunWizard(self.vault_dir, self.kdf_params)
            self.wizard.finished_setup.connect(self._unlocked)
            self.wizard.show()

    def _vanished(self) -> None:
        """The folder holds no vault any more: the first-use wizard, as on a new laptop.
        Nothing of who was here stays either: the remembered name goes (after a duress
        wipe it would say whose laptop this was)."""
        if self.preferences.remembered_user:
            self.preferences.remembered_user = ""
            self.store.save(self.preferences)
        self.user_hint = ""
        if self.unlock_window is not None:
            self.unlock_window.hide()
            self.unlock_window.deleteLater()
            self.unlock_window = None
        self.start()

    def show_unlock(self) -> None:
        if self.unlock_window is None:
            remembered = self.preferences.remembered_user or self.user_hint
            self.unlock_window = UnlockWindow(self.vault_dir, remembered)
            self.unlock_window.unlocked.connect(self._unlocked)
            self.unlock_window.vanished.connect(self._vanished)
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    def _unlocked(self, vault: OpenVault) -> None:
        if self.wizard is not None:  # the language she chose on the first page stays
            self.preferences.language = self.wizard.language
            self.store.save(self.preferences)
            self.wizard = None
        if self.unlock_window is not None:
            remember = self.unlock_window.remember.isChecked()
            self.preferences.remembered_user = vault.user.name if (remember and vault.user) \
                else ""
            self.store.save(self.preferences)
            self.unlock_window.hide()
        if self.session is not None:
            self.session.deleteLater()
        self.session = Session(vault, self.preferences.auto_lock_minutes, self)
        self.session.locked.connect(self._locked)
        self.session.about_to_lock.connect(self._stop_presence)
        self.session.quick_exit_requested.connect(self.quick_exit)
        self.main_window = MainWindow(vault, self.preferences)
        self.main_window.lock_requested.connect(self.session.lock)
        self.main_window.quick_exit_requested.connect(self.quick_exit)
        self.main_window.preferences_changed.connect(self.apply_preferences)
        self.main_window.restore_requested.connect(self.restore)
        self.main_window.team_panel.laptops_changed.connect(self._start_presence)
        self.main_window.show()
        self._stop_presence()
        self._start_presence()

    def _start_presence(self) -> None:
        """On its own thread (the window is already usable), after the previous server
        of this session, if any, has stopped."""
        if self.session is None or self.session.is_locked:
            return
        previous = self.presence
        self.presence = Presence(self.session.vault, host=self.team_host,
                                 announce=self.team_announce)
        self.presence.start(replacing=previous)

    def _stop_presence(self) -> None:
        """Before the vault locks: the port closes, the announcement is withdrawn."""
        if self.presence is not None:
            self.presence.stop()
            self.presence = None

    def restore(self, source: Path) -> None:
        """Lock first (the vault must not be open while it is replaced), then restore."""
        if self.session is not None:
            self.session.lock()
        dialog = RestoreDialog(source, self.vault_dir, parent=self.unlock_window)
        if dialog.exec() and dialog.result_value is not None:
            kept = dialog.result_value.kept_aside
            QMessageBox.information(self.unlock_window, self.tr("Copia restaurada"), self.tr(
                "La copia se restauró. La bóveda anterior se guardó aparte en %1. Entra con "
                "tu nombre y contraseña.").replace("%1", str(kept) if kept else "—"))

    def quick_exit(self) -> None:
        """Hide first (what matters is that the screen stops showing her file), then lock."""
        self._close_everything()
        if self.session is not None:
            self.session.lock()

    def _close_everything(self) -> None:
        """Every window and dialog but the unlock screen goes, with what it showed."""
        for widget in QApplication.topLevelWidgets():
            if widget is self.unlock_window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.hide()

    def _locked(self) -> None:
        self._close_everything()
        if self.main_window is not None:
            self.main_window.deleteLater()
            self.main_window = None
        self.show_unlock()
        assert self.unlock_window is not None
        if not self.preferences.remembered_user:
            self.unlock_window.user.clear()  # the screen says nothing of who was here

    def apply_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        set_language(preferences.language)
        font = QFont(self._default_font)
        if preferences.font_size:
            font.setPointSize(preferences.font_size)
        QApplication.setFont(font)
        if self.session is not None:
            self.session.set_auto_lock(preferences.auto_lock_minutes)
        self.store.save(preferences)
