"""First run: language, organisation, the first coordinator, and the recovery code.

The vault is created (off the GUI thread: calibrating Argon2id takes a second or two)
when the coordinator page is accepted; the last page shows the recovery code once and
does not let her finish until the code has been saved, printed or copied, and she says
she has stored it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shelter_desk.gui.common.i18n import LANGUAGES, Retranslating, current_language, set_language
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.gui.setup.emergency_kit import print_kit, write_kit_pdf
from shelter_desk.gui.setup.join_page import JoinPage
from shelter_desk.gui.setup.passphrase_fields import PassphraseFields
from shelter_desk.store import kdf
from shelter_desk.store import vault as vaults

WELCOME_PAGE, COORDINATOR_PAGE, RECOVERY_PAGE, JOIN_PAGE = range(4)


class WelcomePage(Retranslating, QWizardPage):
    language_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.purpose = QLabel(wordWrap=True)
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(
            lambda: self.language_changed.emit(self.language.currentData()))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        # A shelter's second laptop joins the first one's vault instead of making its own.
        self.create = QRadioButton(objectName="choose_create", checked=True)
        self.join = QRadioButton(objectName="choose_join")
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.purpose)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.create)
        layout.addWidget(self.join)
        self.retranslate()

    def nextId(self) -> int:
        return JOIN_PAGE if self.join.isChecked() else COORDINATOR_PAGE

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bienvenida"))
        self.purpose.setText(self.tr(
            "Shelter Desk guarda los expedientes del albergue cifrados en esta computadora, "
            "y funciona sin internet. Vamos a prepararlo en tres pasos."))
        self.language_label.setText(self.tr("&Idioma:"))
        self.create.setText(self.tr("C&rear la bóveda del albergue en esta computadora"))
        self.join.setText(self.tr("&Unirme a un albergue (otra computadora del equipo ya "
                                  "tiene la bóveda)"))


class CoordinatorPage(Retranslating, QWizardPage):
    """Organisation, first coordinator and passphrase; creates the vault on Next."""

    def __init__(self, vault_dir: Path, params: kdf.KdfParams | None) -> None:
        super().__init__()
        self.vault_dir, self.params = vault_dir, params
        self.created: vaults.CreatedVault | None = None
        self.organisation = QLineEdit(objectName="organisation")
        self.user = QLineEdit(objectName="coordinator")
        self.fields = PassphraseFields()
        for signal in (self.organisation.textChanged, self.user.textChanged,
                       self.fields.changed):
            signal.connect(self.completeChanged)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.message = QLabel(wordWrap=True, objectName="create_message")
        self.organisation_label, self.user_label = QLabel(), QLabel()
        self.organisation_label.setBuddy(self.organisation)
        self.user_label.setBuddy(self.user)
        form = QFormLayout()
        form.addRow(self.organisation_label, self.organisation)
        form.addRow(self.user_label, self.user)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Organización y primera cuenta"))
        self.setSubTitle(self.tr("La primera cuenta es de coordinación: podrá dar de alta "
                                 "al resto del equipo."))
        self.organisation_label.setText(self.tr("&Organización:"))
        self.user_label.setText(self.tr("Nom&bre para entrar:"))

    def isComplete(self) -> bool:
        return bool(self.organisation.text().strip() and self.user.text().strip()
                    and self.fields.is_acceptable()) and not self.busy.isVisible()

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        organisation, user = self.organisation.text().strip(), self.user.text().strip()
        passphrase = self.fields.passphrase()
        self.busy.show()
        self.message.setText(self.tr("Creando la bóveda cifrada y ajustando la seguridad a "
                                     "esta computadora…"))
        self.completeChanged.emit()
        run_in_background(
            lambda: vaults.create_vault(self.vault_dir, organisation_name=organisation,
                                        user=user, passphrase=passphrase, params=self.params),
            self._created, self._failed)
        return False

    def _created(self, created: vaults.CreatedVault) -> None:
        self.created = created
        self.busy.hide()
        self.message.clear()
        self.fields.clear()
        self.wizard().next()

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.message.setText(describe(error))
        self.completeChanged.emit()


class RecoveryCodePage(Retranslating, QWizardPage):
    def __init__(self, coordinator: CoordinatorPage) -> None:
        super().__init__()
        self.coordinator = coordinator
        self.secured = False  # saved, printed or copied
        self.explanation = QLabel(wordWrap=True)
        self.code = QLabel(objectName="recovery_code_shown")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code_font = QFont("DejaVu Sans Mono")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSizeF(self.font().pointSizeF() * 1.5)
        code_font.setBold(True)
        self.code.setFont(code_font)
        self.save_pdf = QPushButton(objectName="save_kit")
        self.save_pdf.clicked.connect(self._save_pdf)
        self.print_kit = QPushButton(objectName="print_kit")
        self.print_kit.clicked.connect(self._print)
        self.copy = QPushButton(objectName="copy_code")
        self.copy.clicked.connect(self._copy)
        self.done = QLabel(wordWrap=True, objectName="kit_status")
        self.confirm = QCheckBox(objectName="stored_safely")
        self.confirm.toggled.connect(self.completeChanged)
        self.quick_exit = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_kit)
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(self.copy)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addWidget(self.done)
        layout.addWidget(self.confirm)
        layout.addSpacing(12)
        layout.addWidget(self.quick_exit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Kit de emergencia"))
        self.explanation.setText(self.tr(
            "Este es el código de recuperación. Abre la bóveda si alguien olvida su "
            "contraseña, y se muestra solo esta vez. Guárdalo en PDF para imprimirlo, o "
            "cópialo a papel ahora."))
        self.print_kit.setText(self.tr("&Imprimir kit…"))
        self.save_pdf.setText(self.tr("&Guardar kit en PDF…"))
        self.copy.setText(self.tr("&Copiar código"))
        self.confirm.setText(self.tr("Lo anoté y lo guardé en un lugar seguro"))
        self.quick_exit.setText(self.tr(
            "Salida rápida: el botón de arriba a la derecha, o la tecla F12, oculta la "
            "ventana y bloquea al instante. No borra otras huellas de la computadora (como "
            "el historial del navegador) ni oculta que la aplicación está instalada."))

    def nextId(self) -> int:
        return -1

    def initializePage(self) -> None:
        created = self.coordinator.created
        self.code.setText(created.recovery_code if created else "")

    def isComplete(self) -> bool:
        return self.secured and self.confirm.isChecked()

    def _save_pdf(self) -> None:
        created = self.coordinator.created
        assert created is not None
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Guardar kit de emergencia"), "kit-de-emergencia.pdf", "PDF (*.pdf)")
        if not path:
            return
        target = Path(path)
        write_kit_pdf(target, created.vault.organisation_name(), created.recovery_code)
        # QPdfWriter fails quietly (an unwritable folder, a full USB stick): look.
        if not target.is_file() or not target.read_bytes().startswith(b"%PDF"):
            self.done.setText(self.tr("No se pudo guardar el PDF ahí. Elige otra carpeta."))
            return
        self._secured(self.tr("Kit guardado. Imprímelo y borra el archivo."))

    def _print(self) -> None:
        created = self.coordinator.created
        assert created is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_kit(printer, created.vault.organisation_name(), created.recovery_code)
        self._secured(self.tr("Kit enviado a la impresora. Recógelo y guárdalo."))

    def _copy(self) -> None:
        created = self.coordinator.created
        assert created is not None
        QGuiApplication.clipboard().setText(created.recovery_code)
        self._secured(self.tr("Código copiado. Pégalo donde lo vayas a imprimir y no lo "
                              "guardes en esta computadora."))

    def _secured(self, message: str) -> None:
        self.secured = True
        self.done.setText(message)
        self.completeChanged.emit()


class FirstRunWizard(Retranslating, QWizard):
    finished_setup = Signal(object)  # the OpenVault, unlocked

    def __init__(self, vault_dir: Path, params: kdf.KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = WelcomePage()
        self.welcome.language_changed.connect(self._change_language)
        self.coordinator = CoordinatorPage(Path(vault_dir), params)
        self.recovery = RecoveryCodePage(self.coordinator)
        self.join = JoinPage(Path(vault_dir))
        for page_id, page in ((WELCOME_PAGE, self.welcome), (COORDINATOR_PAGE, self.coordinator),
                              (RECOVERY_PAGE, self.recovery), (JOIN_PAGE, self.join)):
            self.setPage(page_id, page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.currentIdChanged.connect(self._last_page_buttons)
        self._last_page_buttons(WELCOME_PAGE)
        self.setMinimumSize(640, 520)
        self.language = current_language()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preparar Shelter Desk"))
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("&Siguiente >")),
                             (QWizard.WizardButton.BackButton, self.tr("< &Atrás")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancelar")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Empezar"))):
            self.setButtonText(button, text)

    def _last_page_buttons(self, page_id: int) -> None:
        """No way back from the recovery code (the vault exists); from joining there is:
        she may have chosen it by mistake, and nothing was made yet."""
        final = page_id == RECOVERY_PAGE
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, final)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, final)

    def _change_language(self, language: str) -> None:
        self.language = language
        set_language(language)

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: never with a vault whose recovery
        code was not yet saved, printed or copied (it would be lost for good)."""
        if self.coordinator.busy.isVisible() or self.join.busy.isVisible():
            return
        created = self.coordinator.created
        if created is not None and not self.recovery.secured:
            self.recovery.done.setText(self.tr(
                "Antes de salir, guarda, imprime o copia el código de recuperación."))
            return
        if created is not None:
            created.vault.lock()
        super().reject()

    def accept(self) -> None:
        created = self.coordinator.created
        clipboard = QGuiApplication.clipboard()
        if created is not None and clipboard.text() == created.recovery_code:
            clipboard.clear()  # like KeePassXC: a secret does not linger in the clipboard
        super().accept()
        vault = created.vault if created is not None else self.join.joined
        if vault is not None:
            self.finished_setup.emit(vault)
