"""Signed member requests are used once: each carries a nonce, and the hub keeps every
nonce it accepted until the request's timestamp could no longer be accepted anyway
(auth.CLOCK_SKEW either side), so the same signed headers sent again are refused. The
table holds at most the valid requests of about ten minutes."""

from __future__ import annotations

import time

from sqlalchemy import Engine, delete, insert
from sqlalchemy.exc import IntegrityError

from shelter_desk.hub.auth import CLOCK_SKEW
from shelter_desk.hub.refusal import Refusal
from shelter_desk.hub.schema import request_nonce


def spend(engine: Engine, organisation_id: str, nonce: str, sent: int,
          now: float | None = None) -> None:
    """Record `nonce` as used by `organisation_id`, or refuse the request as a replay."""
    now = int(time.time() if now is None else now)
    try:
        with engine.begin() as connection:
            connection.execute(delete(request_nonce).where(request_nonce.c.expires_at < now))
            connection.execute(insert(request_nonce).values(
                organisation_id=organisation_id, nonce=nonce,
                expires_at=max(sent, now) + CLOCK_SKEW + 1))
    except IntegrityError as error:
        raise Refusal(409, "replayed_request",
                      "Esta petición firmada ya se recibió una vez; no se repite.",
                      "This signed request was already received once; it is not "
                      "repeated.") from error
