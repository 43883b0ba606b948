"""The sync server from unlocking to locking: a port only for a laptop with paired
laptops, answered for real on loopback, and closed before the vault locks."""

from __future__ import annotations

import socket

import pytest

from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases
from shelter_desk.team import lan, presence, sync
from tests.team.conftest import accepts, peer_id


def test_a_paired_laptop_serves_until_stopped_and_then_refuses(team) -> None:
    door, lawyer = team
    cases.open_case(door, PersonDetails(given_names="Rosa Sintética"))
    here = presence.Presence(door, host=presence.LOOPBACK, announce=False)
    here.start()
    assert here.started.wait(20) and here.error is None
    port = here.port
    assert port is not None and accepts(port)
    report = lan.sync_with(lawyer, presence.LOOPBACK, port, peer_id(lawyer, "Recepción"))
    assert report.received > 0 and cases.search_cases(lawyer, "Rosa").rows
    here.stop()
    assert here.port is None and not accepts(port)
    door.lock()  # nothing is left using it


def test_a_laptop_without_a_team_opens_no_port(created) -> None:
    here = presence.Presence(created.vault, host=presence.LOOPBACK, announce=False)
    here.start()
    assert here.started.wait(20)
    assert here.server is None and here.port is None and here.error is None
    here.stop()


def test_the_teams_first_laptop_alone_opens_no_port_either(created) -> None:
    sync.set_up(created.vault, "Recepción")
    assert not presence.has_peers(created.vault)
    here = presence.Presence(created.vault, host=presence.LOOPBACK, announce=False)
    here.start()
    assert here.started.wait(20) and here.port is None
    here.stop()


def test_stopping_before_the_start_is_over_leaves_no_port(team) -> None:
    door, _lawyer = team
    here = presence.Presence(door, host=presence.LOOPBACK, announce=False)
    here.start()
    here.stop()  # locked at once after unlocking
    assert here.started.wait(20)
    assert here.server is None


def test_the_lan_address_is_an_ipv4_address() -> None:
    address = presence.lan_address()
    assert socket.inet_aton(address)


@pytest.fixture
def team(created, vault_dir, tmp_path):
    from tests.team.conftest import paired_laptops

    yield from paired_laptops(created, vault_dir, tmp_path)


def _restarting(door):  # type: ignore[no-untyped-def]
    """A server started, then a second one started in its place; and the first's port."""
    first = presence.Presence(door, host=presence.LOOPBACK, announce=False)
    first.start()
    assert first.started.wait(20)
    old = first.port
    second = presence.Presence(door, host=presence.LOOPBACK, announce=False)
    second.start(replacing=first)
    return first, second, old


def test_a_restart_closes_the_old_port_and_opens_a_new_one(team) -> None:
    door, _lawyer = team
    _first, second, old = _restarting(door)
    assert second.started.wait(20) and second.port is not None
    assert not accepts(old) and accepts(second.port)
    new = second.port
    second.stop()
    assert not accepts(new)


def test_locking_during_a_restart_stops_both(team) -> None:
    door, _lawyer = team
    first, second, old = _restarting(door)
    second.stop()  # at once, as the lock button would
    assert second.started.wait(20)
    assert second.server is None and first.server is None and not accepts(old)


def test_the_announcement_is_found_while_serving_and_gone_after(team) -> None:
    from shelter_desk.team import discovery

    door, lawyer = team
    here = presence.Presence(door, host=presence.LOOPBACK, announce=True)
    here.start()
    assert here.started.wait(20)
    if isinstance(here.error, OSError):  # no multicast on this machine's loopback
        here.stop()
        pytest.skip(f"multicast unavailable on loopback: {here.error}")
    assert here.error is None
    wanted = {peer_id(lawyer, "Recepción")}
    try:
        found = discovery.find_paired(wanted, wait_s=5, interfaces=[presence.LOOPBACK])
        assert [(f.device_id, f.port) for f in found] == [(next(iter(wanted)), here.port)]
    finally:
        here.stop()
    assert discovery.find_paired(wanted, wait_s=1, interfaces=[presence.LOOPBACK]) == []
