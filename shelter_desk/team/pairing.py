"""Pairing's two ends, after the paired channel has delivered the vault copy.

The new laptop received a copy of the whole vault (master key, keyslots, settings,
cases, attachments, and the change log): it takes a new identity of its own and hands
its public card back; the laptop that invited it adds the card as a peer.
"""

from __future__ import annotations

from typing import Any

from shelter_desk.domain.permissions import Action
from shelter_desk.services.common import acting_user, permitted
from shelter_desk.store import audit
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import devices, vault_log
from shelter_desk.team.errors import UNPAIRED, TeamError
from shelter_desk.team.identity import DeviceKeys, fingerprint, new_device


def card(keys: DeviceKeys, name: str, vector: dict[str, int]) -> dict[str, Any]:
    """What a peer needs to know of a laptop: public halves only."""
    return {"device_id": keys.device_id, "name": name,
            "certificate": keys.certificate_pem.decode("ascii"),
            "age_recipient": keys.age_recipient, "signing_key": keys.signing_public.hex(),
            "vector": vector}


def join_copied_vault(vault: OpenVault, name: str,
                      keys: DeviceKeys | None = None) -> dict[str, Any]:
    """On the new laptop, right after the copy arrived: its own identity (made before the
    copy when it was already announced to the inviting laptop); returns its card."""
    user = acting_user(vault)
    keys = keys or new_device(name)
    with vault.write() as connection:
        origin = devices.require_self(connection)
        vector = vault_log.stored_vector(connection)
        devices.become_new_device(connection, keys, name)
        devices.heard_from(connection, origin.device_id, vector)
        vault_log.remember_vector(connection)
        audit.record(connection, actor_id=user.id, action="team.joined",
                     entity_type="team_device", entity_id=origin.device_id[:16],
                     summary="vault received from a paired laptop")
    return card(keys, name, vector)


def add_peer(vault: OpenVault, peer: dict[str, Any]) -> devices.Device:
    """On the inviting laptop: the new laptop's card, received over the paired channel."""
    user = permitted(vault, Action.BACKUP)
    certificate = str(peer["certificate"]).encode("ascii")
    if fingerprint(certificate) != peer["device_id"]:
        raise TeamError(UNPAIRED)
    keys = DeviceKeys(peer["device_id"], certificate, b"", bytes.fromhex(peer["signing_key"]),
                      "", str(peer["age_recipient"]))
    with vault.write() as connection:
        if devices.get(connection, keys.device_id) is None:
            devices.add(connection, keys, str(peer["name"]), is_self=False)
        devices.heard_from(connection, keys.device_id, dict(peer.get("vector", {})))
        audit.record(connection, actor_id=user.id, action="team.paired",
                     entity_type="team_device", entity_id=keys.device_id[:16],
                     summary="laptop added to the team")
        return devices.get(connection, keys.device_id)  # type: ignore[return-value]
