"""The signed report: Ed25519 over the canonical bytes, and the .sdreport file that carries
them on a USB stick or by e-mail.

A .sdreport is UTF-8 JSON: {"format": "shelter-desk-signed-report/1", "report": <the
canonical bytes, base64>, "signature": <base64>, "public_key": <raw 32 bytes, base64>}.
The report travels as base64 of its exact bytes, so nothing on the way (an editor, a
JSON library) can re-serialise what was signed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual

FILE_FORMAT = "shelter-desk-signed-report/1"
SUFFIX = ".sdreport"


@dataclass(frozen=True)
class SignedReport:
    canonical: bytes
    signature: bytes
    public_key: bytes

    def to_file_bytes(self) -> bytes:
        return json.dumps({"format": FILE_FORMAT, "report": _b64(self.canonical),
                           "signature": _b64(self.signature),
                           "public_key": _b64(self.public_key)},
                          sort_keys=True, indent=1).encode("utf-8") + b"\n"

    def document(self) -> dict[str, Any]:
        return json.loads(self.canonical)


def new_private_key() -> tuple[bytes, bytes]:
    """(private, public) raw bytes of a fresh Ed25519 key."""
    key = Ed25519PrivateKey.generate()
    return key.private_bytes_raw(), public_bytes(key.public_key())


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(private_key: bytes, canonical: bytes) -> SignedReport:
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    return SignedReport(canonical, key.sign(canonical), public_bytes(key.public_key()))


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw public key, as 16 groups of 4 hex digits: read aloud on a phone
    call to check a key the network received."""
    digest = hashlib.sha256(public_key).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def verify(signed: SignedReport, public_key: bytes | None = None) -> bool:
    """True when the signature is good for `public_key` (default: the one in the file)."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key or signed.public_key).verify(
            signed.signature, signed.canonical)
    except (InvalidSignature, ValueError):
        return False
    return True


def read_file(data: bytes) -> SignedReport:
    """A .sdreport read back; a clear error for anything that is not one."""
    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
            raise ValueError("format")
        return SignedReport(_unb64(document["report"]), _unb64(document["signature"]),
                            _unb64(document["public_key"]))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error) as error:
        raise InvalidInput("file", Bilingual(
            es="El archivo no es un informe firmado de Shelter Desk (.sdreport).",
            en="The file is not a Shelter Desk signed report (.sdreport).")) from error


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
