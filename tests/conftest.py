"""Shared fixtures: real encrypted vaults in tmp_path, with cheap Argon2id for speed.

Only these fixtures pass cheap KDF parameters, explicitly, to the vaults they create;
nothing global can weaken a vault made by the app or the CLI.
"""

from __future__ import annotations

import hashlib
import tempfile
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
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder, home and cache of this test's own, so a scan for stray plaintext
    looks only at what this test wrote, never at the machine's /tmp or another program's
    folders (which may vanish while they are read)."""
    root = tmp_path / "private"
    for name in ("tmp", "home", "cache", "data"):
        (root / name).mkdir(parents=True)
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    monkeypatch.setenv("HOME", str(root / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    return root


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
