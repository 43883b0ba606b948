"""A vault on disk: create it, unlock it with a passphrase or the recovery code, lock it.

    <vault>/keys.json   key envelope (see keyring.py)
    <vault>/vault.db    SQLCipher 4: cases, people, staff, audit chain
    <vault>/files.db    SQLCipher 4: attachment chunks
    <vault>/backups/    encrypted copies made before a schema upgrade

An `OpenVault` holds the master key while unlocked (new staff slots need it) and the
two engines; `lock()` disposes the engines and wipes every key buffer it owns.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select

from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.staff import Role, StaffUser, check_passphrase, check_user_name
from shelter_desk.store import audit, files_db, kdf, migrate, rotation, staff_repo
from shelter_desk.store.clock import now_utc
from shelter_desk.store.database import (
    BackupProgress,
    DatabaseKey,
    backup_database,
    copy_pinned,
    open_engine,
    translate_errors,
)
from shelter_desk.store.errors import (
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongCredentials,
)
from shelter_desk.store.keyring import FILE_NAME as KEYS_FILE
from shelter_desk.store.keyring import Keyring, Opening, Slot
from shelter_desk.store.recovery_code import new_recovery_code
from shelter_desk.store.schema import organisation, vault_meta
from shelter_desk.store.unlock_guard import guarded
from shelter_desk.store.vault_files import (  # BACKUPS: imported from here by others
    BACKUPS,  # noqa: F401
    FILES_DB,
    VAULT_DB,
    bring_schema_to_head,
    meta,
    open_engines,
    scrub_leftovers,
)
from shelter_desk.store.vault_keys import KeyChanges
from shelter_desk.store.vault_lock import OpenLock
from shelter_desk.store.wipe import DuressPassphraseTaken, VaultWiped, after_wrong_passphrase


@dataclass(frozen=True)
class CreatedVault:
    vault: OpenVault
    recovery_code: str  # shown once, never stored in the clear


class OpenVault(KeyChanges):
    """An unlocked vault. Every read and write goes through `read()` or `write()`."""

    def __init__(self, directory: Path, keyring: Keyring, master: bytearray, slot: Slot,
                 engines: dict[str, tuple[Engine, DatabaseKey]], user: StaffUser | None,
                 open_lock: OpenLock) -> None:
        self.directory = directory
        self.vault_id = keyring.vault_id
        self.generation = keyring.generation
        self._open_lock = open_lock
        self._master = master
        self._slot_params = slot.params
        self._engines = engines
        self._user = user
        self.unlocked_with_recovery = user is None

    # -- who and what ----------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return not self._engines

    @property
    def user(self) -> StaffUser | None:
        """The staff user who unlocked; None when the recovery code was used."""
        return self._user

    def organisation_name(self) -> str:
        with self.read() as connection:
            return connection.execute(select(organisation.c.name)).scalar_one()

    def is_demo(self) -> bool:
        with self.read() as connection:
            return meta(connection, "demo") == "1"

    # -- units of work -----------------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self._connect(VAULT_DB, write=False) as connection:
            yield connection

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction that holds the write lock from its start, committed on exit."""
        with self._connect(VAULT_DB, write=True) as connection:
            yield connection

    @contextlib.contextmanager
    def files_read(self) -> Iterator[Connection]:
        """A read transaction on files.db, where attachment bytes are kept."""
        with self._connect(FILES_DB, write=False) as connection:
            yield connection

    @contextlib.contextmanager
    def files_write(self) -> Iterator[Connection]:
        with self._connect(FILES_DB, write=True) as connection:
            yield connection

    @contextlib.contextmanager
    def _connect(self, name: str, *, write: bool) -> Iterator[Connection]:
        if self.is_locked:
            raise VaultLocked()
        engine = self._engines[name][0]
        with translate_errors(name), engine.connect() as connection:
            if write:
                connection = connection.execution_options(shelter_desk_write=True)
            with connection.begin():
                yield connection

    def engine(self, name: str = VAULT_DB) -> Engine:
        if self.is_locked:
            raise VaultLocked()
        return self._engines[name][0]

    # -- copies (backup.py) ---------------------------------------------------------------

    def copy_database(self, name: str, destination: Path,
                      progress: BackupProgress | None = None) -> None:
        """A consistent encrypted copy of `name` (vault.db or files.db), same key: its
        bytes as they are when no write is under way, else through SQLite's backup."""
        if self.is_locked:
            raise VaultLocked()
        engine, key = self._engines[name]
        if not copy_pinned(engine, self.directory / name, destination, progress=progress):
            Path(destination).unlink(missing_ok=True)
            backup_database(engine, key, destination, progress=progress, durable=False)

    @contextlib.contextmanager
    def open_database_copy(self, name: str, path: Path) -> Iterator[Engine]:
        """An engine on a copy of `name` made by `copy_database`, keyed like the original,
        so the copy can be checked before anyone relies on it."""
        if self.is_locked:
            raise VaultLocked()
        engine = open_engine(Path(path), self._engines[name][1])
        try:
            yield engine
        finally:
            engine.dispose()

    # -- keyslots (the services decide who may call these) -------------------------------

    def prepare_passphrase_slot(self, user_name: str, passphrase: str) -> tuple[Keyring, Slot]:
        """A keyring with the user's slot added or rewrapped; `save_keyring` writes it.

        New slots take the Argon2id cost of the slot that unlocked this session: it was
        calibrated for this vault, and its parameters are authenticated by GCM.
        """
        check_passphrase(passphrase)
        if self.is_locked:
            raise VaultLocked()
        keyring = Keyring.load(self.directory)
        if keyring.is_duress(passphrase):  # it would wipe the vault at her next unlock
            raise DuressPassphraseTaken()
        return keyring.with_passphrase_slot(self._master, user_name, passphrase,
                                            self._slot_params)

    def keyring(self) -> Keyring:  # read it inside `write()` before changing it
        if self.is_locked:
            raise VaultLocked()
        return Keyring.load(self.directory)

    def keyring_without_slot(self, slot_id: str) -> Keyring:
        if self.is_locked:
            raise VaultLocked()
        return Keyring.load(self.directory).without_slot(slot_id)

    def keyring_with_adopted_slot(self, keyring: Keyring, slot: Slot) -> Keyring:
        """`keyring` with a paired laptop's slot sealed to this vault's master key."""
        if self.is_locked:
            raise VaultLocked()
        return keyring.with_adopted_slot(self._master, slot)

    def save_keyring(self, keyring: Keyring) -> None:
        if self.is_locked:
            raise VaultLocked()
        keyring.save(self.directory)

    def replace_recovery_code(self) -> str:
        if self.is_locked:
            raise VaultLocked()
        code = new_recovery_code()
        Keyring.load(self.directory).with_recovery_slot(
            self._master, code, self._slot_params).save(self.directory)
        return code

    # -- locking -----------------------------------------------------------------------

    def _close_engines(self) -> None:
        for engine, key in self._engines.values():
            engine.dispose()
            key.wipe()
        self._engines = {}

    def lock(self) -> None:
        if self._rotating:  # see KeyChanges.rotate_master_key
            self._lock_after_rotation = True
            return
        for engine, key in self._engines.values():
            with contextlib.suppress(Exception), engine.connect() as connection:
                # SQLite's advice for long-lived connections: refresh planner statistics
                # where they have drifted, cheaply, before closing.
                connection.exec_driver_sql("PRAGMA optimize")
            engine.dispose()
            key.wipe()
        self._engines = {}
        kdf.wipe(self._master)
        self._open_lock.release()

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()


# -- creating -----------------------------------------------------------------------------


def create_vault(directory: Path, *, organisation_name: str, user: str, passphrase: str,
                 params: kdf.KdfParams | None = None, demo: bool = False) -> CreatedVault:
    """A new vault with its first coordinator and a recovery code.

    `params=None` calibrates Argon2id to about half a second on this machine; only tests
    pass cheaper parameters, explicitly, for the vault they create.
    """
    directory = Path(directory)
    user = check_user_name(user)
    organisation_name = check_user_name(organisation_name, field="organisation")
    check_passphrase(passphrase)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise VaultExists(str(directory))
    # Built in a hidden sibling folder and renamed into place when complete: a power cut
    # half-way leaves the chosen folder as it was, so set-up can simply start again.
    # A staging folder left by such a cut never handed out its recovery code: unusable.
    directory.parent.mkdir(parents=True, exist_ok=True)
    for stale in directory.parent.glob(f".{directory.name}.creating-*"):
        shutil.rmtree(stale, ignore_errors=True)
    staging = directory.parent / f".{directory.name}.creating-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)

    params = params or kdf.calibrate()
    master = kdf.new_master_key()
    keyring, slot = Keyring.new().with_passphrase_slot(master, user, passphrase, params)
    code = new_recovery_code()
    keyring = keyring.with_recovery_slot(master, code, params)
    engines: dict[str, tuple[Engine, DatabaseKey]] = {}
    try:
        engines = open_engines(staging, keyring.vault_id, master, create=True)
        with engines[VAULT_DB][0].connect() as connection, connection.begin():
            migrate.upgrade(connection)
            connection.execute(insert(organisation).values(name=organisation_name,
                                                           created_at=now_utc()))
            first = staff_repo.add(connection, user, Role.COORDINATOR, slot.id)
            connection.execute(insert(vault_meta).values(key="vault_id", value=keyring.vault_id))
            connection.execute(insert(vault_meta).values(key="demo", value="1" if demo else "0"))
            audit.record(connection, actor_id=first.id, action="vault.created",
                         entity_type="vault", entity_id=keyring.vault_id,
                         summary="demo vault" if demo else "")
        with engines[FILES_DB][0].connect() as connection, connection.begin():
            files_db.create_schema(connection)
        keyring.save(staging)
        for engine, _key in engines.values():
            engine.dispose()  # SQLite finds its WAL by path: close before the rename
        if directory.exists():
            directory.rmdir()  # the empty folder she chose
        os.replace(staging, directory)
    except BaseException:
        for engine, key in engines.values():
            engine.dispose()
            key.wipe()
        shutil.rmtree(staging, ignore_errors=True)
        kdf.wipe(master)
        raise
    for _engine, key in engines.values():
        key.wipe()
    return CreatedVault(_open(directory, keyring, Opening(slot, {keyring.generation: master}),
                              via_recovery=False), code)


# -- unlocking ----------------------------------------------------------------------------


def unlock(directory: Path, *, user: str, passphrase: str) -> OpenVault:
    return _unlock(Path(directory), lambda keyring: keyring.open_with_passphrase(
        user, passphrase), passphrase, via_recovery=False)


def unlock_with_recovery_code(directory: Path, code: str) -> OpenVault:
    """An unlocked vault with no user: enough to set a staff user's new passphrase."""
    return _unlock(Path(directory), lambda keyring: keyring.open_with_recovery_code(code),
                   None, via_recovery=True)


def _unlock(directory: Path, open_slot: Callable[[Keyring], Opening], passphrase: str | None,
            *, via_recovery: bool) -> OpenVault:
    # The failed-unlock count (unlock_guard), then the opt-in wipe and duress (wipe.py).
    with guarded(directory) as failures:
        keyring = _load_keyring(directory)
        try:
            opening = open_slot(keyring)
        except WrongCredentials:
            after_wrong_passphrase(directory, keyring, passphrase, failures + 1)
            raise
        return _open(directory, keyring, opening, via_recovery=via_recovery)


def vault_exists(directory: Path) -> bool:
    return (Path(directory) / KEYS_FILE).exists()


def _load_keyring(directory: Path) -> Keyring:
    if not (directory / KEYS_FILE).exists():
        raise VaultNotFound(str(directory))
    keyring = Keyring.load(directory)  # under unlock_guard's lock: never half-written
    if not keyring.slots:
        raise VaultWiped()
    return keyring


def _open(directory: Path, keyring: Keyring, opening: Opening, *,
          via_recovery: bool) -> OpenVault:
    engines: dict[str, tuple[Engine, DatabaseKey]] = {}
    slot = opening.slot
    open_lock = OpenLock(directory)
    master = bytearray()
    try:
        if keyring.pending is not None:
            # A rotation was cut short: finish it (or roll it back) before anything reads.
            with open_lock.exclusive():
                keyring = rotation.settle(directory, keyring, opening.masters)
        master = opening.masters.pop(keyring.generation)
        engines = open_engines(directory, keyring.vault_id, master, create=False)
        bring_schema_to_head(directory, *engines[VAULT_DB])
        with translate_errors(FILES_DB), engines[FILES_DB][0].connect() as connection:
            if files_db.schema_version(connection) != files_db.SCHEMA_VERSION:
                raise VaultCorrupt(FILES_DB, Bilingual(
                    es="Versión de esquema desconocida.", en="Unknown schema version."))
        with translate_errors(VAULT_DB), engines[VAULT_DB][0].connect() as connection:
            if meta(connection, "vault_id") != keyring.vault_id:
                raise VaultCorrupt(VAULT_DB, Bilingual(
                    es="Pertenece a otra bóveda.", en="It belongs to another vault."))
            user = None if via_recovery else staff_repo.active_by_slot(connection, slot.id)
        if not via_recovery and user is None:
            # A slot left behind by a removed user, or one whose creation never committed.
            raise WrongCredentials()
        if opening.migrated is not None:
            # A version 1 slot moves to the sealed form with the key its owner's secret
            # just derived, under the write lock so no other change to keys.json races it.
            with engines[VAULT_DB][0].connect() as connection:
                connection = connection.execution_options(shelter_desk_write=True)
                with connection.begin():
                    opening.migrated.save(directory)
    except BaseException:
        for engine, key in engines.values():
            engine.dispose()
            key.wipe()
        kdf.wipe(master)
        opening.wipe()
        open_lock.release()
        raise
    opening.wipe()
    scrub_leftovers(directory, only_mine=open_lock.is_only_holder())
    return OpenVault(directory, keyring, master, slot, engines, user, open_lock)
