"""The files of an open vault: an engine per database, and an older schema brought to head
after an encrypted copy of it is safely on disk (split from vault.py)."""

from __future__ import annotations

import contextlib
import shutil
import time
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


RESTORE_STAGING_AGE_SECONDS = 3600


def scrub_leftovers(directory: Path, *, only_mine: bool) -> int:
    """Remove staging folders that a killed backup or restore left with full encrypted
    copies of both databases and keys.json, so they are not forgotten copies that a
    data-rights deletion would miss. `.backup-*` inside the vault only when no other
    process has the vault open (`only_mine`: it may be writing one now); a restore's
    `.<vault>.restoring-*` beside it once it is an hour old (a restore takes minutes).
    Returns how many were removed."""
    removed = 0
    candidates = list(directory.glob(".backup-*")) if only_mine else []
    cutoff = time.time() - RESTORE_STAGING_AGE_SECONDS
    for staging in directory.parent.glob(f".{directory.name}.restoring-*"):
        with contextlib.suppress(OSError):
            if staging.stat().st_mtime < cutoff:
                candidates.append(staging)
    for staging in candidates:
        if staging.is_dir() and not staging.is_symlink():
            shutil.rmtree(staging, ignore_errors=True)
            removed += not staging.exists()
    return removed


def copies_beside(directory: Path) -> list[Path]:
    """The whole copies of this vault the app itself left beside it: the vault a restore
    kept aside (`<vault>.before-restore-*`) and a restore's staging
    (`.<vault>.restoring-*`). Each has its own keys.json and both databases."""
    directory = Path(directory)
    found = [*directory.parent.glob(f"{directory.name}.before-restore-*"),
             *directory.parent.glob(f".{directory.name}.restoring-*")]
    return sorted(path for path in found if path.is_dir() and not path.is_symlink())
