"""Attachments in the vault: their bytes as numbered chunks in files.db, their metadata
rows in vault.db.

A file is streamed in CHUNK_BYTES at a time, never held whole while it is stored, and
its SHA-256 is computed on the way in; reading it back checks that hash, so a damaged or
truncated file is told apart from the one that was saved. Every function works inside
the caller's transaction: an exception or a cancel rolls the chunks back with it.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

from sqlalchemy import Connection

from shelter_desk.domain.attachments import Attachment
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual, ShelterDeskError
from shelter_desk.store.clock import parse
from shelter_desk.store.errors import VaultCorrupt
from shelter_desk.store.files_db import CHUNK_BYTES
from shelter_desk.store.rows import Rows, from_columns
from shelter_desk.store.schema import attachment
from shelter_desk.store.vault import FILES_DB

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
CancelCheck = Callable[[], bool]

_INSERT = "INSERT INTO blob_chunk (blob_id, seq, data) VALUES (?, ?, ?)"
_SELECT = "SELECT data FROM blob_chunk WHERE blob_id = ? ORDER BY seq"
_DELETE = "DELETE FROM blob_chunk WHERE blob_id = ?"


class Cancelled(ShelterDeskError):
    """She stopped the transfer; the transaction it ran in leaves nothing behind."""

    def __init__(self) -> None:
        super().__init__(Bilingual(es="Se canceló; no se guardó nada.",
                                   en="Cancelled; nothing was saved."))


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    size_bytes: int
    sha256: str


def _attachment(row: Mapping[str, Any]) -> Attachment:
    return from_columns(Attachment, {**row, "added_at": parse(row["added_at"])})


attachments = Rows(attachment, _attachment, Bilingual("el archivo adjunto", "The attachment"))


def write_blob(files: Connection, stream: BinaryIO, *, expected_bytes: int,
               progress: Progress | None = None, cancelled: CancelCheck | None = None,
               chunk_bytes: int = CHUNK_BYTES) -> StoredBlob:
    """Copy `stream` into files.db under a new random blob id, one chunk per row.

    `expected_bytes` is what the file measured before reading: a file that grows or
    shrinks meanwhile (still being scanned or synced) is refused rather than stored half.
    """
    blob_id = secrets.token_hex(16)
    digest = hashlib.sha256()
    done = seq = 0
    if progress:
        progress(0, expected_bytes)
    while True:
        if cancelled and cancelled():
            raise Cancelled()
        # One byte past the expected size is enough to know the file grew.
        chunk = stream.read(min(chunk_bytes, expected_bytes - done + 1))
        if not chunk:
            break
        done += len(chunk)
        if done > expected_bytes:
            break
        digest.update(chunk)
        files.exec_driver_sql(_INSERT, (blob_id, seq, chunk))
        seq += 1
        if progress:
            progress(done, expected_bytes)
    if done != expected_bytes:
        raise InvalidInput("file", Bilingual(
            es="El archivo cambió mientras se guardaba. Espera a que termine de copiarse "
               "o escanearse y vuelve a intentarlo.",
            en="The file changed while it was being saved. Wait until it has finished "
               "copying or scanning and try again."))
    return StoredBlob(blob_id, done, digest.hexdigest())


def read_blob(files: Connection, blob_id: str, *, size_bytes: int, sha256: str,
              progress: Progress | None = None) -> bytearray:
    """The file's bytes, in memory only, after checking them against the saved hash."""
    content = bytearray(size_bytes)  # one allocation; chunks are copied into place
    digest = hashlib.sha256()
    done = 0
    if progress:
        progress(0, size_bytes)
    for (chunk,) in files.exec_driver_sql(_SELECT, (blob_id,)):
        end = done + len(chunk)
        if end > size_bytes:
            raise _damaged()
        content[done:end] = chunk
        digest.update(chunk)
        done = end
        if progress:
            progress(done, size_bytes)
    if done != size_bytes or digest.hexdigest() != sha256:
        raise _damaged()
    return content


def delete_blob(files: Connection, blob_id: str) -> int:
    """Remove every chunk of a blob (secure_delete overwrites them); how many there were."""
    return files.exec_driver_sql(_DELETE, (blob_id,)).rowcount


def _damaged() -> VaultCorrupt:
    return VaultCorrupt(FILES_DB, Bilingual(
        es="Un archivo adjunto no coincide con el que se guardó (faltan partes o cambiaron).",
        en="An attachment does not match the file that was saved (parts are missing or "
           "changed)."))


def has_blob(files: Connection, blob_id: str) -> bool:
    return files.exec_driver_sql("SELECT 1 FROM blob_chunk WHERE blob_id = ? LIMIT 1",
                                 (blob_id,)).first() is not None


def put_blob(files: Connection, blob_id: str, content: bytes,
             chunk_bytes: int = CHUNK_BYTES) -> None:
    """A paired laptop's attachment under its own blob id (checked by the caller against
    the attachment's size and SHA-256); nothing when it is already here."""
    if has_blob(files, blob_id):
        return
    for seq, start in enumerate(range(0, max(len(content), 1), chunk_bytes)):
        files.exec_driver_sql(_INSERT, (blob_id, seq, content[start:start + chunk_bytes]))
