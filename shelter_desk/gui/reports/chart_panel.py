"""One chart with its table one click away, and a calm note when the period has no data."""

from __future__ import annotations

import html

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating
from shelter_desk.gui.reports.charts import build_chart, chart_height
from shelter_desk.gui.reports.stat_model import StatTableModel
from shelter_desk.reports.tables import StatTable

CHART_HEIGHT = 300


def stat_table_view(model: StatTableModel, name: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(False)  # counts next to their names
    return table


class ChartPanel(Retranslating, QWidget):
    CHART, TABLE, EMPTY = range(3)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.heading = QLabel(wordWrap=True)
        self.toggle = QPushButton(objectName="show_table", checkable=True)
        self.toggle.toggled.connect(self._show)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_HEIGHT)
        self.model = StatTableModel(self)
        self.table = stat_table_view(self.model, f"{name}_table")
        self.empty = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (self.view, self.table, self.empty):
            self.stack.addWidget(page)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def set_content(self, table: StatTable, language: str) -> None:
        """Show `table` as a chart and as a table, in `language`."""
        title = table.title.in_language(language)
        self.heading.setText(f"<b>{html.escape(title)}</b>")
        old = self.view.chart()
        chart = build_chart(table, language)
        chart.setTitle("")  # the heading above says it, for the table too
        self.view.setChart(chart)
        old.deleteLater()  # the view gives the previous chart back without deleting it
        line = QFontMetricsF(chart.axes()[0].labelsFont()).height() if chart.axes() else 0
        self.view.setMinimumHeight(chart_height(table, line, CHART_HEIGHT))
        self.view.setAccessibleName(title)
        self.model.set_table(table, language)
        self.toggle.setEnabled(table.total > 0)
        self._show(self.toggle.isChecked())

    def _show(self, table_shown: bool) -> None:
        if self.model.table is not None and self.model.table.total == 0:
            self.stack.setCurrentIndex(self.EMPTY)
        else:
            self.stack.setCurrentIndex(self.TABLE if table_shown else self.CHART)
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Ver gráfica") if self.toggle.isChecked()
                            else self.tr("Ver tabla"))
        self.empty.setText(self.tr("No hay datos de este periodo."))
