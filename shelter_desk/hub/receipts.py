"""The hub's signed receipt: proof for the member that a report arrived, which lets the
app take it out of its outbox. Canonical JSON signed with the hub's Ed25519 key, which
the member pinned at enrolment."""

from __future__ import annotations

import base64
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shelter_desk.network.canonical import canonical_bytes
from shelter_desk.network.hub_protocol import RECEIPT_FORMAT


def make(private_key: bytes, *, organisation_id: str, period: str, revision: int,
         report_sha256: str, received_at: str) -> tuple[bytes, bytes]:
    document = {"format": RECEIPT_FORMAT, "organisation_id": organisation_id,
                "period": period, "revision": revision, "report_sha256": report_sha256,
                "received_at": received_at}
    canonical = canonical_bytes(document)
    return canonical, Ed25519PrivateKey.from_private_bytes(private_key).sign(canonical)


def wire(receipt: bytes, signature: bytes, *, duplicate: bool) -> dict[str, Any]:
    return {"receipt": base64.b64encode(receipt).decode("ascii"),
            "signature": base64.b64encode(signature).decode("ascii"),
            "duplicate": duplicate}
