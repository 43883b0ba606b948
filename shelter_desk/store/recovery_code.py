"""The recovery code: 160 random bits written as 8 groups of 4 Crockford base-32 symbols.

Crockford's alphabet leaves out I, L, O and U, and reading accepts them as the digits
they look like, so a code copied by hand from paper still works.
"""

from __future__ import annotations

import secrets

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
BITS = 160
SYMBOLS = BITS // 5
GROUP = 4


def new_recovery_code() -> str:
    value = secrets.randbits(BITS)
    symbols = [_ALPHABET[(value >> (5 * i)) & 31] for i in range(SYMBOLS)]
    return format_code("".join(symbols))


def format_code(symbols: str) -> str:
    return "-".join(symbols[i:i + GROUP] for i in range(0, len(symbols), GROUP))


def normalise_code(typed: str) -> str | None:
    """The canonical form of a typed code, or None when it cannot be one.

    Spaces, dashes and case are ignored; O, I and L read as 0, 1 and 1.
    """
    cleaned = []
    for char in typed.upper():
        if char in " -\t\n":
            continue
        char = _READ_AS.get(char, char)
        if char not in _ALPHABET:
            return None
        cleaned.append(char)
    if len(cleaned) != SYMBOLS:
        return None
    return format_code("".join(cleaned))
