"""A limit on request bodies, enforced while they are read: a client announcing or
streaming more than the limit gets 413 and nothing past the limit is kept in memory.

The rest of an oversized body is read and dropped (up to DRAIN bytes) before answering:
closing a socket with unread data makes the kernel reset the connection, and the client
would see "connection reset" instead of the 413 that says why."""

from __future__ import annotations

import json
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]

_REFUSAL = json.dumps({"error": "too_large", "message": {
    "es": "La petición es demasiado grande.", "en": "The request is too large."}}).encode()


class TooLarge(Exception):
    """Raised by the limited receive; the app turns it into 413."""


DRAIN = 64 * 1024 * 1024


async def _drain(receive: Any, seen: int) -> None:
    while seen <= DRAIN:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


class BodyLimit:
    """`limit` bytes for every request, except the paths given their own in `larger`."""

    def __init__(self, app: Any, limit: int, larger: dict[str, int] | None = None) -> None:
        self.app = app
        self.default = limit
        self.larger = larger or {}

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope.get("path", ""), self.default)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and (not value.isdigit() or int(value) > limit):
                if value.isdigit() and int(value) <= DRAIN:
                    await _drain(receive, 0)
                await _refuse(send)
                return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    if message.get("more_body", False):
                        await _drain(receive, seen)
                    raise TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except TooLarge:
            if not started:
                await _refuse(send)


REFUSAL_BODY = _REFUSAL


async def _refuse(send: Any) -> None:
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(_REFUSAL)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": _REFUSAL})
