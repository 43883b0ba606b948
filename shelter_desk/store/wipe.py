"""The opt-in wipe: after N failed unlocks, or at once when the duress passphrase is typed.

Every file of the vault (keys.json with every slot, the recovery slot included, both
databases and their WAL, the pre-upgrade copies in backups/, leftover staging) is
overwritten with random bytes, fsynced, then removed. Overwriting the databases too,
not only the slots, is what makes the data unreadable even to someone who read the
master key out of the laptop's memory before the wipe: without it, that key alone
would still open them. Limits, said in the README: an SSD may keep old blocks that
an overwrite does not reach (the encryption is what protects those), and only a backup
brings the data back. Nothing is written to the audit log here: it is being destroyed;
the setting itself is audited when a coordinator sets it, so every later backup's
history says it was on.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store.errors import VaultError, VaultNotFound
from shelter_desk.store.keyring import Keyring
from shelter_desk.store.keyring_format import fsync_folder
from shelter_desk.store.vault_files import copies_beside

_CHUNK = 1024 * 1024


class VaultWiped(VaultError):
    def __init__(self) -> None:
        super().__init__(Bilingual(
            es="Esta bóveda se borró tras demasiados intentos fallidos, como lo pidió la "
               "coordinación. Solo una copia de seguridad la recupera.",
            en="This vault was wiped after too many failed attempts, as the coordinators "
               "asked. Only a backup brings it back.",
        ))


class DuressPassphraseTaken(VaultError):
    def __init__(self) -> None:
        super().__init__(Bilingual(
            es="Esa contraseña no se puede usar; elige otra. No se cambió nada.",
            en="That passphrase cannot be used; choose another. Nothing was changed.",
        ))


def shred(directory: Path) -> None:
    """Overwrite and remove every file under `directory`; the folder itself stays."""
    directory = Path(directory)
    files = [path for path in directory.rglob("*") if path.is_file() and not path.is_symlink()]
    # keys.json first: the moment it is noise, no passphrase or code opens anything.
    files.sort(key=lambda path: path.name != "keys.json")
    for path in files:
        with contextlib.suppress(OSError):
            overwrite_file(path)
    for path in files:
        with contextlib.suppress(OSError):
            path.unlink()
    for folder in sorted((p for p in directory.rglob("*") if p.is_dir()), reverse=True):
        with contextlib.suppress(OSError):
            folder.rmdir()
    with contextlib.suppress(OSError):
        fsync_folder(directory)


def shred_copies_beside(directory: Path) -> int:
    """Every whole copy of the vault the app left beside it (a restore's), overwritten and
    removed; returns how many went."""
    removed = 0
    for copy in copies_beside(directory):
        shred(copy)
        with contextlib.suppress(OSError):
            copy.rmdir()
        removed += not copy.exists()
    return removed


def shred_with_copies(directory: Path) -> None:
    """The vault and its copies beside it: a copy kept aside would otherwise still open
    with the real passphrase after the wipe."""
    shred_copies_beside(directory)
    shred(directory)


def wipe_after_failures(directory: Path, keyring: Keyring) -> None:
    """Shred, then leave a keys.json with no slot at all, so the next start says what
    happened instead of offering to set up a new vault."""
    shred_with_copies(directory)
    Keyring(keyring.vault_id, keyring.lookup_salt, ()).save(directory)


def after_wrong_passphrase(directory: Path, keyring: Keyring, passphrase: str | None,
                           failures: int) -> None:
    """After a slot said no: the duress passphrase wipes silently and the folder looks
    as before first use (VaultNotFound); the Nth failure wipes and says so."""
    if passphrase is not None and keyring.is_duress(passphrase):
        shred_with_copies(directory)
        raise VaultNotFound(str(directory))
    wipe_after = keyring.protection.wipe_after
    if wipe_after is not None and failures >= wipe_after:
        wipe_after_failures(directory, keyring)
        raise VaultWiped()


def overwrite_file(path: Path) -> None:
    """Random bytes over every byte of `path`, fsynced (an old backup, a vault file)."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        done = 0
        while done < size:
            step = min(_CHUNK, size - done)
            handle.write(os.urandom(step))
            done += step
        handle.flush()
        os.fsync(handle.fileno())
