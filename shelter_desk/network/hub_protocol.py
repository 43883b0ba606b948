"""What the app and the hub agree on beyond the report itself: how a member signs a
request (headers and the signed message) and the receipt the hub signs back. Pure."""

from __future__ import annotations

import base64
import hashlib
import secrets
import time

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ORG_HEADER, TIME_HEADER, SIGNATURE_HEADER = ("X-SD-Organisation", "X-SD-Timestamp",
                                             "X-SD-Signature")
# A fresh random value per request: the hub keeps the ones it saw while their timestamp
# is acceptable, so a request overheard (or logged by a proxy) cannot be sent again.
NONCE_HEADER = "X-SD-Nonce"
NONCE_PATTERN = r"[A-Za-z0-9_-]{22,64}"
RECEIPT_FORMAT = "shelter-desk-receipt/1"


def request_message(method: str, path: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    """What a member signs: the request line, the time, the nonce and the body's hash."""
    digest = hashlib.sha256(body).hexdigest()
    return f"{method.upper()} {path}\n{timestamp}\n{nonce}\n{digest}".encode()


def signed_headers(organisation_id: str, private_key: bytes, method: str, path: str,
                   body: bytes = b"", now: float | None = None) -> dict[str, str]:
    """The headers of one signed member request (a new nonce each call)."""
    stamp = str(int(time.time() if now is None else now))
    nonce = secrets.token_urlsafe(24)
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(
        request_message(method, path, stamp, nonce, body))
    return {ORG_HEADER: organisation_id, TIME_HEADER: stamp, NONCE_HEADER: nonce,
            SIGNATURE_HEADER: base64.b64encode(signature).decode("ascii")}
