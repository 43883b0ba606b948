"""Canonical JSON: the bytes that are previewed, signed and sent.

JCS (RFC 8785) restricted to what reports hold: objects with ASCII keys, strings,
integers, booleans, null and arrays; no floats (a count is an integer, and JCS's number
formatting is then plain decimal). Keys sorted, no whitespace, UTF-8, non-ASCII text
as is; within that subset Python's sorted keys and escapes are exactly JCS's.
"""

from __future__ import annotations

import json
from typing import Any


def canonical_bytes(document: Any) -> bytes:
    _check(document)
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def _check(value: Any) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str) or not key.isascii():
                raise ValueError(f"canonical JSON keys must be ASCII strings: {key!r}")
            _check(item)
    elif isinstance(value, list):
        for item in value:
            _check(item)
    elif not (value is None or isinstance(value, str | bool | int)):
        raise ValueError(f"canonical JSON holds no {type(value).__name__}")
