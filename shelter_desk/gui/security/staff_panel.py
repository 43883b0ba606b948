"""Settings -> Personas del equipo (coordinators): who can open this vault, adding a
person, a new passphrase for someone who forgot hers, and a removal that changes the
master key with a progress bar, then offers to replace the backups on a USB stick."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.staff import StaffUser, normalise_user_name
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.dates import short_date
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.lazy_model import ROW_ROLE
from shelter_desk.gui.common.list_model import ListTableModel, read_only_table
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import ProgressRelay, per_mille, run_in_background
from shelter_desk.gui.security.key_panel import show_new_recovery_code
from shelter_desk.gui.security.staff_dialogs import (
    AddStaffDialog,
    NewPassphraseDialog,
    RemovalDialog,
)
from shelter_desk.services import staff
from shelter_desk.store.vault import OpenVault


class StaffPanel(Retranslating, QGroupBox):
    changed = Signal()
    rotated = Signal(object)  # key_rotation.Rotation, after a removal
    replace_backups_requested = Signal()
    key_owed = Signal()  # removed, but the new master key could not be made yet

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="staff_panel")
        self.vault = vault
        self.explain = QLabel(wordWrap=True)
        self.model: ListTableModel[StaffUser] = ListTableModel(self._headers, self._cell, self)
        self.table = read_only_table(self.model, "staff_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(160)
        self.add = QPushButton(objectName="add_staff")
        self.reset = QPushButton(objectName="reset_staff")
        self.remove = QPushButton(objectName="remove_staff")
        self.add.clicked.connect(self.ask_add)
        self.reset.clicked.connect(self.ask_reset)
        self.remove.clicked.connect(self.ask_remove)
        self.progress = QProgressBar(objectName="staff_progress", visible=False)
        self.progress.setRange(0, 1000)
        self.status = QLabel(objectName="staff_status", wordWrap=True)
        self._progress = ProgressRelay(self)
        self._progress.moved.connect(
            lambda done, total: self.progress.setValue(per_mille(done, total)))
        buttons = QHBoxLayout()
        for button in (self.add, self.reset, self.remove):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Personas del equipo"))
        self.explain.setText(self.tr(
            "Cada persona entra con su nombre y su propia contraseña. Quien deja el "
            "albergue se quita aquí: su contraseña deja de servir y la llave maestra "
            "cambia."))
        self.add.setText(self.tr("A&gregar una persona…"))
        self.reset.setText(self.tr("Contraseña &nueva…"))
        self.reset.setToolTip(self.tr("Para quien olvidó su contraseña."))
        self.remove.setText(self.tr("&Quitar del equipo…"))
        self.model.retranslate()

    def _headers(self) -> list[str]:
        return [self.tr("Nombre"), self.tr("Función"), self.tr("Estado"), self.tr("Desde")]

    def _cell(self, user: StaffUser, column: int) -> str:
        if column == 0:
            you = self.vault.user is not None and user.id == self.vault.user.id
            return user.name + (self.tr(" (tú)") if you else "")
        if column == 1:
            return labels.staff_role(user.role)
        if column == 2:
            return self.tr("Activa") if user.active else self.tr("Quitada")
        return short_date(user.created_at.date())

    def refresh(self) -> None:
        chosen = self.selected()
        users = sorted(staff.list_staff(self.vault),
                       key=lambda user: (not user.active, normalise_user_name(user.name)))
        self.model.set_rows(users)
        for row, user in enumerate(users):
            if chosen is not None and user.id == chosen.id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> StaffUser | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, name: str) -> None:
        for row, user in enumerate(self.model.rows):
            if normalise_user_name(user.name) == normalise_user_name(name):
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected()
        mine = user is not None and self.vault.user is not None and user.id == self.vault.user.id
        self.reset.setEnabled(user is not None and user.active)
        self.remove.setEnabled(user is not None and user.active and not mine)
        self.remove.setToolTip(self.tr("No puedes quitar tu propia cuenta.") if mine else "")

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        for button in (self.add, self.reset, self.remove):
            button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.window().setEnabled(True)
        self.progress.hide()
        self.add.setEnabled(True)
        self.refresh()
        self.status.setText(text)

    # -- add and new passphrase (one Argon2id each: off the GUI thread) ----------------

    def name_taken(self, name: str) -> str | None:
        wanted = normalise_user_name(name)
        if any(user.active and normalise_user_name(user.name) == wanted
               for user in self.model.rows):
            return self.tr("Ya hay una persona activa con ese nombre en el equipo.")
        return None

    def ask_new_person(self) -> tuple | None:  # a seam for tests
        dialog = AddStaffDialog(self.name_taken, self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_add(self) -> None:
        chosen = self.ask_new_person()
        if chosen is None:
            return
        name, role, passphrase = chosen
        self._busy(self.tr("Agregando a «%1»…").replace("%1", name))
        run_in_background(lambda: staff.add_staff(self.vault, name, role, passphrase),
                          self._added, lambda error: self._idle(describe(error)))

    def _added(self, user: StaffUser) -> None:
        self._idle(self.tr("«%1» ya puede entrar con su contraseña.").replace("%1", user.name))
        self.select(user.name)
        self.changed.emit()

    def ask_new_passphrase(self, user: StaffUser) -> str | None:  # a seam for tests
        dialog = NewPassphraseDialog(user, self)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_reset(self) -> None:
        user = self.selected()
        passphrase = None if user is None else self.ask_new_passphrase(user)
        if user is None or passphrase is None:
            return
        self._busy(self.tr("Guardando la contraseña nueva…"))
        run_in_background(lambda: staff.reset_passphrase(self.vault, user.name, passphrase),
                          lambda done: self._idle(self.tr(
                              "«%1» ya entra con su contraseña nueva; la anterior no "
                              "sirve.").replace("%1", done.name)),
                          lambda error: self._idle(describe(error)))

    # -- removal: deactivate, delete her slot, change the master key --------------------

    def confirm_removal(self, user: StaffUser) -> bool:  # a seam for tests
        return RemovalDialog(user, self).exec() == QDialog.DialogCode.Accepted

    def ask_remove(self) -> None:
        user = self.selected()
        if user is None or not self.confirm_removal(user):
            return
        self._busy(self.tr("Quitando a «%1» y cambiando la llave maestra…")
                   .replace("%1", user.name))
        self.progress.setValue(0)
        self.progress.show()
        # Painted and answering, but nothing else may use the vault while it is re-keyed.
        self.window().setEnabled(False)
        progress = self._progress.callback()
        run_in_background(
            lambda: staff.remove_staff(self.vault, user.name, progress=progress),
            self._removed, lambda error: self._idle(describe(error)))

    def _removed(self, removal: staff.StaffRemoval) -> None:
        name = removal.user.name
        self.changed.emit()
        if removal.rotation is None:
            text = self.tr("Se quitó a «%1»: su contraseña ya no abre la bóveda, pero la "
                           "llave maestra todavía no cambió.").replace("%1", name)
            if removal.rotation_blocked is not None:
                text += " " + removal.rotation_blocked.in_language(current_language())
            self._idle(text)
            self.key_owed.emit()
            QMessageBox.warning(self, self.tr("La llave maestra no cambió"), self.status.text())
            return
        self._idle(self.tr("Se quitó a «%1». La llave maestra es nueva (generación %2).")
                   .replace("%1", name).replace("%2", str(removal.rotation.generation)))
        if removal.rotation.new_recovery_code:
            show_new_recovery_code(self, removal.rotation.new_recovery_code)
        self.rotated.emit(removal.rotation)
        if self.offer_backup_replacement(name):
            self.replace_backups_requested.emit()

    def offer_backup_replacement(self, name: str) -> bool:  # a seam for tests
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Copias de seguridad"), self.tr(
            "Las copias de seguridad hechas antes siguen abriéndose con la contraseña de "
            "«%1». ¿Reemplazar ahora las de una memoria USB por copias con la llave nueva? "
            "Cada una se comprueba antes de borrar la anterior.").replace("%1", name), parent=self)
        replace = box.addButton(self.tr("&Reemplazar las copias…"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Más &tarde"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is replace
