"""One-file backups of a running vault: the file format, writing it, reading it back.

The file is a plain ZIP (members stored, not compressed: the databases are encrypted and
would not shrink) holding

    manifest.json   format, version, vault id, schema revision, time, size and SHA-256
                    of every other member (no personal data)
    keys.json       the key envelope: the backup opens with the passphrases and the
                    recovery code that opened the vault when it was made
    vault.db        SQLCipher copies, consistent while the app runs, never decrypted on
    files.db        disk (OpenVault.copy_database: the encrypted bytes while a read
                    transaction pins the file, else SQLite's online backup)

Writing: the databases are copied into a staging folder inside the vault folder, the
copies are opened with the vault's keys and fully verified (every page's HMAC, every
b-tree, schema, audit chain, every attachment's chunks present), zipped to FILE.part
beside FILE, fsynced, read back and checked against the manifest, and only then renamed
to FILE. A full disk or a stick pulled out stops with `BackupFailed`: FILE, if it
existed, is the previous backup, untouched, and no .part is left behind.

Reading: `read_manifest` checks a file is one of these before anything in it is used;
restoring it is restore.py's.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store import migrate
from shelter_desk.store.clock import now_utc
from shelter_desk.store.errors import VaultError
from shelter_desk.store.integrity import check_database
from shelter_desk.store.keyring import FILE_NAME as KEYS_FILE
from shelter_desk.store.schema import attachment, vault_meta
from shelter_desk.store.vault import (
    FILES_DB,
    VAULT_DB,
    OpenVault,
)

FORMAT = "shelter-desk-backup"
VERSION = 1
MANIFEST = "manifest.json"
MEMBERS = (KEYS_FILE, VAULT_DB, FILES_DB)
SUFFIX = ".sdbackup"
CHUNK = 1024 * 1024
_MANIFEST_LIMIT = 64 * 1024  # a real one is under 1 KiB
_SHA256 = re.compile(r"[0-9a-f]{64}")
# What zipfile and json raise on a hostile file instead of BadZipFile: an unknown method or
# an encrypted member, a broken deflate stream, a manifest of the wrong shape.
UNREADABLE = (zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError, zlib.error,
               ValueError, KeyError, TypeError, AttributeError)

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


class BackupFailed(VaultError):
    """The backup could not be written; the previous backup file is as it was."""

    def __init__(self, destination: Path, detail: Bilingual, *,
                 new_in_place: bool = False) -> None:
        if new_in_place:  # replace_backups: the new copy is there, the old one not erased
            super().__init__(Bilingual(
                es=f"La copia nueva ya está en {destination}, pero la anterior no se pudo "
                   f"borrar del todo: {detail.es} Conecta otra vez la memoria y repite "
                   "«Reemplazar las copias»: termina de borrarla.",
                en=f"The new backup is in place at {destination}, but the previous one "
                   f"could not be fully erased: {detail.en} Plug the stick in again and "
                   "repeat “Replace the backups”: it finishes erasing it."))
        else:
            super().__init__(Bilingual(
                es=f"No se pudo hacer la copia de seguridad en {destination}: {detail.es} "
                   "La copia anterior, si había una, sigue intacta.",
                en=f"The backup to {destination} could not be made: {detail.en} "
                   "The previous backup, if there was one, is untouched."))
        self.detail = detail


class BackupInvalid(VaultError):
    """The file is not a Shelter Desk backup, or it is damaged: nothing was restored."""

    def __init__(self, source: Path, detail: Bilingual) -> None:
        super().__init__(Bilingual(
            es=f"{source} no es una copia de seguridad válida de Shelter Desk: {detail.es} "
               "No se cambió nada.",
            en=f"{source} is not a valid Shelter Desk backup: {detail.en} "
               "Nothing was changed."))
        self.detail = detail


class RestoreFailed(VaultError):
    """The disk refused (no space, no permission): nothing was changed."""

    def __init__(self, source: Path, detail: Bilingual) -> None:
        super().__init__(Bilingual(
            es=f"No se pudo restaurar {source}: {detail.es} No se cambió nada.",
            en=f"{source} could not be restored: {detail.en} Nothing was changed."))
        self.detail = detail


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    created_at: str
    size_bytes: int


# -- writing --------------------------------------------------------------------------------


def write_backup(vault: OpenVault, destination: Path,
                 progress: Progress | None = None) -> BackupInfo:
    """A verified backup of `vault` at `destination`, replacing an older file only once
    the new one is complete and checked."""
    destination = Path(destination)
    part = destination.with_name(destination.name + ".part")
    try:
        staging = Path(tempfile.mkdtemp(prefix=".backup-", dir=vault.directory))
    except OSError as error:
        raise BackupFailed(destination, os_detail(error)) from error
    created_at = now_utc()
    try:
        try:
            _snapshot(vault, staging, progress)
            manifest = _manifest(vault, staging, created_at)
            _zip(staging, part, manifest, progress)
            _check_zip(part, manifest, progress)
            os.replace(part, destination)
            fsync_directory(destination.parent)
        except OSError as error:
            raise BackupFailed(destination, os_detail(error)) from error
        except BackupInvalid as error:
            raise BackupFailed(destination, error.detail) from error
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BackupInfo(destination, vault.vault_id, created_at, destination.stat().st_size)


def _snapshot(vault: OpenVault, staging: Path, progress: Progress | None) -> None:
    """Copies of both databases and keys.json in `staging`, proven sound.

    vault.db is copied first: an attachment's chunks are committed to files.db before
    the row that names them, so each attachment in this copy has its chunks in the next.
    An attachment removed between the two copies (row first, chunks after) leaves its
    row without chunks: that is caught, and the copies are made once more. The copy of
    vault.db is checked on a second thread while files.db is being copied.
    """
    shutil.copyfile(vault.directory / KEYS_FILE, staging / KEYS_FILE)
    sizes = {name: (vault.directory / name).stat().st_size for name in (VAULT_DB, FILES_DB)}
    total = 3 * sum(sizes.values())  # copied, zipped, read back

    def report(name: str, done: int) -> Callable[[int, int], None]:
        def step(pages: int, all_pages: int) -> None:
            if progress and all_pages:
                progress(done + sizes[name] * pages // all_pages, total)
        return step

    for _attempt in (1, 2):
        with ThreadPoolExecutor(max_workers=1) as pool:
            vault.copy_database(VAULT_DB, staging / VAULT_DB, report(VAULT_DB, 0))
            checked = pool.submit(_check_copy, vault, VAULT_DB, staging / VAULT_DB)
            vault.copy_database(FILES_DB, staging / FILES_DB,
                                report(FILES_DB, sizes[VAULT_DB]))
            wanted = checked.result()
        held = _check_copy(vault, FILES_DB, staging / FILES_DB)
        if wanted <= held:
            return
        for name in (VAULT_DB, FILES_DB):
            (staging / name).unlink()
    raise BackupInvalid(staging, Bilingual(
        es="Faltan partes de archivos adjuntos en la copia.",
        en="Parts of attachments are missing from the copy."))


def _check_copy(vault: OpenVault, name: str, path: Path) -> set[str]:
    """Check one copied database; the attachment blob ids it names (vault.db) or holds
    (files.db)."""
    with vault.open_database_copy(name, path) as engine, engine.connect() as connection:
        checks, _rows = check_database(name, connection, thorough=False)
        problems = [problem for check in checks for problem in check.problems]
        if problems:
            raise BackupInvalid(path, problems[0])
        if name == FILES_DB:
            return {row[0] for row in connection.exec_driver_sql(
                "SELECT DISTINCT blob_id FROM blob_chunk")}
        if connection.execute(select(vault_meta.c.value).where(
                vault_meta.c.key == "vault_id")).scalar_one_or_none() != vault.vault_id:
            raise BackupInvalid(path, Bilingual(es="La copia es de otra bóveda.",
                                                en="The copy belongs to another vault."))
        return set(connection.execute(select(attachment.c.blob_id)).scalars())


def _manifest(vault: OpenVault, staging: Path, created_at: str) -> dict:
    with vault.read() as connection:
        revision = migrate.current_revision(connection)
    return {"format": FORMAT, "version": VERSION, "vault_id": vault.vault_id,
            "schema_revision": revision, "created_at": created_at,
            "members": {name: {"bytes": (staging / name).stat().st_size, "sha256": ""}
                        for name in MEMBERS}}


def _zip(staging: Path, part: Path, manifest: dict, progress: Progress | None) -> None:
    total = 3 * sum(member["bytes"] for name, member in manifest["members"].items()
                    if name != KEYS_FILE)
    done = total // 3
    part.unlink(missing_ok=True)
    # 0600: the file carries the keyslots; nobody else on the machine needs to read it.
    with os.fdopen(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as raw:
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
            for name in MEMBERS:
                digest = hashlib.sha256()
                info = zipfile.ZipInfo(name, _zip_time(manifest["created_at"]))
                with open(staging / name, "rb") as source, \
                        archive.open(info, "w", force_zip64=True) as member:
                    while chunk := source.read(CHUNK):
                        member.write(chunk)
                        digest.update(chunk)
                        if name != KEYS_FILE:
                            done += len(chunk)
                            if progress:
                                progress(done, total)
                manifest["members"][name]["sha256"] = digest.hexdigest()
            archive.writestr(zipfile.ZipInfo(MANIFEST, _zip_time(manifest["created_at"])),
                             json.dumps(manifest, indent=2, sort_keys=True))
        raw.flush()
        os.fsync(raw.fileno())
    if progress:
        progress(2 * total // 3, total)


def _check_zip(path: Path, manifest: dict, progress: Progress | None = None) -> None:
    """Read the written file back: the manifest as written, and every member whole, its
    CRC-32 (checked by zipfile at the end of each member) equal to the one computed while
    it was written. The SHA-256 in the manifest is checked again on restore."""
    with zipfile.ZipFile(path) as archive:
        if _read_manifest(archive, path) != manifest:
            raise BackupInvalid(path, Bilingual(es="El índice no coincide.",
                                                en="The manifest does not match."))
        total = 3 * sum(member["bytes"] for name, member in manifest["members"].items()
                        if name != KEYS_FILE)
        done = 2 * total // 3
        for name in MEMBERS:
            size = 0
            try:
                with archive.open(name) as member:
                    while chunk := member.read(CHUNK):
                        size += len(chunk)
                        if progress and name != KEYS_FILE:
                            done += len(chunk)
                            progress(min(done, total), total)
            except (KeyError, zipfile.BadZipFile, EOFError) as error:
                raise damaged(path, name) from error
            if size != manifest["members"][name]["bytes"]:
                raise damaged(path, name)


def _zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    day, time = created_at[:10], created_at[11:19]
    year, month, mday = (int(part) for part in day.split("-"))
    hour, minute, second = (int(part) for part in time.split(":"))
    return (year, month, mday, hour, minute, second)


def fsync_directory(directory: Path) -> None:
    # The rename is durable only once the folder's entry is on disk (POSIX).
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def os_detail(error: OSError) -> Bilingual:
    if error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return Bilingual(es="No queda espacio en el disco o la memoria USB.",
                         en="There is no space left on the disk or USB stick.")
    if error.errno in (errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT, errno.EROFS):
        return Bilingual(es="El disco o la memoria USB se desconectó, falló o es de solo "
                            "lectura.",
                         en="The disk or USB stick was removed, failed or is read-only.")
    if error.errno in (errno.EACCES, errno.EPERM):
        return Bilingual(es="No hay permiso para escribir en esa carpeta.",
                         en="There is no permission to write in that folder.")
    return Bilingual(es=f"Error del sistema: {error.strerror}.",
                     en=f"System error: {error.strerror}.")


# -- reading a backup file ---------------------------------------------------------------------


def read_manifest(source: Path) -> dict:
    """The manifest of a backup file, after checking it is one."""
    source = Path(source)
    try:
        with zipfile.ZipFile(source) as archive:
            return _read_manifest(archive, source)
    except (OSError, *UNREADABLE) as error:
        raise BackupInvalid(source, Bilingual(es="No se puede leer como ZIP.",
                                              en="It cannot be read as a ZIP.")) from error


def _read_manifest(archive: zipfile.ZipFile, source: Path) -> dict:
    """The manifest, its shape checked, and every member checked against it before a byte
    is extracted: stored as is (never inflated: no zip bomb), not encrypted, its size."""
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError as error:
        raise BackupInvalid(source, Bilingual(es="Le falta el índice (manifest.json).",
                                              en="Its manifest is missing.")) from error
    _check_stored(info, source)
    if info.file_size > _MANIFEST_LIMIT:
        raise BackupInvalid(source, Bilingual(es="Su índice (manifest.json) es demasiado grande.",
                                              en="Its manifest is too large."))
    try:
        manifest = json.loads(archive.read(info).decode("utf-8"))
    except (UnicodeDecodeError, *UNREADABLE) as error:
        raise BackupInvalid(source, Bilingual(es="Su índice (manifest.json) no se puede leer.",
                                              en="Its manifest cannot be read.")) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupInvalid(source, Bilingual(es="No tiene el formato de Shelter Desk.",
                                              en="It is not in Shelter Desk's format."))
    if manifest.get("version") != VERSION:
        raise BackupInvalid(source, Bilingual(
            es=f"Versión de formato desconocida: {manifest.get('version')!r}.",
            en=f"Unknown format version: {manifest.get('version')!r}."))
    members = manifest.get("members")
    if not isinstance(members, dict) or set(members) != set(MEMBERS):
        raise BackupInvalid(source, Bilingual(es="Le faltan archivos.",
                                              en="Files are missing from it."))
    if not (isinstance(manifest.get("vault_id"), str)
            and isinstance(manifest.get("created_at"), str)
            and all(_well_formed(member) for member in members.values())):
        raise BackupInvalid(source, Bilingual(es="Su índice está incompleto o mal formado.",
                                              en="Its manifest is incomplete or malformed."))
    for name in MEMBERS:
        try:
            info = archive.getinfo(name)
        except KeyError as error:
            raise BackupInvalid(source, Bilingual(es="Le faltan archivos.",
                                                  en="Files are missing from it.")) from error
        _check_stored(info, source)
        if info.file_size != members[name]["bytes"]:
            raise damaged(source, name)
    return manifest


def _well_formed(member: object) -> bool:
    return (isinstance(member, dict) and type(member.get("bytes")) is int
            and member["bytes"] >= 0 and isinstance(member.get("sha256"), str)
            and _SHA256.fullmatch(member["sha256"]) is not None)


def _check_stored(info: zipfile.ZipInfo, source: Path) -> None:
    """Shelter Desk stores every member as is, unencrypted (the databases are encrypted
    already): anything else was not written by it."""
    if (info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1
            or info.compress_size != info.file_size):
        raise BackupInvalid(source, Bilingual(
            es=f"{info.filename} está comprimido o cifrado con ZIP; Shelter Desk no escribe "
               "copias así.",
            en=f"{info.filename} is compressed or ZIP-encrypted; Shelter Desk does not write "
               "backups like that."))


def damaged(source: Path, name: str) -> BackupInvalid:
    return BackupInvalid(source, Bilingual(
        es=f"{name} está dañado o incompleto (no coincide con su suma de verificación).",
        en=f"{name} is damaged or incomplete (it does not match its checksum)."))
