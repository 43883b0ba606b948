"""An organisation's profile in the network's directory: who it is, where, which
services it offers and how to reach it, for referrals between members."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from shelter_desk.hub.refusal import Refusal

PROFILE_FORMAT = "shelter-desk-profile/1"
_TEXT_LIMITS = {"name": 200, "city": 100, "state": 100, "contact": 300}
PROFILE_SCHEMA: dict[str, Any] = {
    "type": "object", "required": ["name", "services", "contact"],
    "properties": {"name": {"type": "string", "maxLength": 200},
                   "city": {"type": "string", "maxLength": 100},
                   "state": {"type": "string", "maxLength": 100},
                   "services": {"type": "array", "maxItems": 40,
                                "items": {"type": "string", "maxLength": 80}},
                   "contact": {"type": "string", "maxLength": 300},
                   # The case handoff's keys (#19): the member's signing key (the hub checks
                   # it is the enrolled one) and its age keys, pinned by other members.
                   "handoff": {"type": "object", "properties": {
                       "signing_key": {"type": "string", "format": "byte"},
                       "age_keys": {"type": "array", "maxItems": 4,
                                    "items": {"type": "string", "maxLength": 100}}}}}}


def check_profile(body: dict[str, Any], organisation_id: str) -> dict[str, Any]:
    """The profile as stored and served: known fields only, trimmed, time-stamped."""
    bad = Refusal(422, "invalid_profile",
                  "El perfil necesita nombre, servicios (lista) y contacto, sin textos "
                  "demasiado largos.",
                  "The profile needs a name, services (a list) and a contact, without "
                  "over-long texts.")
    document: dict[str, Any] = {"format": PROFILE_FORMAT, "organisation_id": organisation_id}
    for name, limit in _TEXT_LIMITS.items():
        value = body.get(name, "")
        if not isinstance(value, str) or len(value) > limit:
            raise bad
        document[name] = " ".join(value.split())
    services = body.get("services")
    if not document["name"] or not isinstance(services, list) or len(services) > 40 or not all(
            isinstance(s, str) and 0 < len(s.strip()) <= 80 for s in services):
        raise bad
    document["services"] = sorted({" ".join(s.split()) for s in services})
    if "handoff" in body:
        document["handoff"] = _handoff_keys(body["handoff"], bad)
    document["published_at"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return document


def _handoff_keys(value: Any, bad: Refusal) -> dict[str, Any]:
    """Shape only (the app checks each age key when it pins them)."""
    if not isinstance(value, dict):
        raise bad
    signing, age_keys = value.get("signing_key"), value.get("age_keys")
    if not isinstance(signing, str) or len(signing) != 44 or not isinstance(age_keys, list) \
            or not 0 < len(age_keys) <= 4 or not all(
                isinstance(k, str) and k.startswith("age1") and len(k) <= 100
                for k in age_keys):
        raise bad
    return {"signing_key": signing, "age_keys": list(age_keys)}
