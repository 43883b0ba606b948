"""The package inside the age envelope: a signed manifest and its parts.

The payload is UTF-8 JSON {"format": "shelter-desk-handoff/1", "manifest": <canonical
manifest bytes, base64>, "signature": <Ed25519 over those bytes, base64>, "parts":
{name: <bytes, base64>}}, the same shape as the signed network report (.sdreport). The
manifest names the sender and its signing key, the addressee and the fingerprints of the
keys it is encrypted to, an expiry, the consent it goes under, and the SHA-256 and size of
every part. The payload's bytes are what the preview shows and what is encrypted.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from shelter_desk.handoff.errors import (
    EXPIRED,
    NOT_A_PACKAGE,
    TAMPERED,
    TOO_LARGE,
    UNSIGNED,
    WRONG_ADDRESS,
    refused,
)
from shelter_desk.network.canonical import canonical_bytes

PAYLOAD_FORMAT = "shelter-desk-handoff/1"
MANIFEST_FORMAT = "shelter-desk-handoff-manifest/1"
SUFFIX = ".sdhandoff"
MAX_BYTES = 64 * 1024 * 1024  # the most a package may weigh, sealed or not
RECORD_PART = "case.json"  # her record and what was chosen with it, as JSON


@dataclass(frozen=True)
class Part:
    name: str  # "case.json" or "attachments/<n>"
    data: bytes
    filename: str = ""  # an attachment's own name, shown in the preview
    media_type: str = "application/json"


@dataclass(frozen=True)
class Addressing:
    """Who sends, to whom, until when, on what consent: the manifest's fixed fields."""

    package_id: str
    sender_id: str
    sender_name: str
    recipient_id: str
    recipient_name: str
    recipient_key_fingerprints: tuple[str, ...]
    created_at: str
    expires_at: str
    consent: dict[str, Any]


@dataclass(frozen=True)
class Package:
    """A payload opened and checked: its manifest, its parts, who signed it."""

    payload: bytes
    manifest: dict[str, Any]
    parts: dict[str, Part]
    signing_key: bytes

    @property
    def package_id(self) -> str:
        return str(self.manifest["package_id"])

    @property
    def addressing(self) -> Addressing:
        m = self.manifest
        return Addressing(m["package_id"], m["sender"]["id"], m["sender"]["name"],
                          m["recipient"]["id"], m["recipient"]["name"],
                          tuple(m["recipient"]["key_fingerprints"]), m["created_at"],
                          m["expires_at"], m["consent"])

    def record(self) -> dict[str, Any]:
        return json.loads(self.parts[RECORD_PART].data)


def build_payload(addressing: Addressing, parts: list[Part], private_key: bytes) -> bytes:
    """The payload to preview and then seal; signed by the sending organisation's key."""
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    public = key.public_key().public_bytes_raw()
    a = addressing
    manifest = {
        "format": MANIFEST_FORMAT, "package_id": a.package_id,
        "sender": {"id": a.sender_id, "name": a.sender_name, "signing_key": _b64(public)},
        "recipient": {"id": a.recipient_id, "name": a.recipient_name,
                      "key_fingerprints": list(a.recipient_key_fingerprints)},
        "created_at": a.created_at, "expires_at": a.expires_at, "consent": a.consent,
        "parts": [{"name": p.name, "sha256": hashlib.sha256(p.data).hexdigest(),
                   "size": len(p.data), "filename": p.filename, "media_type": p.media_type}
                  for p in parts],
    }
    manifest_bytes = canonical_bytes(manifest)
    payload = json.dumps({
        "format": PAYLOAD_FORMAT, "manifest": _b64(manifest_bytes),
        "signature": _b64(key.sign(manifest_bytes)),
        "parts": {p.name: _b64(p.data) for p in parts}}, sort_keys=True).encode("utf-8")
    check_size(len(payload))
    return payload


def open_payload(payload: bytes) -> Package:
    """The payload read back and checked: signature over the manifest (by the key the
    manifest names; services check that key against the pinned one), every part's hash
    and size, and no part that the manifest does not name."""
    check_size(len(payload))
    try:
        document = json.loads(payload)
        if not isinstance(document, dict) or document.get("format") != PAYLOAD_FORMAT:
            raise ValueError("format")
        manifest_bytes = _unb64(document["manifest"])
        manifest = json.loads(manifest_bytes)
        if manifest.get("format") != MANIFEST_FORMAT:
            raise ValueError("manifest format")
        signing_key = _unb64(manifest["sender"]["signing_key"])
        signature = _unb64(document.get("signature") or "")
        raw_parts = document["parts"]
        listed = manifest["parts"]
        if not isinstance(raw_parts, dict) or not isinstance(listed, list):
            raise ValueError("parts")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
            binascii.Error) as error:
        raise refused(*NOT_A_PACKAGE) from error
    try:
        Ed25519PublicKey.from_public_bytes(signing_key).verify(signature, manifest_bytes)
    except (InvalidSignature, ValueError) as error:
        raise refused(*UNSIGNED) from error
    parts = {}
    try:
        for entry in listed:
            data = _unb64(raw_parts[entry["name"]])
            if len(data) != entry["size"] or \
                    hashlib.sha256(data).hexdigest() != entry["sha256"]:
                raise refused(*TAMPERED)
            parts[entry["name"]] = Part(entry["name"], data, entry["filename"],
                                        entry["media_type"])
    except (KeyError, TypeError, binascii.Error) as error:
        raise refused(*TAMPERED) from error
    if set(raw_parts) != set(parts) or RECORD_PART not in parts:
        raise refused(*TAMPERED)
    return Package(payload, manifest, parts, signing_key)


def check_addressed(package: Package, organisation_id: str, now: datetime) -> None:
    """Refused when it is for another organisation or past its expiry."""
    addressing = package.addressing
    if addressing.recipient_id != organisation_id:
        es, en = WRONG_ADDRESS
        to = addressing.recipient_name
        raise refused(es.format(to=to), en.format(to=to))
    try:
        expires = datetime.fromisoformat(addressing.expires_at)
    except (TypeError, ValueError) as error:
        raise refused(*NOT_A_PACKAGE) from error
    if now >= expires:
        es, en = EXPIRED
        when = expires.strftime("%d/%m/%Y %H:%M UTC")
        raise refused(es.format(when=when), en.format(when=when))


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        es, en = TOO_LARGE
        limit = MAX_BYTES // (1024 * 1024)
        raise refused(es.format(limit=limit), en.format(limit=limit))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
