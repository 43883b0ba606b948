"""Keyslots: every staff user and the recovery code open the vault; nothing else does."""

from __future__ import annotations

import json

import pytest

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.staff import Role
from shelter_desk.services import staff
from shelter_desk.store import kdf, recovery_code
from shelter_desk.store.errors import (
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongCredentials,
)
from shelter_desk.store.vault import create_vault, unlock, unlock_with_recovery_code
from tests.conftest import COORDINATOR, FAST_KDF, ORG, PASSPHRASE, snapshot


def test_each_slot_unlocks_the_same_vault(created, vault_dir):
    # GIVEN a vault with a coordinator, a caseworker and its recovery code
    staff.add_staff(created.vault, "Trabajadora Uno", Role.CASEWORKER, "otra frase secreta")
    created.vault.lock()

    # WHEN each of them unlocks
    by_coordinator = unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    by_caseworker = unlock(vault_dir, user="trabajadora   uno", passphrase="otra frase secreta")
    by_code = unlock_with_recovery_code(vault_dir, created.recovery_code)

    # THEN each sees the same organisation, as the right person
    for opened in (by_coordinator, by_caseworker, by_code):
        assert opened.organisation_name() == ORG
        opened.lock()
    assert by_coordinator.user.name == COORDINATOR
    assert by_caseworker.user.role is Role.CASEWORKER
    assert by_code.user is None and by_code.unlocked_with_recovery


def test_a_locked_vault_refuses_service(created):
    created.vault.lock()
    with pytest.raises(VaultLocked):
        staff.list_staff(created.vault)
    with pytest.raises(VaultLocked):
        created.vault.organisation_name()


def test_wrong_passphrase_is_a_typed_error_and_touches_nothing(created, vault_dir):
    created.vault.lock()
    before = snapshot(vault_dir)

    with pytest.raises(WrongCredentials) as wrong:
        unlock(vault_dir, user=COORDINATOR, passphrase="luna verde sobre el mar")
    with pytest.raises(WrongCredentials) as unknown:
        unlock(vault_dir, user="Nadie Conocida", passphrase=PASSPHRASE)

    # An unknown name and a wrong passphrase read the same, so names cannot be probed.
    assert str(wrong.value) == str(unknown.value)
    assert "contraseña" in wrong.value.message.es and "passphrase" in wrong.value.message.en
    # only the failed-unlock count changed (unlock_guard.py)
    after = snapshot(vault_dir)
    assert after.pop(".unlock-failures") and after == before


def test_recovery_code_resets_a_forgotten_passphrase(created, vault_dir):
    created.vault.lock()
    typed_by_hand = created.recovery_code.lower().replace("-", " ").replace("0", "o")

    with unlock_with_recovery_code(vault_dir, typed_by_hand) as opened:
        staff.reset_passphrase(opened, COORDINATOR, "nueva frase recordable")

    with pytest.raises(WrongCredentials):
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    with unlock(vault_dir, user=COORDINATOR, passphrase="nueva frase recordable") as opened:
        assert opened.user.role is Role.COORDINATOR


def test_wrong_recovery_code_says_so(created, vault_dir):
    created.vault.lock()
    with pytest.raises(WrongCredentials) as error:
        unlock_with_recovery_code(vault_dir, recovery_code.new_recovery_code())
    assert "recuperación" in error.value.message.es
    with pytest.raises(WrongCredentials):
        unlock_with_recovery_code(vault_dir, "not a code at all")


def test_removed_user_can_no_longer_unlock(created, vault_dir):
    staff.add_staff(created.vault, "Voluntaria Dos", Role.VOLUNTEER, "frase de la voluntaria")
    keys_before = json.loads((vault_dir / "keys.json").read_text())
    staff.remove_staff(created.vault, "Voluntaria Dos")
    created.vault.lock()

    with pytest.raises(WrongCredentials):
        unlock(vault_dir, user="Voluntaria Dos", passphrase="frase de la voluntaria")
    keys_after = json.loads((vault_dir / "keys.json").read_text())
    assert len(keys_after["slots"]) == len(keys_before["slots"]) - 1


def test_a_removed_users_old_slot_opens_nothing(created, vault_dir):
    # GIVEN a copy of keys.json taken while a volunteer still had her slot
    staff.add_staff(created.vault, "Voluntaria Tres", Role.VOLUNTEER, "frase de la voluntaria")
    old_keys = (vault_dir / "keys.json").read_bytes()
    staff.remove_staff(created.vault, "Voluntaria Tres")
    created.vault.lock()
    # WHEN someone puts the old envelope back
    (vault_dir / "keys.json").write_bytes(old_keys)
    # THEN her passphrase still does not open the vault: the master key changed with her
    # removal, so the old envelope's key opens neither database (see test_rotation.py)
    with pytest.raises(VaultCorrupt):
        unlock(vault_dir, user="Voluntaria Tres", passphrase="frase de la voluntaria")


def test_changing_a_passphrase_replaces_the_old_one(created, vault_dir):
    staff.change_own_passphrase(created.vault, "una frase completamente nueva")
    created.vault.lock()
    with pytest.raises(WrongCredentials):
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    with unlock(vault_dir, user=COORDINATOR, passphrase="una frase completamente nueva"):
        pass


def test_keys_file_names_nobody(created, vault_dir):
    staff.add_staff(created.vault, "Guadalupe Ejemplo", Role.CASEWORKER, "frase secreta larga")
    text = (vault_dir / "keys.json").read_text().casefold()
    for word in ("coordinadora", "prueba", "guadalupe", "ejemplo", "casa", "sintética"):
        assert word not in text


def test_recovery_code_has_at_least_128_bits_in_readable_groups():
    code = recovery_code.new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 8 and all(len(group) == 4 for group in groups)
    assert recovery_code.BITS >= 128
    assert len({recovery_code.new_recovery_code() for _ in range(200)}) == 200


def test_creating_over_existing_data_is_refused(created, vault_dir):
    before = snapshot(vault_dir)
    with pytest.raises(VaultExists):
        create_vault(vault_dir, organisation_name=ORG, user="Otra", passphrase=PASSPHRASE,
                     params=FAST_KDF)
    assert snapshot(vault_dir) == before


def test_too_short_passphrase_creates_nothing(tmp_path):
    target = tmp_path / "nueva"
    with pytest.raises(InvalidInput) as error:
        create_vault(target, organisation_name=ORG, user="Ana", passphrase="corta",
                     params=FAST_KDF)
    assert error.value.field == "passphrase"
    assert not target.exists()


def test_no_vault_here(tmp_path):
    with pytest.raises(VaultNotFound) as error:
        unlock(tmp_path / "nada", user="Ana", passphrase=PASSPHRASE)
    assert "No hay una bóveda" in error.value.message.es


def test_a_real_vault_is_calibrated_above_the_floor(tmp_path):
    # The path every real vault takes: no parameters given, so they are calibrated.
    with create_vault(tmp_path / "real", organisation_name=ORG, user="Ana",
                      passphrase=PASSPHRASE).vault:
        pass
    slots = json.loads((tmp_path / "real" / "keys.json").read_text())["slots"]
    for slot in slots:
        assert slot["kdf"]["name"] == "argon2id"
        assert slot["kdf"]["memory_kib"] >= kdf.MIN_MEMORY_KIB
        assert slot["kdf"]["iterations"] >= kdf.MIN_ITERATIONS


def test_a_slot_weakened_in_the_file_no_longer_opens(created, vault_dir):
    # GIVEN someone lowers a slot's Argon2id cost in keys.json (and fixes the checksum)
    created.vault.lock()
    document = json.loads((vault_dir / "keys.json").read_text())
    for slot in document["slots"]:
        slot["kdf"]["iterations"] += 1
    from shelter_desk.store.keyring_format import checksum as _checksum

    document.pop("checksum")
    document["checksum"] = _checksum(document)
    (vault_dir / "keys.json").write_text(json.dumps(document))
    # THEN the parameters are authenticated, so the slot fails like a wrong passphrase
    with pytest.raises(WrongCredentials):
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)


def test_a_crash_between_the_key_change_and_the_commit_never_locks_her_out(created, vault_dir,
                                                                           monkeypatch):
    # GIVEN keys.json is written, and then the database commit fails
    real_save = type(created.vault).save_keyring

    def save_then_fail(self, keyring):
        real_save(self, keyring)
        raise OSError("power cut")

    monkeypatch.setattr(type(created.vault), "save_keyring", save_then_fail)
    with pytest.raises(OSError):
        staff.change_own_passphrase(created.vault, "frase nueva tras el corte")
    monkeypatch.undo()
    created.vault.lock()
    # THEN the passphrase the file now holds opens the vault
    with unlock(vault_dir, user=COORDINATOR, passphrase="frase nueva tras el corte") as opened:
        assert opened.user.name == COORDINATOR


def test_a_folder_name_with_uri_characters(tmp_path):
    target = tmp_path / "Casa #2 ?100% segura"
    with create_vault(target, organisation_name=ORG, user="Ana", passphrase=PASSPHRASE,
                      params=FAST_KDF).vault as opened:
        assert opened.organisation_name() == ORG
    assert sorted(p.name for p in target.iterdir()) == [".open.lock", "files.db", "keys.json",
                                                        "vault.db"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_set_up_cut_short_can_simply_start_again(tmp_path, monkeypatch):
    from shelter_desk.store import keyring as keyring_module

    target = tmp_path / "boveda"
    target.mkdir()  # the empty folder she chose

    def power_cut(self, directory):
        raise OSError("power cut")

    with monkeypatch.context() as patch:
        patch.setattr(keyring_module.Keyring, "save", power_cut)
        with pytest.raises(OSError):
            create_vault(target, organisation_name=ORG, user="Ana", passphrase=PASSPHRASE,
                         params=FAST_KDF)
    assert list(target.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == [
        "boveda"]
    # ...and a staging folder left by a real kill is cleared on the next try
    (tmp_path / ".boveda.creating-dead").mkdir()
    (tmp_path / ".boveda.creating-dead" / "vault.db").write_bytes(b"\x00" * 4096)
    with create_vault(target, organisation_name=ORG, user="Ana", passphrase=PASSPHRASE,
                      params=FAST_KDF).vault as opened:
        assert opened.organisation_name() == ORG
    assert sorted(p.name for p in tmp_path.iterdir()) == ["boveda"]
