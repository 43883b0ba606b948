"""The app's side of the hub's mailbox (hub/mailbox.py): leave a sealed handoff package or
acknowledgement for another member, list and fetch what waits for us, delete it once
taken (or revoke one we left). Requests are signed as every member request is."""

from __future__ import annotations

import json
import urllib.parse
from typing import Any

from shelter_desk.network.hub_client import HubClient, Identity, _garbled

PATH = "/api/v1/mailbox"
RECIPIENT_HEADER = "X-SD-Recipient"
MAX_PACKAGE_BYTES = 64 * 1024 * 1024


class MailboxClient:
    def __init__(self, hub: HubClient, identity: Identity) -> None:
        self.hub = hub
        self.identity = identity

    def post(self, recipient_id: str, sealed: bytes) -> str:
        """The item's id at the hub."""
        data = self.hub._request("POST", PATH, sealed, self.identity, extra_headers={
            RECIPIENT_HEADER: recipient_id, "Content-Type": "application/octet-stream"})
        answer = _object(data)
        if not isinstance(answer.get("id"), str):
            raise _garbled()
        return answer["id"]

    def waiting(self) -> list[dict[str, Any]]:
        items = _object(self.hub._request("GET", PATH, b"", self.identity)).get("items")
        if not isinstance(items, list):
            raise _garbled()
        return [i for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)]

    def download(self, item_id: str) -> bytes:
        return self.hub._request("GET", _item(item_id), b"", self.identity,
                                 limit=MAX_PACKAGE_BYTES)

    def delete(self, item_id: str) -> None:
        self.hub._request("DELETE", _item(item_id), b"", self.identity)


def _item(item_id: str) -> str:
    return f"{PATH}/{urllib.parse.quote(item_id, safe='')}"


def _object(data: bytes) -> dict[str, Any]:
    try:
        answer = json.loads(data)
    except (UnicodeDecodeError, ValueError) as error:
        raise _garbled() from error
    if not isinstance(answer, dict):
        raise _garbled()
    return answer
