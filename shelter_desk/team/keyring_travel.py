"""The team's keyslots and removals, carried with every exchange of changes.

Each laptop keeps its own master key: its files are its own, and a rotation on one
laptop never has to reach into another's. What the laptops share is who can open the
vault. Every slot owns an X25519 key pair whose private half only its owner's passphrase
unwraps (keyring.py), so a laptop can take a colleague's slot from a paired laptop and
seal *its own* master key to it: a person added, or a passphrase changed, on one laptop
then opens every laptop after the next sync, and no master key ever travels.

Which version of a slot wins: the one the shared staff row names (`keyslot_id`, which
travels as a change like any field), then the higher serial (a rewrap adds one), then
the greater public key, so every laptop picks the same one. A slot whose owner the team
removed is dropped, and the laptop owes a rotation (`key_rotation.mark_due`), so a
keys.json she copied before stops opening its files; so does a laptop that hears that a
paired laptop was removed. The payload carrying these is authenticated (mutual TLS with
pinned certificates, or a signed change file sealed to this laptop), as the changes are.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from shelter_desk.services import key_rotation
from shelter_desk.store import audit, keyring_format
from shelter_desk.store.keyring import PASSPHRASE, RECOVERY, Keyring, Slot
from shelter_desk.store.schema import staff_user
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import devices
from shelter_desk.team.errors import TRUNCATED, TeamError

MAX_TRAVELING_SLOTS = keyring_format.MAX_SLOTS


@dataclass(frozen=True)
class KeyringNews:
    """What a peer's payload said about who can open the vault."""

    slots: tuple[Slot, ...]
    removed_devices: tuple[str, ...]


@dataclass(frozen=True)
class KeyringMerge:
    adopted: int  # slots added or replaced by a later version
    dropped: int  # slots of people the team removed
    removed_devices: int  # paired laptops this laptop now knows were removed
    rotation_due: bool


def outgoing(vault: OpenVault) -> dict[str, Any]:
    with vault.read() as connection:
        removed = sorted(d.device_id for d in devices.all_devices(connection)
                         if not d.active and not d.is_self)
    slots = [slot.traveling_json() for slot in vault.keyring().slots if not slot.is_legacy]
    return {"slots": slots, "removed_devices": removed}


def parse(value: object) -> KeyringNews:
    """Checked before anything of the payload is applied: a bad part refuses it whole."""
    if value is None:  # a peer from before keyslots travelled
        return KeyringNews((), ())
    try:
        if not isinstance(value, dict):
            raise TypeError("keyring news must be an object")
        slots, removed = value["slots"], value["removed_devices"]
        if not isinstance(slots, list) or len(slots) > MAX_TRAVELING_SLOTS:
            raise ValueError("slots")
        if not isinstance(removed, list) or len(removed) > MAX_TRAVELING_SLOTS:
            raise ValueError("removed devices")
        return KeyringNews(tuple(keyring_format.traveling_slot(item) for item in slots),
                           tuple(keyring_format.hex_id(item) for item in removed))
    except (KeyError, TypeError, ValueError) as error:
        raise TeamError(TRUNCATED) from error


def merge(vault: OpenVault, news: KeyringNews, *, actor_id: int | None) -> KeyringMerge:
    """After the peer's changes are committed (so the staff rows say who is active and
    which slot is hers). Derived from the vault's state and the news alone: if it is cut
    short, the next exchange (which carries every slot again) finishes it."""
    with vault.write() as connection:  # keys.json read and replaced under the write lock
        removed = _take_removals(connection, news.removed_devices, actor_id)
        keyring = vault.keyring()
        active, removed_names = _members(connection)
        adopted = 0
        if keyring.pending is None:  # never during a rotation: the next exchange does it
            for slot in news.slots:
                if _wanted(keyring, slot, active):
                    keyring = vault.keyring_with_adopted_slot(keyring, slot)
                    adopted += 1
        # A removed member's row names no slot any more (staff_repo.deactivate): hers is
        # found by her name's lookup label, and only if no active row names it.
        removed_labels = {keyring.label_for(name) for name in removed_names}
        gone = [s.id for s in keyring.slots if s.kind == PASSPHRASE
                and s.id not in active and s.lookup in removed_labels]
        for slot_id in gone:
            keyring = keyring.without_slot(slot_id)
        if gone or removed:
            # Before keys.json changes: a crash between the two leaves the debt recorded.
            key_rotation.mark_due(vault, "team removal")
        if adopted or gone:
            vault.save_keyring(keyring)
            audit.record(connection, actor_id=actor_id, action="team.keyslots_merged",
                         entity_type="vault", entity_id=vault.vault_id,
                         summary=f"adopted: {adopted}; dropped: {len(gone)}")
    return KeyringMerge(adopted, len(gone), removed, key_rotation.is_due(vault))


def _members(connection: Connection) -> tuple[set[str], list[str]]:
    """The slot ids active members' rows name, and the names of removed members."""
    rows = connection.execute(select(staff_user.c.name, staff_user.c.keyslot_id,
                                     staff_user.c.active)).all()
    return ({row.keyslot_id for row in rows if row.active and row.keyslot_id},
            [row.name for row in rows if not row.active])


def _wanted(keyring: Keyring, slot: Slot, active: set[str]) -> bool:
    if slot.kind == RECOVERY:
        mine = next((s for s in keyring.slots if s.kind == RECOVERY), None)
    else:
        if slot.id not in active:
            return False  # not (or no longer) the slot of an active member of the team
        mine = next((s for s in keyring.slots if s.id == slot.id or (
            s.kind == PASSPHRASE and hmac.compare_digest(s.lookup, slot.lookup))), None)
    if mine is None:
        return True
    if mine.id != slot.id and slot.kind == PASSPHRASE:
        return mine.id not in active  # hers here is not the one the team names
    return (slot.serial, slot.public_key) > (mine.serial, mine.public_key)


def _take_removals(connection: Connection, removed: tuple[str, ...],
                   actor_id: int | None) -> int:
    taken = 0
    for device_id in removed:
        device = devices.get(connection, device_id)
        if device is None or device.is_self or not device.active:
            continue
        devices.mark_removed(connection, device_id)
        audit.record(connection, actor_id=actor_id, action="team.removed",
                     entity_type="team_device", entity_id=device_id[:16],
                     summary="laptop removed on another laptop of the team")
        taken += 1
    return taken
