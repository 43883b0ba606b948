"""The hub's secrets at rest: its Ed25519 signing key and the session-cookie secret are
stored in its database sealed with AES-256-GCM under a key the operator supplies (a file
or an environment variable), never in the clear. A copy of the database alone (a backup,
a stolen disk, a PostgreSQL dump) then reveals neither.

A sealed value is text: "sealed1:<key id>:<base64 of nonce || ciphertext>". The key id
(a hash of the key, not the key) lets a wrong key be named as such instead of as a
damaged database; the setting's name is the associated data, so one sealed value cannot
be moved into another setting's place.

The key lives only in this process's memory, attached to the engine that opened the
database (`attach`), so the database functions keep their (connection) signatures."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
import stat
import sys
import weakref
from collections.abc import Mapping
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine

from shelter_desk.domain.messages import Bilingual

KEY_BYTES = 32
_PREFIX = "sealed1"
KEY_FILE_ENV, KEY_ENV = "SHELTER_DESK_HUB_KEY_FILE", "SHELTER_DESK_HUB_KEY"
# Public on purpose: what --insecure-dev-key seals with. A hub started with it keeps its
# secrets no better than in the clear; starting it later with a real key re-seals them.
DEV_KEY = hashlib.sha256(b"shelter-desk-hub insecure development key").digest()
DEV_WARNING = ("*** shelter-desk-hub: --insecure-dev-key: the hub's secrets are sealed with "
               "a PUBLIC key. For development and tests only: never for a real network. ***")
_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()


class HubKeyError(ValueError):
    """The operator's key is missing, malformed or not the one that sealed this hub."""

    def __init__(self, es: str, en: str) -> None:
        self.message = Bilingual(es=es, en=en)
        super().__init__(f"{en} / {es}")


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"shelter-desk-hub key id\0" + key).hexdigest()[:16]


def parse_key(text: str) -> bytes:
    """32 bytes written as 64 hexadecimal digits (what `key new` writes) or base64."""
    text = text.strip()
    try:
        key = bytes.fromhex(text) if len(text) == 2 * KEY_BYTES else base64.b64decode(
            text, validate=True)
    except (ValueError, binascii.Error):
        key = b""
    if len(key) != KEY_BYTES:
        raise HubKeyError(
            "La llave del hub debe ser de 32 bytes aleatorios escritos en 64 dígitos "
            "hexadecimales (créala con: shelter-desk-hub key new --out ARCHIVO).",
            "The hub key must be 32 random bytes written as 64 hexadecimal digits (make "
            "one with: shelter-desk-hub key new --out FILE).")
    return key


def operator_key(key_file: Path | None, *, insecure_dev_key: bool = False,
                 environ: Mapping[str, str] | None = None) -> bytes:
    """The key from --key-file, else $SHELTER_DESK_HUB_KEY_FILE, else $SHELTER_DESK_HUB_KEY;
    the public development key only when asked for by name."""
    environ = os.environ if environ is None else environ
    path = key_file or (Path(environ[KEY_FILE_ENV]) if environ.get(KEY_FILE_ENV) else None)
    if path is not None:
        try:
            text = path.read_text(encoding="ascii")
            mode = path.stat().st_mode
        except (OSError, UnicodeDecodeError) as error:
            raise HubKeyError(f"No se pudo leer el archivo de la llave del hub {path}.",
                              f"Could not read the hub key file {path}.") from error
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            print(f"shelter-desk-hub: warning: {path} can be read by other users of this "
                  "machine; chmod 600 it.", file=sys.stderr)
        return parse_key(text)
    if environ.get(KEY_ENV):
        return parse_key(environ[KEY_ENV])
    if insecure_dev_key:
        print(DEV_WARNING, file=sys.stderr)
        return DEV_KEY
    raise HubKeyError(
        "El hub necesita su llave para abrir sus secretos: --key-file ARCHIVO, "
        f"${KEY_FILE_ENV} o ${KEY_ENV} (o --insecure-dev-key solo para desarrollo).",
        f"The hub needs its key to open its secrets: --key-file FILE, ${KEY_FILE_ENV} or "
        f"${KEY_ENV} (or --insecure-dev-key, for development only).")


def write_new_key(path: Path) -> str:
    """A fresh random key in a new file (0600, never overwriting); returns its key id."""
    key = secrets.token_bytes(KEY_BYTES)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as error:
        raise HubKeyError(f"{path} ya existe: no se sobrescribe una llave.",
                          f"{path} already exists: a key is never overwritten.") from error
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(key.hex() + "\n")
        out.flush()
        os.fsync(out.fileno())
    return key_id(key)


def attach(engine: Engine, key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError("the hub key is 32 bytes")
    _KEYS[engine] = key


def key_of(engine: Engine) -> bytes:
    key = _KEYS.get(engine)
    if key is None:
        raise HubKeyError("El hub se abrió sin su llave.", "The hub was opened without its key.")
    return key


def is_sealed(value: str, by: bytes | None = None) -> bool:
    """Whether `value` is sealed at all (or, given `by`, sealed with that key)."""
    return value.startswith(f"{_PREFIX}:{key_id(by)}:" if by else f"{_PREFIX}:")


def seal(key: bytes, name: str, secret: bytes) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, secret, _aad(name))
    return f"{_PREFIX}:{key_id(key)}:{base64.b64encode(nonce + sealed).decode('ascii')}"


def unseal(key: bytes, name: str, value: str) -> bytes:
    try:
        prefix, sealed_by, data = value.split(":")
        raw = base64.b64decode(data, validate=True)
        if prefix != _PREFIX or len(raw) < 12 + 16:
            raise ValueError(prefix)
    except (ValueError, binascii.Error) as error:
        raise _damaged(name) from error
    if sealed_by != key_id(key):
        raise HubKeyError(
            f"Esta llave (id {key_id(key)}) no es la que selló los secretos de este hub "
            f"(id {sealed_by}). Usa la llave con la que se inició.",
            f"This key (id {key_id(key)}) is not the one that sealed this hub's secrets "
            f"(id {sealed_by}). Use the key it was started with.")
    try:
        return AESGCM(key).decrypt(raw[:12], raw[12:], _aad(name))
    except InvalidTag as error:
        raise _damaged(name) from error


def _aad(name: str) -> bytes:
    return f"shelter-desk-hub/{name}".encode()


def _damaged(name: str) -> HubKeyError:
    return HubKeyError(f"El secreto sellado «{name}» del hub está dañado o fue alterado.",
                       f"The hub's sealed secret '{name}' is damaged or was altered.")
