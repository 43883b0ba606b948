"""Issue 21: what a new worker notices in the first hour, at 1024 px, in Spanish."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from shelter_desk.catalog.geo import all_countries, country_name
from shelter_desk.gui.common.dates import age_text, short_date
from shelter_desk.gui.setup.unlock_window import UnlockWindow
from shelter_desk.services.demo import DEMO_USER


def test_the_demo_unlock_screen_says_who_and_where_the_passphrase_is(qtbot, demo, tmp_path):
    window = UnlockWindow(tmp_path / "demo")
    qtbot.addWidget(window)
    window.show()
    assert window.demo_hint.isVisible()
    assert DEMO_USER in window.demo_hint.text() and "Makefile" in window.demo_hint.text()
    assert window.user.text() == DEMO_USER
    assert window.passphrase.hasFocus() or not window.isActiveWindow()


def test_a_real_vault_unlock_screen_shows_no_demo_hint(qtbot, created, vault_dir):
    window = UnlockWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    assert not window.demo_hint.isVisible()
    assert window.user.text() == ""


def test_remember_my_name_is_not_cut_off(qtbot, created, vault_dir, qapp):
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)  # a larger system font, too
    qapp.setFont(font)
    window = UnlockWindow(vault_dir)
    qtbot.addWidget(window)
    window.resize(window.minimumSizeHint())
    window.show()
    qtbot.waitExposed(window)
    assert window.remember.width() >= window.remember.sizeHint().width()


def test_ages_under_two_are_in_months():
    today = date(2026, 12, 7)
    assert age_text(date(2026, 9, 1), today) == "3 meses"
    assert age_text(date(2026, 11, 20), today) == "0 meses"
    assert age_text(date(2025, 11, 7), today) == "13 meses"
    assert age_text(date(2019, 5, 1), today) == "7 años"
    assert age_text(None, today) == ""


def test_dates_have_four_digit_years():
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    try:
        assert "2026" in short_date(date(2026, 3, 4))
        assert "2026" in short_date(QDate(2026, 3, 4))
    finally:
        QLocale.setDefault(QLocale.c())


def test_country_names_are_in_spanish():
    assert country_name("DZ", "es") == "Argelia"
    assert country_name("DZ", "en") == "Algeria"
    assert country_name("HN", "es") == "Honduras"
    assert country_name("DE", "es") == "Alemania"
    names = dict(all_countries("es"))
    assert names["DZ"] == "Argelia" and names["MX"] == "México"


# -- the Derechos tab: who, what needs action, and every column on screen at 1024 px ------


def _rights_at_1024(qtbot, vault, case_id):
    from shelter_desk.gui.cases.case_view import CaseView

    view = CaseView(vault)
    qtbot.addWidget(view)
    view.resize(1024 - 160, 700)  # what the window leaves the case beside the navigation
    view.show()
    view.show_case(case_id)
    view.tabs.setCurrentWidget(view.rights)
    qtbot.waitExposed(view)
    return view, view.rights


def _checks(tab):
    from shelter_desk.gui.common.lazy_model import ROW_ROLE

    return [tab.model.data(tab.model.index(r, 0), ROW_ROLE) for r in range(tab.model.rowCount())]


def test_rights_need_action_first_and_filter_by_person(qtbot, created, qtmodeltester):
    from shelter_desk.domain.rights import State
    from tests.services.test_rights import _testimony

    case, children, _refused = _testimony(created.vault)
    _view, tab = _rights_at_1024(qtbot, created.vault, case.id)
    qtmodeltester.check(tab.model)
    states = [check.state for check in _checks(tab)]
    urgency = {State.BLOCKED: 0, State.AT_RISK: 1, State.READY: 2}
    assert states == sorted(states, key=urgency.get) and states[0] is State.BLOCKED
    everyone = len(states)
    # her, each child, everyone
    names = [tab.person_filter.itemText(i) for i in range(tab.person_filter.count())]
    assert names[0] == "Todas las personas" and len(names) == 1 + 1 + len(children)
    tab.person_filter.setCurrentIndex(tab.person_filter.findData(children[0].id))
    shown = _checks(tab)
    assert shown and {check.person.id for check in shown} == {children[0].id}
    assert tab.table.isColumnHidden(0)  # one person: no need to repeat her name
    tab.person_filter.setCurrentIndex(0)
    assert len(_checks(tab)) == everyone and not tab.table.isColumnHidden(0)


def test_rights_columns_fit_1024_without_horizontal_scrolling(qtbot, created):
    from PySide6.QtCore import Qt

    from tests.services.test_rights import _testimony

    case, _children, _refused = _testimony(created.vault)
    _view, tab = _rights_at_1024(qtbot, created.vault, case.id)
    header = tab.table.horizontalHeader()
    assert header.length() <= tab.table.viewport().width()
    assert not tab.table.horizontalScrollBar().isVisible()
    for column in range(tab.model.columnCount()):
        assert header.sectionSize(column) >= 60, column  # each readable, none squeezed out
    long_text = tab.model.data(tab.model.index(0, 4))
    assert tab.model.data(tab.model.index(0, 4), Qt.ItemDataRole.ToolTipRole) in (
        None, long_text)


# -- the main window at 1024 px: every case tab, the navigation, the backup banner --------


def _main_window(qtbot, vault, preferences, width=1024, height=740):
    from shelter_desk.gui.shell.main_window import MainWindow

    window = MainWindow(vault, preferences.load())
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_case_tab_is_on_screen_at_1024_without_scroll_arrows(qtbot, created,
                                                                   preferences):
    from shelter_desk.domain.people import PersonDetails
    from shelter_desk.services import cases

    case = cases.open_case(created.vault, PersonDetails(
        "Keyla Yamileth", "Banegas Reyes", nationality="HN")).value
    window = _main_window(qtbot, created.vault, preferences)
    window.open_case(case.id)
    view = window.case_view
    qtbot.waitUntil(view.tab_rows.isVisible)
    buttons = view.tab_rows.buttons[:view.tabs.count()]
    assert len(buttons) == 11
    right_edge = window.mapToGlobal(window.rect().topRight()).x()
    for index, button in enumerate(buttons):
        assert button.isVisible(), index
        assert button.width() >= button.sizeHint().width(), button.text()  # never cut off
        assert button.mapToGlobal(button.rect().topRight()).x() <= right_edge, button.text()
    # a click on a button shows its tab, and a tab chosen in code lights its button
    buttons[9].click()
    assert view.tabs.currentIndex() == 9
    view.tabs.setCurrentWidget(view.board)
    assert buttons[2].isChecked()


def test_the_navigation_folds_away(qtbot, created, preferences):
    window = _main_window(qtbot, created.vault, preferences)
    assert window.nav.isVisible()
    window.nav_toggle.click()
    assert not window.nav.isVisible()
    window.nav_toggle.click()
    assert window.nav.isVisible()


def test_the_no_backup_banner_lets_coordinators_act_and_tells_others_who_to_ask(
        qtbot, created, vault_dir, preferences):
    from shelter_desk.domain.staff import Role
    from shelter_desk.services import staff
    from shelter_desk.store.vault import unlock
    from tests.conftest import COORDINATOR

    window = _main_window(qtbot, created.vault, preferences)
    assert window.reminder.isVisible() and window.reminder.button.isVisible()
    assert "Pide" not in window.reminder.text.text()

    staff.add_staff(created.vault, "Voluntaria Prueba", Role.VOLUNTEER, "frase de trabajo larga")
    volunteer = unlock(vault_dir, user="Voluntaria Prueba", passphrase="frase de trabajo larga")
    try:
        other = _main_window(qtbot, volunteer, preferences)
        assert other.reminder.isVisible() and not other.reminder.button.isVisible()
        assert COORDINATOR in other.reminder.text.text()
        assert "Pide a la coordinación" in other.reminder.text.text()
    finally:
        volunteer.lock()


# -- the dashboard: the month in progress is drawn as in progress -------------------------


def _months_table(months, attended):
    from shelter_desk.domain.messages import Bilingual
    from shelter_desk.reports.tables import StatRow, StatTable

    rows = []
    for month, count in zip(months, attended, strict=True):
        rows += [StatRow((month, "attended"), count), StatRow((month, "new_arrivals"), 1)]
    return StatTable("people_by_month", Bilingual("Personas", "People"),
                     ("month", "measure"), tuple(rows))


def test_the_month_in_progress_is_drawn_as_in_progress():
    from PySide6.QtCharts import QLineSeries
    from PySide6.QtCore import Qt

    from shelter_desk.gui.reports.charts import _months_chart, current_month

    today = date(2026, 12, 7)
    assert current_month(today) == "2026-12"
    chart = _months_chart(_months_table(["2026-10", "2026-11", "2026-12"], [40, 42, 9]),
                          "es", today)
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    finished = [s for s in lines if not s.property("in_progress")]
    ongoing = [s for s in lines if s.property("in_progress")]
    # the finished months in full lines; the month so far a dotted, lighter segment
    assert [s.count() for s in finished] == [2, 2]
    assert [s.count() for s in ongoing] == [2, 2]
    assert all(s.pen().style() == Qt.PenStyle.DotLine for s in ongoing)
    assert all(s.pen().color().alphaF() < 1 for s in ongoing)
    assert all(not m.isVisible() for s in ongoing for m in chart.legend().markers(s))
    labels = chart.axes(Qt.Orientation.Horizontal)[0].categories()
    assert labels[-1] == "dic 2026<br>(en curso)" and "curso" not in labels[-2]


def test_a_period_of_finished_months_has_no_month_in_progress():
    from PySide6.QtCharts import QLineSeries
    from PySide6.QtCore import Qt

    from shelter_desk.gui.reports.charts import _months_chart

    chart = _months_chart(_months_table(["2026-07", "2026-08", "2026-09"], [40, 42, 39]),
                          "es", date(2026, 12, 7))
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert len(lines) == 2 and all(s.count() == 3 for s in lines)
    assert "curso" not in " ".join(chart.axes(Qt.Orientation.Horizontal)[0].categories())


# -- saving a record keeps the case list where she left it --------------------------------


def test_saving_a_record_keeps_the_case_lists_scroll_and_selection(qtbot, demo,
                                                                   preferences):
    from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
    from shelter_desk.services import cases, documents

    window = _main_window(qtbot, demo, preferences)
    page = window.case_list
    table = page.table
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    while page.model.rowCount() < 150 and page.model.canFetchMore():
        page.model.fetchMore()
    row = 120
    table.setCurrentIndex(page.model.index(row, 0))
    table.scrollTo(page.model.index(row, 0))
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0
    chosen = page.model.row_at(row).case_id

    # WHEN she opens that case and records a document in it (a save: the lists reload)
    window.open_case(chosen)
    person_id = cases.open_case_file(demo, chosen, record_view=False).principal.person.id
    result = documents.record_document(demo, person_id, DocumentDetails(
        "cartilla_vacunacion", DocumentStatus.ORIGINAL))
    window.case_view._after_change(result)
    window.case_view.back.click()

    # THEN the list is where she left it, the same case selected
    assert window.pages.currentWidget() is page
    assert page.model.row_at(table.currentIndex().row()).case_id == chosen
    assert table.verticalScrollBar().value() == scrolled


def test_every_case_tab_table_fits_1024_and_a_long_institution_reads_whole(qtbot, created):
    from PySide6.QtCore import Qt

    from shelter_desk.domain.barriers import AttemptDetails, Outcome
    from shelter_desk.domain.people import PersonDetails
    from shelter_desk.services import barriers, cases

    case = cases.open_case(created.vault, PersonDetails(
        "Keyla Yamileth", "Banegas Reyes", nationality="HN")).value
    office = ("Oficialía 1 del Registro Civil del Municipio de Tapachula de Córdova y "
              "Ordóñez, Chiapas")
    barriers.record_attempt(created.vault, AttemptDetails(
        person_id=case.principal_person_id, right_key="registro_nacimiento",
        institution_type_key="registro_civil", institution_name=office,
        attempted_on=date.today(), outcome=Outcome.REFUSED,
        reason_keys=("pidio_situacion_migratoria",),
        action_taken="Se acompañó a la oficialía y se pidió la negativa por escrito."))
    from shelter_desk.gui.casework.section import CaseSection

    view, _tab = _rights_at_1024(qtbot, created.vault, case.id)
    for section in [s for s in view.sections if isinstance(s, CaseSection)]:
        view.tabs.setCurrentWidget(section)
        qtbot.waitUntil(lambda section=section: not section._stale)
        header = section.table.horizontalHeader()
        assert header.length() <= section.table.viewport().width(), type(section).__name__
    view.tabs.setCurrentWidget(view.barriers)
    model = view.barriers.model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Institución")
    assert model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole) == office


def test_the_documents_board_fits_1024_with_long_document_names(qtbot, created):
    from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
    from shelter_desk.domain.people import PersonDetails
    from shelter_desk.services import cases, documents

    case = cases.open_case(created.vault, PersonDetails(
        "Keyla Yamileth", "Banegas Reyes", nationality="HN")).value
    for key in ("reconocimiento_refugiado", "tvrh", "constancia_comar", "documento_judicial"):
        documents.record_document(created.vault, case.principal_person_id,
                                  DocumentDetails(key, DocumentStatus.COPY_ONLY))
    view, _tab = _rights_at_1024(qtbot, created.vault, case.id)
    view.tabs.setCurrentWidget(view.board)
    qtbot.waitUntil(lambda: bool(view.board.tiles))
    qtbot.wait(20)  # the layout settles
    assert view.board.horizontalScrollBar().maximum() == 0
    tile = next(t for t in view.board.tiles if t.property("type_key") == "reconocimiento_refugiado")
    assert "\n" in tile.text() and "refugiada" in tile.text()  # wrapped, not cut


def test_save_and_add_another_refuses_a_child_without_a_name_and_keeps_the_dialog(
        qtbot, created):
    from shelter_desk.domain.people import PersonDetails
    from shelter_desk.gui.people.person_dialog import PersonDialog
    from shelter_desk.services import cases

    her = PersonDetails("Keyla Yamileth", "Banegas Reyes", nationality="HN")
    case = cases.open_case(created.vault, her).value
    dialog = PersonDialog(created.vault, "add_member", case_id=case.id, principal=her)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.more.click()  # no name typed
    assert dialog.isVisible() and dialog.added == 0 and dialog.result_value is None
    assert dialog.form.error.isVisible() and dialog.form.error.text()
    assert dialog.form.family_names.text() == "Banegas Reyes"  # nothing she had is lost
    # born in Mexico, then not: her nationality comes back
    dialog.born_in_mexico.click()
    assert dialog.form.nationality.currentData() == "MX"
    dialog.born_in_mexico.click()
    assert dialog.form.nationality.currentData() == "HN"
    assert cases.open_case_file(created.vault, case.id, record_view=False).household == ()
