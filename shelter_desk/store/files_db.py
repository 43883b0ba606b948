"""files.db: attachment bytes as numbered chunks, apart from the cases so vault.db stays small.

sqlcipher3 has no incremental blob I/O, so a file is stored as 1 MiB rows: reading and
writing stream chunk by chunk, which also gives progress for free. Its schema is tiny and
versioned with `PRAGMA user_version`.
"""

from __future__ import annotations

from sqlalchemy import Connection

SCHEMA_VERSION = 1
CHUNK_BYTES = 1024 * 1024


def create_schema(connection: Connection) -> None:
    connection.exec_driver_sql(
        "CREATE TABLE blob_chunk ("
        " blob_id TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL,"
        " PRIMARY KEY (blob_id, seq)) WITHOUT ROWID"
    )
    connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def schema_version(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())
