"""The receiver's signed acknowledgement: received, accepted, or declined with a reason.

UTF-8 JSON {"format": "shelter-desk-handoff-ack/1", "ack": <canonical bytes, base64>,
"signature": <Ed25519, base64>}, sealed with age to the sender's keys like the package
(a reason may say something about her)."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from shelter_desk.handoff.errors import refused
from shelter_desk.network.canonical import canonical_bytes

ACK_FORMAT = "shelter-desk-handoff-ack/1"
NOT_AN_ACK = ("El archivo no es un acuse de recibo de Shelter Desk, o está dañado.",
              "The file is not a Shelter Desk acknowledgement, or it is damaged.")


class AckStatus(StrEnum):
    RECEIVED = "received"
    ACCEPTED = "accepted"
    DECLINED = "declined"


@dataclass(frozen=True)
class Acknowledgement:
    package_id: str
    status: AckStatus
    at: str
    sender_id: str  # who acknowledges: the package's receiver
    reason: str = ""


def sign_ack(ack: Acknowledgement, private_key: bytes) -> bytes:
    body = canonical_bytes({"package_id": ack.package_id, "status": ack.status.value,
                            "at": ack.at, "from": ack.sender_id, "reason": ack.reason})
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(body)
    return json.dumps({"format": ACK_FORMAT, "ack": _b64(body),
                       "signature": _b64(signature)}, sort_keys=True).encode("utf-8")


def read_ack(data: bytes, signing_key: bytes) -> Acknowledgement:
    """Checked against the receiving organisation's pinned signing key."""
    try:
        document = json.loads(data)
        if document.get("format") != ACK_FORMAT:
            raise ValueError("format")
        body = base64.b64decode(document["ack"], validate=True)
        signature = base64.b64decode(document["signature"], validate=True)
        fields = json.loads(body)
        ack = Acknowledgement(str(fields["package_id"]), AckStatus(fields["status"]),
                              str(fields["at"]), str(fields["from"]), str(fields["reason"]))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
            binascii.Error) as error:
        raise refused(*NOT_AN_ACK) from error
    try:
        Ed25519PublicKey.from_public_bytes(signing_key).verify(signature, body)
    except (InvalidSignature, ValueError) as error:
        raise refused("El acuse de recibo no tiene una firma válida de la organización que "
                      "recibió el paquete.",
                      "The acknowledgement has no valid signature from the organisation "
                      "that received the package.") from error
    return ack


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
