"""Sending the network's secret shares: enrolling on the helper aggregator with the same
Ed25519 key as at the hub, approving (both signed halves into the outbox together) and
sending each half to its own server only.

A half goes to the server its signed document names, at the address and under the key
pinned when this organisation enrolled there; its server's signed receipt takes it out
of the outbox. A server that does not answer leaves its half waiting (the other half
still goes); one that refuses keeps the half with the server's code and message.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.network import envelope
from shelter_desk.network.hub_client import (
    Enrolment,
    HubClient,
    HubRefused,
    HubUnreachable,
    check_url,
)
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.network.share_domain import share_domain
from shelter_desk.services import network_reports, network_shares, network_sync
from shelter_desk.services.common import acting_user, permitted
from shelter_desk.services.network_sync import PinnedHub, ShareHalf, ShareSync
from shelter_desk.store import audit, network_hub_store, network_share_store
from shelter_desk.store.network_share_store import StoredHalf
from shelter_desk.store.vault import OpenVault

ROLES = ("leader", "helper")


@dataclass(frozen=True)
class HalfStatus:
    """One half as the Red page and the CLI tell it."""

    period: str
    revision: int
    aggregator: str
    server: str  # the address it goes to
    state: str  # "outbox", "sent" or "refused"
    sent_at: str | None
    refusal: Bilingual | None
    refusal_code: str | None


def links(vault: OpenVault) -> dict[str, PinnedHub]:
    """The servers this organisation enrolled on, by role: the hub, the helper."""
    acting_user(vault)
    with vault.read() as connection:
        hub = network_hub_store.pinned_hub(connection)
        helper = network_share_store.pinned_helper(connection)
    found = {}
    for role, stored in (("leader", hub), ("helper", helper)):
        if stored is not None:
            found[role] = PinnedHub(stored.url, stored.public_key, stored.organisation_id,
                                    Path(stored.ca_file) if stored.ca_file else None)
    return found


def join_helper(vault: OpenVault, url: str, token: str, *, ca_file: Path | None = None,
                client: HubClient | None = None) -> Enrolment:
    """Enrol on the helper aggregator the network's policy names, with the same key as at
    the hub; pin its key. Refused, with nothing pinned: before joining the hub, a network
    that does not sum by shares, another address than the policy's, a server that is the
    hub (both halves on one server would make the counts readable), or another policy."""
    user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="network_helper")
    if not token.strip():
        raise InvalidInput("token", Bilingual(es="Falta el código de inscripción.",
                                              en="The enrolment token is missing."))
    leader = links(vault).get("leader")
    if leader is None:
        raise InvalidInput("hub", Bilingual(
            es="Primero únete al hub de la red; después, al agregador auxiliar.",
            en="Join the network's hub first, then the helper aggregator."))
    _organisation_id, policy = network_reports.network_policy(vault)
    if policy.aggregators is None:
        raise InvalidInput("policy", Bilingual(
            es="La política de esta red no usa la suma por partes secretas: no hay "
               "agregador auxiliar.",
            en="This network's policy does not use secret-share sums: there is no helper "
               "aggregator."))
    client = client or HubClient(url, ca_file=ca_file)
    named = check_url(policy.aggregators[1])
    if client.url != named:
        raise InvalidInput("helper", Bilingual(
            es=f"La política de la red nombra como agregador auxiliar a {named}, no a "
               f"{client.url}.",
            en=f"The network's policy names {named} as its helper aggregator, not "
               f"{client.url}."))
    enrolment = client.enrol(token, network_reports.organisation_key(vault).public_key)
    if enrolment.role != "helper" or enrolment.hub_public_key == leader.public_key:
        raise InvalidInput("helper", Bilingual(
            es="Ese servidor no es el agregador auxiliar de la red (¿es el hub?). Las dos "
               "partes en un mismo servidor dejarían leer las cifras: no se guardó nada.",
            en="That server is not the network's helper aggregator (is it the hub?). Both "
               "shares on one server would make the counts readable: nothing was kept."))
    if _domain_of(enrolment.policy) != share_domain(policy).sha256():
        raise InvalidInput("policy", Bilingual(
            es="El agregador auxiliar tiene otra política de la red (otras tablas o "
               "categorías) que el hub: avisa a quienes los administran.",
            en="The helper aggregator has another network policy (other tables or "
               "categories) than the hub: tell the people who run them."))
    with vault.write() as connection:
        network_share_store.pin_helper(
            connection, url=client.url, public_key=enrolment.hub_public_key,
            organisation_id=enrolment.organisation_id,
            ca_file=str(ca_file) if ca_file else None)
        audit.record(connection, actor_id=user.id, action="network.helper_joined",
                     entity_type="network_helper", entity_id=enrolment.organisation_id,
                     summary=client.url)
    return enrolment


def _domain_of(policy: dict[str, object]) -> str | None:
    known = set(NetworkPolicy().to_json()) | {"aggregators"}
    try:
        return share_domain(NetworkPolicy.from_json(
            {key: value for key, value in policy.items() if key in known})).sha256()
    except (TypeError, ValueError):
        return None


def approve_shares(vault: OpenVault, preview: network_shares.SharePreview) -> int:
    """Sign the two halves of exactly the previewed counts and put each in the outbox
    for its own server; the revision approved."""
    found = links(vault)
    if "leader" not in found or "helper" not in found:
        raise InvalidInput("helper", Bilingual(
            es="Para enviar por partes secretas, la organización debe estar inscrita en el "
               "hub y en el agregador auxiliar.",
            en="To send by secret shares, the organisation must be enrolled on both the hub "
               "and the helper aggregator."))
    network_shares.sign_shares(vault, preview, (found["leader"].organisation_id,
                                                found["helper"].organisation_id))
    return preview.revision


def sync_shares(vault: OpenVault, *, attempts: int = network_sync.ATTEMPTS,
                first_delay: float = network_sync.FIRST_DELAY_SECONDS,
                sleep: Callable[[float], None] = time.sleep,
                clients: dict[str, HubClient] | None = None) -> ShareSync:
    """Send every half in the outbox to its own server. A server that does not answer is
    tried again (first_delay, then twice that, ...) and its halves wait for the next
    sync; the other server's halves go all the same."""
    user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="network_shares")
    with vault.read() as connection:
        pending = network_share_store.halves(connection, state="outbox")
    result = ShareSync()
    if not pending:
        return result
    servers = links(vault)
    made = {role: (clients or {}).get(role) or HubClient(hub.url, ca_file=hub.ca_file)
            for role, hub in servers.items()}
    delay = first_delay
    for attempt in range(1, attempts + 1):
        down = []
        for role in ROLES:
            mine = [half for half in pending if half.aggregator == role]
            if mine and role in servers and not _send(vault, user.id, made[role],
                                                      servers[role], mine, result):
                down.append(role)
        done = {half.id for half in result.delivered} | {
            half.id for half, _refusal in result.refused}
        pending = [half for half in pending if half.id not in done and (
            half.aggregator in down or half.aggregator not in servers)]
        if not down:
            break
        if attempt < attempts:
            sleep(delay)
            delay *= 2
    result.waiting = [*result.waiting, *(_plain(half) for half in pending)]
    result.unreachable = sorted({half.aggregator for half in pending}, key=ROLES.index)
    return result


def _send(vault: OpenVault, actor_id: int, client: HubClient, server: PinnedHub,
          halves: list[StoredHalf], result: ShareSync) -> bool:
    """Send these halves (all for `server`); False when it did not answer."""
    for half in halves:
        document = json.loads(half.canonical)
        if document.get("aggregator") != half.aggregator or \
                document.get("organisation_id") != server.organisation_id:
            # Never sent where it does not belong: kept, and said, for a person to decide.
            refusal = HubRefused(0, "wrong_aggregator", Bilingual(
                es="Esta parte no es para el servidor en el que la organización está "
                   "inscrita; no se envió.",
                en="This share is not for the server the organisation is enrolled on; it "
                   "was not sent."))
            _refused(vault, actor_id, half, refusal, result)
            continue
        signed = envelope.SignedReport(half.canonical, half.signature, half.public_key)
        try:
            receipt = client.submit_share(signed.to_file_bytes(), server.public_key,
                                          hashlib.sha256(half.canonical).hexdigest())
        except HubUnreachable:
            return False
        except HubRefused as refusal:
            if refusal.status >= 500:
                # The server's trouble, or a receipt not signed by the key pinned at
                # enrolment: said, and the half stays in the outbox for the next sync.
                result.refused.append((_plain(half), refusal))
                result.waiting.append(_plain(half))
                continue
            _refused(vault, actor_id, half, refusal, result)
            continue
        with vault.write() as connection:
            network_share_store.mark_sent(connection, half.id, receipt=receipt.canonical,
                                          signature=receipt.signature)
            audit.record(connection, actor_id=actor_id, action="network.share_sent",
                         entity_type="network_shares", entity_id=half.period,
                         summary=f"revision {half.revision}, {half.aggregator}")
        result.delivered.append(_plain(half))
    return True


def _refused(vault: OpenVault, actor_id: int, half: StoredHalf, refusal: HubRefused,
             result: ShareSync) -> None:
    with vault.write() as connection:
        network_share_store.mark_refused(connection, half.id, {
            "code": refusal.code, "es": refusal.message.es, "en": refusal.message.en})
        audit.record(connection, actor_id=actor_id, action="network.share_refused",
                     entity_type="network_shares", entity_id=half.period,
                     summary=f"revision {half.revision}, {half.aggregator}: {refusal.code}")
    result.refused.append((_plain(half), refusal))


def _plain(half: StoredHalf) -> ShareHalf:
    return ShareHalf(half.id, half.period, half.revision, half.aggregator)


def share_status(vault: OpenVault, period: str | None = None) -> list[HalfStatus]:
    """Every half approved (of one period), oldest first, and where each one is."""
    servers = links(vault)
    with vault.read() as connection:
        stored = network_share_store.halves(connection, period=period)
    return [HalfStatus(
        half.period, half.revision, half.aggregator,
        servers[half.aggregator].url if half.aggregator in servers else "",
        half.state, half.sent_at,
        Bilingual(es=str(half.refusal.get("es", "")), en=str(half.refusal.get("en", "")))
        if half.refusal else None,
        str(half.refusal.get("code", "")) if half.refusal else None) for half in stored]
