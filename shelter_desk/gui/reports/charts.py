"""The four charts of the dashboard and the PDF report, each drawn from one StatTable.

Words come from the report's own Bilingual labels, not from the Qt translator: the PDF
is written in the language asked for, which need not be the interface's.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import AGE_BANDS
from shelter_desk.reports.labels import value_label
from shelter_desk.reports.tables import Report, StatRow, StatTable

TOP_NATIONALITIES = 8
OUTCOMES = ("granted", "partial", "refused", "pending")
# Dark enough for white numbers on them (4.5:1); calm, never an alarming red.
OUTCOME_COLOURS = {"granted": "#2f6f4f", "partial": "#7a5c12", "refused": "#8e3b46",
                   "pending": "#4f5b93"}
PEOPLE = Bilingual("Personas", "People")
IN_PROGRESS = Bilingual("en curso", "in progress")  # the month so far
BARRIERS = Bilingual("Barreras", "Barriers")
OTHERS = Bilingual("Otras", "Others")
BARRIERS_BY_RIGHT = Bilingual("Barreras por derecho y resultado",
                              "Barriers by right and outcome")
_MONTHS = {
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def chart_tables(report: Report) -> list[StatTable]:
    """What the four charts plot, in dashboard order; each is also the chart's table."""
    return [report.tables["people_by_month"], report.tables["nationality"],
            barriers_by_right(report.tables["barriers"]),
            age_bands_in_order(report.tables["age_band"])]


def barriers_by_right(table: StatTable) -> StatTable:
    """The barriers table summed over institution and reason: right × outcome."""
    right, outcome = table.dimensions.index("right"), table.dimensions.index("outcome")
    counts: Counter[tuple[str, str]] = Counter()
    for row in table.rows:
        counts[(row.values[right], row.values[outcome])] += row.count
    totals: Counter[str] = Counter()
    for (key, _), count in counts.items():
        totals[key] += count

    def order(item: tuple[tuple[str, str], int]) -> tuple[int, str, int]:
        (key, result), _ = item
        rank = OUTCOMES.index(result) if result in OUTCOMES else len(OUTCOMES)
        return -totals[key], key, rank

    rows = tuple(StatRow(values, count) for values, count in sorted(counts.items(), key=order))
    return StatTable("barriers_by_right", BARRIERS_BY_RIGHT, ("right", "outcome"), rows)


def age_bands_in_order(table: StatTable) -> StatTable:
    order = [label for _, _, label in AGE_BANDS] + ["unknown"]
    rows = sorted(table.rows, key=lambda row: order.index(row.values[0])
                  if row.values[0] in order else len(order))
    return StatTable(table.key, table.title, table.dimensions, tuple(rows))


def month_name(month: str, language: str) -> str:
    """'2026-10' -> 'oct 2026'."""
    year, number = month.split("-")
    return f"{_MONTHS['en' if language == 'en' else 'es'][int(number) - 1]} {year}"


def chart_height(table: StatTable, line_height: float, least: int) -> int:
    """Tall enough for every bar's name: QtCharts writes '...' for a name whose row
    is lower than the text, so horizontal charts grow with their number of bars."""
    if table.key == "nationality":
        bars = min(len(table.rows), TOP_NATIONALITIES + 1)
    elif table.key == "barriers_by_right":
        bars = len({row.values[0] for row in table.rows})
    else:
        bars = 0
    return max(least, round(line_height * (2 * bars + 10))) if bars else least


def build_chart(table: StatTable, language: str) -> QChart:
    builders = {"people_by_month": _months_chart, "nationality": _nationality_chart,
                "barriers_by_right": _barriers_chart, "age_band": _age_chart}
    chart = builders[table.key](table, language)
    chart.setTitle(table.title.in_language(language))
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


def chart_image(table: StatTable, language: str, width: int, height: int, *,
                scale: float = 3.0, font: QFont | None = None, titled: bool = True) -> QImage:
    """The chart drawn offscreen at `scale` times its size, on white, for print; `font`
    for all its words (else the interface's, which follows her font size setting)."""
    chart = build_chart(table, language)
    if not titled:
        chart.setTitle("")
    if font is not None:
        _use_font(chart, font)
    scene = QGraphicsScene()
    scene.addItem(chart)  # the scene owns and deletes it
    chart.resize(width, height)
    image = QImage(round(width * scale), round(height * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()),
                 QRectF(0, 0, width, height))
    painter.end()
    return image


def _use_font(chart: QChart, font: QFont) -> None:
    bold = QFont(font)
    bold.setBold(True)
    chart.setTitleFont(bold)
    chart.legend().setFont(font)
    for axis in chart.axes():
        axis.setLabelsFont(font)
        axis.setTitleFont(bold)
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for bars in series.barSets():
                bars.setLabelFont(font)
        elif isinstance(series, QLineSeries):
            series.setPointLabelsFont(font)


def _count_axis(maximum: int, title: str) -> QValueAxis:
    """Whole numbers from zero, a round step, and room above the tallest label."""
    raw = max(1.0, maximum / 5)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    axis = QValueAxis()
    axis.setRange(0, max(step, math.ceil(maximum * 1.1 / step) * step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    axis.setTitleText(title)
    return axis


def _category_axis(names: list[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(names)
    return axis


def _attach(chart: QChart, series: QAbstractSeries, categories: QBarCategoryAxis,
            counts: QValueAxis, *, horizontal: bool) -> None:
    chart.addSeries(series)
    if not chart.axes():  # a second series shares the first one's axes
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal
                      else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom if horizontal
                      else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(counts)


def _labelled(series: QAbstractBarSeries, position: QAbstractBarSeries.LabelsPosition) -> None:
    # The number on each bar: the reading never depends on colour or on the grid.
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(position)
    series.setLabelsPrecision(9)


def current_month(today: date | None = None) -> str:
    return (today or date.today()).strftime("%Y-%m")


def _months_chart(table: StatTable, language: str, today: date | None = None) -> QChart:
    """Attended and new arrivals by month. The month in progress is not a finished month
    that dropped: its name says «mes en curso» and the line to it is dotted and lighter."""
    chart = QChart()
    months = list(dict.fromkeys(row.values[0] for row in table.rows))
    counts = {(row.values[0], row.values[1]): row.count for row in table.rows}
    in_progress = bool(months) and months[-1] == current_month(today)
    names = [month_name(month, language) for month in months]
    if in_progress:
        names[-1] += f"<br>({IN_PROGRESS.in_language(language)})"  # own line (rich text)
    categories = _category_axis(names)
    axis = _count_axis(max(counts.values(), default=0), PEOPLE.in_language(language))
    finished = len(months) - 1 if in_progress else len(months)
    for measure, style in (("attended", Qt.PenStyle.SolidLine),
                           ("new_arrivals", Qt.PenStyle.DashLine)):
        series = QLineSeries()
        series.setName(value_label("measure", measure, language))
        for index, month in enumerate(months[:max(finished, 1)]):
            series.append(index, counts.get((month, measure), 0))
        _attach(chart, series, categories, axis, horizontal=False)
        pen = QPen(series.color(), 3, style)
        series.setPen(pen)
        _point_labels(series)
        if in_progress and finished >= 1:
            _in_progress_segment(chart, series, months, counts, measure, categories, axis,
                                 language)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _point_labels(series: QLineSeries) -> None:
    series.setPointsVisible(True)
    series.setPointLabelsVisible(True)
    series.setPointLabelsFormat("@yPoint")
    series.setPointLabelsClipping(False)


def _in_progress_segment(chart: QChart, finished: QLineSeries, months: list[str],
                         counts: dict[tuple[str, str], int], measure: str,
                         categories: QBarCategoryAxis, axis: QValueAxis,
                         language: str) -> None:
    """The last finished month to the month in progress: dotted, lighter, no legend entry."""
    segment = QLineSeries()
    segment.setName(f"{finished.name()} ({IN_PROGRESS.in_language(language)})")
    last = len(months) - 1
    segment.append(last - 1, counts.get((months[last - 1], measure), 0))
    segment.append(last, counts.get((months[last], measure), 0))
    _attach(chart, segment, categories, axis, horizontal=False)
    colour = QColor(finished.color())
    colour.setAlphaF(0.45)
    segment.setPen(QPen(colour, 3, Qt.PenStyle.DotLine))
    _point_labels(segment)
    segment.setProperty("in_progress", True)
    for marker in chart.legend().markers(segment):
        marker.setVisible(False)


def _single_bars(names: list[str], counts: list[int], *, horizontal: bool,
                 language: str) -> QChart:
    chart = QChart()
    bars = QBarSet(PEOPLE.in_language(language))
    bars.append(counts)
    bars.setColor(QColor("#2f6f9f"))
    bars.setLabelColor(QColor("#1f1f1f"))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    _labelled(series, QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    _attach(chart, series, _category_axis(names),
            _count_axis(max(counts, default=0), PEOPLE.in_language(language)),
            horizontal=horizontal)
    chart.legend().hide()  # one series: the title and the axis say what it counts
    return chart


def _nationality_chart(table: StatTable, language: str) -> QChart:
    rows = list(table.rows)
    shown = rows if len(rows) <= TOP_NATIONALITIES + 1 else rows[:TOP_NATIONALITIES]
    names = [value_label("nationality", row.values[0], language) for row in shown]
    counts = [row.count for row in shown]
    if len(shown) < len(rows):
        names.append(OTHERS.in_language(language))
        counts.append(sum(row.count for row in rows[len(shown):]))
    # Horizontal bars fill upwards: reversed, so the largest group reads first.
    return _single_bars(names[::-1], counts[::-1], horizontal=True, language=language)


def _age_chart(table: StatTable, language: str) -> QChart:
    names = [value_label("age_band", row.values[0], language) for row in table.rows]
    return _single_bars(names, [row.count for row in table.rows], horizontal=False,
                        language=language)


def _barriers_chart(table: StatTable, language: str) -> QChart:
    chart = QChart()
    rights = list(dict.fromkeys(row.values[0] for row in table.rows))[::-1]
    counts = {(row.values[0], row.values[1]): row.count for row in table.rows}
    outcomes = [o for o in OUTCOMES if any(key[1] == o for key in counts)]
    outcomes += sorted({key[1] for key in counts} - set(outcomes))
    series = QHorizontalStackedBarSeries()
    for outcome in outcomes:
        bars = QBarSet(value_label("outcome", outcome, language))
        bars.append([counts.get((right, outcome), 0) for right in rights])
        bars.setColor(QColor(OUTCOME_COLOURS.get(outcome, "#555555")))
        bars.setLabelColor(QColor("#ffffff"))
        series.append(bars)
    _labelled(series, QAbstractBarSeries.LabelsPosition.LabelsCenter)
    totals = Counter[str]()
    for (right, _), count in counts.items():
        totals[right] += count
    _attach(chart, series, _category_axis([value_label("right", r, language) for r in rights]),
            _count_axis(max(totals.values(), default=0), BARRIERS.in_language(language)),
            horizontal=True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart
