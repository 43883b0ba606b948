"""The unlock screen: user name and passphrase, checked off the GUI thread; a path to the
recovery code when the passphrase is forgotten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.widgets import add_reveal_action
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.gui.setup.recovery_form import RecoveryForm
from shelter_desk.services.data_rights import finish_pending_erasure
from shelter_desk.services.demo import demo_user_of
from shelter_desk.store import unlock_guard
from shelter_desk.store import vault as vaults
from shelter_desk.store.errors import VaultNotFound, WrongCredentials
from shelter_desk.store.integrity import probe

# After three wrong tries each further one waits longer (store/unlock_guard.py, counted
# on disk): a passerby guessing at the keyboard is slowed; a worker who mistyped is not.


class UnlockWindow(Retranslating, QWidget):
    unlocked = Signal(object)  # the OpenVault
    vanished = Signal()  # no vault here any more (a duress wipe): first use again

    def __init__(self, vault_dir: Path, remembered_user: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.failures = 0
        self._wait_left = 0
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)

        self.title = QLabel(objectName="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.user = QLineEdit(remembered_user, objectName="user")
        self.passphrase = QLineEdit(objectName="passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = add_reveal_action(self.passphrase)
        self.remember = QCheckBox(objectName="remember")
        self.remember.setChecked(bool(remembered_user))
        # The demo vault (synthetic people) says who to enter as and where its public
        # passphrase is written; a real vault shows nothing of the kind.
        self.demo_user = demo_user_of(self.vault_dir)
        self.demo_hint = QLabel(objectName="demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setVisible(self.demo_user is not None)
        if self.demo_user and not remembered_user:
            self.user.setText(self.demo_user)
            remembered_user = self.demo_user
        self.unlock_button = QPushButton(objectName="unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.busy = QProgressBar(objectName="busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.forgot = QPushButton(objectName="forgot")
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self.show_recovery)

        form = QFormLayout()
        self.user_label, self.passphrase_label = QLabel(), QLabel()
        self.user_label.setBuddy(self.user)
        self.passphrase_label.setBuddy(self.passphrase)
        form.addRow(self.user_label, self.user)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.remember)  # a row of its own: never cut off
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        unlock_page = QWidget()
        page_layout = QVBoxLayout(unlock_page)
        page_layout.addWidget(self.demo_hint)
        page_layout.addLayout(form)
        page_layout.addWidget(self.busy)
        page_layout.addWidget(self.message)
        page_layout.addLayout(buttons)
        page_layout.addStretch()

        self.recovery = RecoveryForm(self.vault_dir)
        self.recovery.cancelled.connect(self.show_unlock)
        self.recovery.recovered.connect(self._recovered)
        self.pages = QStackedWidget()
        self.pages.addWidget(unlock_page)
        self.pages.addWidget(self.recovery)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages)
        layout.setContentsMargins(32, 24, 32, 24)
        self.setWindowIcon(QIcon.fromTheme("dialog-password"))
        self.setMinimumWidth(520)
        self.addAction(self._shortcut())
        self.retranslate()
        (self.passphrase if remembered_user else self.user).setFocus()
        # A wait begun before a restart goes on: the button says how long.
        self._start_wait(unlock_guard.wait_seconds(self.vault_dir))

    def _shortcut(self) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        action.triggered.connect(self.show_unlock)
        return action

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shelter Desk: desbloquear"))
        self.title.setText(self.tr("Desbloquear Shelter Desk"))
        self.user_label.setText(self.tr("&Nombre para entrar:"))
        self.passphrase_label.setText(self.tr("&Contraseña:"))
        self.remember.setText(self.tr("Recordar mi nombre en esta computadora"))
        if self.demo_user:
            self.demo_hint.setText(self.tr(
                "Bóveda de demostración (personas sintéticas): entra como «%1». Su "
                "contraseña es pública y está en el README (sección «Set-up») y en el "
                "Makefile (DEMO_PASSPHRASE).").replace("%1", self.demo_user))
        self.reveal.setToolTip(self.tr("Mostrar u ocultar la contraseña"))
        self.reveal.setText(self.tr("Mostrar u ocultar la contraseña"))
        self.forgot.setText(self.tr("¿Olvidaste tu contraseña?"))
        self.busy.setAccessibleName(self.tr("Comprobando la contraseña"))
        self._show_button_text()

    def _show_button_text(self) -> None:
        if self._wait_left:
            self.unlock_button.setText(self.tr("Espera %n s", "", self._wait_left))
        else:
            self.unlock_button.setText(self.tr("&Desbloquear"))

    # -- unlocking ---------------------------------------------------------------------

    def try_unlock(self) -> None:
        if self._wait_left or self.busy.isVisible():
            return
        user, passphrase = self.user.text().strip(), self.passphrase.text()
        if not user or not passphrase:
            self.message.setText(self.tr("Escribe tu nombre para entrar y tu contraseña."))
            return
        self._set_busy(True)
        self.message.setText(self.tr("Comprobando…"))
        run_in_background(
            lambda: _unlocked(self.vault_dir, user, passphrase),
            self._succeeded, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.user, self.passphrase, self.unlock_button, self.forgot):
            widget.setEnabled(not busy)

    def _succeeded(self, vault: vaults.OpenVault) -> None:
        self._set_busy(False)
        self.failures = 0
        self.passphrase.clear()
        self.message.clear()
        self.unlocked.emit(vault)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(error, VaultNotFound):
            self.message.clear()
            self.passphrase.clear()
            self.vanished.emit()
            return
        if isinstance(error, unlock_guard.UnlockDelayed):
            self.message.setText(describe(error))
            self._start_wait(error.seconds)
            return
        if not isinstance(error, WrongCredentials):
            self.message.setText(describe(error))
            return
        self.failures += 1
        text = describe(error)
        # The wait comes from the count kept next to the vault, so closing the window or
        # the terminal does not reset it.
        wait = unlock_guard.wait_seconds(self.vault_dir)
        if wait:
            text += " " + self.tr("Por seguridad, espera unos segundos antes de intentar otra vez.")
        self.message.setText(text)
        self._start_wait(wait)

    def _start_wait(self, seconds: int) -> None:
        if seconds > 0:
            self._wait_left = seconds
            self.unlock_button.setEnabled(False)
            self._countdown.start()
        self._show_button_text()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
        self._show_button_text()

    # -- recovery ----------------------------------------------------------------------

    def show_recovery(self) -> None:
        self.recovery.reset(self.user.text().strip())
        self.pages.setCurrentWidget(self.recovery)

    def show_unlock(self) -> None:
        self.pages.setCurrentIndex(0)
        self.passphrase.setFocus()

    def _recovered(self, user: str) -> None:
        self.show_unlock()
        self.user.setText(user)
        self.failures = 0
        self.message.setText(self.tr("Listo: ya puedes entrar con tu nueva contraseña."))


def _unlocked(vault_dir: Path, user: str, passphrase: str) -> vaults.OpenVault:
    """Off the GUI thread: unlock, then finish an ARCO deletion's scrub left pending."""
    vault = vaults.unlock(vault_dir, user=user, passphrase=passphrase)
    try:
        probe(vault)  # a damaged page is found now, and she is sent to the backup
    except BaseException:
        vault.lock()
        raise
    finish_pending_erasure(vault)
    return vault
