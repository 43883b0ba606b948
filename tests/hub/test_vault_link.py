"""The coordinator's story with the real encrypted vault: join the hub, send the
approved reports, keep them while the hub is down, read the network's protocols offline,
and find the network's organisations in the referral directory.

The approved reports and the organisation key are #9's; until it is merged they come
from ApprovedReports below (signed the same way, shaped like #9's report document)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from shelter_desk.domain.errors import NotAllowed, NotFound
from shelter_desk.domain.staff import Role
from shelter_desk.hub import cli, repo
from shelter_desk.network import envelope
from shelter_desk.network.canonical import canonical_bytes
from shelter_desk.network.hub_client import HubClient, Identity
from shelter_desk.services import network_link, referrals, staff
from shelter_desk.services.network_sync import OutboxItem
from shelter_desk.store.schema import audit_event
from shelter_desk.store.vault import unlock
from tests.hub.conftest import LiveHub
from tests.hub.members import add_organisation, enrol, report_document


@dataclass
class ApprovedReports:
    keys: tuple[bytes, bytes] = field(default_factory=envelope.new_private_key)
    items: list[OutboxItem] = field(default_factory=list)

    def private_key(self) -> bytes:
        return self.keys[0]

    def public_key(self) -> bytes:
        return self.keys[1]

    def approved(self) -> list[OutboxItem]:
        return list(self.items)

    def approve(self, organisation_id: str, period: str = "2026-Q1") -> OutboxItem:
        signed = envelope.sign(self.keys[0], canonical_bytes(
            report_document(organisation_id, period, 1)))
        item = OutboxItem(len(self.items) + 1, period, 1, signed.to_file_bytes(),
                          hashlib.sha256(signed.canonical).hexdigest())
        self.items.append(item)
        return item


def _no_wait(_seconds: float) -> None:
    pass


def joined(created, hub: LiveHub) -> tuple[ApprovedReports, str]:
    _organisation_id, token = add_organisation(hub.engine, "Casa Sintética Norte")
    reports = ApprovedReports()
    enrolment = network_link.join_network(created.vault, reports, hub.url, token)
    return reports, enrolment.organisation_id


def test_a_coordinator_joins_sends_and_the_report_arrives_once_even_after_an_outage(
        created, live_hub: LiveHub):
    # GIVEN a vault that joined the hub, with an approved report, and the hub down
    reports, organisation_id = joined(created, live_hub)
    item = reports.approve(organisation_id)
    live_hub.stop()
    # WHEN the coordinator presses "Send now"
    offline = network_link.sync_network(created.vault, reports, attempts=2, sleep=_no_wait)
    # THEN the report waits in the outbox
    assert offline.offline and offline.waiting == [item]
    # WHEN the hub is back: it is delivered, once, and the vault holds the receipt
    live_hub.start()
    sent = network_link.sync_network(created.vault, reports, sleep=_no_wait)
    again = network_link.sync_network(created.vault, reports, sleep=_no_wait)
    assert sent.delivered == [item] and again.delivered == []
    with live_hub.engine.connect() as connection:
        assert repo.report_count(connection) == 1
    with created.vault.read() as connection:
        actions = list(connection.execute(select(audit_event.c.action)).scalars())
    assert {"network.joined", "network.report_sent", "directory.pulled"} <= set(actions)


def test_the_library_is_read_offline_and_a_new_version_replaces_it(
        created, live_hub: LiveHub, hub_db_url: str, tmp_path: Path):
    reports, _organisation_id = joined(created, live_hub)
    protocol = tmp_path / "escucha-y-cuidado.md"
    protocol.write_text("# Protocolo de escucha y cuidado\n\nVersión 1\n", encoding="utf-8")
    cli.main(["library", "publish", "--db", hub_db_url, "--file", str(protocol),
              "--title", "Protocolo de escucha y cuidado"])
    network_link.sync_network(created.vault, reports, sleep=_no_wait)
    # WHEN the shelter loses its internet (the hub is unreachable)
    live_hub.stop()
    # THEN a volunteer still reads the current protocol, from the vault
    [entry] = network_link.library_documents(created.vault)
    assert (entry.title, entry.version, entry.media_type) == (
        "Protocolo de escucha y cuidado", 1, "text/markdown")
    _document, content = network_link.open_library_document(created.vault, entry.slug)
    assert "Versión 1" in content.decode()
    with pytest.raises(NotFound):
        network_link.open_library_document(created.vault, "no-existe")
    # WHEN a new version is published and the app syncs again
    live_hub.start()
    protocol.write_text("# Protocolo de escucha y cuidado\n\nVersión 2\n", encoding="utf-8")
    cli.main(["library", "publish", "--db", hub_db_url, "--file", str(protocol),
              "--title", "Protocolo de escucha y cuidado"])
    network_link.sync_network(created.vault, reports, sleep=_no_wait)
    # THEN the copy is the new version
    [entry] = network_link.library_documents(created.vault)
    assert entry.version == 2
    assert "Versión 2" in network_link.open_library_document(
        created.vault, entry.slug)[1].decode()


def test_the_networks_organisations_join_the_referral_directory(created, live_hub: LiveHub):
    reports, _organisation_id = joined(created, live_hub)
    referrals_before = referrals.list_directory(created.vault)
    # GIVEN another member that published its profile
    south = enrol(live_hub.url, live_hub.engine, "Albergue Sintético Sur")
    identity = Identity(south.organisation_id, south.private_key)
    HubClient(live_hub.url).publish_profile(identity, {
        "name": "Albergue Sintético Sur", "city": "Tijuana", "state": "Baja California",
        "services": ["albergue", "salud"], "contact": "+52 664 000 0000"})
    # WHEN this organisation syncs
    network_link.sync_network(created.vault, reports, sleep=_no_wait)
    # THEN the south is in the referral directory, with its services and place
    after = referrals.list_directory(created.vault)
    [new] = [o for o in after if o not in referrals_before]
    assert (new.name, new.services) == ("Albergue Sintético Sur", ("albergue", "salud"))
    assert "Tijuana" in new.contact
    # and syncing again does not duplicate it
    network_link.sync_network(created.vault, reports, sleep=_no_wait)
    assert len(referrals.list_directory(created.vault)) == len(after)


def test_only_a_coordinator_joins_or_sends(created, vault_dir, live_hub: LiveHub):
    staff.add_staff(created.vault, "Trabajadora", Role.CASEWORKER, "frase de trabajo")
    created.vault.lock()
    _organisation_id, token = add_organisation(live_hub.engine, "Casa Sintética Norte")
    with unlock(vault_dir, user="Trabajadora", passphrase="frase de trabajo") as worker:
        with pytest.raises(NotAllowed):
            network_link.join_network(worker, ApprovedReports(), live_hub.url, token)
        with pytest.raises(NotAllowed):
            network_link.sync_network(worker, ApprovedReports(), sleep=_no_wait)


def test_a_coordinator_publishes_the_profile_other_members_then_find(created, live_hub: LiveHub):
    reports, organisation_id = joined(created, live_hub)
    profile = network_link.Profile("Casa Sintética Norte", "Tapachula", "Chiapas",
                                   ("albergue", "asesoría legal"), "+52 962 000 0000")
    network_link.publish_profile(created.vault, reports, profile)
    south = enrol(live_hub.url, live_hub.engine, "Albergue Sintético Sur")
    [entry] = HubClient(live_hub.url).directory(Identity(south.organisation_id,
                                                         south.private_key))
    assert (entry["organisation_id"], entry["city"]) == (organisation_id, "Tapachula")
    # its own entry does not come back into its referral directory
    network_link.sync_network(created.vault, reports, sleep=_no_wait)
    assert all(o.name != "Casa Sintética Norte" for o in referrals.list_directory(created.vault))


def test_a_profile_before_joining_is_refused(created):
    from shelter_desk.domain.errors import InvalidInput

    with pytest.raises(InvalidInput):
        network_link.publish_profile(created.vault, ApprovedReports(), network_link.Profile(
            "Casa", "", "", ("albergue",), "tel"))
