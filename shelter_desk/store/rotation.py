"""Master-key rotation: a new random master key, both databases re-keyed, every slot resealed.

Why `sqlcipher_export` into a new file and an atomic rename, not `PRAGMA rekey`: rekey
rewrites every page of the live file in place, through the WAL, so a SIGKILL or power cut
half-way leaves a file whose pages are under two keys and whose good state depends on a
WAL replay with the right one. Exporting never touches the live file: until the rename
the old file under the old key is whole, after it the new file under the new key is
whole and fsynced. The price is room for one more copy of the largest file (checked
first: "no space left" before anything changes).

The order, each step durable before the next (`step` names them, the kill trials use it):

    1. keys.json gets generation g+1 beside g: every slot opens both master keys ("keys")
    2. vault.db exported under the new key and fsynced ("vault.db:exported")
    3. renamed over vault.db, folder fsynced ("vault.db:swapped")
    4-5. the same for files.db
    6. keys.json keeps only g+1 ("committed"): the old master key opens nothing now

A crash anywhere leaves keys.json with a key for each database as it is on disk, so
every remaining member and the recovery code still open the vault. The next unlock
settles it (`settle`): if no database was swapped yet it rolls back (drops g+1), else it
re-keys what is left and commits. For team sync: `rekey_files` is the re-key alone, for a
master key received from elsewhere.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from shelter_desk.store import kdf
from shelter_desk.store.database import DatabaseKey, key_connection
from shelter_desk.store.errors import DiskFull, VaultBusy
from shelter_desk.store.keyring import Keyring
from shelter_desk.store.keyring_format import fsync_folder

DATABASES = ("vault.db", "files.db")
STAGING_SUFFIX = ".rotating"
Progress = Callable[[int, int], None]  # (bytes written, bytes in all)
Step = Callable[[str], None]
# SQLite VM steps between looks at the new file's size: copying one attachment chunk
# (1 MiB) takes about nine, so a 200 MB files.db gets some forty looks.
_PROGRESS_EVERY_OPS = 50
_PROGRESS_BYTES = 1024 * 1024  # a report at most once per MiB written


def database_key(master: bytearray, vault_id: str, name: str) -> DatabaseKey:
    return DatabaseKey(kdf.derive_database_key(master, vault_id, name))


def rekey_files(directory: Path, vault_id: str, old_master: bytearray,
                new_master: bytearray, *, progress: Progress | None = None,
                step: Step | None = None) -> None:
    """Re-key vault.db and files.db from one master key to the other; no engine may be
    open on them. Each file is either wholly old or wholly new at every moment."""
    names = [name for name in DATABASES
             if not opens_with(directory / name, vault_id, new_master, name)]
    total = sum((directory / name).stat().st_size for name in names) or 1
    done = 0
    for name in names:
        def report(written: int, _total: int, base: int = done) -> None:
            if progress:
                progress(min(base + written, total), total)
        old_key = database_key(old_master, vault_id, name)
        new_key = database_key(new_master, vault_id, name)
        try:
            rekey_database(directory / name, old_key, new_key, progress=report, step=step)
        finally:
            old_key.wipe()
            new_key.wipe()
        done += (directory / name).stat().st_size
    if progress:
        progress(total, total)


ROOM_MARGIN = 16 * 1024 * 1024


def ensure_room(directory: Path) -> None:
    largest = max(((directory / name).stat().st_size for name in DATABASES
                   if (directory / name).exists()), default=0)
    if shutil.disk_usage(directory).free < largest + ROOM_MARGIN:
        raise DiskFull()


def rekey_database(path: Path, old_key: DatabaseKey, new_key: DatabaseKey, *,
                   progress: Progress | None = None, step: Step | None = None) -> None:
    staging = path.with_name(path.name + STAGING_SUFFIX)
    staging.unlink(missing_ok=True)
    size = path.stat().st_size
    if shutil.disk_usage(path.parent).free < size + ROOM_MARGIN:
        raise DiskFull()
    source = sqlcipher.connect(str(path), isolation_level=None)
    try:
        key_connection(source, old_key, cache_kib=8 * 1024)
        # Everything committed goes into the main file first: the export reads through
        # the WAL anyway, but an empty WAL is what makes the rename below complete.
        busy, _log, _done = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise VaultBusy()
        version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"ATTACH DATABASE ? AS rotated KEY \"x'{new_key.hex()}'\"",
                       (str(staging),))
        source.execute("PRAGMA rotated.cipher_compatibility = 4")

        reported = [-_PROGRESS_BYTES]

        def tick() -> int:
            if progress:
                written = staging.stat().st_size if staging.exists() else 0
                if written - reported[0] >= _PROGRESS_BYTES:
                    reported[0] = written
                    progress(written, size)
            if step:
                step(f"{path.name}:exporting")
            return 0

        source.set_progress_handler(tick, _PROGRESS_EVERY_OPS)
        try:
            source.execute("SELECT sqlcipher_export('rotated')").fetchone()
        except sqlcipher.OperationalError as error:
            if "full" in str(error).lower():
                raise DiskFull() from error
            raise
        finally:
            source.set_progress_handler(None, 0)
        source.execute(f"PRAGMA rotated.user_version = {int(version)}")
        source.execute("DETACH DATABASE rotated")
    except BaseException:
        source.close()
        staging.unlink(missing_ok=True)
        raise
    source.close()
    _fsync(staging)
    staging.chmod(0o600)
    if not _opens(staging, new_key):
        staging.unlink(missing_ok=True)
        raise OSError("the re-keyed copy does not open")
    if step:
        step(f"{path.name}:exported")
    # The closed source left no WAL (checkpointed, then its last connection closed);
    # a stale -shm would describe the old file, so it goes before the rename.
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(staging, path)
    fsync_folder(path.parent)
    if step:
        step(f"{path.name}:swapped")


def begin(directory: Path, keyring: Keyring, old_master: bytearray,
          new_master: bytearray, *, step: Step | None = None) -> Keyring:
    """Step 1: keys.json with both generations. Refused for legacy or unvouched slots,
    and on a disk without room for a copy of the larger database: checked here, before
    anything changes, not only per file half-way (the files are re-keyed one at a time,
    each copy replacing its original, so room for the larger one is enough)."""
    ensure_room(directory)
    pending = keyring.with_pending(old_master, new_master)
    pending.save(directory)
    if step:
        step("keys")
    return pending


def finish(directory: Path, pending: Keyring, old_master: bytearray,
           new_master: bytearray, *, progress: Progress | None = None,
           step: Step | None = None) -> Keyring:
    """Steps 2-6: re-key both databases, then keep only the new generation."""
    rekey_files(directory, pending.vault_id, old_master, new_master,
                progress=progress, step=step)
    committed = pending.committed()
    committed.save(directory)
    if step:
        step("committed")
    return committed


def settle(directory: Path, keyring: Keyring, masters: dict[int, bytearray], *,
           progress: Progress | None = None) -> Keyring:
    """An interrupted rotation, finished or rolled back (at the next unlock)."""
    if keyring.pending is None:
        return keyring
    for name in DATABASES:
        (directory / (name + STAGING_SUFFIX)).unlink(missing_ok=True)
    old, new = masters[keyring.generation], masters[keyring.pending]
    if not any(opens_with(directory / name, keyring.vault_id, new, name)
               for name in DATABASES):
        settled = keyring.rolled_back()
        settled.save(directory)
        return settled
    return finish(directory, keyring, old, new, progress=progress)


def opens_with(path: Path, vault_id: str, master: bytearray, name: str) -> bool:
    key = database_key(master, vault_id, name)
    try:
        return _opens(path, key)
    finally:
        key.wipe()


def _opens(path: Path, key: DatabaseKey) -> bool:
    if not path.exists():
        return False
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(key.pragma())
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        connection.close()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
