"""The app opens the team's port on unlock and closes it on lock (and quick exit)."""

from __future__ import annotations

import pytest

from shelter_desk.domain.people import PersonDetails
from shelter_desk.gui.shell.controller import AppController
from shelter_desk.services import cases
from shelter_desk.team import lan, presence
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.team.conftest import accepts, paired_laptops, peer_id


@pytest.fixture
def team(created, vault_dir, tmp_path):
    yield from paired_laptops(created, vault_dir, tmp_path)


def _unlocked(qtbot, controller):
    controller.start()
    unlock = controller.unlock_window
    qtbot.addWidget(unlock)
    unlock.user.setText(COORDINATOR)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
    qtbot.addWidget(controller.main_window)
    assert controller.presence is not None
    qtbot.waitUntil(controller.presence.started.is_set, timeout=20_000)
    return controller.presence


@pytest.mark.parametrize("how", ["lock_button", "quick_exit"])
def test_unlocking_serves_the_team_and_locking_closes_the_port(qtbot, team, vault_dir,
                                                               preferences, how) -> None:
    door, lawyer = team
    door.lock()
    controller = AppController(vault_dir, preferences, team_host=presence.LOOPBACK,
                               team_announce=False)
    served = _unlocked(qtbot, controller)
    port = served.port
    assert port is not None and accepts(port)
    cases.open_case(lawyer, PersonDetails(given_names="Julia Sintética"))
    lan.sync_with(lawyer, presence.LOOPBACK, port, peer_id(lawyer, "Recepción"))
    assert cases.search_cases(controller.session.vault, "Julia").rows
    if how == "lock_button":
        controller.main_window.lock_button.click()
    else:
        controller.quick_exit()
    assert controller.session.is_locked and controller.presence is None
    assert not accepts(port)


def test_a_laptop_outside_a_team_opens_no_port(qtbot, created, vault_dir, preferences):
    created.vault.lock()
    controller = AppController(vault_dir, preferences, team_host=presence.LOOPBACK,
                               team_announce=False)
    served = _unlocked(qtbot, controller)
    assert served.port is None and served.server is None
    controller.main_window.lock_button.click()


def test_pairing_a_laptop_while_unlocked_starts_serving_it(qtbot, created, vault_dir,
                                                           preferences, tmp_path) -> None:
    from shelter_desk.team import joining, sync

    sync.set_up(created.vault, "Recepción")  # the team's first laptop, alone so far
    created.vault.lock()
    controller = AppController(vault_dir, preferences, team_host=presence.LOOPBACK,
                               team_announce=False)
    alone = _unlocked(qtbot, controller)
    assert alone.port is None
    panel = controller.main_window.team_panel
    panel.invite_host = presence.LOOPBACK
    dialog = panel.add_computer()
    new = joining.join(tmp_path / "nueva", dialog.invitation.ticket, name="Abogada",
                       user=COORDINATOR, passphrase=PASSPHRASE)
    try:
        dialog.accept()  # «Cerrar»: the panel lists the new laptop
        qtbot.waitUntil(lambda: controller.presence is not alone
                        and controller.presence.started.is_set(), timeout=20_000)
        port = controller.presence.port
        assert port is not None and accepts(port)
        cases.open_case(new, PersonDetails(given_names="Julia Sintética"))
        lan.sync_with(new, presence.LOOPBACK, port, peer_id(new, "Recepción"))
        assert cases.search_cases(controller.session.vault, "Julia").rows
        controller.main_window.lock_button.click()
        assert not accepts(port)
    finally:
        new.lock()
