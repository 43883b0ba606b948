"""A full disk during an ordinary write says so plainly, in both languages, and leaves
nothing half-written. The full disk is a small tmpfs mounted under tmp_path (root only;
skipped where mounting is not allowed), filled up to a chosen margin."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shelter_desk.cli.main import main as cli_main
from shelter_desk.domain.staff import Role
from shelter_desk.services import attachments, staff
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.store.errors import DiskFull
from shelter_desk.store.integrity import verify
from shelter_desk.store.schema import attachment, case_file
from tests.conftest import FAST_KDF

USER, PASS = "Coordinadora Demo", "frase larga de la demo para probar"
ES = "No queda espacio en el disco; no se guardó nada."
EN = "No space left on the disk; nothing was saved."


def _tmpfs(tmp_path: Path, name: str, size: str):  # type: ignore[no-untyped-def]
    mount_point = tmp_path / name
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(mount_point)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.fixture
def small_disk(tmp_path):
    yield from _tmpfs(tmp_path, "disk", "16m")


def _first_case(vault) -> int:  # type: ignore[no-untyped-def]
    with vault.read() as connection:
        return connection.execute(select(case_file.c.id).limit(1)).scalar_one()


def _scan(folder: Path, mib: int) -> Path:
    """A synthetic scan of `mib` MiB of random bytes (nothing compresses it away)."""
    source = folder / "escaneo.pdf"
    source.write_bytes(b"%PDF-1.7\n" + os.urandom(mib * 1024 * 1024))
    return source


def _fill(disk: Path, leave_bytes: int) -> None:
    free = shutil.disk_usage(disk).free
    with open(disk / "relleno", "wb") as filler:
        filler.write(b"\0" * max(0, free - leave_bytes))


def test_an_attachment_on_a_full_disk(small_disk, tmp_path):
    vault_dir = small_disk / "vault"
    with create_demo_vault(vault_dir, people=3, seed=1, params=FAST_KDF, user=USER,
                           passphrase=PASS).vault as vault:
        case_id, source = _first_case(vault), _scan(tmp_path, 3)
        _fill(small_disk, 512 * 1024)
        with pytest.raises(DiskFull) as full:
            attachments.add_attachment(vault, source, case_id=case_id)
        assert (full.value.message.es, full.value.message.en) == (ES, EN)
        (small_disk / "relleno").unlink()
        with vault.read() as connection:
            assert connection.execute(select(func.count()).select_from(attachment)).scalar() == 0
        with vault.files_read() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM blob_chunk").scalar() == 0
        assert verify(vault).passed


def test_adding_a_user_on_a_full_disk(small_disk):
    vault_dir = small_disk / "vault"
    with create_demo_vault(vault_dir, people=1, seed=1, params=FAST_KDF, user=USER,
                           passphrase=PASS).vault as vault:
        keys_before = (vault_dir / "keys.json").read_bytes()
        _fill(small_disk, 0)
        with pytest.raises(DiskFull) as full:
            staff.add_staff(vault, "Nueva Compañera", Role.CASEWORKER,
                            "frase nueva de la compañera")
        assert (full.value.message.es, full.value.message.en) == (ES, EN)
        (small_disk / "relleno").unlink()
        assert (vault_dir / "keys.json").read_bytes() == keys_before
        assert "Nueva Compañera" not in [u.name for u in staff.list_staff(vault)]
        assert not list(vault_dir.glob(".keys.json.*.tmp"))


def test_the_cli_says_it_in_plain_words(small_disk, tmp_path, monkeypatch, capsys):
    vault_dir = small_disk / "vault"
    create_demo_vault(vault_dir, people=3, seed=1, params=FAST_KDF, user=USER,
                      passphrase=PASS).vault.lock()
    monkeypatch.setenv("SHELTER_DESK_PASSPHRASE", PASS)
    monkeypatch.setenv("SHELTER_DESK_LANG", "en")
    sheet = tmp_path / "personas.csv"
    sheet.write_text("nombre;apellidos\n" + "".join(
        f"Persona{i};Sintética{i}\n" for i in range(3000)), encoding="utf-8")
    _fill(small_disk, 400 * 1024)
    result = cli_main(["import", "--vault", str(vault_dir), "--user", USER, str(sheet)])
    err = capsys.readouterr().err
    (small_disk / "relleno").unlink()
    assert result != 0 and "Traceback" not in err
    assert EN in err, err


@pytest.fixture
def roomier_disk(tmp_path):
    yield from _tmpfs(tmp_path, "disk64", "64m")


def test_a_rotation_without_room_is_refused_before_anything_changes(roomier_disk, tmp_path):
    from shelter_desk.services import key_rotation
    from shelter_desk.store.keyring import Keyring

    vault_dir = roomier_disk / "vault"
    with create_demo_vault(vault_dir, people=3, seed=1, params=FAST_KDF, user=USER,
                           passphrase=PASS).vault as vault:
        case_id, source = _first_case(vault), _scan(tmp_path, 8)
        attachments.add_attachment(vault, source, case_id=case_id)
        keys_before = (vault_dir / "keys.json").read_bytes()
        # room for a copy of vault.db, not for one of the larger files.db
        _fill(roomier_disk, (vault_dir / "vault.db").stat().st_size + 17 * 1024 * 1024)
        with pytest.raises(DiskFull) as full:
            key_rotation.rotate_master_key(vault)
        assert (full.value.message.es, full.value.message.en) == (ES, EN)
        assert (vault_dir / "keys.json").read_bytes() == keys_before
        assert not vault.is_locked and verify(vault).passed  # still open, still whole
        (roomier_disk / "relleno").unlink()
        assert key_rotation.rotate_master_key(vault).generation == 2
        assert Keyring.load(vault_dir).pending is None


def test_saving_a_note_on_a_full_disk(small_disk):
    from shelter_desk.domain.followup import NoteKind
    from shelter_desk.gui.common.messages import describe
    from shelter_desk.services import followup
    from shelter_desk.store.schema import note

    vault_dir = small_disk / "vault"
    with create_demo_vault(vault_dir, people=2, seed=1, params=FAST_KDF, user=USER,
                           passphrase=PASS).vault as vault:
        with vault.read() as connection:
            case_id = connection.execute(select(case_file.c.id).limit(1)).scalar_one()
            notes_before = connection.execute(select(func.count()).select_from(note)).scalar()
        _fill(small_disk, 0)
        with pytest.raises(DiskFull) as full:
            followup.add_note(vault, case_id, NoteKind.LISTENING, "Llamó para avisar. " * 200)
        # what the GUI shows for it is the same plain sentence
        assert describe(full.value) in (ES, EN)
        (small_disk / "relleno").unlink()
        with vault.read() as connection:
            assert connection.execute(select(func.count()).select_from(note)).scalar() \
                == notes_before
        assert verify(vault).passed
