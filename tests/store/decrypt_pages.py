"""Test helper: decrypt every page of a SQLCipher 4 file (and its -wal) with the raw key,
free pages included, so a test can look for text that must be gone and not be fooled by
the encryption. Only for tests: it reads what the store wrote, page by page.

SQLCipher 4 with a raw key (store/database.py): 4096-byte pages, each ending in 80
reserved bytes (16 IV + 64 HMAC-SHA512); page 1 starts with the 16-byte salt, and its
first 16 plaintext bytes (the SQLite header string) are not stored. Each page's data is
AES-256-CBC under the raw key, with the page's own IV.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from shelter_desk.store.kdf import derive_database_key
from shelter_desk.store.keyring import Keyring

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def raw_key(vault_dir: Path, user: str, passphrase: str, name: str) -> bytes:
    keyring = Keyring.load(vault_dir)
    opening = keyring.open_with_passphrase(user, passphrase)
    return bytes(derive_database_key(opening.masters[keyring.generation], keyring.vault_id,
                                     name))


def decrypt_page(key: bytes, page: bytes, number: int) -> bytes:
    offset = SALT if number == 1 else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[offset:PAGE - RESERVE]) + decryptor.finalize()


def decrypt_database(path: Path, key: bytes) -> bytes:
    """Every page of the main file, decrypted, one after the other."""
    data = Path(path).read_bytes()
    assert len(data) % PAGE == 0, f"{path} is not whole pages"
    return b"".join(decrypt_page(key, data[start:start + PAGE], start // PAGE + 1)
                    for start in range(0, len(data), PAGE))


def decrypt_wal(path: Path, key: bytes) -> bytes:
    """Every frame of a -wal file, decrypted (an empty or missing WAL gives b'')."""
    path = Path(path)
    if not path.exists() or path.stat().st_size <= WAL_HEADER:
        return b""
    data = path.read_bytes()
    pages = []
    start = WAL_HEADER
    while start + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[start:start + 4], "big")
        frame = data[start + FRAME_HEADER:start + FRAME_HEADER + PAGE]
        pages.append(decrypt_page(key, frame, number))
        start += FRAME_HEADER + PAGE
    return b"".join(pages)


def plaintext_of(path: Path, key: bytes) -> bytes:
    """The database and its WAL, decrypted."""
    return decrypt_database(path, key) + decrypt_wal(Path(f"{path}-wal"), key)
