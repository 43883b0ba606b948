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


def test_protection_verb(created, vault_dir, tmp_path, monkeypatch, capsys):
    created.vault.lock()
    monkeypatch.setenv("SHELTER_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SHELTER_DESK_LANG", "en")
    duress = tmp_path / "duress.txt"
    duress.write_text("frase de emergencia bajo presión\n", encoding="utf-8")
    base = ["protection", "--vault", str(vault_dir), "--user", COORDINATOR]
    assert main([*base, "--wipe-after", "10", "--duress-passphrase-file", str(duress)]) == 0
    assert "Wipe after failed unlocks: 10. Duress passphrase: set." in capsys.readouterr().out
    protection = Keyring.load(vault_dir).protection
    assert protection.wipe_after == 10 and protection.duress is not None
    assert main([*base, "--wipe-after", "dos"]) == 4
    assert "expects a number" in capsys.readouterr().err
    duress.write_text(PASSPHRASE + "\n", encoding="utf-8")  # a real one: refused
    assert main([*base, "--duress-passphrase-file", str(duress)]) == 4
    assert "account's passphrase" in capsys.readouterr().err
    assert main([*base, "--wipe-after", "off", "--no-duress"]) == 0
    assert Keyring.load(vault_dir).protection.wipe_after is None


def test_replace_backups_verb(created, vault_dir, tmp_path, monkeypatch, capsys):
    from shelter_desk.services import backup

    stick = tmp_path / "usb"
    stick.mkdir()
    backup.make_backup(created.vault, stick / "copia.sdbackup")
    created.vault.lock()
    monkeypatch.setenv("SHELTER_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SHELTER_DESK_LANG", "en")
    base = ["--vault", str(vault_dir), "--user", COORDINATOR]
    assert main(["rotate-key", *base]) == 0
    assert "replace-backups" in capsys.readouterr().out
    assert main(["replace-backups", *base, "--folder", str(stick)]) == 0
    assert "new key: 1" in capsys.readouterr().out
