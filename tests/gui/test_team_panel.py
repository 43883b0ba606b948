"""Ajustes -> Equipo, driven as a coordinator would: the laptops, a USB exchange, the
code and QR to add a laptop, a conflict resolved by picking a value."""

from __future__ import annotations

import dataclasses

import pytest

from shelter_desk.domain.people import PersonDetails
from shelter_desk.gui.team.team_panel import AddComputerDialog, TeamPanel
from shelter_desk.services import cases, people
from tests.team.conftest import exchange, paired_laptops


@pytest.fixture
def team(created, vault_dir, tmp_path):
    yield from paired_laptops(created, vault_dir, tmp_path)


def _woman() -> PersonDetails:
    return PersonDetails(given_names="Rosa Sintética", family_names="Prueba", phone="1")


def test_the_panel_lists_the_laptops_and_carries_a_usb_exchange(qtbot, team, tmp_path):
    door, lawyer = team
    cases.open_case(door, _woman())
    at_door, at_lawyer = TeamPanel(door), TeamPanel(lawyer)
    for panel in (at_door, at_lawyer):
        qtbot.addWidget(panel)
    assert at_door.table.rowCount() == 2
    assert at_door.table.item(0, 2).text() == "esta computadora"
    assert "sin enviar" in at_door.state.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    at_door.choose_folder = lambda: usb
    at_door.export_changes()
    qtbot.waitUntil(lambda: at_door.busy.isHidden() and any(usb.iterdir()), timeout=20000)
    [path] = usb.iterdir()
    at_lawyer.choose_import = lambda: path
    at_lawyer.import_changes()
    qtbot.waitUntil(lambda: at_lawyer.busy.isHidden(), timeout=20000)
    assert at_lawyer.error.isHidden(), at_lawyer.error.text()
    assert cases.search_cases(lawyer, "Rosa").rows


def test_a_tampered_file_shows_the_bilingual_error(qtbot, team, tmp_path):
    _door, lawyer = team
    panel = TeamPanel(lawyer)
    qtbot.addWidget(panel)
    bad = tmp_path / "malo.sdchanges"
    bad.write_bytes(b"PK\x03\x04 cortado")
    panel.choose_import = lambda: bad
    panel.import_changes()
    qtbot.waitUntil(lambda: not panel.error.isHidden(), timeout=20000)
    assert "incompleto" in panel.error.text()


def test_a_conflict_is_listed_and_resolved_by_picking_a_value(qtbot, team):
    door, lawyer = team
    cases.open_case(door, _woman())
    exchange(door, lawyer)
    from tests.team.test_two_vaults import _person
    for vault, phone in ((door, "2"), (lawyer, "3")):
        row = _person(vault, "Rosa Sintética")
        people.update_person(vault, row.id, dataclasses.replace(_woman(), phone=phone))
    exchange(door, lawyer)
    panel = TeamPanel(lawyer)
    qtbot.addWidget(panel)
    assert panel.conflict_list.count() == 1
    assert panel.conflict_list.item(0).text().startswith("Hay un conflicto")
    panel.conflict_list.setCurrentRow(0)
    assert sorted(panel.candidates.itemText(i) for i in range(panel.candidates.count())) \
        == ["2", "3"]
    panel.candidates.setCurrentIndex(panel.candidates.findText("2"))
    panel.resolve_current()
    qtbot.waitUntil(lambda: panel.busy.isHidden() and panel.conflict_list.count() == 0,
                    timeout=20000)
    assert _person(lawyer, "Rosa Sintética").phone == "2"


def test_add_a_computer_shows_the_code_and_the_qr(qtbot, team):
    door, _lawyer = team
    dialog = AddComputerDialog(door)
    qtbot.addWidget(dialog)
    assert len(dialog.code.text()) == 9 and "-" in dialog.code.text()
    assert dialog.qr.renderer().isValid()
    dialog.reject()
    assert dialog.invitation.ended


def test_a_coordinator_forms_the_team_from_the_panel(qtbot, created):
    panel = TeamPanel(created.vault)
    qtbot.addWidget(panel)
    assert not panel.start.isHidden() and panel.table.isHidden()
    panel.start_team()
    qtbot.waitUntil(lambda: panel.busy.isHidden() and panel.is_team, timeout=20000)
    assert panel.table.rowCount() == 1 and panel.start.isHidden()
    assert panel.table.item(0, 2).text() == "esta computadora"


def test_removing_a_laptop_changes_the_master_key_with_a_progress_bar(qtbot, team):
    from shelter_desk.store.keyring import Keyring

    door, _lawyer = team
    panel = TeamPanel(door)
    qtbot.addWidget(panel)
    panel.show()
    panel.table.selectRow(1)
    moves = []
    panel._rotation_progress.moved.connect(lambda done, total: moves.append((done, total)))
    panel.remove_selected()
    qtbot.waitUntil(lambda: "generación 2" in panel.state.text(), timeout=30000)
    assert moves and moves[-1][0] == moves[-1][1]
    assert panel.window().isEnabled() and panel.rotation_bar.isHidden()
    assert panel.table.item(1, 2).text() == "quitada del equipo"
    assert Keyring.load(door.directory).generation == 2
    assert panel.rotate_due.isHidden()


def test_a_removal_heard_from_a_paired_laptop_offers_the_new_key(qtbot, team):
    from shelter_desk.domain.staff import Role
    from shelter_desk.services import key_rotation, staff
    from shelter_desk.team import sync
    from tests.team.conftest import peer_id

    door, lawyer = team
    staff.add_staff(door, "Voluntaria Que Se Va", Role.VOLUNTEER, "frase de la que se va")
    exchange(door, lawyer)
    staff.remove_staff(door, "Voluntaria Que Se Va")
    # the lawyer's laptop took this in as the server of a sync, with no panel involved
    sync.incoming(lawyer, sync.outgoing(door, peer_id(door, "Abogada")))
    panel = TeamPanel(lawyer)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.rotate_due.isVisible()
    panel.rotate_due.click()
    qtbot.waitUntil(lambda: not key_rotation.is_due(lawyer) and panel.rotation_bar.isHidden(),
                    timeout=30000)
    assert "generación 2" in panel.state.text() and panel.rotate_due.isHidden()
