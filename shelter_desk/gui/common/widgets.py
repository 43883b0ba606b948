"""Small widgets and helpers shared by every room of the GUI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QWidget,
)


def add_reveal_action(field: QLineEdit) -> QAction:
    """A show/hide toggle inside a password field (paste is always allowed: WCAG 3.3.8)."""
    icon = field.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
    action = field.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
    action.setCheckable(True)
    action.toggled.connect(lambda shown: field.setEchoMode(
        QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
    return action


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a checkbox says whether the date below counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox()
        self.edit = QDateEdit(calendarPopup=True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setDate(QDate.currentDate())
        # Typing a date says it is known: one action, not a tick and then the date.
        self.edit.dateChanged.connect(lambda _day: self.known.setChecked(True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.known)

    def set_texts(self, known: str, accessible_name: str) -> None:
        self.known.setText(known)
        self.known.setAccessibleName(f"{accessible_name}: {known}")
        self.edit.setAccessibleName(accessible_name)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.known.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Point at a field in error without relying on colour alone: the message says which."""
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet("border: 2px solid palette(highlight);" if invalid else "")


def save_cancel_buttons(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    """Save and Cancel for a form dialog; Save runs `save`, which accepts only on success."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def translate_save_cancel(buttons: QDialogButtonBox) -> None:
    translate = QCoreApplication.translate
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        translate("FormDialog", "&Guardar"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        translate("FormDialog", "Cancelar"))
