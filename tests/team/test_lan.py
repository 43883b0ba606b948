"""The local-network route on loopback: mutual TLS with pinned certificates."""

from __future__ import annotations

import socket
import ssl

import pytest

from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases
from shelter_desk.team import lan
from shelter_desk.team.errors import TeamError
from tests.team.conftest import peer_id


def _open_case(vault, given: str) -> None:
    cases.open_case(vault, PersonDetails(given_names=given, family_names="Prueba"))


def test_two_paired_laptops_sync_over_mutual_tls(team) -> None:
    door, lawyer = team
    _open_case(door, "Marisol Sintética")
    _open_case(lawyer, "Yolanda Sintética")
    with lan.serving(door) as server:
        report = lan.sync_with(lawyer, "127.0.0.1", server.port, peer_id(lawyer, "Recepción"))
        assert report.received > 0
        # Both opened case 2026-0001: the door laptop renumbered one of them while taking
        # the lawyer's in, and that change comes back now; after it, nothing is new.
        lan.sync_with(lawyer, "127.0.0.1", server.port, peer_id(lawyer, "Recepción"))
        assert lan.sync_with(lawyer, "127.0.0.1", server.port,
                             peer_id(lawyer, "Recepción")).received == 0
    for vault in team:
        assert cases.search_cases(vault, "Marisol").rows
        assert cases.search_cases(vault, "Yolanda").rows


def test_a_caller_without_a_paired_certificate_is_not_answered(team) -> None:
    door, _lawyer = team
    with lan.serving(door) as server:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        with pytest.raises((ssl.SSLError, OSError, ConnectionError)), \
                socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw, \
                context.wrap_socket(raw) as tls:
            lan.send_frame(tls, {"vector": {}})
            if not tls.recv(1):  # the server hangs up: no certificate, no answer
                raise ConnectionError("closed")
    assert server.errors, "the server refused the handshake"


def test_a_peer_that_hangs_up_mid_transfer_leaves_nothing_half_applied(team) -> None:
    door, lawyer = team
    _open_case(lawyer, "Yolanda Sintética")
    with lan.serving(door) as server:
        context, _keys = lan._context(lawyer, server=False)
        payload_peer = peer_id(lawyer, "Recepción")
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw, \
                context.wrap_socket(raw) as tls:
            lan.send_frame(tls, {"vector": {}})
            lan.read_frame(tls)
            import json

            from shelter_desk.team import sync
            data = json.dumps(sync.outgoing(lawyer, payload_peer)).encode()
            tls.sendall(lan._HEADER.pack(len(data)) + data[: len(data) // 2])
        # It hung up half-way: the door laptop applied nothing of it.
        assert not cases.search_cases(door, "Yolanda").rows
        # The next sync resumes and brings everything.
        lan.sync_with(lawyer, "127.0.0.1", server.port, payload_peer)
    assert cases.search_cases(door, "Yolanda").rows
    assert any(isinstance(e, TeamError) for e in server.errors)


def test_a_laptop_found_by_mdns_on_loopback_syncs(team) -> None:
    from shelter_desk.team import discovery

    door, lawyer = team
    _open_case(door, "Marisol Sintética")
    try:
        context = lan.serving(door, announce=True)
        server = context.__enter__()
    except OSError as error:
        pytest.skip(f"multicast unavailable on loopback: {error}")
    try:
        [found] = discovery.find_paired({server.keys.device_id}, wait_s=5,
                                        interfaces=["127.0.0.1"])
        lan.sync_with(lawyer, found.host, found.port, found.device_id)
    finally:
        context.__exit__(None, None, None)
    assert cases.search_cases(lawyer, "Marisol").rows
