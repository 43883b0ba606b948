"""Shared fixtures: real encrypted vaults in tmp_path, with cheap Argon2id for speed.

Only these fixtures pass cheap KDF parameters, explicitly, to the vaults they create;
nothing global can weaken a vault made by the app or the CLI.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from shelter_desk.store import kdf
from shelter_desk.store.vault import CreatedVault, create_vault

FAST_KDF = kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1)
ORG = "Casa de Acogida Sintética"
COORDINATOR = "Coordinadora Prueba"
PASSPHRASE = "luna verde sobre el río"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created(vault_dir: Path) -> Iterator[CreatedVault]:
    result = create_vault(vault_dir, organisation_name=ORG, user=COORDINATOR,
                          passphrase=PASSPHRASE, params=FAST_KDF)
    yield result
    result.vault.lock()


def snapshot(directory: Path) -> dict[str, str]:
    """Name -> SHA-256 of every file under `directory`, to prove nothing was touched."""
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        # the empty lock files an unlock takes (vault_lock.py, unlock_guard.py) hold no data
        if path.is_file() and path.name not in (".open.lock", ".unlock.lock")
    }
