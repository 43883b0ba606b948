"""Backups: make one (any caseworker or coordinator), restore one (coordinators or the
recovery code), and the reminder when the last verified backup is getting old."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action, may, refusal
from shelter_desk.services.common import permitted, save_setting
from shelter_desk.store import audit, settings_repo
from shelter_desk.store.backup import (
    SUFFIX,
    BackupFailed,
    BackupInfo,
    Progress,
    fsync_directory,
    os_detail,
    write_backup,
)
from shelter_desk.store.clock import parse
from shelter_desk.store.restore import RestoreInfo, restore_backup
from shelter_desk.store.vault import OpenVault
from shelter_desk.store.wipe import overwrite_file

DEFAULT_REMINDER_DAYS = 7
MAX_REMINDER_DAYS = 365


@dataclass(frozen=True)
class BackupStatus:
    last_verified_at: datetime | None
    reminder_days: int
    due: bool  # no verified backup yet, or the last one is older than reminder_days

    @property
    def days_since(self) -> int | None:
        if self.last_verified_at is None:
            return None
        return (datetime.now(UTC) - self.last_verified_at).days


def make_backup(vault: OpenVault, destination: Path,
                progress: Progress | None = None) -> BackupInfo:
    """A verified backup file; its time is recorded for the reminder, and audited."""
    user = permitted(vault, Action.BACKUP, entity_type="vault", entity_id=vault.vault_id)
    info = write_backup(vault, destination, progress)
    with vault.write() as connection:
        settings_repo.put(connection, settings_repo.LAST_VERIFIED_BACKUP, info.created_at)
        audit.record(connection, actor_id=user.id, action="vault.backed_up",
                     entity_type="vault", entity_id=vault.vault_id,
                     summary=f"{info.size_bytes} bytes")
    return info


def replace_backups(vault: OpenVault, folder: Path,
                    progress: Progress | None = None) -> list[Path]:
    """After a change of master key: every Shelter Desk backup in `folder` (a USB stick)
    replaced by a verified backup of the vault as it is now, under the new key.

    For each file: a new backup is written beside it under a hidden name and verified;
    then the old file is renamed aside, the new one renamed into its place, and only
    then is the old one overwritten with random bytes and deleted. Renames are atomic:
    a stick pulled out at any moment leaves, under the backup's name, either the old
    backup whole or the new one whole, and BackupFailed says which. An old copy left
    aside by an interrupted run is overwritten and deleted by the next. The copies are of
    today's data: what an old backup held is not kept (it is the point: the old key
    opened it)."""
    folder = Path(folder)
    for left in sorted(folder.glob(f".*{SUFFIX}.old")):  # from a run cut short
        _shred(left)
    found = sorted(path for path in folder.glob(f"*{SUFFIX}") if path.is_file())
    replaced = []
    for old in found:
        fresh = old.with_name(f".{old.name}.new")
        aside = old.with_name(f".{old.name}.old")
        try:
            make_backup(vault, fresh, progress)  # BackupFailed if the stick is gone
        except BaseException:
            with contextlib.suppress(OSError):
                fresh.unlink(missing_ok=True)
            raise
        try:
            os.replace(old, aside)
            try:
                os.replace(fresh, old)
            except OSError:
                os.replace(aside, old)  # the old backup back under its name, whole
                raise
            fsync_directory(old.parent)
        except OSError as error:
            with contextlib.suppress(OSError):
                fresh.unlink(missing_ok=True)
            raise BackupFailed(old, os_detail(error)) from error
        try:
            _shred(aside)
        except OSError as error:
            # The new backup is in place; only the old copy's erasure is unfinished.
            raise BackupFailed(old, os_detail(error), new_in_place=True) from error
        replaced.append(old)
    return replaced


def _shred(path: Path) -> None:
    overwrite_file(path)
    path.unlink()
    fsync_directory(path.parent)


def backup_status(vault: OpenVault, now: datetime | None = None) -> BackupStatus:
    with vault.read() as connection:
        last = settings_repo.get(connection, settings_repo.LAST_VERIFIED_BACKUP)
        days = settings_repo.get(connection, settings_repo.BACKUP_REMINDER_DAYS)
    reminder = int(days) if days else DEFAULT_REMINDER_DAYS
    when = parse(last) if last else None
    now = now or datetime.now(UTC)
    due = when is None or (now - when).total_seconds() > reminder * 86400
    return BackupStatus(when, reminder, due)


def set_reminder_days(vault: OpenVault, days: int) -> None:
    user = permitted(vault, Action.DATA_RIGHTS, entity_type="setting")
    if not 1 <= days <= MAX_REMINDER_DAYS:
        raise InvalidInput("reminder_days", Bilingual(
            es=f"El recordatorio debe ser de 1 a {MAX_REMINDER_DAYS} días.",
            en=f"The reminder must be 1 to {MAX_REMINDER_DAYS} days."))
    save_setting(vault, user, settings_repo.BACKUP_REMINDER_DAYS, str(days))


def restore(source: Path, vault_dir: Path, *, user: str | None = None,
            passphrase: str | None = None, recovery_code: str | None = None) -> RestoreInfo:
    """Restore `source` at `vault_dir` (which must not be open): a coordinator's passphrase
    or the recovery code, valid for that backup; the current vault is kept aside."""
    return restore_backup(source, vault_dir, user=user, passphrase=passphrase,
                          recovery_code=recovery_code, check_opener=_coordinator_or_code)


def _coordinator_or_code(opened: OpenVault) -> None:
    if opened.user is not None and not may(opened.user.role, Action.RESTORE):
        raise NotAllowed(refusal(opened.user.role, Action.RESTORE))
    # Written into the restored vault itself, before it is verified and put in place.
    with opened.write() as connection:
        audit.record(connection, actor_id=opened.user.id if opened.user else None,
                     action="vault.restored", entity_type="vault", entity_id=opened.vault_id,
                     summary="recovery code" if opened.user is None else "")
