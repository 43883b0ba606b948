"""The one module that derives keys.

Argon2id turns a passphrase (or the recovery code) into the key that unwraps a keyslot;
HKDF turns the master key into one key per database, turns the recovery code's Argon2id
output into the seed of its X25519 key, and turns an X25519 shared secret into the
AES-GCM key that seals a master key to a slot's public key; a lighter Argon2id turns a
user name into the label under which her slot is filed. Nothing else in the project derives
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
# 256 MiB and 12 passes is seconds even on a fast machine: calibration stops there.
MAX_ITERATIONS = 12
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
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise ValueError("unknown KDF")
        values = [data.get(field) for field in ("memory_kib", "iterations", "lanes")]
        if not all(isinstance(value, int) and not isinstance(value, bool) for value in values):
            raise ValueError("Argon2id parameters must be whole numbers")
        params = cls(*values)  # type: ignore[arg-type]
        if params.memory_kib < 8 * params.lanes or params.iterations < 1 or params.lanes < 1:
            raise ValueError("impossible Argon2id parameters")
        # An edited file could ask for a gigabyte and 64 passes and hold the unlock for
        # minutes before GCM says no: nothing beyond what `calibrate` itself would choose.
        if (params.memory_kib > MAX_MEMORY_KIB or params.iterations > MAX_ITERATIONS
                or params.lanes > LANES):
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
    iterations = min(MAX_ITERATIONS, max(MIN_ITERATIONS, math.ceil(MIN_ITERATIONS * factor)))
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


def derive_recovery_private_key(slot_key: bytes | bytearray, vault_id: str) -> bytearray:
    """The X25519 private key of the recovery slot, from the code's Argon2id output.

    Only the code leads here, so rotation can seal a new master key to the slot's public
    key without anyone typing the code; its owner derives this with the one Argon2id
    the unlock already pays.
    """
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=vault_id.encode("ascii"),
                info=b"shelter-desk/recovery-slot/x25519")
    return bytearray(hkdf.derive(bytes(slot_key)))


def derive_sealing_key(shared_secret: bytes, ephemeral_public: bytes,
                       recipient_public: bytes, context: bytes) -> bytearray:
    """The AES-256-GCM key of one sealed master key (ECIES: X25519, then HKDF-SHA256).

    Both public keys go into `info`, so a sealed key cannot be replayed to another slot.
    """
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"shelter-desk/seal/v1|" + ephemeral_public + recipient_public + context)
    return bytearray(hkdf.derive(shared_secret))


def derive_binding_key(master_key: bytes | bytearray, vault_id: str) -> bytearray:
    """The HMAC key that vouches, under one master key, for each slot's public key.

    Before a rotation seals the new master key to a slot's public key it checks this
    mark: someone who can write keys.json but holds no key cannot slip in a public key
    of her own and receive the next master key.
    """
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=vault_id.encode("ascii"),
                info=b"shelter-desk/slot-binding")
    return bytearray(hkdf.derive(bytes(master_key)))


def derive_duress_verifier(slot_key: bytes | bytearray, vault_id: str) -> bytes:
    """What keys.json keeps of the duress passphrase: HKDF of its Argon2id output, so the
    file cannot tell it from noise and checking it costs the same Argon2id as a slot."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=vault_id.encode("ascii"),
                info=b"shelter-desk/duress-verifier")
    return hkdf.derive(bytes(slot_key))


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
