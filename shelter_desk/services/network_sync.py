"""Talking to the network's hub: joining it with a one-time token, sending the outbox
(retrying with exponential backoff while the hub cannot be reached, keeping each report
until the hub's signed receipt for it arrives), pulling the directory of organisations
and the protocol library for offline use.

The vault side is a NetworkLink: the outbox and the organisation key are #9's
(store/network_store.py), the pinned hub, the directory copy and the library copies
are kept beside them; this module only decides what to send and what to keep.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.network.hub_client import (
    Enrolment,
    HubClient,
    HubRefused,
    HubUnreachable,
    Identity,
    Receipt,
)

ATTEMPTS = 4
FIRST_DELAY_SECONDS = 2.0


@dataclass(frozen=True)
class PinnedHub:
    url: str
    public_key: bytes
    organisation_id: str
    ca_file: Path | None = None


@dataclass(frozen=True)
class OutboxItem:
    id: int
    period: str
    revision: int
    file_bytes: bytes  # the .sdreport bytes: exactly what was approved and signed
    sha256: str  # of the canonical report, which the receipt must name


@dataclass(frozen=True)
class LibraryCopy:
    slug: str
    version: int
    title: str
    media_type: str
    content: bytes


class NetworkLink(Protocol):
    """What the vault keeps for the network."""

    def pinned_hub(self) -> PinnedHub | None: ...
    def pin_hub(self, hub: PinnedHub, policy: dict[str, Any]) -> None: ...
    def private_key(self) -> bytes: ...
    def public_key(self) -> bytes: ...
    def outbox(self) -> list[OutboxItem]: ...
    def mark_delivered(self, item: OutboxItem, receipt: Receipt) -> None: ...
    def save_directory(self, organisations: list[dict[str, Any]]) -> None: ...
    def library_versions(self) -> dict[str, int]: ...
    def save_library_copy(self, copy: LibraryCopy) -> None: ...


@dataclass(frozen=True)
class ShareHalf:
    """One signed half of a submission by secret shares, and the server it is for."""

    id: int
    period: str
    revision: int
    aggregator: str  # "leader" (the hub) or "helper"


@dataclass
class ShareSync:
    delivered: list[ShareHalf] = field(default_factory=list)
    refused: list[tuple[ShareHalf, HubRefused]] = field(default_factory=list)
    waiting: list[ShareHalf] = field(default_factory=list)  # kept for the next sync
    unreachable: list[str] = field(default_factory=list)  # the servers that did not answer


@dataclass
class SyncResult:
    delivered: list[OutboxItem] = field(default_factory=list)
    refused: list[tuple[OutboxItem, HubRefused]] = field(default_factory=list)
    waiting: list[OutboxItem] = field(default_factory=list)  # kept for the next sync
    offline: bool = False
    directory_updated: bool = False
    library_updated: list[str] = field(default_factory=list)
    shares: ShareSync = field(default_factory=ShareSync)  # the halves, each to its server


def join(link: NetworkLink, hub_url: str, token: str, *, ca_file: Path | None = None,
         client: HubClient | None = None) -> Enrolment:
    """Send the organisation's public key with the token; pin the key the hub answers
    with. Joining again (a new token) re-pins."""
    if not token.strip():
        raise InvalidInput("token", Bilingual(es="Falta el código de inscripción.",
                                              en="The enrolment token is missing."))
    client = client or HubClient(hub_url, ca_file=ca_file)
    enrolment = client.enrol(token, link.public_key())
    link.pin_hub(PinnedHub(client.url, enrolment.hub_public_key, enrolment.organisation_id,
                           ca_file), enrolment.policy)
    return enrolment


def sync(link: NetworkLink, *, client: HubClient | None = None, attempts: int = ATTEMPTS,
         first_delay: float = FIRST_DELAY_SECONDS,
         sleep: Callable[[float], None] = time.sleep) -> SyncResult:
    """Send every report in the outbox, then refresh the directory and the library.
    Unreachable: wait first_delay, then twice that, ... up to `attempts` tries, and
    leave what is unsent in the outbox. Refused: reported, kept for a person to decide."""
    hub = link.pinned_hub()
    if hub is None:
        raise InvalidInput("hub", Bilingual(
            es="Esta organización aún no se ha unido a la red (shelter-desk network join).",
            en="This organisation has not joined the network yet (shelter-desk network join)."))
    client = client or HubClient(hub.url, ca_file=hub.ca_file)
    result = SyncResult()
    pending = link.outbox()
    delay = first_delay
    for attempt in range(1, attempts + 1):
        pending = _send(link, client, hub, pending, result)
        if not pending:
            break
        if attempt < attempts:
            sleep(delay)
            delay *= 2
    result.waiting = pending
    result.offline = bool(pending)
    if not result.offline:
        _pull(link, client, hub, result)
    return result


def _send(link: NetworkLink, client: HubClient, hub: PinnedHub, items: list[OutboxItem],
          result: SyncResult) -> list[OutboxItem]:
    """Items still to send after one pass (all of them from the first unreachable one)."""
    for index, item in enumerate(items):
        try:
            receipt = client.submit(item.file_bytes, hub.public_key, item.sha256)
        except HubUnreachable:
            return items[index:]
        except HubRefused as refusal:
            result.refused.append((item, refusal))
            continue
        link.mark_delivered(item, receipt)
        result.delivered.append(item)
    return []


def _pull(link: NetworkLink, client: HubClient, hub: PinnedHub, result: SyncResult) -> None:
    identity = Identity(hub.organisation_id, link.private_key())
    try:
        link.save_directory(client.directory(identity))
        result.directory_updated = True
        known = link.library_versions()
        for entry in client.library(identity):
            slug, version = str(entry.get("slug", "")), entry.get("version")
            if not isinstance(version, int) or known.get(slug, 0) >= version:
                continue
            content = client.library_document(identity, slug, version)
            if hashlib.sha256(content).hexdigest() != entry.get("sha256"):
                continue  # damaged on the way: the old copy stays, the next sync retries
            link.save_library_copy(LibraryCopy(slug, version, str(entry.get("title", slug)),
                                               str(entry.get("media_type", "")), content))
            result.library_updated.append(slug)
    except HubUnreachable:
        result.offline = True
