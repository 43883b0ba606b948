"""Administrators' passwords: Argon2id (cryptography's), stored as PHC strings that carry
their own salt and cost, so the cost can be raised later without breaking old hashes."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_LENGTH = 12
# RFC 9106's second recommended option (64 MiB); ~100 ms on the machines we measured.
_MEMORY_KIB, _ITERATIONS, _LANES = 65536, 3, 4


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise ValueError(f"a hub password needs at least {MIN_LENGTH} characters")
    kdf = Argon2id(salt=os.urandom(16), length=32, iterations=_ITERATIONS, lanes=_LANES,
                   memory_cost=_MEMORY_KIB)
    return kdf.derive_phc_encoded(password.encode("utf-8"))


def check_password(password: str, encoded: str) -> bool:
    try:
        Argon2id.verify_phc_encoded(password.encode("utf-8"), encoded)
    except (InvalidKey, ValueError):
        return False
    return True
