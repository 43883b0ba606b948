"""The statistics dashboard on a demo vault: periods, key figures, charts with their
tables, and the coordinator's exports (CSV, Excel, PDF), each one audited."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.staff import Role
from shelter_desk.gui.common.i18n import set_language
from shelter_desk.gui.reports import dashboard
from shelter_desk.gui.reports.charts import chart_tables
from shelter_desk.gui.reports.dashboard import DashboardPage
from shelter_desk.gui.reports.pdf_report import render_report_page, render_report_pdf
from shelter_desk.gui.reports.periods import recent_periods
from shelter_desk.gui.reports.stat_model import StatTableModel, figure_text
from shelter_desk.reports.export import figure_rows
from shelter_desk.reports.period import parse_period, quarter_of
from shelter_desk.reports.tables import StatTable
from shelter_desk.services.staff import add_staff
from shelter_desk.services.statistics import report_for
from shelter_desk.store import audit
from shelter_desk.store.vault import unlock


def _open(qtbot, vault) -> DashboardPage:
    page = DashboardPage(vault)
    qtbot.addWidget(page)
    page.resize(1090, 620)  # what is left of a 1280 x 720 laptop screen
    page.show()
    _wait(qtbot, page)
    return page


def _wait(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: not page.loading and page.report is not None, timeout=5000)


def _shown_figures(page: DashboardPage) -> list[str]:
    return [tile.text for tile in page.figures]


def _expected_figures(vault, label: str) -> list[str]:
    figures = report_for(vault, parse_period(label)).figures
    return [figure_text(value) for _, value in figure_rows(figures, "es")]


def test_the_periods_offered_are_the_last_8_quarters_and_12_months_newest_first():
    quarters, months = recent_periods(date(2026, 2, 10))
    assert [p.label for p in quarters] == ["2026-Q1", "2025-Q4", "2025-Q3", "2025-Q2",
                                           "2025-Q1", "2024-Q4", "2024-Q3", "2024-Q2"]
    assert [p.label for p in months][:3] == ["2026-02", "2026-01", "2025-12"]
    assert len(months) == 12


def test_choosing_an_older_quarter_updates_the_key_figures(qtbot, demo):
    # GIVEN the dashboard opened on the current quarter
    page = _open(qtbot, demo)
    current = quarter_of(date.today()).label
    assert page.period.currentData() == current
    assert page.period.currentText().startswith("Trimestre")
    assert _shown_figures(page) == _expected_figures(demo, current)

    # WHEN the coordinator picks the oldest quarter offered, almost two years ago
    older = recent_periods(date.today())[0][-1].label
    page.period.setCurrentIndex(page.period.findData(older))
    qtbot.waitUntil(lambda: page.report is not None and page.report.period.label == older
                    and not page.loading, timeout=5000)

    # THEN the figures, the charts and their tables are those of that quarter
    assert _shown_figures(page) == _expected_figures(demo, older)
    assert _shown_figures(page) != _expected_figures(demo, current)
    report = report_for(demo, parse_period(older))
    assert page.charts[1].model.table == report.tables["nationality"]
    assert page.figures[0].caption.text() == "Personas atendidas"


def test_a_report_for_a_period_no_longer_chosen_is_ignored(qtbot, demo):
    page = _open(qtbot, demo)
    months = recent_periods(date.today())[1]
    for period in months[:4]:  # faster than the reports arrive
        page.period.setCurrentIndex(page.period.findData(period.label))
    _wait(qtbot, page)
    qtbot.wait(100)  # any late report for an earlier month must change nothing
    assert page.report.period.label == months[3].label
    assert _shown_figures(page) == _expected_figures(demo, months[3].label)


def test_a_new_vault_shows_calm_empty_charts(qtbot, created):
    page = _open(qtbot, created.vault)
    assert _shown_figures(page) == ["0"] * 7 + ["—"]
    for panel in page.charts:
        assert panel.stack.currentWidget() is panel.empty
        assert panel.empty.text() == "No hay datos de este periodo."
        assert not panel.toggle.isEnabled()


def test_every_statistics_table_passes_the_model_tester(qtbot, qtmodeltester, demo):
    report = report_for(demo, quarter_of(date.today()))
    model = StatTableModel()
    for table in [*report.tables.values(), *chart_tables(report)]:
        model.set_table(table, "es")
        assert model.rowCount() == len(table.rows)
        qtmodeltester.check(model)
    model.set_table(StatTable("expiring", Bilingual("Vacía", "Empty"), ("type",), ()), "en")
    qtmodeltester.check(model)
    model.set_table(None, "es")
    qtmodeltester.check(model)


def test_each_chart_has_its_table_one_click_away(qtbot, demo):
    page = _open(qtbot, demo)
    panel = page.charts[0]
    assert panel.stack.currentWidget() is panel.view
    assert panel.view.chart().axes()  # a real chart, with its axes
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.stack.currentWidget() is panel.table
    assert panel.toggle.text() == "Ver gráfica"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Mes"
    assert panel.model.rowCount() == len(page.report.tables["people_by_month"].rows)
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.stack.currentWidget() is panel.view


def test_switching_to_english_rewords_everything_without_asking_again(qtbot, demo,
                                                                      monkeypatch):
    page = _open(qtbot, demo)
    calls = []
    monkeypatch.setattr(dashboard, "report_for", lambda *args: calls.append(args))
    set_language("en")
    qtbot.waitUntil(lambda: page.figures[0].caption.text() == "People attended", timeout=2000)
    assert page.charts[0].toggle.text() == "Show table"
    assert page.charts[1].heading.text() == "<b>People attended by nationality</b>"
    assert page.period.currentText().startswith("Q")
    assert calls == []


def test_only_a_coordinator_sees_the_export_buttons(qtbot, created, vault_dir):
    add_staff(created.vault, "Trabajadora", Role.CASEWORKER, "frase de trabajo")
    caseworker = unlock(vault_dir, user="Trabajadora", passphrase="frase de trabajo")
    try:
        page = _open(qtbot, caseworker)
        assert all(button.isHidden() for button in page.export_buttons.values())
    finally:
        caseworker.lock()
    page = _open(qtbot, created.vault)
    assert not any(button.isHidden() for button in page.export_buttons.values())


def test_the_pdf_report_is_a_pdf_in_either_language(qtbot, demo):
    report = report_for(demo, quarter_of(date.today()))
    assert render_report_pdf(report, "es").startswith(b"%PDF")
    assert render_report_pdf(report, "en").startswith(b"%PDF")
    assert not render_report_page(report, "es", 0, scale=0.5).isNull()


def test_exporting_the_pdf_writes_the_file_and_an_audit_row(qtbot, demo, tmp_path,
                                                            monkeypatch):
    page = _open(qtbot, demo)
    chosen = tmp_path / "informe"  # no extension typed: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(chosen), "PDF"))
    qtbot.mouseClick(page.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    written = tmp_path / "informe.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in page.message.text()
    with demo.read() as connection:
        exports = [e for e in audit.events(connection) if e.action == "stats.exported"]
    assert [(e.entity_id, e.summary) for e in exports] == [(page.report.period.label, "pdf")]


def test_an_export_that_cannot_be_written_says_why(qtbot, demo, tmp_path, monkeypatch):
    page = _open(qtbot, demo)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "no" / "x.csv"), ""))
    qtbot.mouseClick(page.export_buttons["csv"], Qt.MouseButton.LeftButton)
    assert "No se pudo escribir" in page.message.text()
    with demo.read() as connection:
        assert not [e for e in audit.events(connection) if e.action == "stats.exported"]
