"""Restoring a backup file (backup.py) beside the current vault, which is kept aside.

The members are extracted into a hidden folder beside the vault folder, checked against
the manifest, unlocked with the credentials given, verified, and only then the current
vault folder is renamed aside (vault.before-restore-YYYYmmdd-HHMMSS) and the restored one
renamed into its place. Nothing is overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store.backup import (
    CHUNK,
    MEMBERS,
    UNREADABLE,
    BackupInvalid,
    RestoreFailed,
    damaged,
    fsync_directory,
    os_detail,
    read_manifest,
)
from shelter_desk.store.clock import now_utc
from shelter_desk.store.integrity import verify
from shelter_desk.store.keyring import FILE_NAME as KEYS_FILE
from shelter_desk.store.vault import OpenVault, unlock, unlock_with_recovery_code


@dataclass(frozen=True)
class RestoreInfo:
    vault_dir: Path
    kept_aside: Path | None  # where the vault that was there before now is
    created_at: str  # when the restored backup was made


def restore_backup(source: Path, vault_dir: Path, *, user: str | None = None,
                   passphrase: str | None = None, recovery_code: str | None = None,
                   check_opener: Callable[[OpenVault], None] | None = None) -> RestoreInfo:
    """Put the vault in `source` at `vault_dir`, keeping whatever was there aside.

    Either `user` and `passphrase`, or `recovery_code`, must open the backup's own
    keys.json. `check_opener` may refuse the one who opened it (services: coordinators).
    The vault at `vault_dir` must be locked (not open in the app) while this runs.
    """
    source, vault_dir = Path(source), Path(vault_dir)
    manifest = read_manifest(source)
    # Read now: nothing may fail once her vault has been swapped for the restored one.
    vault_id, created_at = manifest["vault_id"], manifest["created_at"]
    staging = vault_dir.parent / f".{vault_dir.name}.restoring-{secrets.token_hex(4)}"
    try:
        vault_dir.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir(mode=0o700)
        with zipfile.ZipFile(source) as archive:
            for name in MEMBERS:
                _hash_member(archive, name, manifest, source, into=staging / name)
        (staging / KEYS_FILE).chmod(0o600)
        if recovery_code is not None:
            opened = unlock_with_recovery_code(staging, recovery_code)
        else:
            opened = unlock(staging, user=user or "", passphrase=passphrase or "")
        with opened:
            if opened.vault_id != vault_id:
                raise BackupInvalid(source, Bilingual(
                    es="Su índice es de otra bóveda.", en="Its manifest names another vault."))
            if check_opener is not None:
                check_opener(opened)
            report = verify(opened)
            if not report.passed:
                problems = [p for check in report.checks for p in check.problems]
                raise BackupInvalid(source, problems[0])
        kept_aside = _move_aside(vault_dir)
        try:
            os.replace(staging, vault_dir)
        except OSError:
            if kept_aside is not None:  # put hers back where it was
                os.replace(kept_aside, vault_dir)
            raise
        fsync_directory(vault_dir.parent)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise RestoreFailed(source, os_detail(error)) from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoreInfo(vault_dir, kept_aside, created_at)


def _move_aside(vault_dir: Path) -> Path | None:
    if not vault_dir.exists():
        return None
    if vault_dir.is_dir() and not any(vault_dir.iterdir()):
        vault_dir.rmdir()
        return None
    stamp = now_utc().replace(":", "").replace("-", "")[:15]
    aside = vault_dir.with_name(f"{vault_dir.name}.before-restore-{stamp}")
    suffix = 1
    while aside.exists():
        aside = vault_dir.with_name(f"{vault_dir.name}.before-restore-{stamp}-{suffix}")
        suffix += 1
    os.replace(vault_dir, aside)
    return aside


def _hash_member(archive: zipfile.ZipFile, name: str, manifest: dict, source: Path,
                 into: Path | None = None) -> None:
    expected = manifest["members"][name]
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(name) as member, \
                (open(into, "wb") if into else contextlib.nullcontext()) as out:
            while chunk := member.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                if size > expected["bytes"]:  # never more on her disk than announced
                    raise damaged(source, name)
                if out is not None:
                    out.write(chunk)
            if out is not None:
                out.flush()
                os.fsync(out.fileno())
    except UNREADABLE as error:  # missing, a bad CRC, a method or flag zipfile refuses
        raise damaged(source, name) from error
    if size != expected["bytes"] or digest.hexdigest() != expected["sha256"]:
        raise damaged(source, name)
