"""The files of an open vault: an engine per database, and an older schema brought to head
after an encrypted copy of it is safely on disk (split from vault.py)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, select

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store import kdf, migrate
from shelter_desk.store.clock import now_utc
from shelter_desk.store.database import DatabaseKey, backup_database, open_engine, translate_errors
from shelter_desk.store.errors import VaultCorrupt, VaultTooNew
from shelter_desk.store.schema import vault_meta

VAULT_DB = "vault.db"
FILES_DB = "files.db"
BACKUPS = "backups"


def open_engines(directory: Path, vault_id: str, master: bytearray, *,
                  create: bool) -> dict[str, tuple[Engine, DatabaseKey]]:
    engines: dict[str, tuple[Engine, DatabaseKey]] = {}
    try:
        for name in (VAULT_DB, FILES_DB):
            key = DatabaseKey(kdf.derive_database_key(master, vault_id, name))
            engines[name] = (open_engine(directory / name, key, create=create), key)
    except BaseException:
        for engine, key in engines.values():
            engine.dispose()
            key.wipe()
        raise
    return engines


def bring_schema_to_head(directory: Path, engine: Engine, key: DatabaseKey) -> None:
    """Upgrade an older vault, after an encrypted copy of it is safely on disk."""
    with translate_errors(VAULT_DB), engine.connect() as connection:
        revision = migrate.current_revision(connection)
    if revision is None:
        raise VaultCorrupt(VAULT_DB, Bilingual(
            es="No contiene el esquema de Shelter Desk.", en="It has no Shelter Desk schema."))
    head = migrate.head_revision()
    if revision == head:
        return
    if revision not in migrate.known_revisions():
        raise VaultTooNew(revision)
    backups = directory / BACKUPS
    backups.mkdir(mode=0o700, exist_ok=True)
    stamp = now_utc().replace(":", "").replace("-", "")[:15]
    backup_database(engine, key, backups / f"vault-schema-{revision}-{stamp}.db")
    with translate_errors(VAULT_DB), engine.connect() as connection:
        connection = connection.execution_options(shelter_desk_write=True)
        with connection.begin():
            migrate.upgrade(connection)


def meta(connection: Connection, key: str) -> str | None:
    return connection.execute(
        select(vault_meta.c.value).where(vault_meta.c.key == key)).scalar_one_or_none()
