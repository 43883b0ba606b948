"""The organisation's handoff keys and the keys of the organisations it hands cases to.

An organisation signs with its existing network key (Ed25519, services.network_reports)
and reads packages with an age (X25519) key pair made beside it, the first time a
coordinator needs it. Both public halves go out together: in the hub's directory profile
and in the .sdkeys file exchanged by hand with an organisation that has no hub. Others'
keys are pinned at first sight; a changed key is held, refused, until a coordinator
confirms it after reading the fingerprint aloud with them.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from shelter_desk.domain.permissions import Action
from shelter_desk.handoff import pins, sealing
from shelter_desk.handoff.errors import HandoffRefused, refused
from shelter_desk.handoff.pins import OrganisationKeys, PinState
from shelter_desk.network import envelope
from shelter_desk.services.common import acting_user, permitted
from shelter_desk.services.network_reports import network_policy, organisation_key
from shelter_desk.store import audit, handoff_store, network_store
from shelter_desk.store.vault import OpenVault


def own_keys(vault: OpenVault) -> OrganisationKeys:
    """Our public keys (the age pair is made, audited, the first time: a coordinator's
    act, like the signing key)."""
    signing = organisation_key(vault)
    organisation_id, _policy = network_policy(vault)
    with vault.read() as connection:
        publics = handoff_store.age_publics(connection)
    if not publics:
        user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="handoff_key")
        with vault.write() as connection:
            publics = handoff_store.age_publics(connection)
            if not publics:
                secret, public = sealing.new_identity()
                key_id = handoff_store.add_age_key(connection, secret, public, user.id)
                audit.record(connection, actor_id=user.id, action="handoff.key_created",
                             entity_type="handoff_key", entity_id=key_id, summary="x25519")
                publics = [public]
    return OrganisationKeys(organisation_id, vault.organisation_name(), signing.public_key,
                            tuple(publics))


def signing_secret(connection) -> bytes:  # type: ignore[no-untyped-def]
    stored = network_store.current_key(connection)
    if stored is None:
        raise refused("Esta organización aún no tiene su clave de firma de la red.",
                      "This organisation has no network signing key yet.")
    return stored.private_key


def export_key_file(vault: OpenVault, path: Path) -> OrganisationKeys:
    keys = own_keys(vault)
    Path(path).write_bytes(pins.key_file_bytes(keys))
    return keys


def see_keys(vault: OpenVault, seen: OrganisationKeys, *, source: str) -> PinState:
    """Pin keys seen for the first time; hold (and refuse) keys that changed."""
    user = permitted(vault, Action.DIRECTORY, entity_type="organisation_pin",
                     entity_id=seen.organisation_id)
    with vault.write() as connection:
        state, pinned = pin_seen(connection, user.id, seen, source=source)
    if state is PinState.CHANGED:
        assert pinned is not None
        raise pins.changed_key_warning(pinned, seen)
    return state


def pin_seen(connection, actor_id: int | None, seen: OrganisationKeys, *,  # type: ignore[no-untyped-def]
             source: str) -> tuple[PinState, OrganisationKeys | None]:
    """In the caller's transaction (the directory pull uses it too): new keys pinned, a
    changed key held, audited either way."""
    stored = handoff_store.pin(connection, seen.organisation_id)
    pinned = _as_keys(stored) if stored else None
    state = pins.compare(pinned, seen)
    if state is PinState.NEW:
        handoff_store.save_pin(connection, seen.organisation_id, seen.name, seen.signing_key,
                               seen.age_keys, source)
    elif state is PinState.CHANGED:
        handoff_store.hold_changed_key(connection, seen.organisation_id, seen.signing_key,
                                       seen.age_keys)
    if state is not PinState.SAME:
        audit.record(connection, actor_id=actor_id,
                     action="handoff.key_pinned" if state is PinState.NEW
                     else "handoff.key_changed",
                     entity_type="organisation_pin", entity_id=seen.organisation_id,
                     summary=f"{source}: {seen.fingerprint()}")
    return state, pinned


def from_profile(profile: dict) -> OrganisationKeys | None:  # type: ignore[type-arg]
    """The keys a directory profile publishes; None when it has none or they are bad."""
    handoff = profile.get("handoff")
    if not isinstance(handoff, dict):
        return None
    try:
        return pins.read_key_file(pins.key_file_bytes(OrganisationKeys(
            str(profile["organisation_id"]), str(profile["name"]),
            base64.b64decode(str(handoff["signing_key"]), validate=True),
            tuple(handoff["age_keys"]))))
    except (HandoffRefused, KeyError, TypeError, ValueError):
        return None


def profile_keys(vault: OpenVault, signing_key: bytes) -> dict[str, object]:
    """What publish_profile sends: the key its requests are signed with (the hub checks it
    is the enrolled one) and our age keys."""
    return {"signing_key": base64.b64encode(signing_key).decode("ascii"),
            "age_keys": list(own_keys(vault).age_keys)}


def import_key_file(vault: OpenVault, path: Path) -> OrganisationKeys:
    seen = pins.read_key_file(Path(path).read_bytes())
    see_keys(vault, seen, source="file")
    return seen


def confirm_changed_key(vault: OpenVault, organisation_id: str,
                        fingerprint: str) -> OrganisationKeys:
    """A coordinator confirms the new key, typing back the fingerprint she was read."""
    user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="organisation_pin",
                     entity_id=organisation_id)
    with vault.write() as connection:
        stored = handoff_store.pin(connection, organisation_id)
        if stored is None or stored.pending_signing_key is None:
            raise refused("No hay ninguna clave nueva que confirmar para esa organización.",
                          "There is no new key to confirm for that organisation.")
        new = OrganisationKeys(organisation_id, stored.name, stored.pending_signing_key,
                               stored.pending_age_keys or ())
        if "".join(fingerprint.split()).upper() != "".join(new.fingerprint().split()):
            raise refused("La huella no coincide con la clave nueva: no se confirmó.",
                          "The fingerprint does not match the new key: not confirmed.")
        handoff_store.save_pin(connection, organisation_id, stored.name, new.signing_key,
                               new.age_keys, stored.source)
        audit.record(connection, actor_id=user.id, action="handoff.key_confirmed",
                     entity_type="organisation_pin", entity_id=organisation_id,
                     summary=new.fingerprint())
    return new


def pinned_keys(vault: OpenVault, organisation_id: str) -> OrganisationKeys:
    """The keys to send to or verify from; refused if unknown or changed and unconfirmed."""
    acting_user(vault)
    with vault.read() as connection:
        stored = handoff_store.pin(connection, organisation_id)
    return keys_in_force(stored, organisation_id)


def keys_in_force(stored: handoff_store.StoredPin | None,
                  organisation_id: str) -> OrganisationKeys:
    if stored is None:
        raise refused(
            f"No hay claves de la organización «{organisation_id}»: tráelas del servidor de "
            f"la red o importa su archivo de claves (.sdkeys).",
            f"There are no keys for the organisation “{organisation_id}”: pull them from "
            f"the network hub or import its key file (.sdkeys).")
    keys = _as_keys(stored)
    if stored.pending_signing_key is not None:
        raise pins.changed_key_warning(keys, OrganisationKeys(
            organisation_id, stored.name, stored.pending_signing_key,
            stored.pending_age_keys or ()))
    return keys


@dataclass(frozen=True)
class PinRow:
    """An organisation's pinned keys as a person checks them: the fingerprint to read
    aloud, and the new one waiting for confirmation when its key changed."""
    organisation_id: str
    name: str
    fingerprint: str
    pending_fingerprint: str | None
    source: str  # "hub" or "file"
    pinned_at: str


def pin_rows(vault: OpenVault) -> list[PinRow]:
    return [PinRow(stored.organisation_id, stored.name, _as_keys(stored).fingerprint(),
                   envelope.fingerprint(stored.pending_signing_key)
                   if stored.pending_signing_key is not None else None,
                   stored.source, stored.pinned_at) for stored in list_pins(vault)]


def list_pins(vault: OpenVault) -> list[handoff_store.StoredPin]:
    acting_user(vault)
    with vault.read() as connection:
        return handoff_store.pins(connection)


def _as_keys(stored: handoff_store.StoredPin) -> OrganisationKeys:
    return OrganisationKeys(stored.organisation_id, stored.name, stored.signing_key,
                            stored.age_keys)
