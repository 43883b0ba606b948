"""Backups a shelter can rely on: one encrypted file, verified before it replaces the
last one, restored beside the current vault and never over it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.staff import Role
from shelter_desk.services import backup, staff
from shelter_desk.store import vault as vault_module
from shelter_desk.store.backup import BackupFailed, BackupInvalid
from shelter_desk.store.errors import WrongCredentials
from shelter_desk.store.keyring import FILE_NAME as KEYS_FILE
from shelter_desk.store.vault import FILES_DB, VAULT_DB, unlock, unlock_with_recovery_code
from tests.conftest import COORDINATOR, PASSPHRASE, snapshot
from tests.store.decrypt_pages import decrypt_database, raw_key
from tests.store.marked_people import add_marked_woman

_DUMPED = ("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
           " AND name NOT LIKE '%fts%' ORDER BY name")


def _dump(vault) -> dict[str, list]:
    """Every row of every table of both databases (the FTS shadow tables follow them)."""
    rows: dict[str, list] = {}
    for name, connect in ((VAULT_DB, vault.read), (FILES_DB, vault.files_read)):
        with connect() as connection:
            for (table,) in connection.execute(text(_DUMPED)).all():
                rows[f"{name}:{table}"] = sorted(
                    (tuple(row) for row in connection.execute(text(f'SELECT * FROM "{table}"'))),
                    key=repr)
    return rows


@pytest.fixture
def full_vault(created, tmp_path):
    """A vault with five marked women (50+ marker words) and their scans."""
    women = [add_marked_woman(created.vault, tmp_path, prefix)
             for prefix in ("ka", "kb", "kc", "kd", "ke")]
    return created, women


def test_round_trip_keeps_every_row_and_attachment_and_no_marker_is_readable(
        full_vault, tmp_path, vault_dir):
    # GIVEN a vault holding five women, each with twelve marker words, and their scans
    created, women = full_vault
    words = [word for woman in women for word in woman.markers]
    assert len(words) >= 50
    before = _dump(created.vault)
    # WHEN a coordinator backs it up while it is open
    target = tmp_path / "usb" / "albergue.sdbackup"
    target.parent.mkdir()
    info = backup.make_backup(created.vault, target)
    created.vault.lock()
    # THEN the file is a ZIP of encrypted copies: no marker appears in its bytes...
    content = target.read_bytes()
    assert info.size_bytes == len(content)
    content = content.lower()
    assert [word for word in words if word.encode() in content] == []
    assert not list(target.parent.glob("*.part"))
    # ...yet they are inside: the vault.db member, decrypted with the vault's key, holds them
    extracted = tmp_path / "extracted"
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["files.db", "keys.json", "manifest.json",
                                              "vault.db"]
        archive.extract(VAULT_DB, extracted)
        archive.extract(FILES_DB, extracted)
    plain = decrypt_database(extracted / VAULT_DB,
                             raw_key(vault_dir, COORDINATOR, PASSPHRASE, VAULT_DB))
    plain += decrypt_database(extracted / FILES_DB,
                              raw_key(vault_dir, COORDINATOR, PASSPHRASE, FILES_DB))
    plain = plain.lower()
    assert [word for word in words if word.encode() not in plain] == []
    # WHEN the laptop's vault is restored from it
    restored = backup.restore(target, vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    # THEN every row and every attachment chunk is the same, and the old vault is kept aside
    assert restored.kept_aside is not None and restored.kept_aside.exists()
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as reopened:
        after = _dump(reopened)
        events = sorted(after.pop(f"{VAULT_DB}:audit_event"))
    before_events = sorted(before.pop(f"{VAULT_DB}:audit_event"))
    for table in before:
        if table == f"{VAULT_DB}:setting" or table == f"{VAULT_DB}:vault_meta":
            continue  # the backup's own time and the audit head move on
        assert after[table] == before[table], table
    # the restored chain is the old one plus the backup and the restore themselves
    assert events[:len(before_events)] == before_events
    assert [row[3] for row in events[len(before_events):]] == ["vault.restored"]


def test_restore_needs_credentials_valid_for_that_backup(full_vault, tmp_path, vault_dir):
    # GIVEN a backup, and then a new coordinator added after it was made
    created, _women = full_vault
    target = tmp_path / "copia.sdbackup"
    backup.make_backup(created.vault, target)
    staff.add_staff(created.vault, "Nueva", Role.COORDINATOR, "frase de nueva")
    created.vault.lock()
    untouched = snapshot(vault_dir)
    # WHEN she tries to restore with her passphrase, or with a wrong recovery code
    with pytest.raises(WrongCredentials):
        backup.restore(target, vault_dir, user="Nueva", passphrase="frase de nueva")
    with pytest.raises(WrongCredentials):
        backup.restore(target, vault_dir, recovery_code="AAAA-" * 7 + "AAAA")
    # THEN nothing changed and no staging folder is left
    assert snapshot(vault_dir) == untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copia.sdbackup", "vault"]
    # AND the recovery code of the vault as it was then does open it
    restored = backup.restore(target, vault_dir, recovery_code=created.recovery_code)
    assert snapshot(restored.kept_aside) == untouched
    with unlock_with_recovery_code(vault_dir, created.recovery_code):
        pass


def test_only_a_coordinator_backs_up_or_restores(full_vault, tmp_path, vault_dir):
    # GIVEN a caseworker and a volunteer (a backup carries keys.json: whoever holds one can
    # open it with her passphrase of that day, even after she has left the shelter)
    created, _women = full_vault
    staff.add_staff(created.vault, "Ana", Role.CASEWORKER, "frase de ana")
    staff.add_staff(created.vault, "Lucía", Role.VOLUNTEER, "frase de lucía")
    backup.make_backup(created.vault, tmp_path / "coordinadora.sdbackup")
    created.vault.lock()
    # WHEN either of them tries to make a backup, THEN it is refused and no file is written
    with unlock(vault_dir, user="Lucía", passphrase="frase de lucía") as lucia, \
            pytest.raises(NotAllowed):
        backup.make_backup(lucia, tmp_path / "lucia.sdbackup")
    with unlock(vault_dir, user="Ana", passphrase="frase de ana") as ana, \
            pytest.raises(NotAllowed):
        backup.make_backup(ana, tmp_path / "ana.sdbackup")
    # AND the caseworker cannot restore one either
    untouched = snapshot(vault_dir)
    with pytest.raises(NotAllowed):
        backup.restore(tmp_path / "coordinadora.sdbackup", vault_dir, user="Ana",
                       passphrase="frase de ana")
    assert snapshot(vault_dir) == untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coordinadora.sdbackup", "vault"]


@pytest.mark.parametrize("damage", ["truncated", "flipped", "not a zip", "foreign zip"])
def test_a_damaged_or_foreign_file_restores_nothing(full_vault, tmp_path, vault_dir, damage):
    created, _women = full_vault
    target = tmp_path / "copia.sdbackup"
    backup.make_backup(created.vault, target)
    created.vault.lock()
    data = bytearray(target.read_bytes())
    if damage == "truncated":
        target.write_bytes(data[:len(data) // 2])
    elif damage == "flipped":
        data[len(data) // 2] ^= 0x01  # inside files.db: its CRC and SHA-256 disagree
        target.write_bytes(bytes(data))
    elif damage == "not a zip":
        target.write_bytes(b"esto no es una copia")
    else:
        with zipfile.ZipFile(target, "w") as archive:
            archive.writestr("manifest.json", '{"format": "otra cosa"}')
    untouched = snapshot(vault_dir)
    with pytest.raises(BackupInvalid) as raised:
        backup.restore(target, vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    assert "No se cambió nada" in raised.value.message.es
    assert "Nothing was changed" in raised.value.message.en
    assert snapshot(vault_dir) == untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copia.sdbackup", "vault"]


def _rebuilt(good: Path, path: Path, damage: str) -> Path:
    """A copy of a good backup, made hostile in one way: what an attacker could hand her."""
    with zipfile.ZipFile(good) as source:
        manifest = json.loads(source.read("manifest.json"))
        members = {name: source.read(name) for name in (KEYS_FILE, VAULT_DB, FILES_DB)}
    if damage == "members as ints":
        manifest["members"] = {name: 5 for name in members}
    elif damage == "no vault_id":
        del manifest["vault_id"]
    elif damage == "no created_at":
        del manifest["created_at"]
    elif damage == "oversized manifest":
        manifest["padding"] = "x" * (70 * 1024)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            if damage == "deflated bomb" and name == VAULT_DB:
                # 40 MB of zeros that take a few KB: refused before a byte is inflated
                info.compress_type = zipfile.ZIP_DEFLATED
                data = bytes(40 * 1024 * 1024)
            archive.writestr(info, data)
        archive.writestr("manifest.json", json.dumps(manifest))
    if damage == "encrypted flag":  # zipfile cannot write one: set the bit in both headers
        raw = bytearray(path.read_bytes())
        for signature, flags_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
            found = raw.find(signature)
            while found != -1:
                if raw[found + name_at:].startswith(KEYS_FILE.encode()):
                    raw[found + flags_at] |= 0x1
                found = raw.find(signature, found + 4)
        path.write_bytes(bytes(raw))
    return path


@pytest.mark.parametrize("damage", ["deflated bomb", "oversized manifest", "members as ints",
                                    "no vault_id", "no created_at", "encrypted flag"])
def test_a_hostile_backup_file_restores_nothing(created, tmp_path, vault_dir, damage):
    # GIVEN a good backup, rebuilt by someone else into a hostile one
    good = tmp_path / "copia.sdbackup"
    backup.make_backup(created.vault, good)
    created.vault.lock()
    hostile = _rebuilt(good, tmp_path / "hostil.sdbackup", damage)
    untouched = snapshot(vault_dir)
    # WHEN she tries to restore it
    with pytest.raises(BackupInvalid) as raised:
        backup.restore(hostile, vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    # THEN it is refused in both languages, her vault is as it was, nothing is left beside
    assert "No se cambió nada" in raised.value.message.es
    assert "Nothing was changed" in raised.value.message.en
    if damage == "deflated bomb":  # said before inflating it, not after 40 MB on her disk
        assert "compressed" in raised.value.detail.en
    assert snapshot(vault_dir) == untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copia.sdbackup", "hostil.sdbackup",
                                                          "vault"]


_CHILD = """
import resource, signal, sys
from pathlib import Path
from shelter_desk.services import backup
from shelter_desk.store.backup import BackupFailed
from shelter_desk.store.vault import unlock
vault_dir, target, limit = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
opened = unlock(vault_dir, user=sys.argv[4], passphrase=sys.argv[5])
# As on a full USB stick: writes past the limit fail with EFBIG instead of a signal.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    backup.make_backup(opened, target)
except BackupFailed as error:
    print(error.message.es)
    print(error.message.en)
    sys.exit(7)
sys.exit(0)
"""


def test_a_full_disk_mid_write_leaves_the_previous_backup_intact(full_vault, tmp_path,
                                                                  vault_dir):
    # GIVEN last week's backup on the stick
    created, _women = full_vault
    target = tmp_path / "usb" / "albergue.sdbackup"
    target.parent.mkdir()
    backup.make_backup(created.vault, target)
    previous = target.read_bytes()
    add_marked_woman(created.vault, tmp_path, "kf")  # the vault grew since
    created.vault.lock()
    files_db = (vault_dir / FILES_DB).stat().st_size
    # WHEN a new backup runs out of space half-way through the file (each database copy
    # fits under the limit, the whole backup file does not)
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(vault_dir), str(target), str(files_db + 200_000),
         COORDINATOR, PASSPHRASE],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    # THEN it says so clearly in both languages...
    assert result.returncode == 7, result.stderr
    assert "No queda espacio" in result.stdout and "no space left" in result.stdout
    assert "sigue intacta" in result.stdout
    # ...the previous backup is byte for byte as it was, and no half file is left
    assert target.read_bytes() == previous
    assert sorted(p.name for p in target.parent.iterdir()) == ["albergue.sdbackup"]
    assert not [p for p in vault_dir.iterdir() if p.name.startswith(".backup-")]
    # AND the previous backup still restores
    backup.restore(target, vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)


def test_the_reminder_is_due_until_a_verified_backup_is_made(created, tmp_path):
    status = backup.backup_status(created.vault)
    assert status.due and status.last_verified_at is None and status.reminder_days == 7
    backup.make_backup(created.vault, tmp_path / "copia.sdbackup")
    status = backup.backup_status(created.vault)
    assert not status.due and status.days_since == 0
    later = status.last_verified_at.replace(year=status.last_verified_at.year + 1)
    assert backup.backup_status(created.vault, now=later).due
    backup.set_reminder_days(created.vault, 30)
    assert backup.backup_status(created.vault).reminder_days == 30
    for wrong in (0, 366):
        with pytest.raises(InvalidInput) as raised:
            backup.set_reminder_days(created.vault, wrong)
        assert "1 a 365 días" in raised.value.message.es
    assert backup.backup_status(created.vault).reminder_days == 30


def test_a_backup_into_a_missing_folder_fails_cleanly(created, tmp_path):
    with pytest.raises(BackupFailed) as raised:
        backup.make_backup(created.vault, tmp_path / "no-existe" / "copia.sdbackup")
    assert "sigue intacta" in raised.value.message.es
    assert not (tmp_path / "no-existe").exists()
    assert backup.backup_status(created.vault).due


def test_the_backup_file_itself_is_a_standard_zip(created, tmp_path):
    target = tmp_path / "copia.sdbackup"
    backup.make_backup(created.vault, target)
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
        assert all(info.compress_type == zipfile.ZIP_STORED for info in archive.infolist())
        manifest = archive.read("manifest.json").decode()
    assert created.vault.vault_id in manifest
    assert Path(target).stat().st_size > 0


def test_a_vault_whose_attachment_lost_its_chunks_is_not_backed_up(full_vault, tmp_path):
    # GIVEN an attachment row whose chunks are gone from files.db (a damaged vault)
    created, _women = full_vault
    with created.vault.read() as connection:
        blob_id = connection.execute(text("SELECT blob_id FROM attachment LIMIT 1")).scalar()
    with created.vault.files_write() as files:
        files.exec_driver_sql("DELETE FROM blob_chunk WHERE blob_id = ?", (blob_id,))
    # WHEN a backup is made THEN it refuses, says why, and leaves no file
    target = tmp_path / "copia.sdbackup"
    with pytest.raises(BackupFailed) as raised:
        backup.make_backup(created.vault, target)
    assert "Faltan partes de archivos adjuntos" in raised.value.message.es
    assert not target.exists() and not list(tmp_path.glob("*.part"))


def test_a_backup_taken_while_someone_reads_and_writes_is_consistent(full_vault, tmp_path,
                                                                     vault_dir, monkeypatch):
    # GIVEN a list being read (a read transaction open) while the backup starts, so the
    # WAL cannot be emptied and the databases are copied through SQLite's backup instead
    created, women = full_vault
    through_backup_api = []
    real = vault_module.backup_database
    monkeypatch.setattr(vault_module, "backup_database",
                        lambda *a, **k: through_backup_api.append(a[2].name) or real(*a, **k))
    target = tmp_path / "copia.sdbackup"
    with created.vault.read() as reading:
        reading.execute(text("SELECT count(*) FROM person")).scalar_one()
        backup.make_backup(created.vault, target)
    assert through_backup_api == [VAULT_DB]  # files.db had no reader: copied as it is
    # AND another backup after a write left frames in the WAL
    add_marked_woman(created.vault, tmp_path, "kg")
    second = tmp_path / "segunda.sdbackup"
    backup.make_backup(created.vault, second)
    created.vault.lock()
    # THEN both restore and verify, the second with the woman added in between
    backup.restore(target, vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        assert len(_dump(opened)[f"{VAULT_DB}:person"]) == len(women)
    backup.restore(second, vault_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        assert len(_dump(opened)[f"{VAULT_DB}:person"]) == len(women) + 1
