"""A damaged vault gives a typed, readable error, and is left exactly as it was."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from shelter_desk.store.errors import VaultCorrupt, WrongCredentials
from shelter_desk.store.integrity import verify
from shelter_desk.store.vault import unlock
from tests.conftest import COORDINATOR, PASSPHRASE, snapshot


def _flip_byte(path, offset):
    with open(path, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x01]))


def _truncate_keys(vault_dir):
    data = (vault_dir / "keys.json").read_bytes()
    (vault_dir / "keys.json").write_bytes(data[: len(data) // 2])


def _keys_not_json(vault_dir):
    (vault_dir / "keys.json").write_bytes(b"\x00\xffnot json at all")


def _keys_flipped(vault_dir):
    text = (vault_dir / "keys.json").read_bytes()
    _flip_byte(vault_dir / "keys.json", text.index(b'"public_key"') + 20)


def _truncate_db(vault_dir):
    path = vault_dir / "vault.db"
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _plain_sqlite_db(vault_dir):
    (vault_dir / "vault.db").unlink()
    plain = sqlite3.connect(vault_dir / "vault.db")
    plain.execute("CREATE TABLE organisation (id INTEGER PRIMARY KEY, name TEXT)")
    plain.commit()
    plain.close()


def _empty_db(vault_dir):
    (vault_dir / "vault.db").write_bytes(b"")


def _db_header_flipped(vault_dir):
    _flip_byte(vault_dir / "vault.db", 100)


DAMAGE_FOUND_AT_UNLOCK = {
    "keys.json truncated": _truncate_keys,
    "keys.json not JSON": _keys_not_json,
    "keys.json flipped byte": _keys_flipped,
    "vault.db truncated": _truncate_db,
    "vault.db is a plain SQLite file": _plain_sqlite_db,
    "vault.db empty": _empty_db,
    "vault.db header flipped": _db_header_flipped,
}


@pytest.fixture
def full_vault(created, vault_dir):
    """A vault with enough audit rows to span many pages, locked."""
    from shelter_desk.store import audit

    with created.vault.write() as connection:
        for number in range(3000):
            audit.record(connection, actor_id=1, action="test.filler", entity_type="filler",
                         entity_id=number, summary="relleno " * 8)
    created.vault.lock()
    return vault_dir


@pytest.mark.parametrize("damage", DAMAGE_FOUND_AT_UNLOCK.values(),
                         ids=DAMAGE_FOUND_AT_UNLOCK.keys())
def test_damage_is_a_typed_error_and_nothing_is_changed(full_vault, damage):
    # GIVEN a damaged vault
    damage(full_vault)
    before = snapshot(full_vault)

    # WHEN someone unlocks it with the right passphrase
    with pytest.raises(VaultCorrupt) as error:
        unlock(full_vault, user=COORDINATOR, passphrase=PASSPHRASE)

    # THEN she is told which file is damaged and what to do, and no file changed
    assert error.value.file_name in str(error.value.message.es)
    assert "copia de seguridad" in error.value.message.es
    assert "backup" in error.value.message.en
    assert snapshot(full_vault) == before


def test_a_missing_database_is_not_silently_recreated(full_vault):
    (full_vault / "vault.db").unlink()
    with pytest.raises(VaultCorrupt) as error:
        unlock(full_vault, user=COORDINATOR, passphrase=PASSPHRASE)
    assert error.value.file_name == "vault.db"
    assert not (full_vault / "vault.db").exists()


def test_a_forged_slot_looks_like_a_wrong_passphrase(full_vault):
    # Deliberate tampering with the checksum recomputed cannot be told from a wrong key.
    import json

    from shelter_desk.store.keyring_format import checksum as _checksum

    document = json.loads((full_vault / "keys.json").read_text())
    document["slots"][0]["sealed"][0]["key"] = document["slots"][1]["sealed"][0]["key"]
    document.pop("checksum")
    document["checksum"] = _checksum(document)
    (full_vault / "keys.json").write_text(json.dumps(document))
    with pytest.raises(WrongCredentials):
        unlock(full_vault, user=COORDINATOR, passphrase=PASSPHRASE)


def test_a_flipped_byte_deep_inside_is_found_by_verify(full_vault):
    # GIVEN one bit flipped in the middle of the database
    size = (full_vault / "vault.db").stat().st_size
    assert size > 40 * 4096
    _flip_byte(full_vault / "vault.db", size // 2 + 1234)
    before = snapshot(full_vault)

    # WHEN verify runs (unlock itself need not touch that page)
    with unlock(full_vault, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        report = verify(opened)

    # THEN it fails, naming the damaged page, and nothing was repaired or rewritten
    assert not report.passed
    failed = {check.name: check for check in report.checks if not check.passed}
    cipher = failed["vault.db: cipher_integrity_check"]
    assert "HMAC" in cipher.problems[0].en and "page" in cipher.problems[0].en
    assert snapshot(full_vault) == before


@pytest.mark.parametrize("damage", [_keys_flipped, _truncate_db, _plain_sqlite_db],
                         ids=["keys.json flipped", "vault.db truncated", "plain sqlite"])
def test_the_cli_says_what_is_wrong_without_a_traceback(full_vault, damage):
    damage(full_vault)
    result = subprocess.run(
        [sys.executable, "-m", "shelter_desk", "verify", "--vault", str(full_vault),
         "--user", COORDINATOR],
        env={**os.environ, "SHELTER_DESK_PASSPHRASE": PASSPHRASE, "SHELTER_DESK_LANG": "es"},
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert "La bóveda está dañada" in result.stderr


def test_a_damaged_page_is_noticed_at_unlock_not_missed_by_users_list(full_vault):
    # GIVEN the bit flipped deep inside, on a page 'users list' never reads
    size = (full_vault / "vault.db").stat().st_size
    _flip_byte(full_vault / "vault.db", size // 2 + 1234)
    before = snapshot(full_vault)
    # WHEN she lists the users in the CLI
    result = subprocess.run(
        [sys.executable, "-m", "shelter_desk", "users", "list", "--vault", str(full_vault),
         "--user", COORDINATOR],
        env={**os.environ, "SHELTER_DESK_PASSPHRASE": PASSPHRASE, "SHELTER_DESK_LANG": "es"},
        capture_output=True, text=True, timeout=60, check=False)
    # THEN the quick check at unlock refuses, sends her to the backup, changes nothing
    assert result.returncode == 3, result.stderr
    assert "copia de seguridad" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(full_vault) == before
