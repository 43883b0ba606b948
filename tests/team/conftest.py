"""Two laptops of one team: real encrypted vaults in tmp_path, paired as the app pairs
them after the vault copy has arrived."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from shelter_desk.store.vault import OpenVault, unlock
from shelter_desk.team import pairing, sync
from tests.conftest import COORDINATOR, PASSPHRASE


@pytest.fixture
def team(created, vault_dir: Path, tmp_path: Path) -> Iterator[tuple[OpenVault, OpenVault]]:
    yield from paired_laptops(created, vault_dir, tmp_path)


def paired_laptops(created, vault_dir: Path,  # type: ignore[no-untyped-def]
                   tmp_path: Path) -> Iterator[tuple[OpenVault, OpenVault]]:
    first = created.vault
    sync.set_up(first, "Recepción")
    first.lock()
    copy = tmp_path / "second"
    shutil.copytree(vault_dir, copy)
    first = unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    second = unlock(copy, user=COORDINATOR, passphrase=PASSPHRASE)
    pairing.add_peer(first, pairing.join_copied_vault(second, "Abogada"))
    yield first, second
    for vault in (first, second):
        if not vault.is_locked:
            vault.lock()


def peer_id(vault: OpenVault, name: str) -> str:
    from shelter_desk.team import devices

    with vault.read() as connection:
        return devices.find(connection, name).device_id


def exchange(a: OpenVault, b: OpenVault) -> None:
    """Both ways, as «Sincronizar» does."""
    sync.incoming(b, sync.outgoing(a, peer_id(a, _name(b))))
    sync.incoming(a, sync.outgoing(b, peer_id(b, _name(a))))


def _name(vault: OpenVault) -> str:
    from shelter_desk.team import devices

    with vault.read() as connection:
        return next(d.name for d in devices.all_devices(connection) if d.is_self)


def accepts(port: int, host: str = "127.0.0.1") -> bool:
    """Whether anything listens on `port` (the team's server while unlocked)."""
    import socket

    try:
        socket.create_connection((host, port), timeout=2).close()
    except OSError:
        return False
    return True
