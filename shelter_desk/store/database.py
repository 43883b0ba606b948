"""SQLCipher databases under SQLAlchemy: keyed connections, pragmas, error translation.

Each database file gets its own raw 256-bit key (from `kdf.derive_database_key`), so
SQLCipher's own PBKDF2 is skipped and opening costs a fraction of a millisecond.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import QueuePool

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store import kdf
from shelter_desk.store.errors import DiskFull, VaultCorrupt

# Covers the working set of a large shelter's vault (50,000 people): with SQLCipher's
# 2,000-page default, every cache miss decrypts and HMAC-checks a page, and measured
# random reads ran 2 to 6 times slower than plain SQLite; with the data cached, ~1.0x.
DEFAULT_CACHE_KIB = 128 * 1024
BUSY_TIMEOUT_MS = 10_000


class DatabaseKey:
    """A raw SQLCipher key that can be wiped when the vault locks."""

    def __init__(self, key: bytearray) -> None:
        self._key = key

    def pragma(self) -> str:
        if not any(self._key):
            raise exc.InvalidRequestError("database key was wiped: the vault is locked")
        return f"PRAGMA key = \"x'{self._key.hex()}'\""

    def hex(self) -> str:
        """The key as hex, for `ATTACH ... KEY "x'...'"` (a rotation's new file)."""
        return self._key.hex()

    def wipe(self) -> None:
        kdf.wipe(self._key)


def key_connection(dbapi_connection: sqlcipher.Connection, key: DatabaseKey,
                   cache_kib: int = DEFAULT_CACHE_KIB) -> None:
    """Key a fresh SQLCipher connection and set the pragmas every vault connection needs."""
    cursor = dbapi_connection.cursor()
    try:
        # Before the key, so a wrong key or a damaged page does not print to stderr.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(key.pragma())
        cursor.execute("PRAGMA cipher_compatibility = 4")
        # SQLCipher only notices a wrong key or a foreign file on the first read.
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        # FULL: a committed note survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous = FULL")
        # Sorts and temporary indexes stay in memory: never a plaintext temp file.
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def open_engine(path: Path, key: DatabaseKey, *, create: bool = False,
                cache_kib: int = DEFAULT_CACHE_KIB) -> Engine:
    """An engine on an encrypted database; the file must exist unless `create` is set.

    A first connection is made here, so a wrong key, a plain SQLite file or a damaged
    header raises `VaultCorrupt` now rather than at some later query.
    """
    if not create:
        _check_file(path)
    # A URI so that a missing file is an error, not a new empty database; built here and
    # handed over by `creator`, so a folder named "Casa #2" is percent-encoded once.
    uri = f"file:{quote(str(path))}?mode={'rwc' if create else 'rw'}"
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: sqlcipher.connect(uri, uri=True, check_same_thread=False),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # Never echo bound values (names, notes) into an exception's text or a log.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # We emit BEGIN ourselves (see _on_begin), as SQLAlchemy's pysqlite docs advise.
        dbapi_connection.isolation_level = None
        key_connection(dbapi_connection, key, cache_kib)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        # A writer takes the lock up front, so two writers never both read the audit
        # chain's head and then race to extend it.
        immediate = connection.get_execution_options().get("shelter_desk_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    with translate_errors(path.name):
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1").fetchone()
        except BaseException:
            engine.dispose()
            raise
    if create:
        path.chmod(0o600)
    return engine


def _check_file(path: Path) -> None:
    if not path.exists():
        raise VaultCorrupt(path.name, Bilingual(es="Falta el archivo.", en="The file is missing."))
    if path.stat().st_size == 0:
        raise VaultCorrupt(path.name, Bilingual(es="El archivo está vacío.",
                                                en="The file is empty."))


@contextlib.contextmanager
def translate_errors(file_name: str) -> Iterator[None]:
    """Turn SQLCipher's 'not a database' and 'malformed' into the vault's typed error."""
    try:
        yield
    except (exc.DatabaseError, sqlcipher.DatabaseError, exc.OperationalError,
            sqlcipher.OperationalError) as error:
        if "database or disk is full" in str(error).lower():
            # SQLite rolled the transaction back: nothing of it is on disk.
            raise DiskFull() from error
        if not _is_damage(error):
            raise
        raise VaultCorrupt(file_name, _describe(error)) from error


def _is_damage(error: BaseException) -> bool:
    text = str(error).lower()
    return any(word in text for word in ("not a database", "malformed", "hmac", "corrupt"))


def _describe(error: BaseException) -> Bilingual:
    text = str(error).lower()
    if "not a database" in text:
        return Bilingual(
            es="No es una base de datos cifrada de esta bóveda, o su cabecera está dañada.",
            en="It is not an encrypted database of this vault, or its header is damaged.",
        )
    return Bilingual(
        es="Una parte del archivo está dañada o falta (¿archivo truncado?).",
        en="Part of the file is damaged or missing (truncated file?).",
    )


BackupProgress = Callable[[int, int], None]  # (pages copied, pages in all)
_BACKUP_STEP_PAGES = 4096  # 16 MiB between progress reports


def backup_database(engine: Engine, key: DatabaseKey, destination: Path, *,
                    progress: BackupProgress | None = None, durable: bool = True) -> None:
    """A consistent, still encrypted copy of a live database, under the same key.

    SQLite's online backup through the keyed connections: pages are decrypted from the
    source and encrypted again into the copy, never written in the clear. `durable=False`
    skips the fsyncs, for a copy that is checked and then packed into a file that is.
    """
    target = sqlcipher.connect(str(destination))
    try:
        key_connection(target, key)
        # Straight into the file: in WAL mode every page would be written twice.
        target.execute("PRAGMA journal_mode = DELETE").fetchone()
        if not durable:
            target.execute("PRAGMA synchronous = OFF")
        source = engine.raw_connection()
        try:
            if progress is None:
                source.driver_connection.backup(target)
            else:
                source.driver_connection.backup(
                    target, pages=_BACKUP_STEP_PAGES,
                    progress=lambda _status, remaining, total: progress(total - remaining, total))
        finally:
            source.close()
    finally:
        target.close()


def copy_pinned(engine: Engine, source: Path, destination: Path, *,
                progress: BackupProgress | None = None) -> bool:
    """A consistent copy of a live database's encrypted bytes, without decrypting them;
    False (nothing copied) when it cannot be done safely now, and then the caller uses
    `backup_database`.

    The WAL is checkpointed and truncated, then a read transaction is begun. If the WAL
    is still empty then, this reader sees the main file alone, and while it lasts no
    checkpoint may write into that file (SQLite never backfills past its oldest
    reader): the file's bytes are the snapshot, copied as they are.
    """
    pooled = engine.raw_connection()
    connection = pooled.driver_connection
    wal = Path(f"{source}-wal")
    try:
        # Not waiting for readers (a report being built, a list scrolling): if the WAL
        # cannot be emptied at once, the backup API copies instead.
        connection.execute("PRAGMA busy_timeout = 0")
        try:
            busy, _log, _done = connection.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if busy:
            return False
        connection.execute("BEGIN")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if wal.exists() and wal.stat().st_size > 0:
                return False  # a writer came in between: its frames are not in the file
            total = source.stat().st_size
            done = 0
            with open(source, "rb") as reader, open(destination, "wb") as writer:
                while chunk := reader.read(1024 * 1024):
                    writer.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
        finally:
            connection.execute("ROLLBACK")
    finally:
        pooled.close()
    return True
