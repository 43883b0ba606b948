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
