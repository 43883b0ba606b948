"""What the app and the hub agree on beyond the report itself: how a member signs a
request (headers and the signed message) and the receipt the hub signs back. Pure."""

from __future__ import annotations

import hashlib

ORG_HEADER, TIME_HEADER, SIGNATURE_HEADER = ("X-SD-Organisation", "X-SD-Timestamp",
                                             "X-SD-Signature")
RECEIPT_FORMAT = "shelter-desk-receipt/1"


def request_message(method: str, path: str, timestamp: str, body: bytes) -> bytes:
    """What a member signs: the request line, the time, and the body's hash."""
    digest = hashlib.sha256(body).hexdigest()
    return f"{method.upper()} {path}\n{timestamp}\n{digest}".encode()
