"""Add or correct a document in a dialog; a refused save keeps everything she typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from shelter_desk.domain.documents import DocumentDetails, DocumentStatus, IdentityDocument
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.widgets import save_cancel_buttons, translate_save_cancel
from shelter_desk.gui.documents.document_form import DocumentForm
from shelter_desk.services import documents
from shelter_desk.services.common import Result
from shelter_desk.store.vault import OpenVault


class DocumentDialog(Retranslating, QDialog):
    def __init__(self, vault: OpenVault, person_id: int, *,
                 existing: IdentityDocument | None = None, type_key: str | None = None,
                 refusal_offered: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.person_id, self.existing = vault, person_id, existing
        self.result_value: Result[IdentityDocument] | None = None
        # She does not have it because an office refused it: record the refusal instead.
        self.wants_refusal = False
        self.form = DocumentForm()
        if existing is not None:
            self.form.set_details(existing.details)
        elif type_key is not None:
            self.form.set_details(DocumentDetails(type_key, DocumentStatus.ORIGINAL))
        self.buttons = save_cancel_buttons(self, self.save)
        self.refusal = None
        if refusal_offered:
            self.refusal = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
            self.refusal.setObjectName("record_refusal")
            self.refusal.clicked.connect(self._refused)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Corregir documento") if self.existing
                            else self.tr("Registrar documento"))
        translate_save_cancel(self.buttons)
        if self.refusal is not None:
            self.refusal.setText(self.tr("Se lo &negaron…"))
            self.refusal.setToolTip(self.tr("No lo tiene porque se lo negaron: registra la "
                                            "negativa y escribe la carta"))

    def _refused(self) -> None:
        self.wants_refusal = True
        self.reject()

    def save(self) -> None:
        details = self.form.details()
        try:
            if self.existing is None:
                self.result_value = documents.record_document(self.vault, self.person_id,
                                                              details)
            else:
                self.result_value = documents.update_document(self.vault, self.existing.id,
                                                              details)
        except Exception as error:  # a bug too: say so, keep what she typed
            self.form.show_error(error)
            return
        self.accept()
