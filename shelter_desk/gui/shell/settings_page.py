"""Settings of this computer: language, auto-lock minutes, font size; and "About"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import LANGUAGES, Retranslating
from shelter_desk.gui.common.settings import (
    MAX_AUTO_LOCK,
    MAX_FONT,
    MIN_AUTO_LOCK,
    MIN_FONT,
    Preferences,
)


class SettingsPage(Retranslating, QWidget):
    changed = Signal(object)  # Preferences
    about_requested = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.language = QComboBox(objectName="settings_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        self.auto_lock = QSpinBox(objectName="settings_auto_lock")
        self.auto_lock.setRange(MIN_AUTO_LOCK, MAX_AUTO_LOCK)
        self.auto_lock.setValue(preferences.auto_lock_minutes)
        self.font_size = QSpinBox(objectName="settings_font_size")
        self.font_size.setRange(MIN_FONT - 1, MAX_FONT)  # the lowest value means "system"
        self.font_size.setValue(preferences.font_size or MIN_FONT - 1)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.language, self.auto_lock, self.font_size),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.note = QLabel(wordWrap=True)
        self.about = QPushButton(objectName="settings_about")
        self.about.clicked.connect(self.about_requested)
        # The vault's sections make the page taller than a small laptop's screen: it
        # scrolls instead of squeezing their tables.
        content = QWidget()
        self.sections = QVBoxLayout(content)
        self.sections.addLayout(form)
        self.sections.addWidget(self.note)
        self.sections.addStretch()
        self.sections.addWidget(self.about, 0, Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        # A pause before applying: ten clicks on a spin box are one change, not ten
        # retranslations of every window and ten writes of the settings file.
        self._settle = QTimer(self, singleShot=True, interval=400)
        self._settle.timeout.connect(self._emit)
        self.language.currentIndexChanged.connect(self._settle.start)
        self.auto_lock.valueChanged.connect(self._settle.start)
        self.font_size.valueChanged.connect(self._settle.start)
        self.retranslate()

    def add_section(self, widget: QWidget) -> None:
        """A vault-wide section (backup, ARCO) below this computer's settings, above the
        stretch and the About button."""
        self.sections.insertWidget(self.sections.count() - 2, widget)

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("&Idioma:"))
        self.labels[1].setText(self.tr("&Bloquear tras inactividad (minutos):"))
        self.labels[2].setText(self.tr("&Tamaño de letra:"))
        self.font_size.setSpecialValueText(self.tr("Del sistema"))
        self.note.setText(self.tr("Estos ajustes son de esta computadora. La bóveda también "
                                  "se bloquea con el botón Bloquear y con la salida rápida."))
        self.about.setText(self.tr("&Acerca de Shelter Desk…"))

    def _emit(self) -> None:
        font = self.font_size.value()
        self.preferences = Preferences(
            language=self.language.currentData(),
            auto_lock_minutes=self.auto_lock.value(),
            font_size=0 if font < MIN_FONT else font,
            remembered_user=self.preferences.remembered_user)
        self.changed.emit(self.preferences)
