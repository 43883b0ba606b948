"""The team_device rows: this laptop's identity and the laptops it is paired with."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from shelter_desk.store.clock import now_utc
from shelter_desk.store.team_schema import team_device
from shelter_desk.team.errors import NOT_SET_UP, UNKNOWN_DEVICE, TeamError
from shelter_desk.team.identity import DeviceKeys, load_device


@dataclass(frozen=True)
class Device:
    """A laptop of the team as the «Equipo» page lists it."""

    device_id: str
    name: str
    is_self: bool
    paired_at: str
    removed_at: str | None
    last_sync_at: str | None
    age_recipient: str
    signing_key: bytes
    certificate: bytes
    peer_vector: dict[str, int]

    @property
    def active(self) -> bool:
        return self.removed_at is None

    @property
    def short_id(self) -> str:
        return self.device_id[:8]


def _device(row: Any) -> Device:
    return Device(row.device_id, row.name, bool(row.is_self), row.paired_at, row.removed_at,
                  row.last_sync_at, row.age_recipient, bytes(row.signing_key),
                  bytes(row.certificate), dict(row.peer_vector or {}))


def all_devices(connection: Connection) -> list[Device]:
    rows = connection.execute(select(team_device).order_by(
        team_device.c.is_self.desc(), team_device.c.name)).all()
    return [_device(row) for row in rows]


def self_keys(connection: Connection) -> DeviceKeys | None:
    row = connection.execute(select(team_device).where(team_device.c.is_self)).first()
    if row is None:
        return None
    return load_device(bytes(row.certificate), bytes(row.signing_key), row.age_recipient,
                       bytes(row.private_keys))


def require_self(connection: Connection) -> DeviceKeys:
    keys = self_keys(connection)
    if keys is None:
        raise TeamError(NOT_SET_UP)
    return keys


def add(connection: Connection, keys: DeviceKeys, name: str, *, is_self: bool) -> None:
    connection.execute(insert(team_device).values(
        device_id=keys.device_id, name=name, certificate=keys.certificate_pem,
        age_recipient=keys.age_recipient, signing_key=keys.signing_public,
        private_keys=keys.private_json() if is_self else None, is_self=is_self,
        paired_at=now_utc(), removed_at=None, last_sync_at=None, peer_vector={}))


def find(connection: Connection, name_or_id: str) -> Device:
    for device in all_devices(connection):
        if name_or_id in (device.device_id, device.name) or (
                len(name_or_id) >= 8 and device.device_id.startswith(name_or_id)):
            return device
    raise TeamError(UNKNOWN_DEVICE)


def get(connection: Connection, device_id: str) -> Device | None:
    row = connection.execute(select(team_device).where(
        team_device.c.device_id == device_id)).first()
    return _device(row) if row else None


def heard_from(connection: Connection, device_id: str, vector: dict[str, int]) -> None:
    """A peer said what it has: remember it (only ever growing) and when."""
    known = get(connection, device_id)
    merged = dict(known.peer_vector if known else {})
    for device, seq in vector.items():
        merged[device] = max(merged.get(device, 0), int(seq))
    connection.execute(update(team_device).where(team_device.c.device_id == device_id)
                       .values(peer_vector=merged, last_sync_at=now_utc()))


def mark_removed(connection: Connection, device_id: str) -> None:
    connection.execute(update(team_device).where(team_device.c.device_id == device_id)
                       .values(removed_at=now_utc()))


def become_new_device(connection: Connection, keys: DeviceKeys, name: str) -> None:
    """On a laptop that just received a copy of the vault: the copied 'self' is the
    laptop it came from (a peer now, without its private keys), and this one is new."""
    connection.execute(update(team_device).where(team_device.c.is_self)
                       .values(is_self=False, private_keys=None))
    # The inviting laptop listed this one before copying: that row becomes "self".
    connection.execute(delete(team_device).where(team_device.c.device_id == keys.device_id))
    add(connection, keys, name, is_self=True)
