"""Opt-in wipe after N failed unlocks and the duress passphrase: the keys, and the data,
are really gone, even for someone who read the master key from memory before."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.staff import Role
from shelter_desk.services import staff, vault_protection
from shelter_desk.store import kdf, rotation
from shelter_desk.store.errors import VaultNotFound, WrongCredentials
from shelter_desk.store.keyring import Keyring
from shelter_desk.store.schema import audit_event
from shelter_desk.store.vault import create_vault, unlock, unlock_with_recovery_code, vault_exists
from shelter_desk.store.wipe import DuressPassphraseTaken, VaultWiped
from tests.conftest import COORDINATOR, FAST_KDF, ORG, PASSPHRASE

DURESS = "frase de emergencia bajo presión"


def _master_and_id(created) -> tuple[bytearray, str]:
    # What an attacker could read out of the laptop's memory while it was unlocked.
    return bytearray(created.vault._master), created.vault.vault_id


def _files_gone_for(master: bytearray, vault_id: str, vault_dir) -> None:
    for name in rotation.DATABASES:
        assert not rotation.opens_with(vault_dir / name, vault_id, master, name)


def test_wipe_after_n_failures(created, vault_dir, monkeypatch):
    vault_protection.set_wipe_after(created.vault, 4)
    master, vault_id = _master_and_id(created)
    created.vault.lock()
    # the growing wait is not what is tested here
    monkeypatch.setattr("shelter_desk.store.unlock_guard.Failures.wait_seconds",
                        lambda self, now: 0)
    for attempt in range(3):
        with pytest.raises(WrongCredentials):
            unlock(vault_dir, user=COORDINATOR, passphrase=f"mal {attempt}")
    assert rotation.opens_with(vault_dir / "vault.db", vault_id, master, "vault.db")
    with pytest.raises(VaultWiped) as wiped:
        unlock(vault_dir, user=COORDINATOR, passphrase="mal otra vez")
    assert "copia de seguridad" in wiped.value.message.es
    assert "backup" in wiped.value.message.en
    # every slot is gone: the real passphrase and the recovery code open nothing
    assert Keyring.load(vault_dir).slots == ()
    with pytest.raises(VaultWiped):
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    with pytest.raises(VaultWiped):
        unlock_with_recovery_code(vault_dir, created.recovery_code)
    # and the master key read from memory before opens neither database
    _files_gone_for(master, vault_id, vault_dir)


def test_the_duress_passphrase_wipes_silently_and_looks_like_first_use(created, vault_dir):
    vault_protection.set_duress_passphrase(created.vault, DURESS)
    master, vault_id = _master_and_id(created)
    created.vault.lock()
    with pytest.raises(VaultNotFound):  # what a folder never set up says
        unlock(vault_dir, user=COORDINATOR, passphrase=DURESS)
    assert not vault_exists(vault_dir)
    assert list(vault_dir.iterdir()) == []
    _files_gone_for(master, vault_id, vault_dir)
    # a new vault can be set up there, as at first use
    create_vault(vault_dir, organisation_name=ORG, user="Otra", passphrase=PASSPHRASE,
                 params=FAST_KDF).vault.lock()


def test_a_successful_unlock_costs_no_extra_argon2id_with_duress_set(created, vault_dir,
                                                                    monkeypatch):
    vault_protection.set_duress_passphrase(created.vault, DURESS)
    created.vault.lock()
    calls = []
    real = kdf.derive_slot_key
    monkeypatch.setattr(kdf, "derive_slot_key", lambda *a: calls.append(1) or real(*a))
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE):
        pass
    assert len(calls) == 1


def test_a_duress_passphrase_equal_to_a_real_one_is_refused(created, vault_dir):
    staff.add_staff(created.vault, "Trabajadora", Role.CASEWORKER, "frase de la trabajadora")
    with pytest.raises(InvalidInput) as refused:
        vault_protection.set_duress_passphrase(created.vault, "frase de la trabajadora")
    assert "cuenta" in refused.value.message.es and "account" in refused.value.message.en
    assert Keyring.load(vault_dir).protection.duress is None
    # and no one can later choose the duress passphrase as hers
    vault_protection.set_duress_passphrase(created.vault, DURESS)
    with pytest.raises(DuressPassphraseTaken):
        staff.reset_passphrase(created.vault, "Trabajadora", DURESS)


def test_both_settings_are_audited_in_the_vault_and_survive_a_rotation(created, vault_dir):
    vault_protection.set_wipe_after(created.vault, vault_protection.DEFAULT_WIPE_AFTER)
    vault_protection.set_duress_passphrase(created.vault, DURESS)
    created.vault.rotate_master_key()
    with created.vault.read() as connection:
        actions = list(connection.execute(select(audit_event.c.action)).scalars())
    assert "vault.wipe_after_set" in actions and "vault.duress_set" in actions
    protection = Keyring.load(vault_dir).protection
    assert protection.wipe_after == 10 and protection.duress is not None


def test_wipe_after_is_bounded(created):
    with pytest.raises(InvalidInput):
        vault_protection.set_wipe_after(created.vault, 1)


def test_the_duress_wipe_reaches_the_copy_a_restore_kept_aside(created, vault_dir):
    import shutil

    vault_protection.set_duress_passphrase(created.vault, DURESS)
    created.vault.lock()
    aside = vault_dir.with_name(f"{vault_dir.name}.before-restore-20261201-101010")
    shutil.copytree(vault_dir, aside)
    with pytest.raises(VaultNotFound):
        unlock(vault_dir, user=COORDINATOR, passphrase=DURESS)
    # a copy beside the vault would still open with the real passphrase: it is gone too
    assert not aside.exists()
