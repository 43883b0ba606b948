"""keys.json as an attacker or an old version leaves it: version 1 files migrate, hostile
ones are a clear bilingual error, quickly, and nothing is written."""

from __future__ import annotations

import json
import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shelter_desk.domain.errors import NotAllowed
from shelter_desk.domain.staff import Role
from shelter_desk.services import key_rotation, staff
from shelter_desk.store import kdf
from shelter_desk.store.errors import VaultCorrupt
from shelter_desk.store.keyring import Keyring
from shelter_desk.store.keyring_format import b64, canonical, checksum
from shelter_desk.store.recovery_code import normalise_code
from shelter_desk.store.vault import unlock, unlock_with_recovery_code
from tests.conftest import COORDINATOR, FAST_KDF, PASSPHRASE, snapshot


def _write_version_1(vault_dir, master: bytearray, secrets_by_slot: dict[str, bytes]) -> None:
    """keys.json as the previous version wrote it: the master key wrapped under each KEK."""
    keyring = Keyring.load(vault_dir)
    slots = []
    for slot in keyring.slots:
        salt = os.urandom(16)
        kek = kdf.derive_slot_key(secrets_by_slot[slot.id], salt, FAST_KDF)
        nonce = os.urandom(12)
        aad = canonical({"format": "shelter-desk-keys", "vault_id": keyring.vault_id,
                         "slot_id": slot.id, "kind": slot.kind, "lookup": slot.lookup,
                         "kdf": FAST_KDF.to_json()})
        slots.append({"id": slot.id, "kind": slot.kind, "lookup": slot.lookup,
                      "kdf": {**FAST_KDF.to_json(), "salt": b64(salt)}, "nonce": b64(nonce),
                      "wrapped_key": b64(AESGCM(bytes(kek)).encrypt(nonce, bytes(master), aad))})
    document = {"format": "shelter-desk-keys", "version": 1, "vault_id": keyring.vault_id,
                "lookup_salt": b64(keyring.lookup_salt), "slots": slots}
    document["checksum"] = checksum(document)
    (vault_dir / "keys.json").write_text(json.dumps(document))


@pytest.fixture
def old_vault(created, vault_dir):
    """A vault whose keys.json is version 1, with a coordinator and a caseworker."""
    staff.add_staff(created.vault, "Trabajadora", Role.CASEWORKER, "frase de la trabajadora")
    master = bytearray(created.vault._master)
    keyring = Keyring.load(vault_dir)
    secrets_by_slot = {}
    for slot in keyring.slots:
        if slot.kind == "recovery":
            secrets_by_slot[slot.id] = normalise_code(created.recovery_code).encode()
        elif slot.id == keyring.find_user_slot(COORDINATOR).id:
            secrets_by_slot[slot.id] = kdf.normalise_secret(PASSPHRASE)
        else:
            secrets_by_slot[slot.id] = kdf.normalise_secret("frase de la trabajadora")
    created.vault.lock()
    _write_version_1(vault_dir, master, secrets_by_slot)
    return vault_dir, created.recovery_code


def test_a_version_1_slot_moves_to_the_sealed_form_at_its_owners_unlock(old_vault):
    vault_dir, code = old_vault
    assert len(Keyring.load(vault_dir).legacy_slots()) == 3
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE):
        pass
    keyring = Keyring.load(vault_dir)
    assert not keyring.find_user_slot(COORDINATOR).is_legacy
    assert keyring.recovery_slot().is_legacy  # only the code can move its own slot
    with unlock_with_recovery_code(vault_dir, code):
        pass
    assert not Keyring.load(vault_dir).recovery_slot().is_legacy
    # and both still open, now in the new form
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE), \
            unlock_with_recovery_code(vault_dir, code):
        pass


def test_rotation_waits_for_accounts_still_in_the_old_form_and_says_who(old_vault):
    vault_dir, _code = old_vault
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as vault:
        with pytest.raises(NotAllowed) as refused:
            key_rotation.rotate_master_key(vault)
        assert "Trabajadora" in refused.value.message.es
        assert "sign in once" in refused.value.message.en
        assert vault.generation == 1
    # once she has signed in, the rotation goes ahead and prints a new recovery code,
    # because the old code's slot cannot receive a key without the code itself
    with unlock(vault_dir, user="Trabajadora", passphrase="frase de la trabajadora"):
        pass
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as vault:
        result = key_rotation.rotate_master_key(vault)
    assert result.generation == 2 and result.new_recovery_code
    with unlock_with_recovery_code(vault_dir, result.new_recovery_code) as vault:
        assert vault.generation == 2
    with unlock(vault_dir, user="Trabajadora", passphrase="frase de la trabajadora") as vault:
        assert vault.generation == 2


def _rewrite(vault_dir, change) -> None:
    document = json.loads((vault_dir / "keys.json").read_text())
    change(document)
    document.pop("checksum", None)
    document["checksum"] = checksum(document)
    (vault_dir / "keys.json").write_text(json.dumps(document))


def _kdf_of_first(document):
    return document["slots"][0]["kdf"]


HOSTILE = {
    "memory as text": lambda d: _kdf_of_first(d).update(memory_kib="1024"),
    "iterations as a float": lambda d: _kdf_of_first(d).update(iterations=1.0),
    "lanes as true": lambda d: _kdf_of_first(d).update(lanes=True),
    "a 1 GiB KDF": lambda d: _kdf_of_first(d).update(memory_kib=1024 * 1024),
    "64 passes": lambda d: _kdf_of_first(d).update(iterations=64),
    "slots as an object": lambda d: d.update(slots={"a": 1}),
    "a slot as a string": lambda d: d["slots"].__setitem__(0, "slot"),
    "generation as text": lambda d: d.update(generation="2"),
    "generation huge": lambda d: d.update(generation=2**70),
    "salt not base64": lambda d: _kdf_of_first(d).update(salt="%%%"),
    "public key a list": lambda d: d["slots"][0].update(public_key=[1, 2]),
    "no sealed keys": lambda d: d["slots"][0].update(sealed=[]),
    "vault id not hex": lambda d: d.update(vault_id="zz"),
}


@pytest.mark.parametrize("change", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_keys_json_is_a_clear_error_and_touches_nothing(created, vault_dir, change):
    created.vault.lock()
    _rewrite(vault_dir, change)
    before = snapshot(vault_dir)
    with pytest.raises(VaultCorrupt) as error:
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    assert "keys.json" in error.value.message.es and "keys.json" in error.value.message.en
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize("opener", ["[", "{\"a\":"])
def test_a_keys_json_nested_100000_deep_is_refused_at_once(created, vault_dir, opener):
    created.vault.lock()
    (vault_dir / "keys.json").write_text(opener * 100_000)
    with pytest.raises(VaultCorrupt) as error:
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    assert "keys.json" in error.value.message.en


def test_a_truncated_keys_json_is_a_clear_error(created, vault_dir):
    created.vault.lock()
    raw = (vault_dir / "keys.json").read_bytes()
    (vault_dir / "keys.json").write_bytes(raw[: len(raw) // 2])
    with pytest.raises(VaultCorrupt) as error:
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    assert "truncado" in error.value.message.es and "truncated" in error.value.message.en


ROTATION_TAMPERING = {
    "pending two ahead": lambda d: d.update(pending=d["generation"] + 2),
    "pending without its sealed keys": lambda d: d.update(pending=d["generation"] + 1),
    "a sealed key of another generation": lambda d: d["slots"][0]["sealed"][0].update(
        generation=7),
}


@pytest.mark.parametrize("change", ROTATION_TAMPERING.values(), ids=ROTATION_TAMPERING.keys())
def test_tampered_rotation_state_is_a_clear_error(created, vault_dir, change):
    created.vault.lock()
    _rewrite(vault_dir, change)
    before = snapshot(vault_dir)
    with pytest.raises(VaultCorrupt) as error:
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    assert "keys.json" in error.value.message.en
    assert snapshot(vault_dir) == before
