"""Write a letter: choose a template and a language, tick any of the additional provisions
offered («Fundamentos adicionales»), read and edit the letter filled from the case, and
keep it as a PDF in the case file (encrypted), recorded on the barrier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.letters import Letter
from shelter_desk.gui.common.dates import short_date
from shelter_desk.gui.common.i18n import LANGUAGES, Retranslating, current_language
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.letters.pdf import letter_html, render_pdf
from shelter_desk.services import letters
from shelter_desk.services.cases import CaseFile
from shelter_desk.services.common import Result, today
from shelter_desk.services.letter_facts import letterhead, save_letterhead
from shelter_desk.store.vault import OpenVault


class LetterDialog(Retranslating, QDialog):
    def __init__(self, vault: OpenVault, case_file: CaseFile, *, person_id: int,
                 procedure_key: str = "", attempt_id: int | None = None,
                 template_key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_dialog")
        self.vault, self.case_file = vault, case_file
        self.person_id, self.procedure_key, self.attempt_id = (person_id, procedure_key,
                                                               attempt_id)
        self.result_value: Result | None = None
        self.letter: Letter | None = None
        self.available = letters.templates(vault)
        self.template = QComboBox(objectName="letter_template")
        for template in self.available.fitting(procedure_key):
            self.template.addItem("", template.key)
        if template_key:
            self.template.setCurrentIndex(max(0, self.template.findData(template_key)))
        self.language = QComboBox(objectName="letter_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(0)  # Spanish first: the institutions read Spanish
        self.editor = QTextEdit(objectName="letter_editor")
        self.editor.setTabChangesFocus(True)
        self.editor.setAcceptRichText(False)
        self.hint = QLabel(wordWrap=True, objectName="letter_hint")
        self.problems = QLabel(wordWrap=True, objectName="letter_problems")
        self.problems.setVisible(bool(self.available.problems))
        self.error = QLabel(wordWrap=True, objectName="form_error")
        self.error.hide()
        # The provisions the letter does not cite by default, ranked; ticking one adds it.
        self.extra_label = QLabel(objectName="letter_extra_label")
        self.extra = QListWidget(objectName="letter_extra")
        self.extra.setMaximumHeight(110)
        self.extra.itemChanged.connect(self._ticked)
        self.unverified = QLabel(wordWrap=True, objectName="letter_unverified")
        self.chosen: tuple[str, ...] = ()
        # The organisation's place and address for notifications: typed once, kept in the
        # vault's settings for every letter after.
        head = letterhead(vault)
        self.city = QLineEdit(head.city, objectName="letter_city")
        self.address = QLineEdit(head.address, objectName="letter_address")
        for field in (self.city, self.address):
            field.editingFinished.connect(self._save_letterhead)
        self.template_label, self.language_label = QLabel(), QLabel()
        self.city_label, self.address_label = QLabel(), QLabel()
        form = QFormLayout()
        for label, field in ((self.template_label, self.template),
                             (self.language_label, self.language),
                             (self.city_label, self.city), (self.address_label, self.address)):
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problems)
        layout.addWidget(self.unverified)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.extra_label)
        layout.addWidget(self.extra)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 720)
        self.template.currentIndexChanged.connect(self.fill)
        self.language.currentIndexChanged.connect(self.fill)
        self.retranslate()
        self.fill()

    def retranslate(self) -> None:
        language = current_language()
        self.setWindowTitle(self.tr("Escribir una carta"))
        self.template_label.setText(self.tr("&Plantilla:"))
        self.language_label.setText(self.tr("&Idioma de la carta:"))
        self.city_label.setText(self.tr("&Lugar de firma:"))
        self.address_label.setText(self.tr("&Domicilio para notificaciones:"))
        self.city.setPlaceholderText(self.tr("Por ejemplo: Tapachula, Chiapas"))
        self.address.setPlaceholderText(self.tr(
            "El del albergue; si lo deja vacío, la carta trae una línea para escribirlo a mano"))
        self.editor.setAccessibleName(self.tr("Texto de la carta"))
        self.hint.setText(self.tr(
            "La carta se llenó con los datos del expediente y cita, los más específicos "
            "primero, los artículos que aplican a esta negativa. Revísala y corrígela aquí; "
            "al cambiar de plantilla, de idioma o de fundamentos se vuelve a llenar."))
        for index in range(self.template.count()):
            template = self.available.by_key[self.template.itemData(index)]
            self.template.setItemText(index, template.name.in_language(language))
        self.problems.setText(self.tr("Estas plantillas agregadas no se cargaron:") + "\n" +
                              "\n".join(p.message.in_language(language)
                                        for p in self.available.problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Guardar PDF en el expediente"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancelar"))
        self.extra_label.setText(self.tr(
            "Fundamentos adicionales (marque los que quiera citar también):"))
        self.extra.setAccessibleName(self.tr("Fundamentos adicionales"))
        self._show_provisions()

    def fill(self) -> None:
        """The letter from the case again, in the chosen template and language."""
        self.error.hide()
        try:
            self.letter = letters.draft_letter(
                self.vault, self.case_file, self.template.currentData(),
                self.language.currentData(), person_id=self.person_id,
                procedure_key=self.procedure_key, attempt_id=self.attempt_id,
                available=self.available, chosen=self.chosen)
        except Exception as error:  # a bug too: say so; nothing is saved
            self.say(describe(error))
            return
        self.editor.setHtml(letter_html(self.letter))
        self._show_provisions()

    def _show_provisions(self) -> None:
        """The optional provisions as a checkable list, and which cited ones wait for
        their text to be verified (cited, never quoted: LEGAL.md)."""
        if self.letter is None:
            return
        basis = letters.legal_basis()
        language = current_language()
        self.extra.blockSignals(True)
        self.extra.clear()
        for key in (*[k for k in self.letter.cited if k in self.chosen], *self.letter.optional):
            item = QListWidgetItem(basis[key].name.in_language(language))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(basis[key].says.in_language(language))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in self.chosen
                               else Qt.CheckState.Unchecked)
            self.extra.addItem(item)
        self.extra.blockSignals(False)
        self.extra.setVisible(self.extra.count() > 0)
        self.extra_label.setVisible(self.extra.count() > 0)
        unquoted = [basis[k].name.in_language(language) for k in self.letter.unquoted]
        self.unverified.setText(self.tr(
            "⚑ Por confirmar: %1 se cita sin transcribirlo; su texto oficial aún no se ha "
            "cotejado.").replace("%1", "; ".join(unquoted)))
        self.unverified.setVisible(bool(unquoted))

    def _ticked(self, _item: QListWidgetItem) -> None:
        self.chosen = tuple(
            self.extra.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.extra.count())
            if self.extra.item(i).checkState() is Qt.CheckState.Checked)
        self.fill()

    def _save_letterhead(self) -> None:
        head = letterhead(self.vault)
        if (self.city.text().strip(), self.address.text().strip()) == (head.city, head.address):
            return
        try:
            save_letterhead(self.vault, city=self.city.text(), address=self.address.text())
        except Exception as error:  # a bad value: say so, the letter keeps the old one
            self.say(describe(error))
            return
        self.fill()

    def save(self) -> None:
        if self.letter is None:
            return
        template = self.available.by_key[self.template.currentData()]
        name = template.name.in_language(current_language())
        day = today()
        action = self.tr("Carta «%1» guardada en Adjuntos el %2.").replace(
            "%1", name).replace("%2", short_date(day))
        try:
            pdf = render_pdf(self.editor.document().toHtml(), self.letter.title)
            self.result_value = letters.store_letter(
                self.vault, pdf, case_id=self.case_file.case.id, person_id=self.person_id,
                attempt_id=self.attempt_id, action_taken=action,
                file_name=letters.letter_file_name(template.name.es, day))
        except Exception as error:  # a bug too: say so, keep what she wrote
            self.say(describe(error))
            return
        self.accept()

    def say(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
