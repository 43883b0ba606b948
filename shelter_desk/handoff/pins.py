"""Other organisations' keys, pinned at first sight (trust on first use, like SSH).

A key seen again is compared with the pinned one; a change is refused until a person
confirms it, after reading the new fingerprint aloud with the other organisation. The
key file exchanged by hand (for an organisation with no hub) is this module's format.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from enum import StrEnum

from shelter_desk.handoff.errors import HandoffRefused, refused
from shelter_desk.handoff.sealing import check_public, key_fingerprint
from shelter_desk.network.envelope import fingerprint

KEY_FILE_FORMAT = "shelter-desk-organisation-keys/1"
KEY_FILE_SUFFIX = ".sdkeys"


@dataclass(frozen=True)
class OrganisationKeys:
    organisation_id: str
    name: str
    signing_key: bytes  # Ed25519, raw 32 bytes
    age_keys: tuple[str, ...]  # "age1…", one per key the organisation reads with

    def fingerprint(self) -> str:
        """One fingerprint to read aloud: the signing key's (it vouches for the rest)."""
        return fingerprint(self.signing_key)

    def age_fingerprints(self) -> tuple[str, ...]:
        return tuple(key_fingerprint(k) for k in self.age_keys)

    def same_keys(self, other: OrganisationKeys) -> bool:
        return self.signing_key == other.signing_key and \
            sorted(self.age_keys) == sorted(other.age_keys)


class PinState(StrEnum):
    NEW = "new"  # first sight: pinned now
    SAME = "same"
    CHANGED = "changed"  # refused until confirmed


def compare(pinned: OrganisationKeys | None, seen: OrganisationKeys) -> PinState:
    if pinned is None:
        return PinState.NEW
    return PinState.SAME if pinned.same_keys(seen) else PinState.CHANGED


def changed_key_warning(pinned: OrganisationKeys, seen: OrganisationKeys) -> HandoffRefused:
    """The loud warning, as SSH's "REMOTE HOST IDENTIFICATION HAS CHANGED"."""
    return refused(
        f"¡ATENCIÓN: LA CLAVE DE «{pinned.name}» CAMBIÓ! Puede ser un cambio legítimo (una "
        f"computadora nueva) o alguien haciéndose pasar por ella. Antes: "
        f"{pinned.fingerprint()}. Ahora: {seen.fingerprint()}. Llama a la organización, "
        f"lean la huella en voz alta y solo entonces confirma la clave nueva. Hasta "
        f"entonces no se envía ni se recibe nada.",
        f"WARNING: THE KEY OF “{pinned.name}” HAS CHANGED! It may be legitimate (a new "
        f"computer) or someone pretending to be them. Before: {pinned.fingerprint()}. Now: "
        f"{seen.fingerprint()}. Call the organisation, read the fingerprint aloud, and only "
        f"then confirm the new key. Until then nothing is sent or received.")


def key_file_bytes(keys: OrganisationKeys) -> bytes:
    return json.dumps({"format": KEY_FILE_FORMAT, "organisation_id": keys.organisation_id,
                       "name": keys.name,
                       "signing_key": base64.b64encode(keys.signing_key).decode("ascii"),
                       "age_keys": list(keys.age_keys)}, sort_keys=True,
                      indent=1).encode("utf-8") + b"\n"


def read_key_file(data: bytes) -> OrganisationKeys:
    try:
        document = json.loads(data)
        if document.get("format") != KEY_FILE_FORMAT:
            raise ValueError("format")
        signing_key = base64.b64decode(document["signing_key"], validate=True)
        if len(signing_key) != 32:
            raise ValueError("key length")
        age_keys = tuple(check_public(k) for k in document["age_keys"])
        if not age_keys:
            raise ValueError("no age key")
        return OrganisationKeys(str(document["organisation_id"]), str(document["name"]),
                                signing_key, age_keys)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
            binascii.Error) as error:
        raise refused("El archivo no es un archivo de claves de organización de Shelter "
                      "Desk (.sdkeys).",
                      "The file is not a Shelter Desk organisation key file "
                      "(.sdkeys).") from error
