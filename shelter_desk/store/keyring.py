"""keys.json: the key envelope of a vault.

One random master key, wrapped once per keyslot: one slot per staff user (filed under a
salted Argon2id label of her name, never the name) and one recovery slot. Each slot wraps
the master key with AES-256-GCM under an Argon2id key of its secret; the associated data
binds the vault id, slot id, kind, label and KDF parameters, so a slot cannot be moved
to another vault, relabelled or weakened without failing to open.

A SHA-256 checksum over the document catches accidental damage (a flipped bit, a cut-off
write). It is no defence against deliberate tampering, which GCM catches instead, and
which therefore looks like a wrong passphrase.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.staff import normalise_user_name
from shelter_desk.store import kdf
from shelter_desk.store.errors import VaultCorrupt, WrongCredentials
from shelter_desk.store.recovery_code import normalise_code

FILE_NAME = "keys.json"
FORMAT = "shelter-desk-keys"
VERSION = 1
PASSPHRASE = "passphrase"  # noqa: S105 (a slot kind)
RECOVERY = "recovery"
_NONCE_BYTES = 12


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str
    lookup: str  # base64 label for a passphrase slot, "" for the recovery slot
    params: kdf.KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "lookup": self.lookup,
            "kdf": {**self.params.to_json(), "salt": _b64(self.salt)},
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }


@dataclass(frozen=True)
class Keyring:
    vault_id: str
    lookup_salt: bytes
    slots: tuple[Slot, ...]

    # -- reading -----------------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path) -> Keyring:
        path = directory / FILE_NAME
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise _corrupt(
                f"No se puede leer el archivo ({error.strerror}).",
                f"The file cannot be read ({error.strerror}).",
            ) from error
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise _corrupt(
                "El archivo no es un JSON completo (¿está truncado?).",
                "The file is not complete JSON (truncated?).",
            ) from error
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise _corrupt("El archivo no es un sobre de llaves de Shelter Desk.",
                           "The file is not a Shelter Desk key envelope.")
        if document.get("version") != VERSION:
            raise _corrupt(f"Versión de formato desconocida: {document.get('version')!r}.",
                           f"Unknown format version: {document.get('version')!r}.")
        stored = document.pop("checksum", None)
        if not isinstance(stored, str) or not hmac.compare_digest(stored, _checksum(document)):
            raise _corrupt("La suma de verificación no coincide: el archivo fue alterado.",
                           "Its checksum does not match: the file was altered.")
        try:
            return cls(
                vault_id=_hex_id(document["vault_id"]),
                lookup_salt=_unb64(document["lookup_salt"]),
                slots=tuple(_slot_from_json(item) for item in document["slots"]),
            )
        except (KeyError, TypeError, ValueError, binascii.Error) as error:
            raise _corrupt(f"Un campo no es válido ({error}).",
                           f"A field is not valid ({error}).") from error

    def find_user_slot(self, user_name: str) -> Slot | None:
        label = self.label_for(user_name)
        for slot in self.slots:
            if slot.kind == PASSPHRASE and hmac.compare_digest(slot.lookup, label):
                return slot
        return None

    def recovery_slot(self) -> Slot:
        for slot in self.slots:
            if slot.kind == RECOVERY:
                return slot
        raise _corrupt("Falta la ranura de recuperación.", "The recovery slot is missing.")

    def label_for(self, user_name: str) -> str:
        return _b64(kdf.derive_lookup(normalise_user_name(user_name), self.lookup_salt))

    def open_with_passphrase(self, user_name: str, passphrase: str) -> tuple[Slot, bytearray]:
        slot = self.find_user_slot(user_name)
        if slot is None:
            # Spend the same Argon2id time as a real slot, so timing does not say
            # whether the name exists.
            decoy = self.slots[0] if self.slots else None
            if decoy is not None:
                kdf.wipe(kdf.derive_slot_key(b"decoy", decoy.salt, decoy.params))
            raise WrongCredentials()
        return slot, self._unwrap(slot, kdf.normalise_secret(passphrase), recovery=False)

    def open_with_recovery_code(self, code: str) -> tuple[Slot, bytearray]:
        canonical = normalise_code(code)
        if canonical is None:
            raise WrongCredentials(recovery=True)
        slot = self.recovery_slot()
        return slot, self._unwrap(slot, canonical.encode("ascii"), recovery=True)

    def _unwrap(self, slot: Slot, secret: bytes, *, recovery: bool) -> bytearray:
        key = kdf.derive_slot_key(secret, slot.salt, slot.params)
        try:
            master = AESGCM(bytes(key)).decrypt(slot.nonce, slot.wrapped_key, self._aad(slot))
        except InvalidTag:
            raise WrongCredentials(recovery=recovery) from None
        finally:
            kdf.wipe(key)
        return bytearray(master)

    # -- changing (each returns a new Keyring; `save` writes it) -----------------------

    @classmethod
    def new(cls) -> Keyring:
        return cls(vault_id=secrets.token_hex(16), lookup_salt=kdf.new_salt(), slots=())

    def with_passphrase_slot(self, master: bytearray, user_name: str, passphrase: str,
                             params: kdf.KdfParams) -> tuple[Keyring, Slot]:
        """Add a user's slot, or rewrap hers if she has one (a passphrase change).

        A rewrapped slot keeps its id, so the staff row that points at it stays right and
        the rename of keys.json is the one moment the change happens: a crash before it
        leaves the old passphrase working, after it the new one.
        """
        existing = self.find_user_slot(user_name)
        slot = self._wrap(master, PASSPHRASE, self.label_for(user_name),
                          kdf.normalise_secret(passphrase), params,
                          slot_id=existing.id if existing else None)
        others = tuple(s for s in self.slots if existing is None or s.id != existing.id)
        return replace(self, slots=(*others, slot)), slot

    def with_recovery_slot(self, master: bytearray, code: str,
                           params: kdf.KdfParams) -> Keyring:
        canonical = normalise_code(code)
        if canonical is None:
            raise ValueError("not a recovery code")
        slot = self._wrap(master, RECOVERY, "", canonical.encode("ascii"), params)
        others = tuple(s for s in self.slots if s.kind != RECOVERY)
        return replace(self, slots=(*others, slot))

    def without_slot(self, slot_id: str) -> Keyring:
        return replace(self, slots=tuple(s for s in self.slots if s.id != slot_id))

    def _wrap(self, master: bytearray, kind: str, lookup: str, secret: bytes,
              params: kdf.KdfParams, slot_id: str | None = None) -> Slot:
        salt = kdf.new_salt()
        key = kdf.derive_slot_key(secret, salt, params)
        slot = Slot(slot_id or secrets.token_hex(8), kind, lookup, params, salt,
                    os.urandom(_NONCE_BYTES), b"")
        try:
            wrapped = AESGCM(bytes(key)).encrypt(slot.nonce, bytes(master), self._aad(slot))
        finally:
            kdf.wipe(key)
        return replace(slot, wrapped_key=wrapped)

    def _aad(self, slot: Slot) -> bytes:
        return _canonical({
            "format": FORMAT,
            "vault_id": self.vault_id,
            "slot_id": slot.id,
            "kind": slot.kind,
            "lookup": slot.lookup,
            "kdf": slot.params.to_json(),
        })

    def save(self, directory: Path) -> None:
        """Write atomically: a temporary file, fsync, rename, fsync of the folder."""
        document = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "lookup_salt": _b64(self.lookup_salt),
            "slots": [slot.to_json() for slot in self.slots],
        }
        document["checksum"] = _checksum(document)
        atomic_write(directory / FILE_NAME, json.dumps(document, indent=2).encode("utf-8"))


def atomic_write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # 0600: the envelope reveals no names, but it is nobody else's business either.
        with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600),
                       "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    if os.name == "posix":  # Windows cannot open a folder to fsync it; NTFS journals renames
        directory_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory_fd)
        finally:
            os.close(directory_fd)


def _slot_from_json(data: dict) -> Slot:
    kind = data["kind"]
    if kind not in (PASSPHRASE, RECOVERY):
        raise ValueError(f"unknown slot kind {kind!r}")
    return Slot(
        id=_hex_id(data["id"]),
        kind=kind,
        lookup=str(data["lookup"]),
        params=kdf.KdfParams.from_json(data["kdf"]),
        salt=_unb64(data["kdf"]["salt"]),
        nonce=_unb64(data["nonce"]),
        wrapped_key=_unb64(data["wrapped_key"]),
    )


def _hex_id(value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > 64:
        raise ValueError("bad identifier")
    int(value, 16)
    return value


def _checksum(document: dict) -> str:
    return "sha256:" + hashlib.sha256(_canonical(document)).hexdigest()


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _corrupt(es: str, en: str) -> VaultCorrupt:
    return VaultCorrupt(FILE_NAME, Bilingual(es=es, en=en))
