"""Unlock cost, split where it can be tuned: the Argon2id KDF, then opening the vault.

`unlock_kdf` is one `derive_slot_key` at the parameters `calibrate()` picks on this
machine: the half second a passphrase is meant to cost, repeated.

`unlock_open` is everything `vault.unlock()` does once the master key is known: derive
the two database keys, open and key both SQLCipher engines, check the schema revision,
files.db's version and the vault id, find the staff user, then the first query of a
session (the organisation's name). It calls the vault module's `_open`, the code
`unlock()` itself runs after the keyring, on a vault created with the project's code.
Subtracting a separately timed KDF from a whole `unlock()` would leave noise as large as
the thing measured, and cheap slot parameters would still leave the name-lookup Argon2id
(16 MiB) inside the timing; the keyring work here runs untimed before each iteration.

Neither has a plain-SQLite counterpart, so neither gets a ratio.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Collection
from pathlib import Path

from benchmarks.common import Measurement, time_ms
from shelter_desk.store import vault
from shelter_desk.store.kdf import KdfParams, calibrate, derive_slot_key, new_salt, wipe
from shelter_desk.store.keyring import Keyring

NAMES = ("unlock_kdf", "unlock_open")

_USER = "Coordinadora Bench"
_PASSPHRASE = "una frase larga de prueba para medir"  # noqa: S105 - synthetic, never a vault
# Only the slot's cost; the open path being timed does not depend on it.
_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def run(names: Collection[str] = NAMES, *, kdf_repeats: int = 7,
        open_repeats: int = 15) -> dict[str, Measurement]:
    results: dict[str, Measurement] = {}
    if "unlock_kdf" in names:
        params = calibrate()
        # Calibration is itself a timing, so runs can differ in parameters, not only speed.
        note = (f"argon2id m={params.memory_kib} KiB t={params.iterations} "
                f"p={params.lanes} (calibrated)")
        results["unlock_kdf"] = Measurement(_kdf(params, kdf_repeats), note=note)
    if "unlock_open" in names:
        results["unlock_open"] = Measurement(
            _open(open_repeats), note="both engines + first query, after the KDFs")
    return results


def _kdf(params: KdfParams, repeats: int) -> list[float]:
    salt = new_salt()
    secret = _PASSPHRASE.encode("utf-8")
    return [time_ms(lambda: wipe(derive_slot_key(secret, salt, params)))
            for _ in range(repeats)]


def _open(repeats: int) -> list[float]:
    timings: list[float] = []
    with tempfile.TemporaryDirectory(prefix="shelter-bench-vault-") as temp:
        directory = Path(temp) / "vault"
        vault.create_vault(directory, organisation_name="Albergue de prueba", user=_USER,
                           passphrase=_PASSPHRASE, params=_CHEAP).vault.lock()
        # One untimed round first: its imports (alembic) are a process's, not an unlock's.
        for round_ in range(repeats + 1):
            keyring = Keyring.load(directory)
            opening = keyring.open_with_passphrase(_USER, _PASSPHRASE)
            start = time.perf_counter()
            opened = vault._open(directory, keyring, opening, via_recovery=False)
            opened.organisation_name()
            elapsed = (time.perf_counter() - start) * 1000.0
            opened.lock()
            if round_:
                timings.append(elapsed)
    return timings
