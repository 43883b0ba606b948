"""`shelter-desk backup` and `restore` as a coordinator types them."""

from __future__ import annotations

from tests.cli.test_cli import run
from tests.conftest import COORDINATOR, PASSPHRASE


def test_backup_then_restore_from_the_command_line(created, vault_dir, tmp_path):
    # GIVEN a vault, closed
    created.vault.lock()
    target = tmp_path / "copia.sdbackup"
    common = ("--vault", str(vault_dir), "--user", COORDINATOR)
    secret = {"SHELTER_DESK_PASSPHRASE": PASSPHRASE}
    # WHEN she backs it up
    made = run("backup", *common, "--out", str(target), env=secret)
    # THEN the file is there and she is told it was verified
    assert made.returncode == 0, made.stderr
    assert "verificada" in made.stdout and target.exists()
    # WHEN she restores it with the recovery code
    restored = run("restore", "--backup", str(target), "--vault", str(vault_dir),
                   env={"SHELTER_DESK_RECOVERY_CODE": created.recovery_code})
    # THEN it is in place, the old vault kept aside, and the vault verifies
    assert restored.returncode == 0, restored.stderr
    assert "se guardó aparte" in restored.stdout
    assert len(list(tmp_path.glob("vault.before-restore-*"))) == 1
    assert run("verify", *common, env=secret).returncode == 0


def test_restore_with_a_wrong_passphrase_changes_nothing(created, vault_dir, tmp_path):
    created.vault.lock()
    target = tmp_path / "copia.sdbackup"
    run("backup", "--vault", str(vault_dir), "--user", COORDINATOR, "--out", str(target),
        env={"SHELTER_DESK_PASSPHRASE": PASSPHRASE})
    refused = run("restore", "--backup", str(target), "--vault", str(vault_dir), "--user",
                  COORDINATOR, env={"SHELTER_DESK_PASSPHRASE": "no es la frase"})
    assert refused.returncode == 3
    assert "no son correctos" in refused.stderr
    assert not list(tmp_path.glob("vault.before-restore-*"))
    not_a_backup = run("restore", "--backup", str(tmp_path / "nada.sdbackup"), "--vault",
                       str(vault_dir), "--user", COORDINATOR,
                       env={"SHELTER_DESK_PASSPHRASE": PASSPHRASE})
    assert not_a_backup.returncode == 3
    assert "no es una copia de seguridad válida" in not_a_backup.stderr
