"""The case list on a demo vault: search as you type, filters, sorting, lazy paging."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shelter_desk.gui.cases.case_list_model import COL_CODE, COL_NAME, COL_NATIONALITY
from shelter_desk.gui.cases.case_list_page import CaseListPage
from shelter_desk.gui.people.people_page import PeoplePage
from shelter_desk.services import cases


def _column(page, column):
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _fetch_all(model):
    while model.canFetchMore():
        model.fetchMore()


def test_the_models_pass_qtmodeltester(qtbot, qtmodeltester, demo):
    page = CaseListPage(demo)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    people = PeoplePage(demo)
    qtbot.addWidget(people)
    qtmodeltester.check(people.model)


def test_search_as_you_type_ignores_accents(qtbot, demo):
    page = CaseListPage(demo)
    qtbot.addWidget(page)
    total = cases.count_cases(demo)
    qtbot.keyClicks(page.search, "maria")
    qtbot.waitUntil(lambda: page.model.rowCount() < total, timeout=3000)
    names = _column(page, COL_NAME)
    assert names and all("maría" in name.casefold() for name in names)
    assert page.count.text().endswith("expediente(s)") or "expediente" in page.count.text()

    # Enter opens the first match
    opened = []
    page.case_requested.connect(opened.append)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [page.model.row_at(0).case_id]


def test_filters_and_sorting_run_in_sql(qtbot, demo):
    page = CaseListPage(demo)
    qtbot.addWidget(page)
    page.nationality.setCurrentIndex(page.nationality.findData("HT"))
    _fetch_all(page.model)
    assert set(_column(page, COL_NATIONALITY)) == {"Haití"}
    assert page.model.rowCount() == cases.count_cases(demo, page.current_filter())

    page.nationality.setCurrentIndex(0)
    page.barrier.setChecked(True)
    _fetch_all(page.model)
    assert page.model.rowCount() > 0
    assert all(page.model.row_at(r).open_barriers for r in range(page.model.rowCount()))

    page.barrier.setChecked(False)
    page.table.sortByColumn(COL_CODE, Qt.SortOrder.DescendingOrder)
    _fetch_all(page.model)
    codes = [(int(c[:4]), int(c[5:])) for c in _column(page, COL_CODE)]
    assert codes == sorted(codes, reverse=True) and len(codes) == cases.count_cases(demo)


def test_rows_arrive_a_page_at_a_time(qtbot, demo):
    page = CaseListPage(demo)
    qtbot.addWidget(page)
    page.model.page_size = 50
    page.model.reload()
    assert page.model.rowCount() == 50 and page.model.canFetchMore()
    _fetch_all(page.model)
    assert page.model.rowCount() == cases.count_cases(demo)


def test_an_empty_vault_invites_the_first_case(qtbot, created):
    page = CaseListPage(created.vault)
    qtbot.addWidget(page)
    assert page.body.currentIndex() == 1
    assert page.empty_title.text() == "Aún no hay expedientes"


def _mnemonics(widget) -> list[str]:
    """The Alt+letter keys a keyboard user has on a page: one per usable control."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        if not child.isVisibleTo(widget):
            continue
        target = child.buddy() if isinstance(child, QLabel) else child
        if target is None or not target.isEnabled():  # a disabled control takes no key
            continue
        found += [letter.lower() for letter in re.findall(r"(?<!&)&([^&\s])", child.text())]
    return found


def test_every_list_action_has_its_own_keyboard_letter(qtbot, created, preferences):
    from shelter_desk.gui.network.network_section import NetworkSection
    from shelter_desk.gui.shell.main_window import MainWindow

    # GIVEN the main window of a coordinator
    window = MainWindow(created.vault, preferences.load())
    qtbot.addWidget(window)
    window.show()
    page = window.case_list
    # THEN the list's buttons and filters can be reached with Alt, each with its own letter
    for control in (page.import_sheet, page.export_list, page.expiring, page.barrier):
        assert "&" in control.text(), control.text()
    letters = _mnemonics(page)
    assert len(letters) == len(set(letters)), letters
    # AND the same holds on the network report and the connection tab
    section = NetworkSection(created.vault)
    qtbot.addWidget(section)
    section.show()
    for tab in (section.report, section.widget(1)):
        letters = _mnemonics(tab)
        assert len(letters) == len(set(letters)), letters
