"""The banner over the main window when the last verified backup is older than the
reminder period (or there is none): a laptop breaks or is taken, the backup is what
saves the shelter's files. Those who can make one (coordinators) get the button; others
are told who can (the coordinators by name), since a button they may not press helps no one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from shelter_desk.domain.permissions import Action, may
from shelter_desk.domain.staff import Role
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.services import backup, staff
from shelter_desk.store.vault import OpenVault


class BackupReminder(Retranslating, QFrame):
    backup_now = Signal()

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="backup_reminder")
        self.vault = vault
        self.setStyleSheet("#backup_reminder { background: #fff4ce; border: 1px solid #e0c060;"
                           " border-radius: 4px; }")
        self.text = QLabel(objectName="backup_reminder_text", wordWrap=True)
        self.button = QPushButton(objectName="backup_now")
        self.button.clicked.connect(self.backup_now)
        self.can_act = vault.user is not None and may(vault.user.role, Action.BACKUP)
        self.button.setVisible(self.can_act)
        self.coordinators = [] if self.can_act else [
            user.name for user in staff.list_staff(vault)
            if user.active and user.role is Role.COORDINATOR]
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.days_since: int | None = None
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        if self.vault.is_locked:
            return
        status = backup.backup_status(self.vault)
        self.days_since = status.days_since
        self.setVisible(status.due)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("&Hacer copia ahora"))
        if self.days_since is None:
            text = self.tr("Aún no hay ninguna copia de seguridad comprobada. Si esta "
                           "computadora se daña o se pierde, se perderían todos los "
                           "expedientes.")
        else:
            text = self.tr("La última copia de seguridad comprobada tiene %1 días.").replace(
                "%1", str(self.days_since))
        if not self.can_act:
            text += " " + (self.tr("Pide a la coordinación (%1) que haga una copia.").replace(
                "%1", ", ".join(self.coordinators)) if self.coordinators
                else self.tr("Pide a la coordinación que haga una copia."))
        self.text.setText(text)
