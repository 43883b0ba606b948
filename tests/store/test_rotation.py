"""Master-key rotation: everyone who should keeps her key, nobody else does, and a SIGKILL
at any step leaves a vault every remaining member and the recovery code open."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shelter_desk.domain.staff import Role
from shelter_desk.services import staff
from shelter_desk.store import kdf, rotation
from shelter_desk.store.errors import VaultBusy, VaultCorrupt, WrongCredentials
from shelter_desk.store.integrity import verify
from shelter_desk.store.keyring import Keyring
from shelter_desk.store.vault import unlock, unlock_with_recovery_code
from tests.conftest import COORDINATOR, PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
WORKER, WORKER_PASS = "Trabajadora Sintética", "otra frase larga y secreta"
CHUNKS = 40


def _fill(vault) -> None:
    with vault.files_write() as connection:
        for seq in range(CHUNKS):
            connection.exec_driver_sql(
                "INSERT INTO blob_chunk VALUES ('adjunto', ?, randomblob(65536))", (seq,))


def _contents(vault) -> tuple[int, int, list[str]]:
    with vault.files_read() as connection:
        chunks = connection.exec_driver_sql(
            "SELECT count(*), sum(length(data)) FROM blob_chunk").one()
    return chunks[0], chunks[1], [user.name for user in staff.list_staff(vault)]


@pytest.fixture
def team(created, vault_dir):
    staff.add_staff(created.vault, WORKER, Role.CASEWORKER, WORKER_PASS)
    _fill(created.vault)
    expected = _contents(created.vault)
    created.vault.lock()
    return vault_dir, created.recovery_code, expected


def _openers(code: str):
    return {
        "coordinator": lambda d: unlock(d, user=COORDINATOR, passphrase=PASSPHRASE),
        "caseworker": lambda d: unlock(d, user=WORKER, passphrase=WORKER_PASS),
        "recovery code": lambda d: unlock_with_recovery_code(d, code),
    }


def test_rotation_gives_new_database_keys_and_everyone_keeps_hers(team):
    vault_dir, code, expected = team
    old_keys = (vault_dir / "keys.json").read_bytes()
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as vault:
        assert vault.rotate_master_key() == 2
        assert _contents(vault) == expected  # still open, under the new key
    for name, opener in _openers(code).items():
        with opener(vault_dir) as vault:
            assert vault.generation == 2, name
            assert _contents(vault) == expected
    # The old keys.json's master key opens neither new database file.
    old = _master_from(old_keys, vault_dir)
    for name in rotation.DATABASES:
        assert not rotation.opens_with(vault_dir / name, Keyring.load(vault_dir).vault_id,
                                       old, name)


def _master_from(keys: bytes, vault_dir: Path) -> bytearray:
    elsewhere = vault_dir.parent / "held-keys"
    elsewhere.mkdir(exist_ok=True)
    (elsewhere / "keys.json").write_bytes(keys)
    keyring = Keyring.load(elsewhere)
    return keyring.open_with_passphrase(COORDINATOR, PASSPHRASE).masters[keyring.generation]


def test_rotation_refuses_while_another_window_has_the_vault_open(team):
    vault_dir, _code, _expected = team
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as first, \
            unlock(vault_dir, user=WORKER, passphrase=WORKER_PASS):
        before = (vault_dir / "keys.json").read_bytes()
        with pytest.raises(VaultBusy) as refused:
            first.rotate_master_key()
        assert "otra ventana" in refused.value.message.es
        assert "another window" in refused.value.message.en
        assert (vault_dir / "keys.json").read_bytes() == before
        assert _contents(first)[0] == CHUNKS  # still open and working


def test_a_public_key_slipped_into_keys_json_receives_nothing(team):
    # GIVEN someone who can write keys.json swaps the recovery slot's public key for one
    # whose private key she holds (checksum recomputed)
    vault_dir, _code, _expected = team
    from shelter_desk.store import sealing
    from shelter_desk.store.keyring_format import b64, checksum

    document = json.loads((vault_dir / "keys.json").read_text())
    recovery = next(slot for slot in document["slots"] if slot["kind"] == "recovery")
    recovery["public_key"] = b64(sealing.public_key_of(sealing.new_private_key()))
    document.pop("checksum")
    document["checksum"] = checksum(document)
    (vault_dir / "keys.json").write_text(json.dumps(document))
    # WHEN a coordinator rotates THEN it is refused before any new key is sealed
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as vault, \
            pytest.raises(VaultCorrupt) as refused:
        vault.rotate_master_key()
    assert "llave pública" in refused.value.message.es
    assert Keyring.load(vault_dir).generation == 1


STEPS = [("keys", 1), ("vault.db:exporting", 1), ("vault.db:exported", 1),
         ("vault.db:swapped", 1), ("files.db:exporting", 1), ("files.db:exported", 1),
         ("files.db:swapped", 1), ("committed", 1)]
ROLLED_FORWARD = {"vault.db:swapped", "files.db:exporting", "files.db:exported",
                  "files.db:swapped", "committed"}


@pytest.mark.parametrize(("target", "occurrence"), STEPS, ids=[s for s, _ in STEPS])
def test_sigkill_at_each_step_of_a_rotation(team, tmp_path, target, occurrence):
    vault_dir, code, expected = team
    # WHEN the rotating process is killed at this step
    child = subprocess.run(
        [sys.executable, "-m", "tests.store.rotation_child", str(vault_dir), COORDINATOR,
         PASSPHRASE, target, str(occurrence)],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert child.returncode == -9, child.stderr  # it really died at that step
    # THEN each remaining member, and the recovery code, opens it on her own: nothing lost
    generation = 2 if target in ROLLED_FORWARD else 1
    for name, opener in _openers(code).items():
        copy = tmp_path / f"after-{name}"
        shutil.copytree(vault_dir, copy)
        with opener(copy) as vault:
            assert _contents(vault) == expected, name
            assert vault.generation == generation, name
        settled = Keyring.load(copy)
        assert settled.pending is None and settled.generation == generation
        assert not list(copy.glob("*.rotating"))
    # AND the settled vault is intact and can rotate again
    with unlock(tmp_path / "after-coordinator", user=COORDINATOR,
                passphrase=PASSPHRASE) as vault:
        assert verify(vault).passed
        assert vault.rotate_master_key() == generation + 1


def test_the_unlock_after_a_rotation_costs_one_argon2id(team, monkeypatch):
    vault_dir, _code, _expected = team
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as vault:
        vault.rotate_master_key()
    calls = []
    real = kdf.derive_slot_key
    monkeypatch.setattr(kdf, "derive_slot_key", lambda *a: calls.append(1) or real(*a))
    with unlock(vault_dir, user=WORKER, passphrase=WORKER_PASS):
        pass
    assert len(calls) == 1


def test_a_removed_members_passphrase_opens_no_copy_taken_after_her_removal(created,
                                                                            vault_dir,
                                                                            tmp_path):
    # GIVEN a volunteer who kept keys.json while she still had her slot
    staff.add_staff(created.vault, "Voluntaria", Role.VOLUNTEER, "frase de la voluntaria")
    kept_keys = (vault_dir / "keys.json").read_bytes()
    # WHEN a coordinator removes her (which changes the master key)
    removal = staff.remove_staff(created.vault, "Voluntaria")
    assert removal.rotation is not None and removal.rotation.generation == 2
    created.vault.lock()
    # THEN a copy of keys.json and both databases, taken after, does not open with her
    # passphrase ...
    copy = tmp_path / "copied-after"
    shutil.copytree(vault_dir, copy)
    with pytest.raises(WrongCredentials):
        unlock(copy, user="Voluntaria", passphrase="frase de la voluntaria")
    # ... nor with the keys.json she kept from before: her old master key opens nothing
    (copy / "keys.json").write_bytes(kept_keys)
    with pytest.raises(VaultCorrupt):
        unlock(copy, user="Voluntaria", passphrase="frase de la voluntaria")
    keyring = Keyring.load(copy)
    old_master = keyring.open_with_passphrase("Voluntaria", "frase de la voluntaria").masters[1]
    for name in rotation.DATABASES:
        assert not rotation.opens_with(copy / name, keyring.vault_id, old_master, name)


def test_staging_left_by_a_killed_backup_is_removed_at_the_next_unlock(team):
    vault_dir, _code, _expected = team
    left = vault_dir / ".backup-abc123"
    left.mkdir()
    (left / "vault.db").write_bytes((vault_dir / "vault.db").read_bytes())
    (left / "keys.json").write_bytes((vault_dir / "keys.json").read_bytes())
    old_restore = vault_dir.parent / f".{vault_dir.name}.restoring-1234"
    old_restore.mkdir()
    (old_restore / "vault.db").write_bytes(b"copy")
    import os
    os.utime(old_restore, (0, 0))
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE):
        pass
    assert not left.exists() and not old_restore.exists()


def test_a_backup_file_is_readable_by_its_owner_only(created, tmp_path):
    from shelter_desk.services import backup

    target = tmp_path / "copia.sdbackup"
    target.write_bytes(b"an older backup, world-readable")
    target.chmod(0o644)
    backup.make_backup(created.vault, target)
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_lock_during_a_rotation_waits_for_its_end(team):
    # an auto-lock firing on another thread while the files are re-keyed
    vault_dir, _code, expected = team
    vault = unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)

    def lock_half_way(name: str) -> None:
        if name == "vault.db:exported":
            vault.lock()

    assert vault.rotate_master_key(step=lock_half_way) == 2
    assert vault.is_locked  # locked once the rotation ended
    with unlock(vault_dir, user=WORKER, passphrase=WORKER_PASS) as again:
        assert _contents(again) == expected and again.generation == 2
