"""Ajustes -> Equipo: the shelter's laptops, their last sync, «Exportar cambios a USB»,
importing a change file, «Agregar una computadora del equipo» (code and QR), removing a
laptop, and the open conflicts a person resolves. Every exchange runs off the GUI
thread with a busy bar, so the window keeps working during a sync."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.permissions import Action, may
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import ProgressRelay, per_mille, run_in_background
from shelter_desk.gui.security.key_panel import show_new_recovery_code
from shelter_desk.gui.team.conflict_chooser import ConflictChooser
from shelter_desk.services import key_rotation
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import change_file, conflicts, invitation, presence, status, sync
from shelter_desk.team.changelog import DELETED, Conflict


class TeamPanel(Retranslating, QGroupBox):
    synced = Signal()
    laptops_changed = Signal()  # one paired or removed: the sync server trusts anew

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="team_panel")
        self.vault = vault
        role = vault.user.role if vault.user else None
        self._coordinator = role is not None and may(role, Action.BACKUP)
        self.state = QLabel(objectName="team_state", wordWrap=True)
        self.table = QTableWidget(0, 3, objectName="team_devices")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.export = QPushButton(objectName="team_export")
        self.export.clicked.connect(self.export_changes)
        self.import_ = QPushButton(objectName="team_import")
        self.import_.clicked.connect(self.import_changes)
        self.start = QPushButton(objectName="team_start")
        self.start.clicked.connect(self.start_team)
        self.start.setEnabled(self._coordinator)
        self.add = QPushButton(objectName="team_add")
        self.add.clicked.connect(self.add_computer)
        self.add.setEnabled(self._coordinator)
        self.remove = QPushButton(objectName="team_remove")
        self.remove.clicked.connect(self.remove_selected)
        self.remove.setEnabled(self._coordinator)
        self.busy = QProgressBar(objectName="team_busy", visible=False)
        self.busy.setRange(0, 0)
        # A removal here, or one a paired laptop told of, asks for a new master key.
        self.rotate_due = QPushButton(objectName="team_rotate_due", visible=False)
        self.rotate_due.clicked.connect(self.rotate_when_due)
        self.rotation_bar = QProgressBar(objectName="team_rotation", visible=False)
        self.rotation_bar.setRange(0, 1000)
        self._rotation_progress = ProgressRelay(self)
        self._rotation_progress.moved.connect(
            lambda done, total: self.rotation_bar.setValue(per_mille(done, total)))
        self.error = QLabel(objectName="team_error", wordWrap=True, visible=False)
        self.error.setStyleSheet("color: #b00020")
        self.conflicts_title = QLabel(objectName="team_conflicts_title")
        self.conflict_list = QListWidget(objectName="team_conflicts")
        self.conflict_list.currentRowChanged.connect(self._show_candidates)
        self.chooser = ConflictChooser()  # shared with the case view's dialog
        self.chooser.chosen.connect(lambda _conflict, _value: self.resolve_current())
        self.candidates, self.third, self.keep = (self.chooser.candidates,
                                                  self.chooser.third, self.chooser.keep)
        buttons = QHBoxLayout()
        for button in (self.start, self.export, self.import_, self.add, self.remove):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.rotate_due)
        layout.addWidget(self.rotation_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflict_list)
        layout.addWidget(self.chooser)
        self._conflicts: list[Conflict] = []
        self.is_team = False
        self._laptops: frozenset[str] | None = None
        self.invite_host: str | None = None  # None: this laptop's LAN address
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Equipo"))
        self.table.setHorizontalHeaderLabels([self.tr("Computadora"), self.tr("Identificador"),
                                              self.tr("Última sincronización")])
        self.start.setText(self.tr("&Formar un equipo con esta computadora"))
        self.export.setText(self.tr("E&xportar cambios a USB…"))
        self.import_.setText(self.tr("&Importar cambios…"))
        self.add.setText(self.tr("A&gregar una computadora del equipo…"))
        self.remove.setText(self.tr("&Quitar del equipo"))
        self.conflicts_title.setText(self.tr("Conflictos"))
        self.rotate_due.setText(self.tr("Cambiar ahora la &llave maestra de esta computadora"))
        self.rotate_due.setToolTip(self.tr(
            "Alguien o una computadora salió del equipo: con una llave nueva, lo que se "
            "llevó deja de abrir los archivos de esta computadora."))
        self.refresh()

    # -- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.vault.is_locked:
            return
        now = status.team_status(self.vault)
        self.is_team = now.is_team
        laptops = frozenset(d.device_id for d in now.devices if d.active)
        if self._laptops is not None and laptops != self._laptops:
            self.laptops_changed.emit()
        self._laptops = laptops
        if not now.is_team:
            self.state.setText(self.tr("Esta computadora todavía no forma parte de un equipo."))
        else:
            es, en = status.status_line(now)
            self.state.setText(en if current_language() == "en" else es)
        peers = [d for d in now.devices if not d.is_self]
        self.rotate_due.setVisible(key_rotation.is_due(self.vault)
                                   and not self.rotation_bar.isVisible())
        self.start.setVisible(not now.is_team)
        for button in (self.export, self.import_, self.add, self.remove, self.table):
            button.setVisible(now.is_team)
        self.table.setRowCount(len(now.devices))
        for row, device in enumerate(now.devices):
            if device.is_self:
                when = self.tr("esta computadora")
            elif not device.active:
                when = self.tr("quitada del equipo")
            else:
                when = (device.last_sync_at or "")[:16].replace("T", " ") or self.tr(
                    "sin sincronizar")
            for column, text in enumerate((device.name, device.short_id, when)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.export.setEnabled(any(d.active for d in peers))
        self._conflicts = conflicts.open_conflicts(self.vault) if now.is_team else []
        self.conflict_list.clear()
        for conflict in self._conflicts:
            self.conflict_list.addItem(self._conflict_text(conflict))
        self.conflicts_title.setVisible(bool(self._conflicts))
        for widget in (self.conflict_list, self.chooser):
            widget.setVisible(bool(self._conflicts))

    def _conflict_text(self, conflict: Conflict) -> str:
        if conflict.field == DELETED:
            return self.tr("Hay un conflicto: borrado en una computadora y editado en otra "
                           "(%1)").replace("%1", conflict.table)
        return self.tr("Hay un conflicto: %1 (%2)").replace("%1", conflict.field).replace(
            "%2", conflict.table)

    def _show_candidates(self, row: int) -> None:
        self.chooser.show_conflict(self._conflicts[row]
                                   if 0 <= row < len(self._conflicts) else None)

    # -- acting -------------------------------------------------------------------------

    def resolve_current(self) -> None:
        row = self.conflict_list.currentRow()
        if not 0 <= row < len(self._conflicts):
            return
        conflict = self._conflicts[row]
        value = self.chooser.value()
        self._run(lambda: conflicts.resolve(self.vault, conflict, value))

    def choose_import(self) -> Path | None:
        """Her choice in an open dialog (a seam for tests)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Importar cambios"), str(Path.home()),
            self.tr("Cambios de Shelter Desk (*.sdchanges)"))
        return Path(chosen) if chosen else None

    def choose_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Exportar cambios a USB"),
                                                  str(Path.home()))
        return Path(chosen) if chosen else None

    def export_changes(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        now = status.team_status(self.vault)
        peers = [d for d in now.devices if not d.is_self and d.active]
        self._run(lambda: [change_file.export_for(self.vault, p.device_id, folder)
                           for p in peers])

    def import_changes(self) -> None:
        path = self.choose_import()
        if path is not None:
            self._run(lambda: change_file.import_file(self.vault, path))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 1) if row >= 0 else None
        if item is None or row == 0:
            return
        self._run(lambda: status.remove_device(self.vault, item.text()))

    def start_team(self) -> None:
        """The team's first laptop: it takes its identity, named after this computer."""
        name = socket.gethostname() or self.tr("Computadora")
        self._run(lambda: sync.set_up(self.vault, name))

    def add_computer(self) -> AddComputerDialog:
        dialog = AddComputerDialog(self.vault, self, host=self.invite_host)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
        return dialog

    def _run(self, work) -> None:  # type: ignore[no-untyped-def]
        self.busy.show()
        self.error.hide()
        run_in_background(work, self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.busy.hide()
        self.refresh()
        self.synced.emit()
        if key_rotation.is_due(self.vault):
            self.rotate_when_due()

    def rotate_when_due(self) -> None:
        """The new key a removal asks for, right away, with a progress bar; the window
        stays painted but unusable while the files are re-keyed."""
        self.rotate_due.hide()
        self.rotation_bar.setValue(0)
        self.rotation_bar.show()
        self.state.setText(self.tr("Cambiando la llave maestra de esta computadora…"))
        self.window().setEnabled(False)
        progress = self._rotation_progress.callback()
        run_in_background(
            lambda: key_rotation.rotate_when_due(self.vault, progress=progress),
            self._rotated, self._rotation_failed)

    def _rotated(self, rotation: key_rotation.Rotation | None) -> None:
        self.window().setEnabled(True)
        self.rotation_bar.hide()
        self.refresh()
        if rotation is not None:
            self.error.hide()
            self.state.setText(self.state.text() + " " + self.tr(
                "Llave maestra nueva (generación %1).").replace("%1", str(rotation.generation)))
            if rotation.new_recovery_code:
                show_new_recovery_code(self, rotation.new_recovery_code)

    def _rotation_failed(self, error: Exception) -> None:
        self.window().setEnabled(True)
        self.rotation_bar.hide()
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.error.setText(describe(error))
        self.error.show()
        self.refresh()


class AddComputerDialog(Retranslating, QDialog):
    """«Agregar una computadora del equipo»: the code and the QR, while the invitation
    waits (three wrong codes end it)."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None, *,
                 host: str | None = None) -> None:
        super().__init__(parent, objectName="team_add_dialog")
        # On this laptop's LAN address: the new laptop is another machine on the Wi-Fi.
        self.invitation = invitation.Invitation(vault, host or presence.lan_address())
        ticket = self.invitation.ticket
        self._address = f"{ticket.host}:{ticket.port}"
        self.explain = QLabel(objectName="team_add_explain", wordWrap=True)
        self.code = QLabel(ticket.code, objectName="team_code")
        self.code.setStyleSheet("font-size: 28px; font-weight: bold")
        self.fingerprint = QLabel(objectName="team_fingerprint")
        self.address = QLabel(objectName="team_address")
        self._short = ticket.short_fingerprint
        self.qr = QSvgWidget(objectName="team_qr")
        self.qr.load(QByteArray(ticket.qr_svg().encode()))
        self.qr.setFixedSize(220, 220)
        self.close_button = QPushButton(objectName="team_add_close")
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.code)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.address)
        layout.addWidget(self.qr)
        layout.addWidget(self.close_button)
        self.finished.connect(lambda _result: self.invitation.close())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agregar una computadora del equipo"))
        self.explain.setText(self.tr(
            "En la otra computadora, elige «Unirme a un albergue» y lee este código QR, o "
            "escribe el código, el identificador y la dirección. Comprueba que muestre el "
            "mismo identificador."))
        self.close_button.setText(self.tr("&Cerrar"))
        self.fingerprint.setText(self.tr("Identificador de esta computadora: %1")
                                 .replace("%1", self._short))
        self.address.setText(self.tr("Dirección: %1").replace("%1", self._address))
