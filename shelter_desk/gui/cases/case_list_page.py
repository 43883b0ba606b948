"""The case list: as-you-type search, filters, sortable columns; Enter opens a case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.catalog.geo import COMMON_NATIONALITIES, country_name
from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.cases import CaseStatus
from shelter_desk.domain.permissions import Action, may
from shelter_desk.domain.staff import Role
from shelter_desk.gui.cases.case_list_model import CaseListModel, status_text
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.lazy_model import ROW_ROLE
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.importing.import_dialog import ImportDialog
from shelter_desk.services import cases, staff
from shelter_desk.services.list_export import export_case_list
from shelter_desk.store.case_queries import CaseFilter
from shelter_desk.store.vault import OpenVault

SEARCH_DELAY_MS = 250
EXPIRING_DAYS = 30


class CaseListPage(Retranslating, QWidget):
    case_requested = Signal(int)
    new_case_requested = Signal()

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._total = 0
        self.model = CaseListModel(
            lambda f, sort, desc, after, limit: cases.list_cases(
                vault, f, sort=sort, descending=desc, after=after, limit=limit), self)
        self.search = QLineEdit(objectName="search")
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._open_first)

        self.status = QComboBox(objectName="status_filter")
        self.nationality = QComboBox(objectName="nationality_filter")
        self.worker = QComboBox(objectName="worker_filter")
        self.lacks = QComboBox(objectName="lacks_filter")
        self.expiring = QCheckBox(objectName="expiring_filter")
        self.barrier = QCheckBox(objectName="barrier_filter")
        self.new_case = QPushButton(objectName="new_case")
        self.new_case.clicked.connect(self.new_case_requested)
        # Shown or enabled by role; the services refuse anyone else anyway.
        role = vault.user.role if vault.user else None
        self.import_sheet = QPushButton(objectName="import_sheet")
        # Shown to whoever records intakes, usable only by coordinators: a volunteer sees
        # the button greyed, not a missing feature.
        self.import_sheet.setVisible(role is not None and may(role, Action.INTAKE))
        self.import_sheet.setEnabled(role is not None and may(role, Action.IMPORT))
        self.import_sheet.clicked.connect(self.open_import)
        self.export_list = QPushButton(objectName="export_list")
        self.export_list.setEnabled(role is Role.COORDINATOR)
        self.export_list.clicked.connect(self._ask_export)
        self.notice = QLabel(objectName="notice", wordWrap=True)
        self.notice.hide()

        self.table = QTableView(objectName="case_table")
        self.table.setModel(self.model)
        # The indicator first: enabling sorting would otherwise sort (and query) by the
        # header's default column before the name order the list starts with.
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self._size_columns()
        self.table.activated.connect(self._open)

        self.count = QLabel(objectName="count")
        self.empty_title = QLabel(objectName="empty_title", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_action = QPushButton(objectName="empty_new_case")
        self.empty_action.clicked.connect(self.new_case_requested)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_action, alignment=Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch()
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(empty)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.new_case)
        top.addWidget(self.import_sheet)
        top.addWidget(self.export_list)
        filters = QHBoxLayout()  # two rows, so large fonts still fit a small screen
        for widget in (self.status, self.nationality, self.worker, self.lacks):
            filters.addWidget(widget)
        flags = QHBoxLayout()
        for widget in (self.expiring, self.barrier):
            flags.addWidget(widget)
        flags.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(flags)
        layout.addWidget(self.notice)
        layout.addWidget(self.body)
        layout.addWidget(self.count)
        self._fill_choices()
        # Connected only now: filling the combos would otherwise run the query per item.
        for combo in (self.status, self.nationality, self.worker, self.lacks):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (self.expiring, self.barrier):
            box.toggled.connect(self.apply_filters)
        self.retranslate()
        self.apply_filters()

    def _size_columns(self) -> None:
        """Rows and columns in proportion to the font, which she may enlarge in Settings."""
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        for column, characters in enumerate((11, 34, 14, 10, 22, 11)):
            self.table.setColumnWidth(column, characters * metrics.averageCharWidth() + 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()
        super().changeEvent(event)

    def _fill_choices(self) -> None:
        # Filters shrink to a dozen characters so the page fits a 1280-pixel screen.
        for combo in (self.status, self.nationality, self.worker, self.lacks):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.status.addItem("", None)
        for status in CaseStatus:
            self.status.addItem("", status)
        self.nationality.addItem("", None)
        for code in COMMON_NATIONALITIES:
            self.nationality.addItem(code, code)
        self.worker.addItem("", None)
        for user in staff.list_staff(self.vault):
            if user.active:
                self.worker.addItem(user.name, user.id)
        self.lacks.addItem("", None)
        for key in ("curp", "acta_nacimiento_extranjera", "pasaporte",
                    "tarjeta_residente_permanente", "tvrh", "constancia_comar"):
            self.lacks.addItem("", key)

    def retranslate(self) -> None:
        language = current_language()
        self.search.setPlaceholderText(self.tr("Buscar por nombre, alias, expediente o "
                                               "palabras de una nota…"))
        self.search.setAccessibleName(self.tr("Buscar expedientes"))
        self.new_case.setText(self.tr("&Abrir expediente"))
        self.import_sheet.setText(self.tr("&Importar hoja de cálculo…"))
        self.export_list.setText(self.tr("E&xportar lista…"))
        self.export_list.setToolTip(self.tr("Solo una coordinadora puede exportar la lista."))
        for combo, name in ((self.status, self.tr("Filtrar por estado")),
                            (self.nationality, self.tr("Filtrar por nacionalidad")),
                            (self.worker, self.tr("Filtrar por persona asignada")),
                            (self.lacks, self.tr("Filtrar por documento faltante"))):
            combo.setAccessibleName(name)
        self.status.setItemText(0, self.tr("Todos los estados"))
        for index in range(1, self.status.count()):
            self.status.setItemText(index, status_text(self.status.itemData(index)))
        self.nationality.setItemText(0, self.tr("Todas las nacionalidades"))
        for index in range(1, self.nationality.count()):
            self.nationality.setItemText(index, country_name(self.nationality.itemData(index),
                                                             language))
        self.worker.setItemText(0, self.tr("Todo el equipo"))
        self.lacks.setItemText(0, self.tr("Sin filtro de documentos"))
        types = default_catalog().document_types
        for index in range(1, self.lacks.count()):
            name = types[self.lacks.itemData(index)].name.in_language(language)
            self.lacks.setItemText(index, self.tr("Le falta: %1").replace("%1", name))
        self.expiring.setText(self.tr("Documento &por vencer (%n días)", "", EXPIRING_DAYS))
        self.barrier.setText(self.tr("&Barrera abierta"))
        self.empty_title.setText(self.tr("Aún no hay expedientes"))
        self.empty_action.setText(self.tr("Abrir el primer expediente"))
        self.model.retranslate()
        self._show_count_text()

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            text=self.search.text().strip(),
            status=CaseStatus(status) if (status := self.status.currentData()) else None,
            nationality=self.nationality.currentData(),
            assigned_worker_id=self.worker.currentData(),
            lacks_document=self.lacks.currentData(),
            expiring_within_days=EXPIRING_DAYS if self.expiring.isChecked() else None,
            open_barrier=self.barrier.isChecked(),
        )

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())
        self._show_count()

    def refresh(self) -> None:
        """Reload after a change elsewhere (a case opened, a document recorded)."""
        self.apply_filters()

    def _show_count(self) -> None:
        case_filter = self.current_filter()
        self._total = cases.count_cases(self.vault, case_filter)
        self._show_count_text()
        no_cases_at_all = self._total == 0 and case_filter == CaseFilter()
        self.body.setCurrentIndex(1 if no_cases_at_all else 0)

    def _show_count_text(self) -> None:
        self.count.setText(self.tr("%n expediente(s)", "", self._total))

    def _open(self, index: QModelIndex) -> None:
        row = self.model.data(index, ROW_ROLE)
        if row is not None:
            self.case_requested.emit(row.case_id)

    def _open_first(self) -> None:
        if self._debounce.isActive():  # Enter before the pause: search what was typed
            self._debounce.stop()
            self.apply_filters()
        if self.model.rowCount() == 0 and self.model.canFetchMore():
            self.model.fetchMore()
        if self.model.rowCount():
            self.case_requested.emit(self.model.row_at(0).case_id)

    # -- import and export ---------------------------------------------------------------

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.vault, self)
        dialog.imported.connect(lambda _outcome: self.refresh())
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _ask_export(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        excel, comma = self.tr("Libro de Excel (*.xlsx)"), self.tr(
            "Valores separados por comas (*.csv)")
        name = self.tr("expedientes")  # a file name: no accents, for any computer
        suggested = str(Path(folder) / f"{name}.xlsx")
        chosen, kind = QFileDialog.getSaveFileName(self, self.tr("Exportar lista"), suggested,
                                                   f"{excel};;{comma}")
        if chosen:
            self.export_to(Path(chosen), "csv" if kind == comma or chosen.lower().endswith(
                ".csv") else "xlsx")

    def export_to(self, path: Path, fmt: str) -> None:
        """The list as filtered now, every row of it; audited by the service."""
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        try:
            count = export_case_list(self.vault, self.current_filter(), fmt, path,
                                     language=current_language())
        except Exception as error:  # told to her in her language, nothing half-written
            self._notify(describe(error))
            return
        self._notify(self.tr("Lista exportada (%1 expedientes) a %2")
                     .replace("%1", str(count)).replace("%2", str(path)))

    def _notify(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
