"""Staff users and their passphrases: who may add, remove and reset whom.

Each call is one unit of work with exactly one audit row. The keyslot change and the
database change are ordered so that a failure between them never lets anyone in: a new
user's slot is written before her row commits (a slot without an active row opens
nothing), a removed user's row is deactivated before her slot is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from shelter_desk.domain.errors import InvalidInput, NotAllowed, NotFound
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.staff import Role, StaffUser, check_passphrase, check_user_name
from shelter_desk.services import key_rotation
from shelter_desk.services.common import permitted
from shelter_desk.store import audit, staff_repo
from shelter_desk.store.errors import DiskFull, VaultBusy
from shelter_desk.store.vault import OpenVault


def list_staff(vault: OpenVault) -> list[StaffUser]:
    with vault.read() as connection:
        return staff_repo.all_users(connection)


def add_staff(vault: OpenVault, name: str, role: Role, passphrase: str) -> StaffUser:
    _require_coordinator(vault)
    name = check_user_name(name)
    check_passphrase(passphrase)
    with vault.read() as connection:
        existing = staff_repo.by_name(connection, name)
    if existing is not None and existing.active:
        raise InvalidInput("user", Bilingual(
            es=f"Ya existe una cuenta con el nombre «{existing.name}».",
            en=f"There is already a user named “{existing.name}”.",
        ))
    with vault.write() as connection:
        # keys.json is read inside the write lock, so two windows adding at once cannot
        # each write a keyring without the other's new slot.
        keyring, slot = vault.prepare_passphrase_slot(name, passphrase)
        if existing is None:
            added = staff_repo.add(connection, name, role, slot.id)
        else:
            added = staff_repo.reactivate(connection, existing.id, role, slot.id)
        audit.record(connection, actor_id=_actor(vault), action="staff.added",
                     entity_type="staff_user", entity_id=added.id, summary=f"role: {role.value}")
        vault.save_keyring(keyring)
    return added


@dataclass(frozen=True)
class StaffRemoval:
    user: StaffUser
    rotation: key_rotation.Rotation | None  # None when `rotation_blocked` says why
    rotation_blocked: Bilingual | None = None


def remove_staff(vault: OpenVault, name: str, *,
                 progress: key_rotation.Progress | None = None) -> StaffRemoval:
    """Deactivate her, delete her slot, then change the master key so that nothing she
    kept (her passphrase, a keys.json) opens the vault's files from now on."""
    _require_coordinator(vault)
    with vault.write() as connection:
        user = staff_repo.by_name(connection, name)
        if user is None or not user.active:
            raise NotFound(Bilingual(es=f"No hay una cuenta activa con el nombre «{name}».",
                                     en=f"There is no active user named “{name}”."))
        if vault.user is not None and user.id == vault.user.id:
            raise NotAllowed(Bilingual(
                es="No puedes quitar tu propia cuenta; pídeselo a otra coordinadora.",
                en="You cannot remove your own account; ask another coordinator.",
            ))
        if user.role is Role.COORDINATOR and _active_coordinators(connection) <= 1:
            raise NotAllowed(Bilingual(
                es="Debe quedar al menos una coordinadora activa.",
                en="At least one active coordinator must remain.",
            ))
        slot_id = staff_repo.slot_of(connection, user.id)
        # Owed before anything changes: whatever stops the rotation below (a crash,
        # another window open, a full disk), the vault keeps saying a new key is due
        # until one is made (the key panel and the team panel say so and offer it).
        key_rotation.mark_due(vault, "staff removed")
        staff_repo.deactivate(connection, user.id)
        audit.record(connection, actor_id=_actor(vault), action="staff.removed",
                     entity_type="staff_user", entity_id=user.id)
    if slot_id is not None:
        with vault.write():  # keys.json read and replaced under the vault's write lock
            vault.save_keyring(vault.keyring_without_slot(slot_id))
    try:
        return StaffRemoval(user, key_rotation.rotate_master_key(vault, progress=progress))
    except NotAllowed as refused:
        # She is removed and her slot is gone; only the new key waits (still marked due).
        return StaffRemoval(user, None, refused.message)
    except VaultBusy:
        return StaffRemoval(user, None, _KEY_OWED_BUSY)
    except DiskFull:
        return StaffRemoval(user, None, _KEY_OWED_FULL)


_KEY_OWED_BUSY = Bilingual(
    es="La bóveda está abierta en otra ventana o terminal, así que la llave maestra no pudo "
       "cambiar. Queda pendiente: cierra esa ventana y cámbiala en Ajustes → Seguridad de "
       "la bóveda.",
    en="The vault is open in another window or terminal, so the master key could not "
       "change. It stays due: close that window and change it in Settings → Vault security.")
_KEY_OWED_FULL = Bilingual(
    es="No queda espacio en el disco para cambiar la llave maestra. Queda pendiente: libera "
       "espacio y cámbiala en Ajustes → Seguridad de la bóveda.",
    en="There is no room left on the disk to change the master key. It stays due: free "
       "some space and change it in Settings → Vault security.")


def change_own_passphrase(vault: OpenVault, new_passphrase: str) -> None:
    if vault.user is None:
        raise NotAllowed(Bilingual(es="Entra con tu cuenta para cambiar tu contraseña.",
                                   en="Sign in with your account to change your passphrase."))
    _set_passphrase(vault, vault.user, new_passphrase, action="staff.passphrase_changed")


def reset_passphrase(vault: OpenVault, name: str, new_passphrase: str) -> StaffUser:
    """A coordinator, or whoever holds the recovery code, sets someone's new passphrase."""
    _require_coordinator(vault)
    with vault.read() as connection:
        user = staff_repo.by_name(connection, name)
    if user is None or not user.active:
        raise NotFound(Bilingual(es=f"No hay una cuenta activa con el nombre «{name}».",
                                 en=f"There is no active user named “{name}”."))
    recovered = vault.unlocked_with_recovery
    action = "staff.passphrase_recovered" if recovered else "staff.passphrase_reset"
    _set_passphrase(vault, user, new_passphrase, action=action)
    return user


def replace_recovery_code(vault: OpenVault) -> str:
    _require_coordinator(vault)
    # keys.json first: once the new code is saved it must reach the user, whatever the
    # audit write does next.
    with vault.write():  # keys.json read and replaced under the vault's write lock
        code = vault.replace_recovery_code()
    with vault.write() as connection:
        audit.record(connection, actor_id=_actor(vault), action="vault.recovery_code_replaced",
                     entity_type="vault", entity_id=vault.vault_id)
    return code


def _set_passphrase(vault: OpenVault, user: StaffUser, passphrase: str, *, action: str) -> None:
    check_passphrase(passphrase, field="new_passphrase")
    with vault.write() as connection:
        keyring, slot = vault.prepare_passphrase_slot(user.name, passphrase)
        # The slot keeps its id when rewrapped; set_slot matters only for a user whose
        # slot was lost, and is a no-op otherwise.
        staff_repo.set_slot(connection, user.id, slot.id)
        audit.record(connection, actor_id=_actor(vault), action=action,
                     entity_type="staff_user", entity_id=user.id)
        vault.save_keyring(keyring)


def _require_coordinator(vault: OpenVault) -> None:
    if vault.unlocked_with_recovery:
        return  # the recovery code is the coordinators' own emergency key
    permitted(vault, Action.USERS)


def _actor(vault: OpenVault) -> int | None:
    return None if vault.user is None else vault.user.id


def _active_coordinators(connection) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for user in staff_repo.all_users(connection)
               if user.active and user.role is Role.COORDINATOR)
