"""The statistics dashboard: a period, its key figures, four charts with their tables and
every other table; coordinators also export it (CSV, Excel, PDF)."""

from __future__ import annotations

import html
from dataclasses import fields
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from shelter_desk.domain.staff import Role
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.loads_when_shown import LoadsWhenShown
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.gui.reports.chart_panel import ChartPanel, stat_table_view
from shelter_desk.gui.reports.charts import chart_tables
from shelter_desk.gui.reports.pdf_report import render_report_pdf
from shelter_desk.gui.reports.periods import period_text, recent_periods
from shelter_desk.gui.reports.stat_model import StatTableModel, figure_text
from shelter_desk.reports.export import figure_rows
from shelter_desk.reports.period import parse_period
from shelter_desk.reports.tables import KeyFigures, Report
from shelter_desk.services.statistics import export_report, report_for
from shelter_desk.store.vault import OpenVault

FORMATS = ("csv", "xlsx", "pdf")
FIGURE_COLUMNS = 4


class FigureTile(QFrame):
    """One key figure: a big number over its name (the size follows her font setting)."""

    def __init__(self) -> None:
        super().__init__(frameShape=QFrame.Shape.StyledPanel)
        self.text = "—"
        self.value, self.caption = QLabel(), QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.set_figure(self.text, "")

    def set_figure(self, text: str, caption: str) -> None:
        self.text = text
        self.value.setText("<span style='font-size: xx-large; font-weight: bold'>"
                           f"{html.escape(text)}</span>")
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {text}")


class DashboardPage(Retranslating, LoadsWhenShown, QWidget):
    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.report: Report | None = None
        self._loading: str | None = None  # the period asked for last, until it arrives
        self._stale = True  # computed when first shown, not while the window opens

        self.period_label = QLabel()
        self.period = QComboBox(objectName="period")
        self.period_label.setBuddy(self.period)
        self._fill_periods(date.today())
        self.period.currentIndexChanged.connect(self._load)
        self.busy = QProgressBar(objectName="busy", maximumWidth=120)
        self.busy.setRange(0, 0)  # no end known: a moving bar while the figures compute
        self.busy.hide()
        self.export_buttons = {fmt: QPushButton(objectName=f"export_{fmt}", enabled=False)
                               for fmt in FORMATS}
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.figures_heading = QLabel()
        self.figures = [FigureTile() for _ in fields(KeyFigures)]
        self.charts = [ChartPanel(name) for name in ("months_chart", "nationality_chart",
                                                      "barriers_chart", "age_chart")]
        self.tables_heading = QLabel()
        self.table_choice = QComboBox(objectName="table_choice")
        self.tables_heading.setBuddy(self.table_choice)
        self.table_choice.currentIndexChanged.connect(self._show_chosen_table)
        self.table_model = StatTableModel(self)
        self.table = stat_table_view(self.table_model, "all_tables")
        self.table.setMinimumHeight(280)
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._content())
        layout = QVBoxLayout(self)
        layout.addLayout(self._header(vault))
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    def _header(self, vault: OpenVault) -> QHBoxLayout:
        top = QHBoxLayout()
        for widget in (self.period_label, self.period, self.busy):
            top.addWidget(widget)
        top.addStretch(1)
        # Exports are the coordinator's (the service refuses anyone else's anyway).
        coordinator = vault.user is not None and vault.user.role is Role.COORDINATOR
        for fmt, button in self.export_buttons.items():
            button.setVisible(coordinator)
            button.clicked.connect(lambda _=False, fmt=fmt: self.export(fmt))
            top.addWidget(button)
        return top

    def _content(self) -> QWidget:
        """What scrolls: the figures, the charts two by two, then any table."""
        figures, charts, choice = QGridLayout(), QGridLayout(), QHBoxLayout()
        for index, tile in enumerate(self.figures):
            figures.addWidget(tile, index // FIGURE_COLUMNS, index % FIGURE_COLUMNS)
        for index, panel in enumerate(self.charts):
            charts.addWidget(panel, index // 2, index % 2)
        choice.addWidget(self.tables_heading)
        choice.addWidget(self.table_choice, 1)
        content = QWidget(objectName="dashboard_content")
        body = QVBoxLayout(content)
        body.addWidget(self.figures_heading)
        body.addLayout(figures)
        body.addSpacing(8)
        body.addLayout(charts)
        body.addSpacing(8)
        body.addLayout(choice)
        body.addWidget(self.table)
        return content

    # -- the period and its report ---------------------------------------------------

    def _fill_periods(self, today: date) -> None:
        quarters, months = recent_periods(today)
        for period in quarters:
            self.period.addItem("", period.label)
        self.period.insertSeparator(self.period.count())
        for period in months:
            self.period.addItem("", period.label)
        self.period.setCurrentIndex(0)  # the current quarter

    def _load(self) -> None:
        label = self.period.currentData()
        if label is None:
            return
        self._stale = False
        self._loading = label
        self._say("")
        self.busy.show()
        vault = self.vault
        run_in_background(lambda: report_for(vault, parse_period(label)),
                          lambda report: self._loaded(label, report),
                          lambda error: self._failed(label, error))

    def _loaded(self, label: str, report: Report) -> None:
        # The page may be gone (locked) or another period chosen since this one was asked.
        if not isValid(self) or label != self.period.currentData():
            return
        self._loading = None
        self.busy.hide()
        self.report = report
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self._show_report()

    def _failed(self, label: str, error: Exception) -> None:
        if not isValid(self) or label != self.period.currentData():
            return
        self._loading = None
        self.busy.hide()
        self._say(describe(error))

    def _show_report(self) -> None:
        report, language = self.report, current_language()
        if report is None:
            return
        for (name, value), tile in zip(figure_rows(report.figures, language), self.figures,
                                       strict=True):
            tile.set_figure(figure_text(value), name)
        for panel, table in zip(self.charts, chart_tables(report), strict=True):
            panel.set_content(table, language)
        chosen = self.table_choice.currentData() or "sex_gender"
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for key, table in report.tables.items():
            self.table_choice.addItem(table.title.in_language(language), key)
        self.table_choice.setCurrentIndex(max(0, self.table_choice.findData(chosen)))
        self.table_choice.blockSignals(False)
        self._show_chosen_table()

    def _show_chosen_table(self) -> None:
        key = self.table_choice.currentData()
        if self.report is not None and key in self.report.tables:
            self.table_model.set_table(self.report.tables[key], current_language())

    # -- exports ---------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        """Ask where, then write the selected period's report; audited by the service."""
        label = self.period.currentData()
        filters = {"csv": self.tr("Valores separados por comas (*.csv)"),
                   "xlsx": self.tr("Libro de Excel (*.xlsx)"),
                   "pdf": self.tr("Documento PDF (*.pdf)")}
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("estadisticas")  # a file name: no accents, for any computer
        suggested = str(Path(folder) / f"{name}-{label}.{fmt}")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Exportar estadísticas"),
                                                suggested, filters[fmt])
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(f".{fmt}") else f"{chosen}.{fmt}")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_report(self.vault, parse_period(label), fmt, path,
                          language=current_language(), pdf_writer=render_report_pdf)
        except Exception as error:  # told to her in her language, nothing half-written
            self._say(describe(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._say(self.tr("Estadísticas guardadas en %1").replace("%1", str(path)))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- words -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Periodo:"))
        for index in range(self.period.count()):
            label = self.period.itemData(index)
            if label is not None:
                self.period.setItemText(index, period_text(parse_period(label)))
        self.busy.setAccessibleName(self.tr("Calculando las estadísticas"))
        self.busy.setToolTip(self.tr("Calculando las estadísticas"))
        names = {"csv": self.tr("Exportar CSV…"), "xlsx": self.tr("Exportar Excel…"),
                 "pdf": self.tr("Exportar PDF…")}
        for fmt, button in self.export_buttons.items():
            button.setText(names[fmt])
        heading = self.tr("Cifras clave")
        self.figures_heading.setText(f"<b>{html.escape(heading)}</b>")
        self.tables_heading.setText(self.tr("&Todas las tablas:"))
        self._show_report()
