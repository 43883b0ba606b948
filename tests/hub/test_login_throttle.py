"""The dashboard's login throttle lives in the database: every worker shares it, a restart
keeps it, and it slows the address the guesses come from, not the coordinator's name."""

from __future__ import annotations

import http.client
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Engine

from shelter_desk.hub import throttle
from shelter_desk.hub.refusal import Refusal
from tests.hub.conftest import LiveHub, keyed_engine
from tests.hub.dashboard import PASSWORD, add_admin

ATTACKER, ADMIN = "127.0.0.1", "127.0.0.2"  # two loopback addresses: two clients


class Clock:
    """The throttle's clock, moved by the test instead of waiting."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(throttle, "clock", fake)
    return fake


def login(hub: LiveHub, source: str, password: str) -> tuple[int, str]:
    """A login form posted from the address `source` (status, page text)."""
    connection = http.client.HTTPConnection("127.0.0.1", hub.port, timeout=30,
                                            source_address=(source, 0))
    body = urllib.parse.urlencode({"csrf": "t" * 32, "username": "coordinacion",
                                   "password": password})
    connection.request("POST", "/login", body, {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"sd_hub_csrf={'t' * 32}"})
    response = connection.getresponse()
    text = response.read().decode("utf-8")
    connection.close()
    return response.status, text


def url_of(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_two_workers_share_the_count_a_restart_keeps_it_and_the_admin_still_logs_in(
        hub_engine: Engine, clock: Clock):
    add_admin(hub_engine)
    # GIVEN two hub processes' worth of apps on the same database
    first, second = LiveHub(hub_engine), LiveHub(keyed_engine(url_of(hub_engine)))
    first.start()
    second.start()
    try:
        # WHEN an attacker guesses through the first one: the typos' allowance, then one
        statuses = [login(first, ATTACKER, f"intento-{i}")[0] for i in range(throttle.FREE + 1)]
        assert statuses == [401] * (throttle.FREE + 1)
        # THEN the second one makes that address wait too, even with the right password
        status, page = login(second, ATTACKER, PASSWORD)
        assert status == 429
        assert "desde esta dirección: espera 2 segundos" in page
        assert "from this address: wait 2 seconds" in page
    finally:
        first.stop()
        second.stop()
        second.engine.dispose()
    # WHEN the hub restarts (new engine, new app)
    restarted = LiveHub(keyed_engine(url_of(hub_engine)))
    restarted.start()
    try:
        # THEN the attacker's address still waits
        assert login(restarted, ATTACKER, PASSWORD)[0] == 429
        # AND the real coordinator, from her own address, logs in at once
        assert login(restarted, ADMIN, PASSWORD)[0] == 303
        # AND once the wait is over the address may try again
        clock.now += 2
        assert login(restarted, ATTACKER, PASSWORD)[0] == 303
    finally:
        restarted.stop()
        restarted.engine.dispose()


def test_each_failure_past_the_allowance_doubles_the_wait_up_to_a_cap(hub_engine: Engine,
                                                                      clock: Clock):
    source = "203.0.113.9"
    for failures in range(1, 16):
        throttle.admit(hub_engine, source)  # let in (the last wait is over), then wrong
        wait = throttle.delay(failures)
        if wait:  # THEN the next try is refused and told how long to wait
            with pytest.raises(Refusal) as refused:
                throttle.admit(hub_engine, source)
            assert refused.value.status == 429
            unit = ("seconds", wait) if wait < 120 else ("minutes", (wait + 59) // 60)
            assert f"wait {unit[1]} {unit[0]}" in refused.value.message.en
            clock.now += wait
    delays = [throttle.delay(n) for n in range(1, 16)]
    assert delays[:throttle.FREE] == [0] * throttle.FREE
    assert delays[3:8] == [2, 4, 8, 16, 32]
    assert max(delays) == throttle.MAX_DELAY == delays[-1]
    # AND a day without failures forgets the address: the allowance is back
    clock.now += throttle.FORGET + 1
    for _ in range(throttle.FREE + 1):
        throttle.admit(hub_engine, source)


def test_parallel_guesses_from_one_address_get_no_more_tries_than_in_a_row(
        hub_engine: Engine, clock: Clock):
    def attempt(_i: int) -> bool:
        try:
            throttle.admit(hub_engine, "198.51.100.7")
        except Refusal:
            return False
        return True

    with ThreadPoolExecutor(8) as pool:
        admitted = sum(pool.map(attempt, range(24)))
    # at most the allowance and the one failure that starts the wait, however interleaved
    assert 1 <= admitted <= throttle.FREE + 1


def test_an_ipv6_attacker_is_slowed_by_its_whole_prefix():
    assert throttle.source_of("2001:db8:1:2::5") == throttle.source_of("2001:db8:1:2:ffff::1")
    assert throttle.source_of("2001:db8:1:3::5") != throttle.source_of("2001:db8:1:2::5")
    assert throttle.source_of("::ffff:192.0.2.4") == "192.0.2.4"
    assert throttle.source_of(None) == "unknown"
