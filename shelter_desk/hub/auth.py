"""Who is asking: a member organisation (requests signed with its enrolled Ed25519 key,
each with a nonce that nonces.py lets through once), or a network coordinator logged in
to the dashboard (a session cookie MACed with the hub's secret, and a double-submit CSRF
token on every form)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import time

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from shelter_desk.hub.refusal import Refusal
from shelter_desk.network.hub_protocol import (
    NONCE_HEADER,
    NONCE_PATTERN,
    ORG_HEADER,
    SIGNATURE_HEADER,
    TIME_HEADER,
    request_message,
)

__all__ = ["NONCE_HEADER", "ORG_HEADER", "SIGNATURE_HEADER", "TIME_HEADER"]
_NONCE = re.compile(NONCE_PATTERN)

CLOCK_SKEW = 300  # seconds a member's clock may be off
SESSION_COOKIE, CSRF_COOKIE = "sd_hub_session", "sd_hub_csrf"
SESSION_SECONDS = 8 * 3600


def check_member_signature(public_key: bytes | None, method: str, path: str, body: bytes,
                           timestamp: str | None, nonce: str | None, signature: str | None,
                           now: float | None = None) -> int:
    """The request's (signed) time, when `signature` is `public_key`'s over this request,
    its time and its nonce. That the nonce is new is nonces.spend's to check."""
    refused = Refusal(401, "not_authenticated",
                      "Esta petición necesita la firma de una organización inscrita.",
                      "This request needs the signature of an enrolled organisation.")
    if public_key is None or not timestamp or not signature:
        raise refused
    if not nonce or not _NONCE.fullmatch(nonce):
        raise Refusal(401, "missing_nonce",
                      f"La petición firmada necesita un valor de un solo uso ({NONCE_HEADER}); "
                      "actualiza Shelter Desk.",
                      f"A signed request needs a one-time value ({NONCE_HEADER}); update "
                      "Shelter Desk.")
    if not timestamp.isdecimal() or not timestamp.isascii() or len(timestamp) > 12:
        raise refused
    try:
        sent = int(timestamp)
        raw = base64.b64decode(signature, validate=True)
        if abs((now or time.time()) - sent) > CLOCK_SKEW:
            raise Refusal(401, "clock_skew",
                          "La hora del equipo difiere demasiado de la del hub.",
                          "The computer's clock is too far from the hub's.")
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            raw, request_message(method, path, timestamp, nonce, body))
    except (ValueError, binascii.Error, InvalidSignature) as error:
        raise refused from error
    return sent


def session_cookie(secret: bytes, admin_id: int, now: float | None = None) -> str:
    expires = int((now or time.time()) + SESSION_SECONDS)
    payload = f"{admin_id}.{expires}"
    return f"{payload}.{_mac(secret, payload)}"


def session_admin(secret: bytes, cookie: str | None, now: float | None = None) -> int | None:
    if not cookie or cookie.count(".") != 2:
        return None
    admin_id, expires, mac = cookie.split(".")
    if not hmac.compare_digest(mac, _mac(secret, f"{admin_id}.{expires}")):
        return None
    if not (admin_id.isdigit() and expires.isdigit()) or int(expires) < (now or time.time()):
        return None
    return int(admin_id)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)


def csrf_ok(cookie: str | None, field: str | None) -> bool:
    return bool(cookie) and bool(field) and hmac.compare_digest(str(cookie), str(field))


def _mac(secret: bytes, payload: str) -> str:
    return hmac.new(secret, payload.encode(), hashlib.sha256).hexdigest()
