"""One case file: her profile, her household, and the documents board."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.catalog.geo import country_name
from shelter_desk.domain.permissions import Action, may
from shelter_desk.gui.attachments.attachments_tab import AttachmentsTab
from shelter_desk.gui.cases.case_list_model import status_text
from shelter_desk.gui.cases.conflict_banner import ConflictBanner
from shelter_desk.gui.casework.barriers_tab import BarriersTab
from shelter_desk.gui.casework.consents_tab import ConsentsTab
from shelter_desk.gui.casework.history_tab import HistoryTab
from shelter_desk.gui.casework.notes_tab import NotesTab
from shelter_desk.gui.casework.referrals_tab import ReferralsTab
from shelter_desk.gui.casework.tasks_tab import TasksTab
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.tab_rows import TabRows
from shelter_desk.gui.data_rights.access_export import export_access
from shelter_desk.gui.documents.board import DocumentsBoard
from shelter_desk.gui.people.household_model import HouseholdModel
from shelter_desk.gui.people.person_dialog import PersonDialog
from shelter_desk.gui.people.person_form import PersonForm
from shelter_desk.gui.rights.rights_tab import RightsTab
from shelter_desk.services import cases, people
from shelter_desk.services.cases import CaseFile
from shelter_desk.services.common import Result
from shelter_desk.store.vault import OpenVault
from shelter_desk.team.record_conflicts import RecordConflict


class CaseView(Retranslating, QWidget):
    changed = Signal(object)  # a service Result: the list refreshes from it
    back_requested = Signal()

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_file: CaseFile | None = None
        self.back = QPushButton(objectName="back_to_list")
        self.back.clicked.connect(self._back)
        self.heading = QLabel(objectName="case_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # her name as typed, never markup
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QLabel(objectName="case_facts", wordWrap=True)
        self.conflict_banner = ConflictBanner(vault, self._conflict_label)
        self.conflict_banner.resolved.connect(self._conflict_resolved)

        self.profile = PersonForm()
        self.save_profile = QPushButton(objectName="save_profile")
        self.save_profile.clicked.connect(self._save_profile)
        profile_page = QWidget()
        profile_layout = QVBoxLayout(profile_page)
        profile_layout.addWidget(self.profile)
        self.export_access = QPushButton(objectName="export_access")
        self.export_access.clicked.connect(self._export_access)
        # ARCO requests are answered by coordinators; the button is not there for others.
        self.export_access.setVisible(vault.user is not None
                                      and may(vault.user.role, Action.DATA_RIGHTS))
        self.block = QPushButton(objectName="block_person")
        self.block.clicked.connect(self._block)
        self.block.setVisible(vault.user is not None
                              and may(vault.user.role, Action.BLOCK_PERSON))
        profile_buttons = QHBoxLayout()
        profile_buttons.addWidget(self.export_access)
        profile_buttons.addWidget(self.block)
        profile_buttons.addStretch()
        profile_buttons.addWidget(self.save_profile)
        profile_layout.addLayout(profile_buttons)
        profile_layout.addStretch()
        profile_scroll = QScrollArea(widgetResizable=True)
        profile_scroll.setWidget(profile_page)

        self.household = HouseholdModel(self)
        self.household_table = QTableView(objectName="household_table")
        self.household_table.setModel(self.household)
        self.household_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.household_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.household_table.verticalHeader().hide()
        self.household_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.household_table.activated.connect(self._edit_member)
        self.add_member = QPushButton(objectName="add_member")
        self.add_member.clicked.connect(self._add_member)
        household_page = QWidget()
        household_layout = QVBoxLayout(household_page)
        household_layout.addWidget(self.household_table)
        household_layout.addWidget(self.add_member, alignment=Qt.AlignmentFlag.AlignRight)

        self.board = DocumentsBoard(vault)
        self.board.changed.connect(self._after_change)
        self.rights = RightsTab(vault)
        self.barriers = BarriersTab(vault)
        self.notes = NotesTab(vault)
        self.tasks = TasksTab(vault)
        self.referrals = ReferralsTab(vault)
        self.consents = ConsentsTab(vault)
        self.attachments = AttachmentsTab(vault)
        self.history = HistoryTab(vault)
        self.sections = (self.rights, self.barriers, self.notes, self.tasks, self.referrals,
                         self.consents, self.attachments, self.history)
        self.tabs = QTabWidget(objectName="case_tabs")
        self.tabs.setUsesScrollButtons(True)  # its bar is hidden: TabRows shows the tabs
        self.tabs.addTab(profile_scroll, "")
        self.tabs.addTab(household_page, "")
        self.tabs.addTab(self.board, "")
        for section in self.sections:
            section.changed.connect(self._after_change)
            self.tabs.addTab(section, "")

        header = QHBoxLayout()
        header.addWidget(self.back)
        header.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.facts)
        # Eleven tabs in two rows: every one on screen at 1024 px, no scroll arrows.
        self.tab_rows = TabRows(self.tabs, rows=2)
        layout.addWidget(self.tab_rows)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("← &Volver a la lista"))
        self.save_profile.setText(self.tr("&Guardar cambios"))
        self.export_access.setText(self.tr("E&xportar datos (acceso)…"))
        self.export_access.setToolTip(self.tr("Derecho de acceso (ARCO): todo lo que se guarda "
                                              "sobre ella, en PDF y JSON"))
        self.block.setText(self.tr("Solicitud de cancelación (A&RCO)…"))
        self.add_member.setText(self.tr("&Agregar hija, hijo u otro familiar…"))
        self.tabs.setTabText(0, self.tr("&Perfil"))
        self.tabs.setTabText(1, self.tr("&Hogar"))
        self.tabs.setTabText(2, self.tr("&Documentos"))
        for index, text in enumerate((self.tr("D&erechos"), self.tr("Trá&mites y barreras"),
                                      self.tr("&Notas"),
                                      self.tr("&Tareas"), self.tr("&Canalizaciones"),
                                      self.tr("C&onsentimientos"), self.tr("Ad&juntos"),
                                      self.tr("H&istorial")), start=3):
            self.tabs.setTabText(index, text)
        self.tab_rows.rebuild()
        if self.case_file is not None:
            self._show_heading(self.case_file)

    def show_case(self, case_id: int, *, record_view: bool = True) -> None:
        self.case_file = cases.open_case_file(self.vault, case_id, record_view=record_view)
        self.profile.set_details(self.case_file.principal.person.details)
        # What the form reads back right after loading: the baseline for "unsaved".
        self._loaded = self.profile.details()
        self.household.set_members([m.person for m in self.case_file.household])
        self.board.show_case(self.case_file)
        for section in self.sections:
            section.show_case(self.case_file)
        self._show_heading(self.case_file)
        self.conflict_banner.show_case(case_id)

    def _conflict_label(self, conflict: RecordConflict) -> str:
        """«Teléfono», «Lugar de origen de Josué», «status (Tarea)»: what she can find."""
        assert self.case_file is not None
        if conflict.table != "person":
            tables = {"case_file": self.tr("Expediente"), "identity_document":
                      self.tr("Documento"), "procedure_attempt": self.tr("Trámite"),
                      "note": self.tr("Nota"), "task": self.tr("Tarea"),
                      "referral": self.tr("Canalización"), "referral_step":
                      self.tr("Paso de canalización"), "consent": self.tr("Consentimiento"),
                      "attachment": self.tr("Adjunto")}
            return self.tr("%1 (%2)").replace("%1", conflict.field.replace("_", " ")).replace(
                "%2", tables.get(conflict.table, conflict.table))
        relatives = {m.person.id: m.person.name for m in self.case_file.household}
        if conflict.is_deletion:  # the person herself was deleted on one laptop
            return relatives.get(conflict.local_id, self.case_file.principal.person.name)
        label = self.profile.field_label(conflict.field) or conflict.field.replace("_", " ")
        if conflict.local_id in relatives:
            return self.tr("%1 de %2").replace("%1", label).replace(
                "%2", relatives[conflict.local_id])
        return label

    def _conflict_resolved(self) -> None:
        """The chosen value is in the vault now: show it, unless she is typing over it."""
        assert self.case_file is not None
        if self.has_unsaved_changes():
            self.conflict_banner.show_case(self.case_file.case.id)
        else:
            self.show_case(self.case_file.case.id, record_view=False)

    def _show_heading(self, case_file: CaseFile) -> None:
        person = case_file.principal.person
        self.heading.setText(f"{case_file.case.code} · {person.name}")
        facts = [status_text(case_file.case.status)]
        if person.details.nationality:
            facts.append(country_name(person.details.nationality, current_language()))
        open_barriers = sum(1 for a in case_file.attempts if a.is_open_barrier)
        if open_barriers:
            facts.append(self.tr("%n barrera(s) abierta(s)", "", open_barriers))
        self.facts.setText(" · ".join(facts))

    def _save_profile(self) -> bool:
        assert self.case_file is not None
        try:
            result = people.update_person(self.vault, self.case_file.principal.person.id,
                                          self.profile.details())
        except Exception as error:  # a bug too: say so, keep what she typed
            self.profile.show_error(error)
            self.tabs.setCurrentIndex(0)
            return False
        self._after_change(result)
        return True

    def _export_access(self) -> None:
        assert self.case_file is not None
        export_access(self, self.vault, self.case_file.principal.person.id)

    def _block(self) -> None:
        """Cancellation, first step: she disappears from lists, search and statistics; the
        definitive deletion is then in Settings -> Derechos ARCO."""
        assert self.case_file is not None
        answer = QMessageBox.question(
            self, self.tr("Solicitud de cancelación (ARCO)"),
            self.tr("Ella pidió cancelar sus datos. El expediente dejará de verse en listas, "
                    "búsquedas y estadísticas; se conserva bloqueado hasta eliminarlo en "
                    "Ajustes → Derechos ARCO."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = people.block_person(self.vault, self.case_file.principal.person.id)
        except Exception as error:  # shown, never lost
            QMessageBox.warning(self, self.tr("Solicitud de cancelación (ARCO)"), describe(error))
            return
        self.case_file = None
        self.changed.emit(result)
        self.back_requested.emit()

    def has_unsaved_changes(self) -> bool:
        return self.case_file is not None and self.profile.details() != self._loaded

    def may_leave(self) -> bool:
        """Before the view shows something else: save, discard, or stay."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self, self.tr("Cambios sin guardar"),
            self.tr("Cambiaste el perfil de esta persona y no lo guardaste."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self._save_profile()
        return answer == QMessageBox.StandardButton.Discard

    def _back(self) -> None:
        if self.may_leave():
            self.back_requested.emit()

    def _add_member(self) -> None:
        assert self.case_file is not None
        dialog = PersonDialog(self.vault, "add_member", case_id=self.case_file.case.id,
                              principal=self.case_file.principal.person.details, parent=self)
        dialog.exec()
        # Relatives saved with "save and add another" count even if she then cancels.
        if dialog.result_value is not None:
            self._after_change(dialog.result_value)

    def add_children(self) -> None:
        """Right after a new case is opened: her children, then her documents board (what
        a caseworker records next)."""
        self._add_member()
        self.tabs.setCurrentWidget(self.board)

    def _edit_member(self) -> None:
        index = self.household_table.currentIndex()
        if not index.isValid():
            return
        person = self.household.members[index.row()]
        dialog = PersonDialog(self.vault, "edit", person=person, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self._after_change(dialog.result_value)

    def _after_change(self, result: Result) -> None:
        assert self.case_file is not None
        # The same case again, after her own change: the audit has the change, not a view.
        self.show_case(self.case_file.case.id, record_view=False)
        self.changed.emit(result)
