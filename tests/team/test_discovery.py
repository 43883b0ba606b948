"""mDNS on loopback only: a paired laptop's announcement is found, a stranger's ignored."""

from __future__ import annotations

import pytest

from shelter_desk.team import discovery


def test_a_paired_laptop_is_found_and_a_stranger_is_not() -> None:
    try:
        mine = discovery.Announcer("a" * 64, "127.0.0.1", 45123)
        stranger = discovery.Announcer("b" * 64, "127.0.0.1", 45124)
    except OSError as error:  # no multicast on this machine's loopback
        pytest.skip(f"multicast unavailable on loopback: {error}")
    try:
        found = discovery.find_paired({"a" * 64}, wait_s=5, interfaces=["127.0.0.1"])
    finally:
        mine.close()
        stranger.close()
    assert [f.device_id for f in found] == ["a" * 64]
    assert found[0].port == 45123
