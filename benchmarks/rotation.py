"""Changing the master key of a large shelter's vault.

    rotate_master_key  `OpenVault.rotate_master_key()` on a demo vault of 5,000 people with
                       200 MB of attachments (100 scans of 2 MB): keys.json with both
                       generations, vault.db and files.db each exported under the new key
                       (`sqlcipher_export`), fsynced, renamed into place, keys.json
                       committed, both engines reopened. The issue's budget: 60 s.

The note also gives a whole `vault.unlock()` (calibrated Argon2id, as a real vault has)
before and after the rotation: it must not change, as an unlock still costs one
Argon2id. One rotation is timed after one untimed (a vault's first rotation and later
ones do the same work); the people count is the case's own, not --people.
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection
from pathlib import Path

from benchmarks.backup import _add_scans
from benchmarks.common import Measurement, percentile, time_ms
from shelter_desk.services import staff
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.store import kdf, vault
from shelter_desk.store.kdf import KdfParams

NAMES = ("rotate_master_key",)
PEOPLE = 5_000
SCANS = 100  # of 2 MB: 200 MB of attachments
_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)
_USER, _PASSPHRASE = "Coordinadora Medida", "una frase larga para medir la rotación"


def run(names: Collection[str] = NAMES, *, people: int = PEOPLE,
        scans: int = SCANS) -> dict[str, Measurement]:
    with tempfile.TemporaryDirectory(prefix="shelter-bench-rotation-") as temp:
        directory = Path(temp) / "vault"
        with create_demo_vault(directory, people=people, seed=2026,
                               params=_CHEAP).vault as opened:
            _add_scans(opened, Path(temp), scans)
            # A second coordinator with the Argon2id cost this machine calibrates to,
            # to time the unlock a real vault costs.
            from shelter_desk.domain.staff import Role

            opened._slot_params = kdf.calibrate()
            staff.add_staff(opened, _USER, Role.COORDINATOR, _PASSPHRASE)
        before = _unlocks(directory)
        timings = []
        with vault.unlock(directory, user=_USER, passphrase=_PASSPHRASE) as opened:
            opened.rotate_master_key()  # untimed
            for _ in range(2):
                timings.append(time_ms(opened.rotate_master_key))
            size = sum((directory / name).stat().st_size for name in ("vault.db", "files.db"))
        after = _unlocks(directory)
    note = (f"{people} people, {size / 1e6:.0f} MB of databases; whole unlock() p50 "
            f"{percentile(before, 0.5):.0f} ms before, {percentile(after, 0.5):.0f} ms after")
    return {"rotate_master_key": Measurement(timings, note=note)}


def _unlocks(directory: Path, repeats: int = 5) -> list[float]:
    def once() -> None:
        vault.unlock(directory, user=_USER, passphrase=_PASSPHRASE).lock()
    once()
    return [time_ms(once) for _ in range(repeats)]
