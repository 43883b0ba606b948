"""The one module that derives keys.

Argon2id turns a passphrase (or the recovery code) into the key that unwraps a keyslot;
HKDF turns the master key into one key per database; a lighter Argon2id turns a user
name into the label under which her slot is filed. Nothing else in the project derives
key material, so its parameters and labels can be audited in one place.
"""

from __future__ import annotations

import math
import os
import time
import unicodedata
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 16

# The floor named by the design: a calibrated vault never goes below it.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
LANES = 4
# Old shared laptops have 4 GiB; an unlock that takes a quarter of it would page.
MAX_MEMORY_KIB = 256 * 1024
DEFAULT_TARGET_SECONDS = 0.5

# Filing a slot under a name should cost an attacker something per guessed name, yet
# stay well under the unlock budget: names are guessable, so this only slows a list.
_LOOKUP_MEMORY_KIB = 16 * 1024
_LOOKUP_ITERATIONS = 2


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored in each keyslot so a slot always unlocks with its own cost."""

    memory_kib: int
    iterations: int
    lanes: int = LANES

    def to_json(self) -> dict[str, int | str]:
        return {"name": "argon2id", **asdict(self)}

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError(f"unknown KDF {data.get('name')!r}")
        params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))
        if params.memory_kib < 8 * params.lanes or params.iterations < 1 or params.lanes < 1:
            raise ValueError("impossible Argon2id parameters")
        # An edited file could ask for gigabytes before GCM says no: refuse that up front.
        if (params.memory_kib > 4 * MAX_MEMORY_KIB or params.iterations > 64
                or params.lanes > 16):
            raise ValueError("Argon2id parameters beyond what this app ever writes")
        return params


def calibrate(target_seconds: float = DEFAULT_TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters that take about `target_seconds` on this machine.

    Memory grows first (it is what makes GPU guessing expensive), up to MAX_MEMORY_KIB,
    then iterations; never below MIN_MEMORY_KIB and MIN_ITERATIONS.
    """
    base = KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS)
    # The best of two runs: the first pays for page faults of a fresh allocation.
    elapsed = min(_time_once(base), _time_once(base))
    factor = target_seconds / max(elapsed, 1e-3)
    if factor <= 1.0:
        return base
    memory = MIN_MEMORY_KIB
    while memory * 2 <= MAX_MEMORY_KIB and factor >= 2.0:
        memory *= 2
        factor /= 2.0
    # Round up: a vault a little slower to open beats one a little cheaper to attack.
    iterations = max(MIN_ITERATIONS, math.ceil(MIN_ITERATIONS * factor))
    return KdfParams(memory, iterations)


def _time_once(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_slot_key(b"calibration", os.urandom(SALT_BYTES), params)
    return time.perf_counter() - start


def normalise_secret(secret: str) -> bytes:
    """NFC so that 'ñ' typed on two keyboards is the same passphrase."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive_slot_key(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
    """The key-encryption key of one keyslot, as a bytearray the caller can zero."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(secret))


def derive_lookup(normalised_name: str, salt: bytes) -> bytes:
    """The label a user's slot is filed under, so keys.json shows no names."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=_LOOKUP_ITERATIONS,
        lanes=1,
        memory_cost=_LOOKUP_MEMORY_KIB,
    )
    return kdf.derive(normalised_name.encode("utf-8"))


def derive_database_key(master_key: bytes | bytearray, vault_id: str, purpose: str) -> bytearray:
    """The raw SQLCipher key of one database file (purpose: 'vault.db', 'files.db')."""
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=vault_id.encode("ascii"),
        info=f"shelter-desk/sqlcipher/{purpose}".encode("ascii"),
    )
    return bytearray(hkdf.derive(bytes(master_key)))


def new_master_key() -> bytearray:
    return bytearray(os.urandom(KEY_BYTES))


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def wipe(buffer: bytearray) -> None:
    """Overwrite key material we own.

    Python cannot promise more than this: `bytes` copies made by libraries (cryptography
    returns immutable bytes, SQLCipher's PRAGMA takes a str) live until the garbage
    collector frees them and are not overwritten; the OS may also have swapped pages.
    We zero every buffer we hold and drop every reference, which is what is in our power.
    """
    for index in range(len(buffer)):
        buffer[index] = 0
