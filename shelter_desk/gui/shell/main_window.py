"""The main window: navigation on the left, the page on the right, the quick exit on top,
and the organisation, user and Lock button in the status bar."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.domain.permissions import Action, may
from shelter_desk.gui.backup.backup_panel import BackupPanel
from shelter_desk.gui.backup.reminder import BackupReminder
from shelter_desk.gui.cases.case_list_page import CaseListPage
from shelter_desk.gui.cases.case_view import CaseView
from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.common.settings import Preferences
from shelter_desk.gui.data_rights.data_rights_panel import DataRightsPanel
from shelter_desk.gui.hub.library_page import LibraryPage
from shelter_desk.gui.network.network_section import NetworkSection
from shelter_desk.gui.people.people_page import PeoplePage
from shelter_desk.gui.people.person_dialog import PersonDialog
from shelter_desk.gui.reports.dashboard import DashboardPage
from shelter_desk.gui.security.key_panel import KeyPanel
from shelter_desk.gui.security.staff_panel import StaffPanel
from shelter_desk.gui.shell.about_dialog import AboutDialog
from shelter_desk.gui.shell.followup_pages import DocumentsDuePage, TasksPage
from shelter_desk.gui.shell.settings_page import SettingsPage
from shelter_desk.gui.team.team_panel import TeamPanel
from shelter_desk.services import followup
from shelter_desk.services.common import Result
from shelter_desk.store.vault import OpenVault

QUICK_EXIT_KEY = QKeySequence(Qt.Key.Key_F12)
LOCK_KEY = QKeySequence("Ctrl+L")
NAV_CASES, NAV_PEOPLE, NAV_DUE, NAV_TASKS, NAV_STATS, NAV_NETWORK, NAV_LIBRARY, NAV_SETTINGS = (
    range(8))


class MainWindow(Retranslating, QMainWindow):
    lock_requested = Signal()
    quick_exit_requested = Signal()
    preferences_changed = Signal(object)
    restore_requested = Signal(object)  # Path of a backup file

    def __init__(self, vault: OpenVault, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.organisation = vault.organisation_name()
        self.case_list = CaseListPage(vault)
        self.people = PeoplePage(vault)
        self.due = DocumentsDuePage(vault)
        self.tasks = TasksPage(vault)
        self.stats = DashboardPage(vault)
        self.network = NetworkSection(vault)
        self.library = LibraryPage(vault)
        self.network.hub.synced.connect(lambda _result: self.library.refresh())
        self.settings = SettingsPage(preferences)
        self.case_view = CaseView(vault)
        self.pages = QStackedWidget()
        # In NAV_* order; the case view, reached from the lists, comes last.
        self.sections: list[QWidget] = [self.case_list, self.people, self.due, self.tasks,
                                        self.stats, self.network, self.library,
                                        self.settings]
        for page in (*self.sections, self.case_view):
            self.pages.addWidget(page)
        for page in (self.case_list, self.people, self.due, self.tasks):
            page.case_requested.connect(self.open_case)
        self.case_list.new_case_requested.connect(self.new_case)
        self.case_view.back_requested.connect(lambda: self.navigate(NAV_CASES))
        self.case_view.changed.connect(self._after_change)
        self.tasks.completed.connect(self._after_change)
        self.settings.changed.connect(self.preferences_changed)
        self.settings.about_requested.connect(self.show_about)
        self._add_vault_settings(vault)

        self.nav = QListWidget(objectName="navigation")
        for _ in self.sections:
            self.nav.addItem(QListWidgetItem())
        self.nav.setIconSize(QSize(20, 20))
        self.nav.currentRowChanged.connect(self._show_page)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.splitter = splitter
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.reminder)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_toolbar()
        self._build_status_bar()
        self.retranslate()
        self.resize(1180, 760)
        self.navigate(NAV_CASES)

    def _add_vault_settings(self, vault: OpenVault) -> None:
        """Backup (and its reminder) for everyone; ARCO rights for coordinators."""
        self.reminder = BackupReminder(vault)
        self.backup_panel = BackupPanel(vault)
        self.settings.add_section(self.backup_panel)
        self.reminder.backup_now.connect(self._backup_now)
        self.team_panel = TeamPanel(vault)
        self.settings.add_section(self.team_panel)
        self.team_panel.synced.connect(lambda: self._after_change(None))  # type: ignore[arg-type]
        self.backup_panel.backed_up.connect(lambda _info: self.reminder.refresh())
        self.backup_panel.restore_requested.connect(self.restore_requested)
        self.data_rights: DataRightsPanel | None = None
        if vault.user is not None and may(vault.user.role, Action.DATA_RIGHTS):
            self.data_rights = DataRightsPanel(vault)
            self.settings.add_section(self.data_rights)
            self.data_rights.changed.connect(self._after_change)
        self.key_panel: KeyPanel | None = None
        self.staff_panel: StaffPanel | None = None
        if vault.user is not None and may(vault.user.role, Action.USERS):
            self.staff_panel = StaffPanel(vault)
            self.settings.add_section(self.staff_panel)
            self.key_panel = KeyPanel(vault)
            self.settings.add_section(self.key_panel)
            # A removal changes the key; the backups are replaced by the key panel's flow.
            self.staff_panel.replace_backups_requested.connect(self.key_panel.ask_replace)
            self.staff_panel.key_owed.connect(self.key_panel.say_if_due)
            self.key_panel.vault_closed.connect(self.lock_requested)

    def _backup_now(self) -> None:
        self.navigate(NAV_SETTINGS)
        self.backup_panel.make_backup()

    def _build_actions(self) -> None:
        self.lock_action = QAction(self, shortcut=LOCK_KEY)
        self.lock_action.triggered.connect(self.lock_requested)
        self.quick_exit_action = QAction(self, shortcut=QUICK_EXIT_KEY)
        self.quick_exit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.quick_exit_action.triggered.connect(self.quick_exit_requested)
        self.quit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.session_menu = self.menuBar().addMenu("")
        for action in (self.lock_action, self.quick_exit_action, self.quit_action):
            self.session_menu.addAction(action)
        self.addAction(self.quick_exit_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(objectName="top_bar")
        toolbar.setMovable(False)
        # The navigation folds away, so a case gets the whole width of a 1024 px screen.
        self.nav_toggle = QToolButton(objectName="nav_toggle", checkable=True, checked=True)
        self.nav_toggle.setText("☰")
        self.nav_toggle.toggled.connect(self.nav.setVisible)
        toolbar.addWidget(self.nav_toggle)
        self.title = QLabel(objectName="window_heading")
        toolbar.addWidget(self.title)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.quick_exit = QPushButton(objectName="quick_exit")
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        toolbar.addWidget(self.quick_exit)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_status_bar(self) -> None:
        user = self.vault.user
        self.who = QLabel(objectName="who")
        self.who.setTextFormat(Qt.TextFormat.PlainText)  # names as typed, never markup
        self.lock_button = QPushButton(objectName="lock")
        self.lock_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogCloseButton))
        self.lock_button.clicked.connect(self.lock_requested)
        self.statusBar().addWidget(self.who, 1)
        # «Sincronizado hace 5 min» / «3 cambios sin enviar», once the laptop has a team.
        self.team_state = QLabel(objectName="team_status")
        self.statusBar().addPermanentWidget(self.team_state)
        self.statusBar().addPermanentWidget(self.lock_button)
        self._user_name = user.name if user else ""

    def retranslate(self) -> None:
        self.setWindowTitle("Shelter Desk")
        self.title.setText(f"<b>{html.escape(self.organisation)}</b>")
        names = [self.tr("Expedientes"), self.tr("Personas"), self.tr("Documentos por vencer"),
                 self.tr("Tareas"), self.tr("Estadísticas"), self.tr("Red"),
                 self.tr("Biblioteca"), self.tr("Ajustes")]
        icons = [QStyle.StandardPixmap.SP_DirIcon, QStyle.StandardPixmap.SP_FileDialogDetailedView,
                 QStyle.StandardPixmap.SP_MessageBoxWarning,
                 QStyle.StandardPixmap.SP_DialogApplyButton,
                 QStyle.StandardPixmap.SP_FileDialogListView,
                 QStyle.StandardPixmap.SP_DriveNetIcon,
                 QStyle.StandardPixmap.SP_FileDialogContentsView,
                 QStyle.StandardPixmap.SP_FileDialogInfoView]
        for index, (name, icon) in enumerate(zip(names, icons, strict=True)):
            item = self.nav.item(index)
            item.setText(name)
            item.setIcon(self.style().standardIcon(icon))
        self._count_tasks()
        self._show_team_state()
        self.nav.setAccessibleName(self.tr("Secciones"))
        # Wide enough for the longest section name in this language and font.
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12
        # No wider than that: at 1024 px every pixel goes to the case (it also folds away).
        self.nav.setMinimumWidth(width)
        self.nav.setMaximumWidth(width)
        self.splitter.setSizes([width, max(1, self.width() - width)])
        self.nav_toggle.setToolTip(self.tr("Mostrar u ocultar el menú de secciones"))
        self.nav_toggle.setAccessibleName(self.tr("Mostrar u ocultar el menú de secciones"))
        self.session_menu.setTitle(self.tr("&Sesión"))
        self.lock_action.setText(self.tr("&Bloquear"))
        self.quick_exit_action.setText(self.tr("Salida &rápida"))
        self.quit_action.setText(self.tr("&Salir"))
        self.help_menu.setTitle(self.tr("A&yuda"))
        self.about_action.setText(self.tr("&Acerca de Shelter Desk…"))
        shortcut = QUICK_EXIT_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self.quick_exit.setText(self.tr("Salida rápida"))
        self.quick_exit.setToolTip(self.tr("Oculta la ventana y bloquea al instante (%1)")
                                   .replace("%1", shortcut))
        self.quick_exit.setAccessibleName(self.tr("Salida rápida"))
        self.lock_button.setText(self.tr("Bloquear"))
        self.lock_button.setToolTip(self.tr("Bloquear ahora (%1)").replace(
            "%1", LOCK_KEY.toString(QKeySequence.SequenceFormat.NativeText)))
        role = self.vault.user.role.value if self.vault.user else ""
        role_names = {"coordinator": self.tr("coordinadora"), "caseworker": self.tr(
            "trabajadora de casos"), "volunteer": self.tr("voluntaria")}
        self.who.setText(f"{self.organisation} · {self._user_name} ({role_names.get(role, '')})")

    def navigate(self, section: int) -> None:
        self.nav.setCurrentRow(section)
        self._show_page(section)

    def _show_page(self, section: int) -> None:
        if section < 0:
            return
        if self.pages.currentWidget() is self.case_view and not self.case_view.may_leave():
            self.nav.blockSignals(True)  # she chose to stay on the case
            self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)
            return
        self.pages.setCurrentWidget(self.sections[section])

    def open_case(self, case_id: int) -> None:
        if self.pages.currentWidget() is self.case_view and not self.case_view.may_leave():
            return
        self.case_view.show_case(case_id)
        # No section is current while a case is open, so clicking "Expedientes" (or any
        # section) changes the row and takes her back.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.pages.setCurrentWidget(self.case_view)
        self.case_view.tabs.setFocus()

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def new_case(self) -> None:
        dialog = PersonDialog(self.vault, "new_case", parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self._after_change(dialog.result_value)
            self.open_case(dialog.result_value.value.id)
            if dialog.add_children:
                self.case_view.add_children()

    def _after_change(self, _result: Result) -> None:
        for page in (self.case_list, self.people, self.due, self.tasks, self.stats,
                     self.network.report):
            page.refresh()
        if self.data_rights is not None:
            self.data_rights.refresh()
        self._count_tasks()
        self._show_team_state()

    def _show_team_state(self) -> None:
        if self.vault.is_locked:
            return
        self.team_panel.refresh()
        self.team_state.setText(self.team_panel.state.text()
                                if self.team_panel.is_team else "")

    def _count_tasks(self) -> None:
        """'Tareas · 4 (1 atrasada)': what is waiting for her, without opening the page."""
        if self.vault.is_locked:  # the window is closing after a lock
            return
        pending, overdue = followup.count_open_tasks(self.vault)
        text = self.tr("Tareas")
        if pending:
            text += f" · {pending}"
        if overdue:
            text += "\n" + self.tr("(%n atrasada(s))", "", overdue)  # a line: a narrower menu
        item = self.nav.item(NAV_TASKS)
        item.setText(text)
        item.setToolTip(self.tr("%n tarea(s) pendiente(s)", "", pending))
