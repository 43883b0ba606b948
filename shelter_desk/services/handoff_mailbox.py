"""The hub's mailbox as a carrier of handoff packages and their acknowledgements.

`sync_handoffs` revokes on the hub what her withdrawn consent stopped, posts the outbox,
and takes in what waits for us: packages (kept, answered with a "received"
acknowledgement) and acknowledgements (the sender's referral moves). When the hub cannot
be reached nothing is lost: packages stay in the outbox for the next sync.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from shelter_desk.domain.messages import Bilingual
from shelter_desk.handoff.acknowledgement import ACK_FORMAT
from shelter_desk.handoff.errors import HandoffRefused
from shelter_desk.handoff.sealing import unseal
from shelter_desk.network.hub_client import HubClient, HubRefused, HubUnreachable, Identity
from shelter_desk.network.mailbox_client import MailboxClient
from shelter_desk.services import handoff_receive, handoff_send
from shelter_desk.services.common import acting_user
from shelter_desk.store import handoff_store, network_hub_store, network_store
from shelter_desk.store.handoff_schema import handoff_sent
from shelter_desk.store.vault import OpenVault

NO_HUB = Bilingual(es="Esta organización no está unida a un servidor de la red: envía el "
                      "paquete como archivo.",
                   en="This organisation has not joined a network hub: send the package as "
                      "a file.")


@dataclass
class MailboxResult:
    sent: list[str] = field(default_factory=list)  # package ids posted
    revoked: list[str] = field(default_factory=list)
    received: list[str] = field(default_factory=list)
    acknowledged: list[str] = field(default_factory=list)
    refused: list[HandoffRefused] = field(default_factory=list)
    waiting: int = 0  # still in the outbox
    offline: bool = False


def linked(vault: OpenVault) -> bool:
    """Whether the hub's mailbox can carry packages: the organisation joined a hub."""
    with vault.read() as connection:
        return network_hub_store.pinned_hub(connection) is not None and \
            network_store.current_key(connection) is not None


def mailbox(vault: OpenVault, client: HubClient | None = None) -> MailboxClient:
    with vault.read() as connection:
        hub = network_hub_store.pinned_hub(connection)
        key = network_store.current_key(connection)
    if hub is None or key is None:
        raise HandoffRefused(NO_HUB)
    ca_file = Path(hub.ca_file) if hub.ca_file else None
    return MailboxClient(client or HubClient(hub.url, ca_file=ca_file),
                         Identity(hub.organisation_id, key.private_key))


def sync_handoffs(vault: OpenVault, *, client: HubClient | None = None) -> MailboxResult:
    acting_user(vault)
    mail = mailbox(vault, client)
    result = MailboxResult()
    try:
        _revoke(vault, mail, result)
        _post_outbox(vault, mail, result)
        _take_in(vault, mail, result)
    except HubUnreachable:
        result.offline = True
    with vault.read() as connection:
        result.waiting = len(handoff_store.sent_where(connection,
                                                      handoff_sent.c.state == "outbox"))
    return result


def answer(vault: OpenVault, sender_id: str, acknowledgement: bytes, *,
           client: HubClient | None = None) -> None:
    """Send an accept or decline acknowledgement back through the mailbox."""
    mailbox(vault, client).post(sender_id, acknowledgement)


def _revoke(vault: OpenVault, mail: MailboxClient, result: MailboxResult) -> None:
    with vault.read() as connection:
        revoked = handoff_store.sent_where(connection, handoff_sent.c.state == "revoked",
                                           handoff_sent.c.hub_item.is_not(None))
    for stored in revoked:
        try:
            mail.delete(stored.hub_item or "")
        except HubRefused as refusal:
            if refusal.status != 404:  # already gone (taken or expired) is fine
                raise
        with vault.write() as connection:
            handoff_store.set_hub_item(connection, stored.package_id, None)
        result.revoked.append(stored.package_id)


def _post_outbox(vault: OpenVault, mail: MailboxClient, result: MailboxResult) -> None:
    with vault.read() as connection:
        outbox = handoff_store.sent_where(connection, handoff_sent.c.state == "outbox")
    for stored in outbox:
        item = mail.post(stored.recipient_id, stored.sealed or b"")
        with vault.write() as connection:
            handoff_store.set_hub_item(connection, stored.package_id, item)
            handoff_store.set_sent_state(connection, stored.package_id, "sent")
        result.sent.append(stored.package_id)


def _take_in(vault: OpenVault, mail: MailboxClient, result: MailboxResult) -> None:
    for item in mail.waiting():
        sealed = mail.download(item["id"])
        try:
            if _is_acknowledgement(vault, sealed):
                result.acknowledged.append(
                    handoff_send.take_acknowledgement(vault, sealed).package_id)
            else:
                received = handoff_receive.receive(vault, sealed)
                mail.post(received.package.sender_id, received.acknowledgement)
                result.received.append(received.package.package_id)
        except HandoffRefused as refusal:
            result.refused.append(refusal)  # nothing kept; the item is not left to retry
        mail.delete(item["id"])


def _is_acknowledgement(vault: OpenVault, sealed: bytes) -> bool:
    with vault.read() as connection:
        secrets = handoff_store.age_secrets(connection)
    try:
        return json.loads(unseal(sealed, secrets)).get("format") == ACK_FORMAT
    except (ValueError, AttributeError):
        return False
