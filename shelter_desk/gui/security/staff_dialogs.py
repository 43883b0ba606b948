"""The dialogs of «Personas del equipo»: add a person, give someone a new passphrase,
and the removal, which says plainly what a removal protects and what it cannot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.staff import Role, StaffUser, check_passphrase, check_user_name
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.setup.passphrase_fields import PassphraseFields

# Given the typed name, the reason it cannot be used, or None (checked before the dialog
# closes, so a refused name never costs the person the passphrase she typed).
NameCheck = Callable[[str], str | None]


def refusal(check: Callable[[], object]) -> str | None:
    """The domain's own words for a refused field, shown in the dialog that is still open."""
    try:
        check()
    except InvalidInput as refused:
        return describe(refused)
    return None


class AddStaffDialog(Retranslating, QDialog):
    def __init__(self, check_name: NameCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="add_staff_dialog")
        self.check_name = check_name
        self.name = QLineEdit(objectName="staff_name")
        self.role = QComboBox(objectName="staff_role")
        for role in (Role.CASEWORKER, Role.VOLUNTEER, Role.COORDINATOR):
            self.role.addItem("", role)
        self.fields = PassphraseFields()
        self.explain = QLabel(wordWrap=True)
        self.problem = QLabel(objectName="staff_problem", wordWrap=True)
        self.name_label, self.role_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.role_label.setBuddy(self.role)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.role_label, self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agregar una persona al equipo"))
        self.name_label.setText(self.tr("&Nombre:"))
        self.role_label.setText(self.tr("&Función:"))
        for index in range(self.role.count()):
            self.role.setItemText(index, labels.staff_role(self.role.itemData(index)))
        self.explain.setText(self.tr(
            "Que ella misma escriba su contraseña, sin que nadie más la vea. Una "
            "voluntaria ve los expedientes pero no exporta ni administra; una "
            "coordinadora puede todo, también quitar personas."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Agregar"))
        self._update()

    def _update(self) -> None:
        self.problem.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name.text().strip()) and self.fields.is_acceptable())

    def _accept(self) -> None:
        problem = refusal(lambda: (check_user_name(self.name.text()),
                                   check_passphrase(self.fields.passphrase())))
        problem = problem or self.check_name(self.name.text())
        if problem:
            self.problem.setText(problem)
            self.name.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, Role, str]:
        return self.name.text().strip(), self.role.currentData(), self.fields.passphrase()


class NewPassphraseDialog(Retranslating, QDialog):
    def __init__(self, user: StaffUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="new_passphrase_dialog")
        self.user = user
        self.explain = QLabel(wordWrap=True)
        self.fields = PassphraseFields()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(objectName="passphrase_problem", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contraseña nueva"))
        self.explain.setText(self.tr(
            "Contraseña nueva para «%1». Su contraseña anterior deja de servir. Que la "
            "escriba ella, o dísela en privado.").replace("%1", self.user.name))
        self._update()

    def _update(self) -> None:
        self.problem.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.fields.is_acceptable())

    def _accept(self) -> None:
        problem = refusal(lambda: check_passphrase(self.fields.passphrase()))
        if problem:
            self.problem.setText(problem)
            return
        self.accept()

    def passphrase(self) -> str:
        return self.fields.passphrase()


class RemovalDialog(Retranslating, QDialog):
    """What a removal does, and the one thing it cannot undo, before it is done."""

    def __init__(self, user: StaffUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="removal_dialog")
        self.user = user
        self.heading = QLabel(objectName="removal_heading", wordWrap=True)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.effects = QLabel(objectName="removal_effects", wordWrap=True)
        self.limits = QLabel(objectName="removal_limits", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove = QPushButton(objectName="confirm_removal")
        self.buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Cancel is the default: Enter on a dialog that changes the vault's key must not
        # be the way it happens.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.effects, self.limits, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        name = self.user.name
        self.setWindowTitle(self.tr("Quitar del equipo"))
        self.heading.setText(self.tr("¿Quitar a «%1» del equipo?").replace("%1", name))
        self.effects.setText(self.tr(
            "• Su contraseña deja de abrir la bóveda.\n"
            "• La llave maestra cambia: tarda hasta un minuto y mientras tanto no se puede "
            "usar la bóveda. Las demás cuentas y el código de recuperación siguen sirviendo, "
            "sin escribir nada nuevo.\n"
            "• Lo que copie de la bóveda desde ahora (también keys.json) no se abre con su "
            "contraseña.\n"
            "• Sus notas y lo que hizo se quedan en los expedientes, con su nombre."))
        self.limits.setText(self.tr(
            "Lo que no se puede deshacer: las copias de la bóveda o de seguridad hechas "
            "antes de hoy siguen abriéndose con su contraseña de entonces. Después de "
            "quitarla, reemplaza las copias de la memoria USB por copias con la llave nueva "
            "y destruye las que ella pudo llevarse."))
        self.remove.setText(self.tr("&Quitar y cambiar la llave maestra"))
