"""«Exportar cambios a USB»: the changes a paired laptop lacks, as one file.

A zip (a standard container, nothing hand-made) of three parts: `changes.age`, the
payload encrypted with age to the receiving laptop's X25519 key (pyrage); and
`manifest.json` with `manifest.sig`, an Ed25519 signature by the sending laptop over the
manifest, which names the sender, the recipients' device ids, an expiry and the
SHA-256 of the encrypted part (age alone does not say who wrote a file). The receiver
checks all of it before decrypting, and applies the payload in one transaction; a file
imported twice changes nothing the second time.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature

from shelter_desk.store.vault import OpenVault
from shelter_desk.team import devices, sync
from shelter_desk.team.errors import (
    EXPIRED,
    NOT_A_CHANGE_FILE,
    NOT_FOR_US,
    TAMPERED,
    TRUNCATED,
    UNPAIRED,
    TeamError,
)
from shelter_desk.team.identity import verifier

SUFFIX = ".sdchanges"
FORMAT = "shelter-desk-changes/1"
VALID_DAYS = 60  # a forgotten USB stick's file stops being accepted after this
_PARTS = ("manifest.json", "manifest.sig", "changes.age")
_MAX_FILE_BYTES = 4 * 1024 ** 3


def export_for(vault: OpenVault, peer_id: str, folder: Path) -> Path:
    """Write the file for one paired laptop into `folder` (a USB stick); its path."""
    payload = sync.outgoing(vault, peer_id)
    with vault.read() as connection:
        keys = devices.require_self(connection)
        peer = devices.get(connection, peer_id)
    assert peer is not None  # outgoing refused an unknown or removed laptop
    sealed = pyrage.encrypt(json.dumps(payload, separators=(",", ":")).encode(),
                            [pyrage.x25519.Recipient.from_str(peer.age_recipient)])
    now = datetime.now(UTC)
    manifest = json.dumps({
        "format": FORMAT, "from": keys.device_id, "to": [peer.device_id],
        "created_at": now.isoformat(), "expires_at": (now + timedelta(VALID_DAYS)).isoformat(),
        "parts": {"changes.age": hashlib.sha256(sealed).hexdigest()},
        "changes": len(payload["changes"]),
    }, sort_keys=True).encode()
    signature = keys.signer().sign(manifest)
    stamp = f"{now:%Y%m%d-%H%M%S}"
    target = folder / f"cambios-{keys.device_id[:8]}-para-{peer.short_id}-{stamp}{SUFFIX}"
    partial = target.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("manifest.sig", signature)
        archive.writestr("changes.age", sealed)
    partial.replace(target)  # a file that is there is a whole file
    return target


def import_file(vault: OpenVault, path: Path) -> sync.SyncReport:
    """Check and apply a change file; any problem is a clear error and nothing applied."""
    manifest_bytes, signature, sealed = _parts(path)
    try:
        manifest = json.loads(manifest_bytes)
        sender_id, recipients = str(manifest["from"]), list(manifest["to"])
        expires = datetime.fromisoformat(manifest["expires_at"])
        declared = str(manifest["parts"]["changes.age"])
        if manifest["format"] != FORMAT:
            raise TeamError(NOT_A_CHANGE_FILE)
    except (ValueError, KeyError, TypeError) as error:
        raise TeamError(TAMPERED) from error
    with vault.read() as connection:
        keys = devices.require_self(connection)
        sender = devices.get(connection, sender_id)
    if sender is None or not sender.active or sender.is_self:
        raise TeamError(UNPAIRED)
    try:
        verifier(sender.signing_key).verify(signature, manifest_bytes)
    except InvalidSignature as error:
        raise TeamError(TAMPERED) from error
    if hashlib.sha256(sealed).hexdigest() != declared:
        raise TeamError(TAMPERED)
    if keys.device_id not in recipients:
        raise TeamError(NOT_FOR_US)
    if expires < datetime.now(UTC):
        raise TeamError(EXPIRED)
    try:
        plain = pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(keys.age_identity)])
        payload = json.loads(plain)
    except (pyrage.DecryptError, ValueError) as error:
        raise TeamError(TAMPERED) from error
    if payload.get("from") != sender_id or payload.get("to") != keys.device_id:
        raise TeamError(TAMPERED)
    return sync.incoming(vault, payload, route="file")


def _parts(path: Path) -> tuple[bytes, bytes, bytes]:
    try:
        if path.stat().st_size > _MAX_FILE_BYTES:
            raise TeamError(NOT_A_CHANGE_FILE)
        data = path.read_bytes()
    except OSError as error:
        raise TeamError(NOT_A_CHANGE_FILE) from error
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        # A zip's first bytes with its end missing: a copy cut short.
        raise TeamError(TRUNCATED if data.startswith(b"PK\x03\x04") else
                        NOT_A_CHANGE_FILE) from error
    with archive:
        if sorted(archive.namelist()) != sorted(_PARTS):
            raise TeamError(NOT_A_CHANGE_FILE)
        try:
            return tuple(archive.read(name) for name in _PARTS)  # type: ignore[return-value]
        except (zipfile.BadZipFile, EOFError, ValueError) as error:
            raise TeamError(TAMPERED) from error
