"""Sealing a master key to a keyslot's X25519 public key (ECIES), and opening it.

    sealed = ephemeral public key (32) || nonce (12) || AES-256-GCM(master)

The AES key comes from the X25519 shared secret through HKDF in `kdf.py` (the one
module that derives keys); the associated data binds the vault, the slot and the key
generation, so a sealed key cannot be moved between slots or generations. This is what
lets a rotation hand a new master key to every remaining slot, the recovery slot
included, without knowing anyone's passphrase or the recovery code.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shelter_desk.store import kdf

PUBLIC_BYTES = 32
_NONCE_BYTES = 12
SEALED_BYTES = PUBLIC_BYTES + _NONCE_BYTES + kdf.KEY_BYTES + 16


class SealBroken(Exception):
    """The sealed key does not open with this private key (wrong slot or tampered)."""


def new_private_key() -> bytearray:
    return bytearray(X25519PrivateKey.generate().private_bytes_raw())


def public_key_of(private: bytes | bytearray) -> bytes:
    return X25519PrivateKey.from_private_bytes(bytes(private)).public_key().public_bytes_raw()


def seal(master: bytes | bytearray, recipient_public: bytes, aad: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = kdf.derive_sealing_key(shared, ephemeral_public, recipient_public, aad)
    nonce = os.urandom(_NONCE_BYTES)
    try:
        return ephemeral_public + nonce + AESGCM(bytes(key)).encrypt(nonce, bytes(master), aad)
    finally:
        kdf.wipe(key)


def open_sealed(sealed: bytes, private: bytes | bytearray, aad: bytes) -> bytearray:
    if len(sealed) != SEALED_BYTES:
        raise SealBroken()
    ephemeral_public = sealed[:PUBLIC_BYTES]
    nonce = sealed[PUBLIC_BYTES:PUBLIC_BYTES + _NONCE_BYTES]
    own = X25519PrivateKey.from_private_bytes(bytes(private))
    try:
        shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:  # an all-zero shared secret: a forged ephemeral key
        raise SealBroken() from None
    key = kdf.derive_sealing_key(shared, ephemeral_public,
                                 own.public_key().public_bytes_raw(), aad)
    try:
        return bytearray(AESGCM(bytes(key)).decrypt(nonce, sealed[PUBLIC_BYTES + _NONCE_BYTES:],
                                                     aad))
    except InvalidTag:
        raise SealBroken() from None
    finally:
        kdf.wipe(key)
