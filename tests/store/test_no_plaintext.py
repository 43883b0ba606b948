"""What is written through the store never lies on disk in the clear."""

from __future__ import annotations

import time
from pathlib import Path

from shelter_desk.domain.staff import Role
from shelter_desk.services import staff
from shelter_desk.store import audit
from shelter_desk.store.vault import create_vault, unlock
from tests.conftest import FAST_KDF, PASSPHRASE


def _markers(count: int) -> list[str]:
    # Distinct synthetic words that cannot occur by chance in an encrypted file.
    return [f"Zmarcador{number:02d}Qxyzzy" for number in range(count)]


def _files_under(directory: Path, since: float):
    for path in directory.rglob("*"):
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since:
                yield path
        except OSError:
            continue  # another process's temp file vanished while we looked


def test_fifty_markers_never_reach_the_disk_in_the_clear(tmp_path, private_tmp):
    started = time.time() - 1
    markers = _markers(50)
    organisation_name, coordinator, *rest = markers
    user_names, summaries = rest[:8], rest[8:]
    vault_dir = tmp_path / "vault"

    # GIVEN a vault whose organisation, users and audit summaries are all markers
    created = create_vault(vault_dir, organisation_name=organisation_name, user=coordinator,
                           passphrase=PASSPHRASE, params=FAST_KDF)
    for name in user_names:
        staff.add_staff(created.vault, name, Role.CASEWORKER, "frase de trabajo larga")
    with created.vault.write() as connection:
        for summary in summaries:
            audit.record(connection, actor_id=1, action="test.marker", entity_type="marker",
                         summary=summary)
    created.vault.lock()
    # ... unlocked again and read, as a worker would
    with unlock(vault_dir, user=user_names[0], passphrase="frase de trabajo larga") as opened:
        assert opened.organisation_name() == organisation_name

    # THEN no file in the vault or in this test's own temp directory holds any of them
    assert not (vault_dir / "vault.db").read_bytes().startswith(b"SQLite format 3")
    assert not (vault_dir / "files.db").read_bytes().startswith(b"SQLite format 3")
    searched = [*_files_under(vault_dir, 0), *_files_under(private_tmp, started)]
    assert any(path.name == "vault.db" for path in searched)
    hits = []
    for path in searched:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        for marker in markers:
            for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le"),
                            marker.casefold().encode("utf-8")):
                if encoded in content:
                    hits.append((str(path), marker))
    assert hits == []
