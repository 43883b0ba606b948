"""keys.json on disk: its fields, their bounds, and the atomic replace.

Everything read from the file is checked for type and size before it is used: a
tampered or truncated keys.json is a clear `VaultCorrupt`, never a traceback, a silently
empty vault or an unlock held for minutes (see `KdfParams.from_json` for the cost bounds).
Version 1 files (one AES-GCM wrap of the master key per slot) still load: their slots
come back as legacy slots, which `keyring.py` moves to the version 2 form at their
owner's next unlock.
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store import kdf
from shelter_desk.store.errors import DiskFull, VaultCorrupt

FILE_NAME = "keys.json"
FORMAT = "shelter-desk-keys"
VERSION = 2
PASSPHRASE = "passphrase"  # noqa: S105 (a slot kind)
RECOVERY = "recovery"
# A vault with a hundred staff writes some 150 KB: anything far bigger is not ours.
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_SLOTS = 1000
MAX_GENERATION = 2**53


@dataclass(frozen=True)
class Sealed:
    """The master key of one generation, sealed to a slot's public key, and the mark
    (HMAC under that master key) that vouches for the slot's public key."""

    generation: int
    key: bytes
    binding: bytes


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str
    lookup: str  # base64 label for a passphrase slot, "" for the recovery slot
    params: kdf.KdfParams
    salt: bytes
    public_key: bytes = b""  # X25519; empty in a legacy (version 1) slot
    private_nonce: bytes = b""  # passphrase slots: the private key wrapped under the KEK
    wrapped_private: bytes = b""
    sealed: tuple[Sealed, ...] = ()
    legacy_nonce: bytes = b""  # version 1: the master key wrapped under the KEK itself
    legacy_wrapped: bytes = b""
    # Grows each time the slot is rewrapped (a new passphrase, a new recovery code), so
    # the team's laptops agree which of two versions of one slot is the later.
    serial: int = 0

    @property
    def is_legacy(self) -> bool:
        return not self.public_key

    def sealed_for(self, generation: int) -> Sealed | None:
        return next((item for item in self.sealed if item.generation == generation), None)

    def to_json(self) -> dict:
        data: dict = {"id": self.id, "kind": self.kind, "lookup": self.lookup,
                      "kdf": {**self.params.to_json(), "salt": b64(self.salt)}}
        if self.is_legacy:
            data["legacy"] = {"nonce": b64(self.legacy_nonce),
                              "wrapped_key": b64(self.legacy_wrapped)}
            return data
        data["public_key"] = b64(self.public_key)
        if self.kind == PASSPHRASE:
            data["private"] = {"nonce": b64(self.private_nonce),
                               "ciphertext": b64(self.wrapped_private)}
        data["sealed"] = [{"generation": item.generation, "key": b64(item.key),
                           "binding": b64(item.binding)} for item in self.sealed]
        if self.serial:  # absent in files written before it existed: their checksum holds
            data["serial"] = self.serial
        return data

    def traveling_json(self) -> dict:
        """The slot as it travels to the team's other laptops: without this vault's
        sealed master keys (each laptop seals its own to the slot's public key)."""
        data = self.to_json()
        del data["sealed"]
        return data


@dataclass(frozen=True)
class Duress:
    """The duress passphrase, as only an Argon2id verifier (see kdf.derive_duress_verifier)."""

    params: kdf.KdfParams
    salt: bytes
    verifier: bytes


@dataclass(frozen=True)
class Protection:
    """Opt-in, set by a coordinator: wipe after N failed unlocks, a duress passphrase."""

    wipe_after: int | None = None
    duress: Duress | None = None

    def to_json(self) -> dict:
        duress = None if self.duress is None else {
            "kdf": {**self.duress.params.to_json(), "salt": b64(self.duress.salt)},
            "verifier": b64(self.duress.verifier)}
        return {"wipe_after": self.wipe_after, "duress": duress}


MAX_WIPE_AFTER = 100


@dataclass(frozen=True)
class Document:
    vault_id: str
    lookup_salt: bytes
    generation: int
    pending: int | None  # the generation a rotation under way moves to
    slots: tuple[Slot, ...]
    protection: Protection = field(default_factory=Protection)


def read(directory: Path) -> Document:
    path = directory / FILE_NAME
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise corrupt(f"No se puede leer el archivo ({error.strerror}).",
                      f"The file cannot be read ({error.strerror}).") from error
    if len(raw) > MAX_FILE_BYTES:
        raise corrupt("El archivo es demasiado grande para ser un sobre de llaves.",
                      "The file is too large to be a key envelope.")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise corrupt("El archivo no es un JSON completo (¿está truncado?).",
                      "The file is not complete JSON (truncated?).") from error
    except RecursionError:
        raise corrupt("El archivo está anidado sin medida: no es un sobre de llaves.",
                      "The file is nested beyond measure: not a key envelope.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise corrupt("El archivo no es un sobre de llaves de Shelter Desk.",
                      "The file is not a Shelter Desk key envelope.")
    version = document.get("version")
    if version not in (1, VERSION) or isinstance(version, bool):
        raise corrupt(f"Versión de formato desconocida: {str(version)[:20]!r}.",
                      f"Unknown format version: {str(version)[:20]!r}.")
    stored = document.pop("checksum", None)
    if not isinstance(stored, str) or not hmac.compare_digest(stored, checksum(document)):
        raise corrupt("La suma de verificación no coincide: el archivo fue alterado.",
                      "Its checksum does not match: the file was altered.")
    try:
        return _document(document, version)
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        detail = str(error)[:120]
        raise corrupt(f"Un campo no es válido ({detail}).",
                      f"A field is not valid ({detail}).") from None


def write(directory: Path, document: Document) -> None:
    """Write atomically: a temporary file, fsync, rename, fsync of the folder."""
    data: dict = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": document.vault_id,
        "lookup_salt": b64(document.lookup_salt),
        "generation": document.generation,
        "pending": document.pending,
        "slots": [slot.to_json() for slot in document.slots],
        "protection": document.protection.to_json(),
    }
    data["checksum"] = checksum(data)
    atomic_write(directory / FILE_NAME, json.dumps(data, indent=2).encode("utf-8"))


def _document(data: dict, version: int) -> Document:
    slots = data["slots"]
    if not isinstance(slots, list) or len(slots) > MAX_SLOTS:
        raise ValueError("slots must be a list")
    if version == 1:
        generation, pending = 1, None
        parsed = tuple(_legacy_slot(item, item) for item in slots)
    else:
        generation = _whole(data["generation"])
        pending = None if data["pending"] is None else _whole(data["pending"])
        parsed = tuple(_slot(_object(item)) for item in slots)
        if pending is not None and pending != generation + 1:
            raise ValueError("a pending generation must follow the current one")
        allowed = {generation} if pending is None else {generation, pending}
        for slot in parsed:
            if not slot.is_legacy and (
                    {item.generation for item in slot.sealed} != allowed):
                raise ValueError("a slot's sealed keys do not match the generations")
    protection = _protection(_object(data["protection"])) if version > 1 else Protection()
    return Document(hex_id(data["vault_id"]), unb64(data["lookup_salt"]), generation,
                    pending, parsed, protection)


def _protection(data: dict) -> Protection:
    wipe_after = data["wipe_after"]
    if wipe_after is not None and (not isinstance(wipe_after, int) or isinstance(
            wipe_after, bool) or not 3 <= wipe_after <= MAX_WIPE_AFTER):
        raise ValueError("bad wipe_after")
    duress = None
    if data["duress"] is not None:
        record = _object(data["duress"])
        params = _object(record["kdf"])
        duress = Duress(kdf.KdfParams.from_json(params), unb64(params["salt"]),
                        unb64(record["verifier"]))
    return Protection(wipe_after, duress)


def _common(data: dict) -> dict:
    kind = data["kind"]
    if kind not in (PASSPHRASE, RECOVERY):
        raise ValueError("unknown slot kind")
    lookup = data["lookup"]
    if not isinstance(lookup, str) or len(lookup) > 100:
        raise ValueError("bad lookup label")
    params = _object(data["kdf"])
    return {"id": hex_id(data["id"]), "kind": kind, "lookup": lookup,
            "params": kdf.KdfParams.from_json(params), "salt": unb64(params["salt"])}


def _legacy_slot(data: object, wrap: object) -> Slot:
    data, wrap = _object(data), _object(wrap)
    return Slot(**_common(data), legacy_nonce=unb64(wrap["nonce"]),
                legacy_wrapped=unb64(wrap["wrapped_key"]))


def _slot(data: dict) -> Slot:
    if "legacy" in data:
        return _legacy_slot(data, data["legacy"])
    sealed = data["sealed"]
    if not isinstance(sealed, list) or not 1 <= len(sealed) <= 2:
        raise ValueError("sealed keys must be a list of one or two")
    return _new_form_slot(data, tuple(
        Sealed(_whole(_object(item)["generation"]), unb64(item["key"]), unb64(item["binding"]))
        for item in sealed))


def traveling_slot(value: object) -> Slot:
    """A slot from a paired laptop's payload (see `Slot.traveling_json`), checked as a
    slot read from disk is; ValueError (or KeyError, TypeError) when it is not one."""
    data = _object(value)
    if "legacy" in data or "sealed" in data:
        raise ValueError("a traveling slot is new-form and carries no sealed keys")
    return _new_form_slot(data, ())


def _new_form_slot(data: dict, sealed: tuple[Sealed, ...]) -> Slot:
    common = _common(data)
    private = _object(data["private"]) if common["kind"] == PASSPHRASE else {}
    public_key = unb64(data["public_key"])
    if len(public_key) != 32:
        raise ValueError("an X25519 public key is 32 bytes")
    serial = data.get("serial", 0)
    if not isinstance(serial, int) or isinstance(serial, bool) or not 0 <= serial < MAX_GENERATION:
        raise ValueError("bad serial")
    return Slot(**common, public_key=public_key,
                private_nonce=unb64(private.get("nonce", "")),
                wrapped_private=unb64(private.get("ciphertext", "")), sealed=sealed,
                serial=serial)


def _object(value: object) -> dict:
    if not isinstance(value, dict):
        raise TypeError("expected an object")
    return value


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < MAX_GENERATION:
        raise ValueError("bad generation")
    return value


def hex_id(value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > 64:
        raise ValueError("bad identifier")
    int(value, 16)
    return value


def atomic_write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        _write_durably(temporary, data)
        os.replace(temporary, path)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise DiskFull() from error  # the old file is untouched
        raise
    finally:
        temporary.unlink(missing_ok=True)
    fsync_folder(path.parent)


def _write_durably(temporary: Path, data: bytes) -> None:
    # 0600: the envelope reveals no names, but it is nobody else's business either.
    with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600),
                   "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    if os.name == "posix":  # Windows cannot open a folder to fsync it; NTFS journals renames
        directory_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory_fd)
        finally:
            os.close(directory_fd)


def checksum(document: dict) -> str:
    return "sha256:" + hashlib.sha256(canonical(document)).hexdigest()


def canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str) or len(text) > 4096:
        raise ValueError("bad base64 field")
    return base64.b64decode(text.encode("ascii"), validate=True)


def corrupt(es: str, en: str) -> VaultCorrupt:
    return VaultCorrupt(FILE_NAME, Bilingual(es=es, en=en))
