"""#9's outbox and organisation key as the hub link's ReportSource, and the two use cases
the app offers (Network screen, `shelter-desk network join` and `shelter-desk sync`).

Written against services/network_reports.py and store/network_store.py of #9 as they
are in its branch; this module runs once both branches are merged.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shelter_desk.network import envelope
from shelter_desk.network.hub_client import Enrolment, HubClient
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.services import (
    network_link,
    network_reports,
    network_share_send,
    network_sync,
)
from shelter_desk.services.network_sync import OutboxItem, SyncResult
from shelter_desk.store import network_store
from shelter_desk.store.vault import OpenVault


@dataclass
class OutboxReports:
    vault: OpenVault

    def private_key(self) -> bytes:
        return self._key().private_key

    def public_key(self) -> bytes:
        return self._key().public_key

    def approved(self) -> list[OutboxItem]:
        """Oldest revision first: a newer one sent before an older one would make the hub
        refuse the older as a replay."""
        with self.vault.read() as connection:
            stored = network_store.outbox(connection)
        # A report approved before joining names the organisation as it was then (the
        # vault's id); the hub knows her by the id it gave her and would refuse it on
        # every sync. It stays in the vault, exported as a file if needed; it is not sent.
        organisation_id, _policy = network_reports.network_policy(self.vault)
        stored = [report for report in stored
                  if json.loads(report.canonical).get("organisation_id") == organisation_id]
        return [OutboxItem(report.id, report.period, report.revision,
                           envelope.SignedReport(report.canonical, report.signature,
                                                 report.public_key).to_file_bytes(),
                           hashlib.sha256(report.canonical).hexdigest())
                for report in sorted(stored, key=lambda r: (r.period, r.revision, r.id))]

    def _key(self) -> network_store.StoredKey:
        network_reports.organisation_key(self.vault)  # made (and audited) on first use
        with self.vault.read() as connection:
            stored = network_store.current_key(connection)
        assert stored is not None
        return stored


def join(vault: OpenVault, hub_url: str, token: str, *, ca_file: Path | None = None,
         client: HubClient | None = None) -> Enrolment:
    """Join the hub, then take the id it gave this organisation and its policy's period
    type and k into the network policy, so that the next report is one it accepts."""
    enrolment = network_link.join_network(vault, OutboxReports(vault), hub_url, token,
                                          ca_file=ca_file, client=client)
    _organisation_id, current = network_reports.network_policy(vault)
    # "aggregators" too: a network by secret shares names its two servers in its policy.
    known = set(current.to_json()) | {"aggregators"}
    merged = {**current.to_json(), **{name: value for name, value in enrolment.policy.items()
                                      if name in known}}
    network_reports.set_network_policy(vault, NetworkPolicy.from_json(merged),
                                       enrolment.organisation_id)
    return enrolment


def join_helper(vault: OpenVault, url: str, token: str, *, ca_file: Path | None = None,
                client: HubClient | None = None) -> Enrolment:
    """Enrol on the network's helper aggregator too (a network by secret shares)."""
    return network_share_send.join_helper(vault, url, token, ca_file=ca_file, client=client)


def sync(vault: OpenVault, *, client: HubClient | None = None,
         attempts: int = network_sync.ATTEMPTS,
         first_delay: float = network_sync.FIRST_DELAY_SECONDS,
         sleep: Callable[[float], None] = time.sleep) -> SyncResult:
    """The reports to the hub, then each secret-share half to its own server (the
    helper's go even when the hub does not answer, and the other way round)."""
    result = network_link.sync_network(vault, OutboxReports(vault), client=client,
                                       attempts=attempts, first_delay=first_delay,
                                       sleep=sleep)
    result.shares = network_share_send.sync_shares(
        vault, attempts=attempts, first_delay=first_delay, sleep=sleep,
        clients={"leader": client} if client else None)
    return result


def publish_profile(vault: OpenVault, profile: network_link.Profile, *,
                    client: HubClient | None = None) -> None:
    network_link.publish_profile(vault, OutboxReports(vault), profile, client=client)
