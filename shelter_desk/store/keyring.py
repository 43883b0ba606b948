"""keys.json: the key envelope of a vault (format and bounds in keyring_format.py).

One random master key per generation. Every keyslot owns an X25519 key pair; the master
key is sealed to the slot's public key (see sealing.py), so a rotation can hand a new
master key to every remaining slot without knowing anyone's secret:

    passphrase slot: Argon2id(passphrase) -> KEK -AES-GCM-> X25519 private key
    recovery slot:   Argon2id(code) -> HKDF -> X25519 private key (nothing stored)
    either:          private key + sealed[generation] -> master key (ECIES)

An unlock still costs one Argon2id. Each slot's public key carries a mark (HMAC under
the master key of its generation), which a rotation checks before sealing to it.
Slots of a version 1 file (the master key wrapped directly under the KEK) are legacy:
they open as before, and their owner's unlock moves them to this form with the key it
already derived. A legacy slot cannot receive a rotated key; `legacy_slots` names them.

A SHA-256 checksum over the document catches accidental damage. It is no defence against
deliberate tampering, which GCM and the marks catch instead, and which therefore looks
like a wrong passphrase.
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shelter_desk.domain.staff import normalise_user_name
from shelter_desk.store import kdf, sealing
from shelter_desk.store import keyring_format as fmt
from shelter_desk.store.errors import WrongCredentials
from shelter_desk.store.keyring_format import (
    FILE_NAME,
    FORMAT,
    PASSPHRASE,
    RECOVERY,
    Sealed,
    Slot,
    atomic_write,
)
from shelter_desk.store.recovery_code import normalise_code

__all__ = ["FILE_NAME", "PASSPHRASE", "RECOVERY", "Keyring", "Opening", "Slot", "atomic_write"]
_NONCE_BYTES = 12


@dataclass
class Opening:
    """What one unlock got out of keys.json: the master key of every generation its slot
    holds, and, for a legacy slot, the keyring with that slot moved to the new form."""

    slot: Slot
    masters: dict[int, bytearray] = field(default_factory=dict)
    migrated: Keyring | None = None

    def wipe(self) -> None:
        for master in self.masters.values():
            kdf.wipe(master)


@dataclass(frozen=True)
class Keyring:
    vault_id: str
    lookup_salt: bytes
    slots: tuple[Slot, ...]
    generation: int = 1
    pending: int | None = None
    protection: fmt.Protection = field(default_factory=fmt.Protection)

    # -- reading -----------------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path) -> Keyring:
        document = fmt.read(directory)
        return cls(document.vault_id, document.lookup_salt, document.slots,
                   document.generation, document.pending, document.protection)

    def save(self, directory: Path) -> None:
        fmt.write(directory, fmt.Document(self.vault_id, self.lookup_salt, self.generation,
                                          self.pending, self.slots, self.protection))

    # -- protection (wipe.py acts on it) -------------------------------------------------

    def is_duress(self, passphrase: str) -> bool:
        """One Argon2id; called only after a real slot has said no, so an unlock that
        succeeds costs no more than before."""
        duress = self.protection.duress
        if duress is None:
            return False
        key = kdf.derive_slot_key(kdf.normalise_secret(passphrase), duress.salt, duress.params)
        try:
            return hmac.compare_digest(kdf.derive_duress_verifier(key, self.vault_id),
                                       duress.verifier)
        finally:
            kdf.wipe(key)

    def with_duress(self, passphrase: str | None, params: kdf.KdfParams) -> Keyring:
        duress = None
        if passphrase is not None:
            salt = kdf.new_salt()
            key = kdf.derive_slot_key(kdf.normalise_secret(passphrase), salt, params)
            try:
                duress = fmt.Duress(params, salt, kdf.derive_duress_verifier(key, self.vault_id))
            finally:
                kdf.wipe(key)
        return replace(self, protection=replace(self.protection, duress=duress))

    def with_wipe_after(self, failures: int | None) -> Keyring:
        return replace(self, protection=replace(self.protection, wipe_after=failures))

    def opens_any_slot(self, passphrase: str) -> bool:
        """Whether `passphrase` is some member's real one (one Argon2id per slot)."""
        secret = kdf.normalise_secret(passphrase)
        for slot in self.slots:
            if slot.kind != PASSPHRASE:
                continue
            try:
                self._open(slot, secret, recovery=False).wipe()
                return True
            except WrongCredentials:
                continue
        return False

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
        raise fmt.corrupt("Falta la ranura de recuperación.", "The recovery slot is missing.")

    def legacy_slots(self) -> tuple[Slot, ...]:
        return tuple(slot for slot in self.slots if slot.is_legacy)

    def label_for(self, user_name: str) -> str:
        return fmt.b64(kdf.derive_lookup(normalise_user_name(user_name), self.lookup_salt))

    def open_with_passphrase(self, user_name: str, passphrase: str) -> Opening:
        slot = self.find_user_slot(user_name)
        if slot is None:
            # Spend the same Argon2id time as a real slot, so timing does not say
            # whether the name exists.
            decoy = self.slots[0] if self.slots else None
            if decoy is not None:
                kdf.wipe(kdf.derive_slot_key(b"decoy", decoy.salt, decoy.params))
            raise WrongCredentials()
        return self._open(slot, kdf.normalise_secret(passphrase), recovery=False)

    def open_with_recovery_code(self, code: str) -> Opening:
        canonical = normalise_code(code)
        if canonical is None:
            raise WrongCredentials(recovery=True)
        return self._open(self.recovery_slot(), canonical.encode("ascii"), recovery=True)

    def _open(self, slot: Slot, secret: bytes, *, recovery: bool) -> Opening:
        kek = kdf.derive_slot_key(secret, slot.salt, slot.params)
        opening = Opening(slot)
        try:
            if slot.is_legacy:
                master = _decrypt(kek, slot.legacy_nonce, slot.legacy_wrapped,
                                  self._legacy_aad(slot), recovery=recovery)
                opening.masters[self.generation] = master
                migrated = self._new_form_slot(slot, kek, master)
                opening.migrated = replace(self, slots=tuple(
                    migrated if s.id == slot.id else s for s in self.slots))
                return opening
            private = self._private_key(slot, kek, recovery=recovery)
            try:
                for item in slot.sealed:
                    opening.masters[item.generation] = sealing.open_sealed(
                        item.key, private, self._seal_aad(slot.id, item.generation))
            finally:
                kdf.wipe(private)
        except (sealing.SealBroken, ValueError):
            opening.wipe()
            raise WrongCredentials(recovery=recovery) from None
        except BaseException:
            opening.wipe()
            raise
        finally:
            kdf.wipe(kek)
        if self.generation not in opening.masters:
            opening.wipe()
            raise WrongCredentials(recovery=recovery)
        return opening

    def _private_key(self, slot: Slot, kek: bytearray, *, recovery: bool) -> bytearray:
        if slot.kind == RECOVERY:
            return kdf.derive_recovery_private_key(kek, self.vault_id)
        return _decrypt(kek, slot.private_nonce, slot.wrapped_private,
                        self._private_aad(slot, slot.public_key), recovery=recovery)

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
        base = Slot(existing.id if existing else secrets.token_hex(8), PASSPHRASE,
                    self.label_for(user_name), params, kdf.new_salt(),
                    serial=existing.serial + 1 if existing else 0)
        slot = self._new_slot(base, kdf.normalise_secret(passphrase), master)
        others = tuple(s for s in self.slots if existing is None or s.id != existing.id)
        return replace(self, slots=(*others, slot)), slot

    def with_recovery_slot(self, master: bytearray, code: str,
                           params: kdf.KdfParams) -> Keyring:
        canonical = normalise_code(code)
        if canonical is None:
            raise ValueError("not a recovery code")
        serial = max((s.serial + 1 for s in self.slots if s.kind == RECOVERY), default=0)
        base = Slot(secrets.token_hex(8), RECOVERY, "", params, kdf.new_salt(), serial=serial)
        slot = self._new_slot(base, canonical.encode("ascii"), master)
        others = tuple(s for s in self.slots if s.kind != RECOVERY)
        return replace(self, slots=(*others, slot))

    def with_adopted_slot(self, master: bytearray, slot: Slot) -> Keyring:
        """A colleague's slot from a paired laptop (`keyring_format.traveling_slot`),
        sealed to this vault's own master key and vouched for by it; it takes the place
        of this vault's slot with the same id, owner, or (recovery) kind. The caller has
        checked where it came from (a paired laptop's authenticated payload)."""
        if self.pending is not None or slot.is_legacy or slot.sealed:
            raise ValueError("only a new-form traveling slot, and not during a rotation")

        def replaced(mine: Slot) -> bool:
            if slot.kind == RECOVERY:
                return mine.kind == RECOVERY
            return mine.id == slot.id or (mine.kind == PASSPHRASE
                                          and hmac.compare_digest(mine.lookup, slot.lookup))

        adopted = replace(slot, sealed=(self._seal(slot, master, self.generation),))
        return replace(self, slots=(*(s for s in self.slots if not replaced(s)), adopted))

    def without_slot(self, slot_id: str) -> Keyring:
        return replace(self, slots=tuple(s for s in self.slots if s.id != slot_id))

    def _new_slot(self, base: Slot, secret: bytes, master: bytearray) -> Slot:
        kek = kdf.derive_slot_key(secret, base.salt, base.params)
        try:
            return self._new_form_slot(base, kek, master)
        finally:
            kdf.wipe(kek)

    def _new_form_slot(self, base: Slot, kek: bytearray, master: bytearray) -> Slot:
        """`base` in the version 2 form, under the KEK its owner's secret derives."""
        if base.kind == RECOVERY:
            private = kdf.derive_recovery_private_key(kek, self.vault_id)
        else:
            private = sealing.new_private_key()
        try:
            public = sealing.public_key_of(private)
            slot = replace(base, public_key=public, legacy_nonce=b"", legacy_wrapped=b"")
            if base.kind == PASSPHRASE:
                nonce = os.urandom(_NONCE_BYTES)
                wrapped = AESGCM(bytes(kek)).encrypt(nonce, bytes(private),
                                                     self._private_aad(slot, public))
                slot = replace(slot, private_nonce=nonce, wrapped_private=wrapped)
        finally:
            kdf.wipe(private)
        return replace(slot, sealed=(self._seal(slot, master, self.generation),))

    # -- rotation (rotation.py drives these) -------------------------------------------

    def with_pending(self, old_master: bytearray, new_master: bytearray) -> Keyring:
        """Every slot also sealed to the next generation's master key; both coexist until
        `committed` (or `rolled_back`). Refused while any slot is legacy or unvouched."""
        if self.pending is not None or self.legacy_slots():
            raise ValueError("a rotation is under way or a slot is legacy")
        target = self.generation + 1
        slots = []
        for slot in self.slots:
            current = slot.sealed_for(self.generation)
            if current is None or not hmac.compare_digest(
                    current.binding, self._binding(old_master, slot)):
                # A public key put there by someone who holds no key: never seal to it.
                raise fmt.corrupt(
                    "Una ranura tiene una llave pública que la bóveda no reconoce; no se "
                    "cambió la llave maestra.",
                    "A slot has a public key the vault does not vouch for; the master key "
                    "was not changed.")
            slots.append(replace(slot, sealed=(current, self._seal(slot, new_master, target))))
        return replace(self, slots=tuple(slots), pending=target)

    def committed(self) -> Keyring:
        assert self.pending is not None
        target = self.pending
        return replace(self, generation=target, pending=None, slots=tuple(
            replace(s, sealed=tuple(i for i in s.sealed if i.generation == target))
            for s in self.slots))

    def rolled_back(self) -> Keyring:
        return replace(self, pending=None, slots=tuple(
            replace(s, sealed=tuple(i for i in s.sealed if i.generation == self.generation))
            for s in self.slots))

    def wiped(self) -> Keyring:
        """No slot at all: what a wipe leaves (the databases stay, unreadable)."""
        return replace(self, slots=(), pending=None)

    # -- sealing and associated data -----------------------------------------------------

    def _seal(self, slot: Slot, master: bytearray, generation: int) -> Sealed:
        return Sealed(generation,
                      sealing.seal(master, slot.public_key, self._seal_aad(slot.id, generation)),
                      self._binding(master, slot))

    def _binding(self, master: bytearray, slot: Slot) -> bytes:
        key = kdf.derive_binding_key(master, self.vault_id)
        try:
            mac = crypto_hmac.HMAC(bytes(key), hashes.SHA256())
            mac.update(fmt.canonical({"slot_id": slot.id, "kind": slot.kind,
                                      "lookup": slot.lookup,
                                      "public_key": fmt.b64(slot.public_key)}))
            return mac.finalize()
        finally:
            kdf.wipe(key)

    def _legacy_aad(self, slot: Slot) -> bytes:
        # Exactly version 1's associated data, so its slots still open.
        return fmt.canonical({"format": FORMAT, "vault_id": self.vault_id, "slot_id": slot.id,
                              "kind": slot.kind, "lookup": slot.lookup,
                              "kdf": slot.params.to_json()})

    def _private_aad(self, slot: Slot, public: bytes) -> bytes:
        return fmt.canonical({"format": FORMAT, "purpose": "private-key",
                              "vault_id": self.vault_id, "slot_id": slot.id, "kind": slot.kind,
                              "lookup": slot.lookup, "kdf": slot.params.to_json(),
                              "public_key": fmt.b64(public)})

    def _seal_aad(self, slot_id: str, generation: int) -> bytes:
        return fmt.canonical({"format": FORMAT, "purpose": "master-key",
                              "vault_id": self.vault_id, "slot_id": slot_id,
                              "generation": generation})


def _decrypt(key: bytearray, nonce: bytes, ciphertext: bytes, aad: bytes, *,
             recovery: bool) -> bytearray:
    try:
        return bytearray(AESGCM(bytes(key)).decrypt(nonce, ciphertext, aad))
    except (InvalidTag, ValueError):
        raise WrongCredentials(recovery=recovery) from None
