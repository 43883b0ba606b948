"""The app's side, end to end against a real hub: join with a token, send the outbox,
keep it while the hub is down, deliver exactly once when it is back; pull the directory
and the library for offline use.

The vault side here is MemoryLink: #9's outbox (store/network_store.py) is not merged in
this branch, so the NetworkLink protocol is implemented in memory for these tests."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.hub import cli, repo
from shelter_desk.network import envelope
from shelter_desk.network.canonical import canonical_bytes
from shelter_desk.network.hub_client import HubClient, HubRefused, Receipt, check_url
from shelter_desk.services import network_sync
from shelter_desk.services.network_sync import LibraryCopy, OutboxItem, PinnedHub
from tests.hub.conftest import LiveHub
from tests.hub.members import add_organisation, call, report_document


@dataclass
class MemoryLink:
    keys: tuple[bytes, bytes] = field(default_factory=envelope.new_private_key)
    hub: PinnedHub | None = None
    policy: dict[str, Any] | None = None
    items: list[OutboxItem] = field(default_factory=list)
    receipts: dict[int, Receipt] = field(default_factory=dict)
    directory: list[dict[str, Any]] = field(default_factory=list)
    library: dict[str, LibraryCopy] = field(default_factory=dict)

    def pinned_hub(self) -> PinnedHub | None:
        return self.hub

    def pin_hub(self, hub: PinnedHub, policy: dict[str, Any]) -> None:
        self.hub, self.policy = hub, policy

    def private_key(self) -> bytes:
        return self.keys[0]

    def public_key(self) -> bytes:
        return self.keys[1]

    def outbox(self) -> list[OutboxItem]:
        return [item for item in self.items if item.id not in self.receipts]

    def mark_delivered(self, item: OutboxItem, receipt: Receipt) -> None:
        self.receipts[item.id] = receipt

    def save_directory(self, organisations: list[dict[str, Any]]) -> None:
        self.directory = organisations

    def library_versions(self) -> dict[str, int]:
        return {slug: copy.version for slug, copy in self.library.items()}

    def save_library_copy(self, copy: LibraryCopy) -> None:
        self.library[copy.slug] = copy

    def approve(self, period: str = "2026-Q1", revision: int = 1) -> OutboxItem:
        assert self.hub is not None
        document = report_document(self.hub.organisation_id, period, revision)
        signed = envelope.sign(self.private_key(), canonical_bytes(document))
        item = OutboxItem(len(self.items) + 1, period, revision, signed.to_file_bytes(),
                          hashlib.sha256(signed.canonical).hexdigest())
        self.items.append(item)
        return item


def joined(hub: LiveHub) -> MemoryLink:
    _organisation_id, token = add_organisation(hub.engine, "Casa Sintética Norte")
    link = MemoryLink()
    network_sync.join(link, hub.url, token)
    return link


def stored(hub: LiveHub) -> int:
    with hub.engine.connect() as connection:
        return repo.report_count(connection)


def test_join_pins_the_hub_key_and_a_second_join_with_the_same_token_fails(live_hub: LiveHub):
    _organisation_id, token = add_organisation(live_hub.engine, "Casa Sintética Norte")
    link = MemoryLink()
    enrolment = network_sync.join(link, live_hub.url, token)
    hub_info = call(f"{live_hub.url}/api/v1/hub").json()
    assert link.hub is not None
    assert link.hub.public_key == base64.b64decode(hub_info["public_key"])
    assert link.hub.organisation_id == enrolment.organisation_id
    assert link.policy == {"period_type": "quarter", "k": 5}
    with pytest.raises(HubRefused) as refused:
        network_sync.join(MemoryLink(), live_hub.url, token)
    assert refused.value.status == 410


def test_an_approved_report_is_synced_and_leaves_the_outbox_with_its_receipt(
        live_hub: LiveHub):
    link = joined(live_hub)
    item = link.approve()
    result = network_sync.sync(link, sleep=_no_wait)
    assert result.delivered == [item] and not result.offline
    assert link.outbox() == []
    assert json.loads(link.receipts[item.id].canonical)["report_sha256"] == item.sha256
    assert stored(live_hub) == 1


def test_the_hub_down_keeps_the_report_and_the_next_sync_delivers_it_exactly_once(
        live_hub: LiveHub):
    # GIVEN a joined organisation with an approved report, and the hub stopped
    link = joined(live_hub)
    item = link.approve()
    live_hub.stop()
    waits: list[float] = []
    # WHEN it syncs
    result = network_sync.sync(link, attempts=4, first_delay=2.0, sleep=waits.append)
    # THEN it retried with growing waits, and the report is still in the outbox
    assert waits == [2.0, 4.0, 8.0]
    assert result.offline and result.waiting == [item] and link.outbox() == [item]
    # WHEN the hub is back and the app syncs again (twice)
    live_hub.start()
    first = network_sync.sync(link, sleep=_no_wait)
    second = network_sync.sync(link, sleep=_no_wait)
    # THEN the report arrived exactly once
    assert first.delivered == [item] and second.delivered == []
    assert stored(live_hub) == 1


def test_a_receipt_lost_on_the_way_is_fetched_again_without_a_second_copy(live_hub: LiveHub):
    link = joined(live_hub)
    item = link.approve()
    # the report reached the hub but the app never saw the receipt
    assert call(f"{live_hub.url}/api/v1/reports", "POST", item.file_bytes).status == 201
    result = network_sync.sync(link, sleep=_no_wait)
    assert result.delivered == [item] and link.receipts[item.id].duplicate
    assert stored(live_hub) == 1


def test_a_refused_report_is_reported_and_kept(live_hub: LiveHub):
    link = joined(live_hub)
    link.approve(revision=2)
    network_sync.sync(link, sleep=_no_wait)
    old = link.approve(revision=1)
    result = network_sync.sync(link, sleep=_no_wait)
    [(item, refusal)] = result.refused
    assert item == old and refusal.status == 409 and refusal.message.es
    assert link.outbox() == [old]


def test_a_receipt_not_signed_by_the_pinned_key_is_not_a_receipt(live_hub: LiveHub):
    link = joined(live_hub)
    item = link.approve()
    assert link.hub is not None
    link.hub = PinnedHub(link.hub.url, envelope.new_private_key()[1],
                         link.hub.organisation_id)
    result = network_sync.sync(link, sleep=_no_wait)
    assert result.refused and result.refused[0][1].code == "garbled"
    assert link.outbox() == [item]


def test_directory_and_library_are_pulled_and_a_new_version_replaces_the_copy(
        live_hub: LiveHub, hub_db_url: str, tmp_path: Path):
    link = joined(live_hub)
    assert link.hub is not None
    client = HubClient(live_hub.url)
    identity = network_sync.Identity(link.hub.organisation_id, link.private_key())
    client.publish_profile(identity, {"name": "Casa Sintética Norte", "city": "Tapachula",
                                      "state": "Chiapas", "services": ["albergue"],
                                      "contact": "correo@example.org"})
    protocol = tmp_path / "escucha.md"
    protocol.write_text("# Escucha\nv1\n", encoding="utf-8")
    assert cli.main(["library", "publish", "--db", hub_db_url, "--file", str(protocol),
                     "--title", "Protocolo de escucha"]) == 0
    # WHEN the app syncs
    result = network_sync.sync(link, sleep=_no_wait)
    # THEN it holds the directory and the protocol
    assert result.directory_updated and [o["name"] for o in link.directory] == [
        "Casa Sintética Norte"]
    assert link.library["escucha"].content == b"# Escucha\nv1\n"
    # WHEN the hub is stopped, the copy is still there to read offline
    live_hub.stop()
    assert link.library["escucha"].version == 1
    live_hub.start()
    # WHEN a new version is published, the next sync replaces the copy
    protocol.write_text("# Escucha\nv2\n", encoding="utf-8")
    cli.main(["library", "publish", "--db", hub_db_url, "--file", str(protocol),
              "--title", "Protocolo de escucha"])
    assert network_sync.sync(link, sleep=_no_wait).library_updated == ["escucha"]
    assert (link.library["escucha"].version, link.library["escucha"].content) == (
        2, b"# Escucha\nv2\n")


def test_plain_http_is_refused_except_to_this_computer():
    assert check_url("https://hub.example.org/") == "https://hub.example.org"
    assert check_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    assert check_url("http://localhost:8765") == "http://localhost:8765"
    for url in ("http://hub.example.org", "http://192.168.1.10:8765", "ftp://x", "hub"):
        with pytest.raises(InvalidInput):
            check_url(url)


def test_sync_before_joining_says_so():
    with pytest.raises(InvalidInput) as error:
        network_sync.sync(MemoryLink(), sleep=_no_wait)
    assert "join" in error.value.message.en


def _no_wait(_seconds: float) -> None:
    pass
