"""«Hay un conflicto» on the case file itself, on two real synced vaults: the banner
names the field, «Resolver…» ends it with the Equipo page's controls, and it goes."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication

from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.gui.cases.case_view import CaseView
from shelter_desk.services import cases, people
from tests.team.conftest import exchange, paired_laptops


@pytest.fixture
def team(created, vault_dir, tmp_path):
    yield from paired_laptops(created, vault_dir, tmp_path)


def _case_id(vault) -> int:
    return cases.search_cases(vault, "Rosa").rows[0].case_id


def _with_conflicts(team):
    door, lawyer = team
    case = cases.open_case(door, PersonDetails(given_names="Rosa Sintética",
                                               family_names="Prueba", phone="1")).value
    people.add_household_member(door, case.id, PersonDetails(given_names="Josué",
                                                             family_names="Prueba"),
                                Relationship.CHILD)
    exchange(door, lawyer)
    for vault, phone in ((door, "555-0122"), (lawyer, "555-0133")):
        file = cases.open_case_file(vault, _case_id(vault), record_view=False)
        her = file.principal.person
        people.update_person(vault, her.id, dataclasses.replace(her.details, phone=phone))
    exchange(door, lawyer)


def _view(qtbot, vault) -> CaseView:
    view = CaseView(vault)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    view.show_case(_case_id(vault))
    return view


def test_the_banner_names_the_field_and_resolving_closes_it(qtbot, team, tmp_path):
    _door, lawyer = team
    _with_conflicts(team)
    view = _view(qtbot, lawyer)
    banner = view.conflict_banner
    assert banner.isVisible()
    assert banner.text.text() == "Hay un conflicto en este expediente: Teléfono (2 valores)"
    view.grab().save(str(tmp_path / "case_conflict_banner.png"))  # looked at by eye
    dialog = banner.open_resolver()
    qtbot.waitExposed(dialog)
    chooser = dialog.chooser
    assert sorted(chooser.candidates.itemText(i) for i in range(chooser.candidates.count())) \
        == ["555-0122", "555-0133"]
    dialog.grab().save(str(tmp_path / "case_conflict_dialog.png"))
    chooser.third.setText("555-0199")
    chooser.keep.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert not banner.isVisible()
    assert view.profile.phone.text() == "555-0199"
    assert dialog.error.isHidden()


def test_a_relatives_conflict_says_whose_field_it_is(qtbot, team):
    door, lawyer = team
    _with_conflicts(team)
    for vault, place in ((door, "Tapachula"), (lawyer, "Tecún Umán")):
        file = cases.open_case_file(vault, _case_id(vault), record_view=False)
        child = file.household[0].person
        people.update_person(vault, child.id,
                             dataclasses.replace(child.details, place_of_origin=place))
    exchange(door, lawyer)
    view = _view(qtbot, door)
    text = view.conflict_banner.text.text()
    assert text.startswith("Hay 2 conflictos en este expediente")
    assert "Lugar de origen de Josué Prueba" in text and "Teléfono (2 valores)" in text
    dialog = view.conflict_banner.open_resolver()
    assert dialog.list.count() == 2
    [row] = [i for i in range(2) if "Josué" in dialog.list.item(i).text()]
    dialog.list.setCurrentRow(row)
    dialog.chooser.candidates.setCurrentIndex(dialog.chooser.candidates.findText("Tapachula"))
    dialog.chooser.keep.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=20_000)
    assert dialog.isVisible() and view.conflict_banner.isVisible()
    assert "Josué" not in view.conflict_banner.text.text()
    file = cases.open_case_file(door, _case_id(door), record_view=False)
    assert file.household[0].person.details.place_of_origin == "Tapachula"
    dialog.reject()
    QApplication.processEvents()


def test_no_banner_without_a_conflict(qtbot, team):
    door, lawyer = team
    cases.open_case(door, PersonDetails(given_names="Rosa Sintética"))
    exchange(door, lawyer)
    view = _view(qtbot, lawyer)
    assert view.conflict_banner.isHidden()
