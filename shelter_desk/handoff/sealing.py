"""age (X25519) encryption of a package to the receiving organisation's keys.

Each organisation has an age key pair next to its Ed25519 signing key: the signing key
says who sent a package, the age key lets only the addressee read it. The public half
("age1…") is published in the hub's directory and in the key file exchanged by hand. An
age file carries no recipient names: it reveals its size and nothing else.
"""

from __future__ import annotations

import hashlib

import pyrage

from shelter_desk.handoff.errors import NOT_A_PACKAGE, NOT_FOR_US, refused

AGE_MAGIC = b"age-encryption.org/v1\n"


def new_identity() -> tuple[str, str]:
    """(secret "AGE-SECRET-KEY-1…", public "age1…") of a fresh X25519 key."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def key_fingerprint(public: str) -> str:
    """SHA-256 of the "age1…" text, as 16 groups of 4 hex digits, read aloud on the phone
    (the same shape as the signing key's, network/envelope.fingerprint)."""
    digest = hashlib.sha256(public.strip().encode("ascii")).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def check_public(public: str) -> str:
    try:
        return str(pyrage.x25519.Recipient.from_str(public.strip()))
    except (pyrage.RecipientError, ValueError, UnicodeError) as error:
        raise refused("La clave de cifrado de la organización no es válida (age1…).",
                      "The organisation's encryption key is not valid (age1…).") from error


def seal(payload: bytes, recipients: list[str]) -> bytes:
    if not recipients:
        raise refused("La organización no tiene ninguna clave de cifrado registrada.",
                      "The organisation has no encryption key on record.")
    keys = [pyrage.x25519.Recipient.from_str(check_public(r)) for r in recipients]
    return pyrage.encrypt(payload, keys)


def unseal(sealed: bytes, secrets: list[str]) -> bytes:
    """The payload; refused when it is not an age file or not addressed to our keys."""
    if not sealed.startswith(AGE_MAGIC):
        raise refused(*NOT_A_PACKAGE)
    identities = [pyrage.x25519.Identity.from_str(s) for s in secrets]
    try:
        return pyrage.decrypt(sealed, identities)
    except pyrage.DecryptError as error:
        # age says "no matching keys" for a package addressed elsewhere; anything else is
        # a damaged or cut file.
        if "no matching" in str(error).lower():
            raise refused(*NOT_FOR_US) from error
        raise refused(*NOT_A_PACKAGE) from error
