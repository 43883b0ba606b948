"""Changing the vault's master key: after a staff member leaves, or whenever a coordinator asks.

What it protects (said the same way in the removal dialog and the README): from now on,
a removed member's passphrase, or any keys.json she kept, opens none of the vault's new
files. What it cannot protect: copies of the vault or backups made before the change
stay readable to whoever could open them then; `services.backup.replace_backups`
replaces the backups on a stick with verified ones under the new key.
"""

from __future__ import annotations

from dataclasses import dataclass

from shelter_desk.domain.errors import NotAllowed
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.services.common import permitted
from shelter_desk.store import audit, rotation, staff_repo
from shelter_desk.store.keyring import RECOVERY, atomic_write
from shelter_desk.store.vault import OpenVault

Progress = rotation.Progress


@dataclass(frozen=True)
class Rotation:
    generation: int
    # Set when the recovery slot was of the old form (a vault made before this version):
    # it cannot receive a new key without the code, so a new code replaces it, shown now.
    new_recovery_code: str | None = None


# Next to the vault: a change of key this laptop owes the team (a colleague or a laptop
# was removed on another laptop, or a laptop here). It holds no secret, only the reason;
# it goes when a rotation completes, whoever starts it.
ROTATION_DUE = ".rotation-due"


def mark_due(vault: OpenVault, reason: str) -> None:
    atomic_write(vault.directory / ROTATION_DUE, reason.encode("ascii", "replace"))


def is_due(vault: OpenVault) -> bool:
    return (vault.directory / ROTATION_DUE).exists()


def rotate_when_due(vault: OpenVault, *, progress: Progress | None = None) -> Rotation | None:
    """The rotation a removal on the team asked for, by whoever is signed in here: the
    removal was a coordinator's decision; every laptop must then stop opening with the
    old key, not only the coordinator's."""
    return _rotate(vault, progress=progress, step=None) if is_due(vault) else None


def rotate_master_key(vault: OpenVault, *, progress: Progress | None = None,
                      step: rotation.Step | None = None) -> Rotation:
    """A new random master key; every active member and the recovery code keep working."""
    if not vault.unlocked_with_recovery:
        permitted(vault, Action.USERS)
    return _rotate(vault, progress=progress, step=step)


def _rotate(vault: OpenVault, *, progress: Progress | None,
            step: rotation.Step | None) -> Rotation:
    _check_and_tidy_slots(vault)
    new_code = None
    with vault.write():  # keys.json read and replaced under the vault's write lock
        if vault.keyring().recovery_slot().is_legacy:
            new_code = vault.replace_recovery_code()
    generation = vault.rotate_master_key(progress=progress, step=step)
    with vault.write() as connection:
        # In vault.db, so it travels with every later backup: the history says when the
        # key changed even on a laptop that is lost.
        audit.record(connection, actor_id=None if vault.user is None else vault.user.id,
                     action="vault.master_key_rotated", entity_type="vault",
                     entity_id=vault.vault_id, summary=f"generation: {generation}")
    (vault.directory / ROTATION_DUE).unlink(missing_ok=True)
    return Rotation(generation, new_code)


def _check_and_tidy_slots(vault: OpenVault) -> None:
    """Drop slots no active member owns; refuse while an active member's slot is of the
    old form (only her passphrase can move it to the form a rotation can reach)."""
    with vault.write() as connection:
        keyring = vault.keyring()
        waiting = []
        for slot in keyring.slots:
            if slot.kind == RECOVERY:
                continue
            owner = staff_repo.active_by_slot(connection, slot.id)
            if owner is None:
                keyring = keyring.without_slot(slot.id)  # opens nothing already
            elif slot.is_legacy:
                waiting.append(owner.name)
        if waiting:
            names = ", ".join(sorted(waiting))
            raise NotAllowed(Bilingual(
                es=f"Antes de cambiar la llave maestra, estas cuentas deben entrar una vez "
                   f"con su contraseña (o una coordinadora restablecerla): {names}. "
                   "No se cambió nada.",
                en=f"Before the master key can change, these accounts must sign in once "
                   f"with their passphrase (or a coordinator reset it): {names}. "
                   "Nothing was changed.",
            ))
        if keyring != vault.keyring():
            vault.save_keyring(keyring)
