"""Failed unlocks are counted on disk: the wait grows after three, survives a restart
(a new process), and is checked before any Argon2id is spent."""

from __future__ import annotations

import json

import pytest

from shelter_desk.store import kdf, unlock_guard
from shelter_desk.store.errors import WrongCredentials
from shelter_desk.store.unlock_guard import FILE_NAME, Failures, UnlockDelayed
from shelter_desk.store.vault import unlock, unlock_with_recovery_code
from tests.conftest import COORDINATOR, PASSPHRASE


def test_three_free_tries_then_a_growing_wait():
    assert [Failures(n, 0.0).wait_seconds(0.0) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert Failures(60, 0.0).wait_seconds(0.0) == unlock_guard.MAX_WAIT_SECONDS
    assert Failures(4, 100.0).wait_seconds(103.0) == 1
    assert Failures(4, 100.0).wait_seconds(50.0) == 4  # clock set back: the whole wait


def test_failures_are_counted_on_disk_and_a_wait_spends_no_argon2id(created, vault_dir,
                                                                    monkeypatch):
    created.vault.lock()
    for attempt in range(3):
        with pytest.raises(WrongCredentials):
            unlock(vault_dir, user=COORDINATOR, passphrase=f"mal {attempt}")
    assert json.loads((vault_dir / FILE_NAME).read_text())["failures"] == 3
    calls = []
    monkeypatch.setattr(kdf, "derive_slot_key", lambda *a: calls.append(a))
    # even the right passphrase waits, and the recovery code too (one shared count)
    with pytest.raises(UnlockDelayed) as delayed:
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    assert delayed.value.seconds > 0
    assert "espera" in delayed.value.message.es and "wait" in delayed.value.message.en
    with pytest.raises(UnlockDelayed):
        unlock_with_recovery_code(vault_dir, created.recovery_code)
    assert calls == []


def test_a_success_clears_the_count(created, vault_dir):
    created.vault.lock()
    with pytest.raises(WrongCredentials):
        unlock(vault_dir, user=COORDINATOR, passphrase="mal")
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE):
        pass
    assert not (vault_dir / FILE_NAME).exists()


@pytest.mark.parametrize("damage", ["{", '{"failures": "0", "last": 0}', '{"failures": -1}'])
def test_a_damaged_count_does_not_reset_the_wait(created, vault_dir, damage):
    created.vault.lock()
    (vault_dir / FILE_NAME).write_text(damage)
    with pytest.raises(UnlockDelayed):
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)


@pytest.mark.parametrize("damage", [b"", b"\xff\xfe", b"[" * 100_000,
                                    b"{\"failures\": true, \"last\": 1}"])
def test_a_damaged_count_makes_her_wait_once_then_lets_her_in(created, vault_dir, damage):
    import os
    import time

    created.vault.lock()
    path = vault_dir / FILE_NAME
    path.write_bytes(damage)
    with pytest.raises(UnlockDelayed):  # the free tries are taken as used up ...
        unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    # ... but the wait ends: counted from when the file was damaged, not from each read
    past = time.time() - 60
    os.utime(path, (past, past))
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        assert opened.organisation_name()
    assert not path.exists() or unlock_guard.read(vault_dir).count == 0
