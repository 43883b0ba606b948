"""The documents board: for her and each child, every relevant document as a tile with
an icon and words for its standing, its dates, and one click to add or correct it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.document_types import DocumentType
from shelter_desk.domain.documents import (
    IdentityDocument,
    Standing,
    can_hold,
    effective_expiry,
    relevant_types,
    standing,
)
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.badges import standing_icon, standing_text
from shelter_desk.gui.common.dates import age_text, short_date
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.documents.document_dialog import DocumentDialog
from shelter_desk.gui.documents.refusal import procedure_producing, record_refusal
from shelter_desk.services.cases import CaseFile, PersonFile
from shelter_desk.store.vault import OpenVault

COLUMNS = 3
TILE_TEXT_WIDTH = 190  # pixels of text beside the icon: three tiles across at 1024 px


def _wrapped(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Greedy word wrap into lines no wider than `width` (a longer word keeps its line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]




class DocumentsBoard(Retranslating, QScrollArea):
    changed = Signal(object)  # the service Result of an added or corrected document

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_file: CaseFile | None = None
        self.types = default_catalog().document_types
        self.setWidgetResizable(True)
        self.tiles: list[QToolButton] = []

    def retranslate(self) -> None:
        if self.case_file is not None:
            self.show_case(self.case_file)

    def show_case(self, case_file: CaseFile) -> None:
        self.case_file = case_file
        self.tiles = []
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for member in (case_file.principal, *case_file.household):
            layout.addWidget(self._person_box(member))
        layout.addStretch()
        self.setWidget(inner)

    def _person_box(self, member: PersonFile) -> QGroupBox:
        today = date.today()
        person = member.person
        title = f"{person.name} · {labels.relationship(person.relationship)}"
        if person.details.birth_date:
            title += " · " + age_text(person.details.birth_date, today)
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        described = member.holdings.describe(current_language())
        summary = QLabel(described[:1].upper() + described[1:], wordWrap=True)
        summary.setObjectName("holdings_summary")
        layout.addWidget(summary)
        grid = QGridLayout()
        tiles = []
        held = [d.details for d in member.documents]
        for document_type in relevant_types(person.details, held, self.types, today):
            documents = [d for d in member.documents if d.details.type_key == document_type.key]
            if documents:
                tiles += [self._held_tile(person.id, document_type, d, today) for d in documents]
            elif not can_hold(document_type, person.details, today):
                tiles.append(self._ineligible_tile(document_type))
            else:
                tiles.append(self._missing_tile(person.id, document_type))
        for index, tile in enumerate(tiles):
            tile.setProperty("person_id", person.id)
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        layout.addLayout(grid)
        add = QPushButton(self.tr("Registrar otro documento…"))
        add.clicked.connect(lambda: self._open_dialog(person.id))
        layout.addWidget(add)
        self.tiles += tiles
        return box

    def _tile(self, document_type: DocumentType, badge: Standing, detail: str) -> QToolButton:
        tile = QToolButton()
        name = document_type.name.in_language(current_language())
        # Long names wrap (a QToolButton never does), so three tiles fit side by side at
        # 1024 px: «Resolución de reconocimiento de la condición de refugiada…» on 3 lines.
        metrics = tile.fontMetrics()
        tile.setText("\n".join([*_wrapped(name, metrics, TILE_TEXT_WIDTH),
                                *_wrapped(standing_text(badge) + (f" · {detail}" if detail
                                                                  else ""),
                                          metrics, TILE_TEXT_WIDTH)]))
        tile.setIcon(standing_icon(badge))
        tile.setIconSize(QSize(24, 24))
        tile.setToolButtonStyle(tile.toolButtonStyle().ToolButtonTextBesideIcon)
        tile.setSizePolicy(tile.sizePolicy().Policy.Expanding, tile.sizePolicy().Policy.Fixed)
        tile.setAccessibleName(f"{name}: {standing_text(badge)}"
                               + (f", {detail}" if detail else ""))
        tile.setToolTip(document_type.note.in_language(current_language()))
        tile.setProperty("standing", badge.value)
        tile.setProperty("type_key", document_type.key)
        return tile

    def _held_tile(self, person_id: int, document_type: DocumentType,
                   document: IdentityDocument, today: date) -> QToolButton:
        badge = standing(document.details, document_type, today)
        expiry = effective_expiry(document.details, document_type)
        detail = ""
        if expiry is not None:
            template = self.tr("venció %1") if expiry < today else self.tr("vence %1")
            detail = template.replace("%1", short_date(expiry))
        tile = self._tile(document_type, badge, detail)
        tile.clicked.connect(lambda: self._open_dialog(person_id, existing=document))
        return tile

    def _missing_tile(self, person_id: int, document_type: DocumentType) -> QToolButton:
        tile = self._tile(document_type, Standing.MISSING, self.tr("registrar"))
        tile.clicked.connect(lambda: self._open_dialog(person_id, type_key=document_type.key))
        return tile

    def _ineligible_tile(self, document_type: DocumentType) -> QToolButton:
        tile = self._tile(document_type, Standing.CANNOT_HOLD, "")
        tile.clicked.connect(lambda: QMessageBox.information(
            self, document_type.name.in_language(current_language()),
            document_type.note.in_language(current_language())))
        return tile

    def _open_dialog(self, person_id: int, *, existing: IdentityDocument | None = None,
                     type_key: str | None = None) -> None:
        procedure = procedure_producing(type_key) if type_key else None
        dialog = DocumentDialog(self.vault, person_id, existing=existing, type_key=type_key,
                                refusal_offered=procedure is not None, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.changed.emit(dialog.result_value)
        elif dialog.wants_refusal and procedure is not None and self.case_file is not None:
            record_refusal(self, self.vault, self.case_file, person_id, procedure,
                           self.changed.emit)
