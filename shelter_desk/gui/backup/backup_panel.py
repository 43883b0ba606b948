"""Settings -> Copia de seguridad: when the last verified backup was made, a button that
writes a new one (to a USB stick or any folder) off the GUI thread with progress, the
reminder period, and the way to restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.permissions import Action, may
from shelter_desk.gui.common.dates import short_moment
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.services import backup
from shelter_desk.store.backup import SUFFIX, BackupInfo
from shelter_desk.store.clock import now_utc
from shelter_desk.store.vault import OpenVault


class _Progress(QObject):
    """Carries progress from the worker thread to the bar (a queued signal)."""

    moved = Signal(int, int)


class BackupPanel(Retranslating, QGroupBox):
    backed_up = Signal(object)  # BackupInfo
    restore_requested = Signal(object)  # Path of the backup file she chose

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="backup_panel")
        self.vault = vault
        role = vault.user.role if vault.user else None
        self.status = QLabel(objectName="backup_status", wordWrap=True)
        self.progress = QProgressBar(objectName="backup_progress", visible=False)
        self.progress.setRange(0, 1000)
        self.make = QPushButton(objectName="make_backup")
        self.make.clicked.connect(self.make_backup)
        self.make.setEnabled(role is not None and may(role, Action.BACKUP))
        self.restore = QPushButton(objectName="restore_backup")
        self.restore.clicked.connect(self._choose_restore)
        self.restore.setEnabled(role is not None and may(role, Action.RESTORE))
        self.reminder = QSpinBox(objectName="backup_reminder_days")
        self.reminder.setRange(1, backup.MAX_REMINDER_DAYS)
        self.reminder.setEnabled(role is not None and may(role, Action.DATA_RIGHTS))
        self.reminder_label = QLabel()
        self.reminder_label.setBuddy(self.reminder)
        self.error = QLabel(objectName="backup_error", wordWrap=True, visible=False)
        self.error.setStyleSheet("color: #b00020")
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make)
        buttons.addWidget(self.restore)
        buttons.addStretch()
        form = QFormLayout()
        form.addRow(self.reminder_label, self.reminder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addLayout(form)
        self.refresh()
        self.reminder.editingFinished.connect(self._save_reminder)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Copia de seguridad"))
        self.make.setText(self.tr("Hacer &copia de seguridad…"))
        self.make.setToolTip(self.tr("Un solo archivo cifrado con toda la bóveda, por ejemplo "
                                     "en una memoria USB. Se abre con las mismas contraseñas."))
        self.restore.setText(self.tr("&Restaurar una copia…"))
        self.reminder_label.setText(self.tr("A&visar si la última copia tiene más de (días):"))
        self.refresh()

    def refresh(self) -> None:
        if self.vault.is_locked:
            return
        status = backup.backup_status(self.vault)
        self.reminder.blockSignals(True)
        self.reminder.setValue(status.reminder_days)
        self.reminder.blockSignals(False)
        if status.last_verified_at is None:
            self.status.setText(self.tr("Todavía no hay ninguna copia de seguridad comprobada."))
            return
        when = short_moment(status.last_verified_at)
        self.status.setText(self.tr("Última copia comprobada: %1").replace("%1", when))

    def choose_destination(self) -> Path | None:
        """Where to write: her choice in a save dialog (a seam for tests)."""
        suggested = f"shelter-desk-{now_utc()[:10]}{SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Guardar copia de seguridad"), str(Path.home() / suggested),
            self.tr("Copia de Shelter Desk (*.sdbackup)"))
        return Path(chosen) if chosen else None

    def make_backup(self) -> None:
        destination = self.choose_destination()
        if destination is None:
            return
        self.make.setEnabled(False)
        self.error.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Haciendo la copia y comprobándola…"))
        moved = self._progress.moved
        run_in_background(
            lambda: backup.make_backup(self.vault, destination,
                                       progress=lambda done, total: moved.emit(done, total)),
            self._done, self._failed)

    def _moved(self, done: int, total: int) -> None:
        if total:
            self.progress.setValue(min(1000, done * 1000 // total))

    def _done(self, info: BackupInfo) -> None:
        self.make.setEnabled(True)
        self.progress.hide()
        self.refresh()
        self.backed_up.emit(info)

    def _failed(self, error: Exception) -> None:
        self.make.setEnabled(True)
        self.progress.hide()
        self.refresh()
        self.error.setText(describe(error))
        self.error.show()

    def _save_reminder(self) -> None:
        try:
            backup.set_reminder_days(self.vault, self.reminder.value())
        except Exception as error:  # shown, never lost
            self.error.setText(describe(error))
            self.error.show()
            return
        self.backed_up.emit(None)  # the reminder may change

    def _choose_restore(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restaurar copia de seguridad"), str(Path.home()),
            self.tr("Copia de Shelter Desk (*.sdbackup)"))
        if chosen:
            self.restore_requested.emit(Path(chosen))
