"""Time stamps as the vault stores them: UTC, ISO 8601, sortable as text."""

from __future__ import annotations

from datetime import UTC, datetime


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def parse(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)
