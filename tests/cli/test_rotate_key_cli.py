"""'users remove' changes the master key and says what that protects; 'rotate-key' too."""

from __future__ import annotations

from shelter_desk.cli.main import main
from shelter_desk.domain.staff import Role
from shelter_desk.services import staff
from shelter_desk.store.keyring import Keyring
from tests.conftest import COORDINATOR, PASSPHRASE


def test_users_remove_and_rotate_key(created, vault_dir, monkeypatch, capsys):
    staff.add_staff(created.vault, "Voluntaria", Role.VOLUNTEER, "frase de la voluntaria")
    created.vault.lock()
    monkeypatch.setenv("SHELTER_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SHELTER_DESK_LANG", "en")
    base = ["--vault", str(vault_dir), "--user", COORDINATOR]
    assert main(["users", "remove", *base, "--name", "Voluntaria"]) == 0
    out = capsys.readouterr().out
    assert "New master key (generation 2)" in out and "backups made before" in out
    assert main(["rotate-key", *base]) == 0
    assert "generation 3" in capsys.readouterr().out
    assert Keyring.load(vault_dir).generation == 3
