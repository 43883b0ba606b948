"""Vault-wide settings (the `setting` table): one text value per key, with when it changed."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select, update

from shelter_desk.store.clock import now_utc
from shelter_desk.store.schema import setting

LAST_VERIFIED_BACKUP = "backup.last_verified_at"
BACKUP_REMINDER_DAYS = "backup.reminder_days"
RETENTION_YEARS = "retention.years_after_close"
# Set with an ARCO deletion, cleared when its scrub finished (store/erasure.py).
SCRUB_PENDING = "erasure.scrub_pending"


def get(connection: Connection, key: str) -> str | None:
    return connection.execute(
        select(setting.c.value).where(setting.c.key == key)).scalar_one_or_none()


def put(connection: Connection, key: str, value: str) -> None:
    stamp = now_utc()
    changed = connection.execute(update(setting).where(setting.c.key == key)
                                 .values(value=value, updated_at=stamp)).rowcount
    if not changed:
        connection.execute(insert(setting).values(key=key, value=value, updated_at=stamp))


def remove(connection: Connection, key: str) -> None:
    connection.execute(delete(setting).where(setting.c.key == key))
