"""The network hub from the vault's side: joining (coordinators), sending the outbox and
refreshing the directory and the library ("Send now", `shelter-desk sync`), and reading
the library offline.

The signed reports and the organisation key are #9's (services/network_reports.py,
store/network_store.py); they reach this module as a ReportSource, so this branch does
not depend on that code. What the hub gives back (its pinned key, receipts, the
directory, the library) is kept here, in the encrypted vault.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from shelter_desk.domain.errors import InvalidInput, NotFound
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.network.hub_client import Enrolment, HubClient, Identity, Receipt
from shelter_desk.services import handoff_keys, network_sync
from shelter_desk.services.common import acting_user, permitted
from shelter_desk.services.network_sync import LibraryCopy, OutboxItem, PinnedHub, SyncResult
from shelter_desk.store import audit, network_hub_store
from shelter_desk.store.network_hub_store import StoredDocument, StoredHub
from shelter_desk.store.vault import OpenVault


class ReportSource(Protocol):
    """The organisation's key and its approved, signed reports (#9's outbox)."""

    def private_key(self) -> bytes: ...
    def public_key(self) -> bytes: ...
    def approved(self) -> list[OutboxItem]: ...


@dataclass
class VaultLink:
    """network_sync.NetworkLink over the vault; every change written with its audit row."""

    vault: OpenVault
    reports: ReportSource
    actor_id: int

    def pinned_hub(self) -> PinnedHub | None:
        with self.vault.read() as connection:
            stored = network_hub_store.pinned_hub(connection)
        if stored is None:
            return None
        return PinnedHub(stored.url, stored.public_key, stored.organisation_id,
                         Path(stored.ca_file) if stored.ca_file else None)

    def pin_hub(self, hub: PinnedHub, policy: dict[str, Any]) -> None:
        with self.vault.write() as connection:
            network_hub_store.pin_hub(connection, url=hub.url, public_key=hub.public_key,
                                      organisation_id=hub.organisation_id,
                                      ca_file=str(hub.ca_file) if hub.ca_file else None,
                                      policy=policy)
            audit.record(connection, actor_id=self.actor_id, action="network.joined",
                         entity_type="network_hub", entity_id=hub.organisation_id,
                         summary=hub.url)

    def private_key(self) -> bytes:
        return self.reports.private_key()

    def public_key(self) -> bytes:
        return self.reports.public_key()

    def outbox(self) -> list[OutboxItem]:
        with self.vault.read() as connection:
            delivered = network_hub_store.receipted(connection)
        return [item for item in self.reports.approved() if item.id not in delivered]

    def mark_delivered(self, item: OutboxItem, receipt: Receipt) -> None:
        with self.vault.write() as connection:
            network_hub_store.add_receipt(connection, report_id=item.id, period=item.period,
                                          revision=item.revision, report_sha256=item.sha256,
                                          receipt=receipt.canonical,
                                          signature=receipt.signature)
            audit.record(connection, actor_id=self.actor_id, action="network.report_sent",
                         entity_type="network_report", entity_id=item.period,
                         summary=f"revision {item.revision}, received {receipt.received_at}")

    def save_directory(self, organisations: list[dict[str, Any]]) -> None:
        hub = self.pinned_hub()
        own = hub.organisation_id if hub else None
        entries = [_directory_entry(profile) for profile in organisations
                   if profile.get("organisation_id") != own]
        with self.vault.write() as connection:
            count = network_hub_store.replace_network_directory(
                connection, [entry for entry in entries if entry is not None])
            for profile in organisations:  # the handoff keys, pinned at first sight (#19)
                keys = handoff_keys.from_profile(profile)
                if keys is not None and keys.organisation_id != own:
                    handoff_keys.pin_seen(connection, self.actor_id, keys, source="hub")
            audit.record(connection, actor_id=self.actor_id, action="directory.pulled",
                         entity_type="organisation_directory", summary=f"{count} from the hub")

    def library_versions(self) -> dict[str, int]:
        with self.vault.read() as connection:
            return network_hub_store.library_versions(connection)

    def save_library_copy(self, copy: LibraryCopy) -> None:
        with self.vault.write() as connection:
            network_hub_store.save_library_copy(
                connection, slug=copy.slug, version=copy.version, title=copy.title,
                media_type=copy.media_type, sha256=hashlib.sha256(copy.content).hexdigest(),
                content=copy.content)
            audit.record(connection, actor_id=self.actor_id, action="library.pulled",
                         entity_type="library_copy", entity_id=copy.slug,
                         summary=f"version {copy.version}")


def join_network(vault: OpenVault, reports: ReportSource, hub_url: str, token: str, *,
                 ca_file: Path | None = None, client: HubClient | None = None) -> Enrolment:
    user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="network_hub")
    return network_sync.join(VaultLink(vault, reports, user.id), hub_url, token,
                             ca_file=ca_file, client=client)


def sync_network(vault: OpenVault, reports: ReportSource, *, client: HubClient | None = None,
                 attempts: int = network_sync.ATTEMPTS,
                 first_delay: float = network_sync.FIRST_DELAY_SECONDS,
                 sleep: Callable[[float], None] = time.sleep) -> SyncResult:
    user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="network_hub")
    return network_sync.sync(VaultLink(vault, reports, user.id), client=client,
                             attempts=attempts, first_delay=first_delay, sleep=sleep)


@dataclass(frozen=True)
class Profile:
    """What the organisation tells the network about itself, for referrals."""

    name: str
    city: str
    state: str
    services: tuple[str, ...]
    contact: str


def publish_profile(vault: OpenVault, reports: ReportSource, profile: Profile, *,
                    client: HubClient | None = None) -> None:
    """Publish (or correct) this organisation's entry in the network's directory."""
    user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="network_profile")
    hub = VaultLink(vault, reports, user.id).pinned_hub()
    if hub is None:
        raise InvalidInput("hub", Bilingual(
            es="Esta organización aún no se ha unido a la red.",
            en="This organisation has not joined the network yet."))
    client = client or HubClient(hub.url, ca_file=hub.ca_file)
    client.publish_profile(Identity(hub.organisation_id, reports.private_key()), {
        "name": profile.name, "city": profile.city, "state": profile.state,
        "services": list(profile.services), "contact": profile.contact,
        "handoff": handoff_keys.profile_keys(vault, reports.public_key())})
    with vault.write() as connection:
        audit.record(connection, actor_id=user.id, action="network.profile_published",
                     entity_type="network_profile", entity_id=hub.organisation_id,
                     summary=f"{len(profile.services)} services")


def hub_status(vault: OpenVault) -> StoredHub | None:
    """The hub this organisation joined, or None."""
    acting_user(vault)
    with vault.read() as connection:
        return network_hub_store.pinned_hub(connection)


def library_documents(vault: OpenVault) -> list[StoredDocument]:
    acting_user(vault)
    with vault.read() as connection:
        return network_hub_store.library(connection)


def open_library_document(vault: OpenVault, slug: str) -> tuple[StoredDocument, bytes]:
    """A protocol's offline copy, from the vault: no network needed."""
    acting_user(vault)
    with vault.read() as connection:
        found = network_hub_store.library_content(connection, slug)
    if found is None:
        raise NotFound(Bilingual(es="Ese documento no está en la biblioteca.",
                                 en="That document is not in the library."))
    return found


def _directory_entry(profile: dict[str, Any]) -> dict[str, Any] | None:
    """A hub profile as a referral directory row; None for one that is not well formed."""
    network_id, name = profile.get("organisation_id"), profile.get("name")
    services = profile.get("services")
    if not isinstance(network_id, str) or not isinstance(name, str) or not name.strip() \
            or not isinstance(services, list):
        return None
    place = ", ".join(str(part) for part in (profile.get("city"), profile.get("state"))
                      if isinstance(part, str) and part.strip())
    contact = str(profile.get("contact") or "")
    return {"network_id": network_id[:64], "name": name.strip()[:200],
            "services": [str(service)[:80] for service in services][:40],
            "contact": f"{contact} · {place}" if place else contact}
