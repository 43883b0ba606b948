"""Taking in a peer's changes is all or nothing, by either route: the process is killed
(SIGKILL) after the attachments are stored and after the rows are written but before
the commit; a full disk stops it with the plain message. Each time the receiving laptop
holds none of the changes, and the next exchange applies them exactly once."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import attachments, cases
from shelter_desk.store.errors import DiskFull
from shelter_desk.store.vault import create_vault, unlock
from shelter_desk.team import change_file, pairing, sync
from tests.conftest import COORDINATOR, FAST_KDF, ORG, PASSPHRASE
from tests.store.test_disk_full import EN, ES, _fill, small_disk  # noqa: F401 (fixture)
from tests.team.conftest import peer_id

_CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from shelter_desk.store.vault import unlock
    from shelter_desk.team import change_file, sync

    step, vault_dir, user, passphrase, change_path = sys.argv[1:]

    def die(*_args, **_kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    def then_die(real):
        def wrapped(*args, **kwargs):
            real(*args, **kwargs)
            die()
        return wrapped

    if step == "attachments_stored":
        sync._store_blobs = then_die(sync._store_blobs)
    else:  # every row written inside the transaction, the commit not yet made
        sync.apply_changes = then_die(sync.apply_changes)
    with unlock(Path(vault_dir), user=user, passphrase=passphrase) as vault:
        change_file.import_file(vault, Path(change_path))
""")


def _case_with_scan(vault, tmp_path: Path, size: int = 64 * 1024) -> None:  # type: ignore[no-untyped-def]
    opened = cases.open_case(vault, PersonDetails(given_names="Lidia Sintética",
                                                  family_names="Prueba"))
    scan = tmp_path / "constancia.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + b"x" * size)
    attachments.add_attachment(vault, scan, case_id=opened.value.id)
    scan.unlink()


@pytest.mark.parametrize("step", ["attachments_stored", "rows_written"])
def test_a_killed_import_of_changes_applies_nothing(team, tmp_path, step) -> None:
    door, lawyer = team
    _case_with_scan(door, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    path = change_file.export_for(door, peer_id(door, "Abogada"), usb)
    folder = lawyer.directory
    lawyer.lock()
    child = subprocess.run([sys.executable, "-c", _CHILD, step, str(folder), COORDINATOR,
                            PASSPHRASE, str(path)], capture_output=True, timeout=120,
                           check=False)
    assert child.returncode == -9, child.stderr.decode()
    with unlock(folder, user=COORDINATOR, passphrase=PASSPHRASE) as again:
        assert not cases.search_cases(again, "Lidia").rows
        report = change_file.import_file(again, path)
        assert report.received > 0
        [row] = cases.search_cases(again, "Lidia").rows
        [scan] = attachments.list_attachments(again, row.case_id)
        assert scan.file_name == "constancia.pdf"
        # a replay changes nothing
        assert change_file.import_file(again, path).received == 0
        assert len(cases.search_cases(again, "Lidia").rows) == 1


def test_a_full_disk_while_changes_arrive(small_disk, tmp_path) -> None:  # noqa: F811
    door_dir, lawyer_dir = small_disk / "door", small_disk / "lawyer"
    door = create_vault(door_dir, organisation_name=ORG, user=COORDINATOR,
                        passphrase=PASSPHRASE, params=FAST_KDF).vault
    sync.set_up(door, "Recepción")
    door.lock()
    shutil.copytree(door_dir, lawyer_dir)
    door = unlock(door_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    lawyer = unlock(lawyer_dir, user=COORDINATOR, passphrase=PASSPHRASE)
    try:
        pairing.add_peer(door, pairing.join_copied_vault(lawyer, "Abogada"))
        _case_with_scan(door, tmp_path, size=2 * 1024 * 1024)
        payload = sync.outgoing(door, peer_id(door, "Abogada"))
        _fill(small_disk, 256 * 1024)
        with pytest.raises(DiskFull) as full:
            sync.incoming(lawyer, payload)
        assert (full.value.message.es, full.value.message.en) == (ES, EN)
        assert not cases.search_cases(lawyer, "Lidia").rows
        (small_disk / "relleno").unlink()
        assert sync.incoming(lawyer, payload).received > 0
        assert len(cases.search_cases(lawyer, "Lidia").rows) == 1
    finally:
        door.lock()
        lawyer.lock()
