"""After a change of master key, the backups on a stick are replaced by verified ones
under the new key; a stick pulled (here: full) half-way leaves the old backup whole."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile

import pytest

from shelter_desk.services import backup
from shelter_desk.store.backup import BackupFailed


def _generation(path) -> int:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("keys.json"))["generation"]


def test_backups_in_a_folder_are_replaced_under_the_new_key(created, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    backup.make_backup(created.vault, stick / "lunes.sdbackup")
    backup.make_backup(created.vault, stick / "martes.sdbackup")
    (stick / "notas.txt").write_text("no es una copia")
    assert _generation(stick / "lunes.sdbackup") == 1
    created.vault.rotate_master_key()
    replaced = backup.replace_backups(created.vault, stick)
    assert [p.name for p in replaced] == ["lunes.sdbackup", "martes.sdbackup"]
    assert all(_generation(p) == 2 for p in replaced)
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in replaced)
    assert sorted(p.name for p in stick.iterdir()) == ["lunes.sdbackup", "martes.sdbackup",
                                                       "notas.txt"]


@pytest.fixture
def small_stick(tmp_path):
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_stick_that_fails_half_way_keeps_the_old_backup(created, small_stick):
    old = small_stick / "copia.sdbackup"
    backup.make_backup(created.vault, old)
    before = old.read_bytes()
    with open(small_stick / "relleno", "wb") as filler:  # no room for a second copy
        filler.write(b"\0" * (shutil.disk_usage(small_stick).free - 64 * 1024))
    created.vault.rotate_master_key()
    with pytest.raises(BackupFailed) as failed:
        backup.replace_backups(created.vault, small_stick)
    assert "sigue intacta" in failed.value.message.es
    assert "untouched" in failed.value.message.en
    assert old.read_bytes() == before
    assert sorted(p.name for p in small_stick.iterdir()) == ["copia.sdbackup", "relleno"]


def test_a_stick_failing_while_the_old_copy_is_erased_keeps_the_new_one(created, tmp_path,
                                                                         monkeypatch):
    import errno

    stick = tmp_path / "usb"
    stick.mkdir()
    backup.make_backup(created.vault, stick / "copia.sdbackup")
    created.vault.rotate_master_key()

    def pulled(_path):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup, "overwrite_file", pulled)
    with pytest.raises(BackupFailed) as failed:
        backup.replace_backups(created.vault, stick)
    assert "ya está" in failed.value.message.es and "in place" in failed.value.message.en
    # under the backup's own name: the new copy, whole, under the new key
    assert _generation(stick / "copia.sdbackup") == 2
    monkeypatch.undo()
    # the next run finishes erasing the old copy left aside
    backup.replace_backups(created.vault, stick)
    assert sorted(p.name for p in stick.iterdir()) == ["copia.sdbackup"]


def test_a_rename_refused_half_way_puts_the_old_backup_back(created, tmp_path, monkeypatch):
    import errno
    import os

    stick = tmp_path / "usb"
    stick.mkdir()
    old = stick / "copia.sdbackup"
    backup.make_backup(created.vault, old)
    before = old.read_bytes()
    created.vault.rotate_master_key()
    real, calls = os.replace, []

    def second_fails(source, target):
        calls.append(source)
        if len(calls) == 2:  # the new copy into the backup's name
            raise OSError(errno.EIO, "Input/output error")
        return real(source, target)

    monkeypatch.setattr(backup.os, "replace", second_fails)
    with pytest.raises(BackupFailed) as failed:
        backup.replace_backups(created.vault, stick)
    monkeypatch.undo()
    assert "sigue intacta" in failed.value.message.es
    assert old.read_bytes() == before
    assert sorted(p.name for p in stick.iterdir()) == ["copia.sdbackup"]
