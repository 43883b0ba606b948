"""What an open vault does to its own keys: rotate the master key, set the opt-in wipe
and duress passphrase. A mixin of `OpenVault` (vault.py), kept apart for its size."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from shelter_desk.store import kdf, rotation
from shelter_desk.store.database import DatabaseKey
from shelter_desk.store.errors import VaultLocked
from shelter_desk.store.keyring import Keyring
from shelter_desk.store.vault_files import open_engines
from shelter_desk.store.vault_lock import OpenLock


class KeyChanges:
    directory: Path
    vault_id: str
    generation: int
    _master: bytearray
    _slot_params: kdf.KdfParams
    _engines: dict[str, tuple[Engine, DatabaseKey]]
    _open_lock: OpenLock
    _rotating = False
    _lock_after_rotation = False

    @property
    def is_locked(self) -> bool:
        return not self._engines

    def lock(self) -> None:  # OpenVault's
        raise NotImplementedError

    def _close_engines(self) -> None:  # OpenVault's
        raise NotImplementedError

    def rotate_master_key(self, *, progress: rotation.Progress | None = None,
                          step: rotation.Step | None = None) -> int:
        """A new random master key for this open vault; returns its generation.

        Needs the vault open in this process alone (VaultBusy otherwise). The engines are
        closed while the files are re-keyed and reopened under the new key; if it fails
        half-way the vault is left locked, and the next unlock settles it.
        """
        if self.is_locked:
            raise VaultLocked()
        # An auto-lock (another thread) during the re-key waits for its end: locking
        # would wipe the old master key the export still needs.
        self._rotating = True
        try:
            return self._rotate(progress, step)
        finally:
            self._rotating = False
            # Also when it failed half-way: the engines are closed then, and the old
            # master key must not stay in memory nor the vault's open lock stay held.
            if self._lock_after_rotation:
                self._lock_after_rotation = False
                self.lock()

    def _rotate(self, progress: rotation.Progress | None, step: rotation.Step | None) -> int:
        with self._open_lock.exclusive():
            keyring = Keyring.load(self.directory)
            new_master = kdf.new_master_key()
            try:
                pending = rotation.begin(self.directory, keyring, self._master, new_master,
                                         step=step)
                self._close_engines()
                committed = rotation.finish(self.directory, pending, self._master,
                                            new_master, progress=progress, step=step)
                self._engines = open_engines(self.directory, self.vault_id, new_master,
                                              create=False)
            except BaseException:
                kdf.wipe(new_master)
                if not self._engines:
                    # the vault is left locked; the next unlock settles the rotation
                    self._lock_after_rotation = True
                raise
        kdf.wipe(self._master)
        self._master = new_master
        self.generation = committed.generation
        return self.generation

    # -- protection (wipe.py) -------------------------------------------------------------

    def set_wipe_after(self, failures: int | None) -> None:
        if self.is_locked:
            raise VaultLocked()
        Keyring.load(self.directory).with_wipe_after(failures).save(self.directory)

    def set_duress_passphrase(self, passphrase: str | None) -> None:
        """At the cost of this vault's own slots (see Keyring.is_duress)."""
        if self.is_locked:
            raise VaultLocked()
        Keyring.load(self.directory).with_duress(passphrase, self._slot_params).save(
            self.directory)
