"""The team's use cases: set up, what a peer lacks, take in what a peer sent.

Both routes (the local network and «Exportar cambios a USB») carry the same payload:
the sender's change records a peer lacks, the attachments those records name, and the
sender's version vector, so the receiver knows what not to send back. Taking a payload
in is one vault transaction: every change and every row, or nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from shelter_desk.domain.permissions import Action
from shelter_desk.services.common import acting_user, permitted
from shelter_desk.store import attachment_store, audit, erasure, migrate
from shelter_desk.store.schema import attachment
from shelter_desk.store.team_schema import team_change
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import devices, keyring_travel, vault_log
from shelter_desk.team.apply import apply_changes
from shelter_desk.team.changelog import Change
from shelter_desk.team.errors import (
    TRUNCATED,
    UNPAIRED,
    UPDATE_OTHER_LAPTOP,
    UPDATE_THIS_LAPTOP,
    TeamError,
)
from shelter_desk.team.identity import DeviceKeys, new_device

PAYLOAD_FORMAT = 1


@dataclass(frozen=True)
class SyncReport:
    """What one exchange did, as the status bar and the audit say it."""

    peer: str
    peer_name: str
    received: int  # change records new to this laptop
    records: int
    waiting: int
    erased_attachments: int
    # Who can open the vault, as the peer said (slots adopted, removals heard); when
    # `keys.rotation_due`, the caller changes this laptop's master key next.
    keys: keyring_travel.KeyringMerge | None = None


def set_up(vault: OpenVault, name: str) -> DeviceKeys:
    """This laptop becomes the team's first: its identity, and every row it already
    holds becomes a change record the others will receive."""
    permitted(vault, Action.BACKUP)
    with vault.write() as connection:
        existing = devices.self_keys(connection)
        if existing is not None:
            return existing
        keys = new_device(name)
        devices.add(connection, keys, name, is_self=True)
        vault_log.mark_everything(connection)
        vault_log.flush(connection, vault_log.load(connection, keys.device_id))
        audit.record(connection, actor_id=vault.user.id if vault.user else None,
                     action="team.set_up", entity_type="team_device",
                     entity_id=keys.device_id[:16], summary="first laptop of the team")
    return keys


def outgoing(vault: OpenVault, peer_id: str, *,
             vector: dict[str, int] | None = None) -> dict[str, Any]:
    """What `peer_id` lacks, as far as this laptop last heard (or as the peer just said,
    `vector`, on the local network), ready for a route."""
    user = acting_user(vault)
    with vault.write() as connection:
        keys = devices.require_self(connection)
        peer = devices.get(connection, peer_id)
        if peer is None or not peer.active:
            raise TeamError(UNPAIRED)
        log = vault_log.load_for(connection, keys.device_id,
                                 vault_log.dirty_records(connection))
        vault_log.flush(connection, log)
        if vector is not None:
            devices.heard_from(connection, peer.device_id, vector)
        known = devices.get(connection, peer.device_id)
        changes = vault_log.missing_for(connection, known.peer_vector if known else {})
        payload = {"format": PAYLOAD_FORMAT, "schema": migrate.head_revision(),
                   "from": keys.device_id, "to": peer.device_id,
                   "vector": vault_log.remember_vector(connection),
                   "changes": [c.to_json() for c in changes]}
        blob_rows = _attachments_named(connection, changes)
        audit.record(connection, actor_id=user.id, action="team.sync_sent",
                     entity_type="team_device", entity_id=peer.device_id[:16],
                     summary=f"changes: {len(changes)}; attachments: {len(blob_rows)}")
    payload["keyring"] = keyring_travel.outgoing(vault)
    with vault.files_read() as files:
        payload["blobs"] = {
            row.blob_id: bytes(attachment_store.read_blob(
                files, row.blob_id, size_bytes=row.size_bytes, sha256=row.sha256)).hex()
            for row in blob_rows if attachment_store.has_blob(files, row.blob_id)}
    return payload


def _attachments_named(connection: Any, changes: list[Change]) -> list[Any]:
    # An erased attachment's blob_id was redacted to None: it is not sent.
    gids = {c.record for c in changes if c.table == "attachment" and c.field == "blob_id"
            and c.value is not None}
    locals_ = [vault_log.local_of(connection, "attachment", gid) for gid in gids]
    ids = [int(i) for i in locals_ if i is not None]
    if not ids:
        return []
    return connection.execute(select(attachment.c.blob_id, attachment.c.size_bytes,
                                     attachment.c.sha256).where(attachment.c.id.in_(ids))
                              ).all()


def check_schema(payload: dict[str, Any]) -> None:
    schema = payload.get("schema")
    if payload.get("format") != PAYLOAD_FORMAT or schema not in migrate.known_revisions():
        raise TeamError(UPDATE_THIS_LAPTOP)
    if schema != migrate.head_revision():
        raise TeamError(UPDATE_OTHER_LAPTOP)


def incoming(vault: OpenVault, payload: dict[str, Any], *, route: str = "file") -> SyncReport:
    """Take in a peer's payload: all of it in one transaction, or nothing."""
    user = acting_user(vault)
    check_schema(payload)
    try:
        changes = [Change.from_json(c) for c in payload["changes"]]
        sender_id = str(payload["from"])
        vector = {str(k): int(v) for k, v in dict(payload["vector"]).items()}
        blobs = {str(k): bytes.fromhex(v) for k, v in dict(payload.get("blobs", {})).items()}
    except (KeyError, TypeError, ValueError) as error:
        raise TeamError(TRUNCATED) from error
    news = keyring_travel.parse(payload.get("keyring"))
    with vault.read() as connection:
        keys = devices.require_self(connection)
        sender = devices.get(connection, sender_id)
        if sender is None or not sender.active or sender.is_self:
            raise TeamError(UNPAIRED)
    _store_blobs(vault, changes, blobs)
    with vault.write() as connection:
        records = vault_log.dirty_records(connection) | {(c.table, c.record) for c in changes}
        log = vault_log.load_for(connection, keys.device_id, records)
        vault_log.flush(connection, log)  # ours first: they supersede what we had seen
        applied = apply_changes(connection, log, changes, actor_id=user.id)
        devices.heard_from(connection, sender_id, vector)
        vault_log.remember_vector(connection)  # also when nothing was new: the next is cheap
        audit.record(connection, actor_id=user.id, action="team.sync_received",
                     entity_type="team_device", entity_id=sender_id[:16],
                     summary=f"route: {route}; changes: {applied.new_changes}; "
                             f"records: {applied.records}")
    if applied.erased_blob_ids:
        with vault.files_write() as files:
            erasure.delete_blobs(files, tuple(applied.erased_blob_ids))
        erasure.scrub(vault)
    keys = keyring_travel.merge(vault, news, actor_id=user.id)
    return SyncReport(sender_id, sender.name, applied.new_changes, applied.records,
                      applied.waiting, len(applied.erased_blob_ids), keys)


def _store_blobs(vault: OpenVault, changes: list[Change], blobs: dict[str, bytes]) -> None:
    """Attachments first, each checked against the size and hash its record names; an
    attachment whose record then fails to apply is unreachable and harmless."""
    expected: dict[str, dict[str, Any]] = {}
    for change in changes:
        if change.table == "attachment":
            expected.setdefault(change.record, {})[change.field] = change.value
    wanted = {e["blob_id"]: e for e in expected.values() if e.get("blob_id")}
    with vault.files_write() as files:
        for blob_id, content in blobs.items():
            facts = wanted.get(blob_id)
            if facts is None:
                continue
            if (facts.get("sha256") and hashlib.sha256(content).hexdigest() != facts["sha256"]):
                raise TeamError(TRUNCATED)
            attachment_store.put_blob(files, blob_id, content)


def unsent_count(vault: OpenVault) -> int:
    """Changes made here that some active peer is not known to have, plus writes not
    yet turned into changes: «3 cambios sin enviar»."""
    with vault.read() as connection:
        keys = devices.self_keys(connection)
        if keys is None:
            return 0
        peers = [d for d in devices.all_devices(connection) if d.active and not d.is_self]
        if not peers:
            return 0
        least = min(p.peer_vector.get(keys.device_id, 0) for p in peers)
        made = connection.execute(select(team_change.c.seq).where(
            team_change.c.device == keys.device_id, team_change.c.seq > least)).all()
        return len(made) + vault_log.pending_count(connection)
