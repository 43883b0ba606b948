"""The hub's work on its database, run in the thread pool by the routes of app.py: each
function opens its own connection or transaction and returns plain values."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy import Engine

from shelter_desk.hub import aggregate, auth, db, nonces, repo, throttle
from shelter_desk.hub.checks import check_period
from shelter_desk.hub.passwords import check_password, hash_password
from shelter_desk.hub.refusal import Refusal
from shelter_desk.network import envelope

# Checked when the user name is unknown, so the answer's timing does not tell who exists.
_DUMMY_HASH = hash_password("not-a-password-anyone-has")


def hub_info(engine: Engine) -> dict[str, Any]:
    with engine.begin() as connection:
        public = hub_public_key(connection)
        return {"format": "shelter-desk-hub/1", "public_key": b64(public),
                "fingerprint": envelope.fingerprint(public), "policy": db.policy(connection)}


def hub_public_key(connection: Any) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(db.hub_private_key(connection))
    return envelope.public_bytes(key.public_key())


def enrol(engine: Engine, token: str, key: bytes) -> dict[str, Any]:
    with engine.begin() as connection:
        enrolled = repo.enrol(connection, token, key)
        public = hub_public_key(connection)
        return {"organisation_id": enrolled.id, "organisation_name": enrolled.name,
                "hub_public_key": b64(public), "hub_fingerprint": envelope.fingerprint(public),
                "policy": db.policy(connection),
                # which aggregator this server is, so a member enrolling on the helper
                # cannot be pointed at the hub (both halves on one server) by mistake
                "role": db.get_setting(connection, "role") or "leader"}


def member(engine: Engine, request: Request, body: bytes) -> str:
    organisation_id = request.headers.get(auth.ORG_HEADER, "")
    with engine.connect() as connection:
        found = repo.get_organisation(connection, organisation_id) if organisation_id else None
    nonce = request.headers.get(auth.NONCE_HEADER)
    sent = auth.check_member_signature(found.public_key if found else None, request.method,
                                       request.url.path, body,
                                       request.headers.get(auth.TIME_HEADER), nonce,
                                       request.headers.get(auth.SIGNATURE_HEADER))
    nonces.spend(engine, organisation_id, str(nonce), sent)  # after the signature: only
    return organisation_id  # an enrolled member's valid requests take room


def reader(engine: Engine, request: Request) -> None:
    """Statistics are for coordinators (logged in) and members (signed requests)."""
    if admin(engine, request) is None:
        member(engine, request, b"")


def save_profile(engine: Engine, organisation_id: str, document: dict[str, Any]
                  ) -> dict[str, Any]:
    with engine.begin() as connection:
        enrolled = repo.get_organisation(connection, organisation_id)
        handoff = document.get("handoff")
        if handoff and (enrolled is None or enrolled.public_key is None
                        or handoff["signing_key"] != b64(enrolled.public_key)):
            raise Refusal(422, "foreign_key", "La llave de firma del perfil no es la inscrita.",
                          "The profile's signing key is not the enrolled one.")
        stored = repo.profile_published_at(connection, organisation_id)
        if stored is not None and stored > document["published_at"]:
            raise Refusal(409, "old_profile", "El hub ya tiene un perfil más reciente.",
                          "The hub already holds a newer profile.")
        repo.save_profile(connection, organisation_id, document, document["published_at"])
    return {"saved": True}


def list_profiles(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        return repo.profiles(connection)


def library_entries(engine: Engine) -> list[repo.LibraryEntry]:
    with engine.connect() as connection:
        return repo.library(connection)


def library_file(engine: Engine, slug: str, version: int) -> tuple[str, bytes] | None:
    with engine.connect() as connection:
        return repo.library_content(connection, slug, version)


def list_periods(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return repo.periods(connection)


def period_tables(engine: Engine, period: str) -> tuple[dict[str, Any], list[repo.StoredReport],
                                                     list[aggregate.NetworkTable], bool]:
    with engine.connect() as connection:
        policy = db.policy(connection)
        check_period(period, policy, datetime.now(UTC).date())
        reports = repo.latest_reports(connection, period)
        names = db.show_member_names(connection)
    tables = aggregate.combine((json.loads(r.canonical) for r in reports), int(policy["k"]))
    return policy, reports, tables, names


def statistics_json(engine: Engine, period: str) -> dict[str, Any]:
    policy, reports, tables, names = period_tables(engine, period)
    result: dict[str, Any] = {"period": period, "k": policy["k"], "members": len(reports),
                              "tables": [table.to_json() for table in tables]}
    if names:
        result["reporting_members"] = [{"organisation_id": r.organisation_id,
                                        "name": r.organisation_name, "revision": r.revision}
                                       for r in reports]
    return result


def dashboard_data(engine: Engine, period: str | None) -> dict[str, Any]:
    periods = list_periods(engine)
    chosen = period if period in periods else (periods[0] if periods else None)
    _policy, reports, tables, names = (period_tables(engine, chosen) if chosen
                                       else ({}, [], [], False))
    with engine.connect() as connection:
        k = int(db.policy(connection)["k"])
        members = repo.organisations(connection)
        library = repo.library(connection)
    return {"periods": periods, "period": chosen, "tables": tables, "reports": reports,
            "k": k, "show_names": names, "organisations": members, "library": library}


def publish(engine: Engine, slug: str, title: str, media_type: str, content: bytes,
             user: str) -> int:
    with engine.begin() as connection:
        return repo.publish_document(connection, slug=slug, title=title, media_type=media_type,
                                     content=content, published_by=user)


def login(engine: Engine, source: str, username: str, password: str) -> int | None:
    """The admin's id, or None; `source` (throttle.source_of the client) is slowed down
    after repeated failures, in the database (throttle.py)."""
    throttle.admit(engine, source)
    with engine.connect() as connection:
        found = repo.admin_hash(connection, username)
    good = check_password(password, found[1] if found else _DUMMY_HASH)
    if found is None or not good:
        return None
    throttle.succeeded(engine, source)
    return found[0]


def secret(engine: Engine) -> bytes:
    with engine.connect() as connection:
        return db.secret(connection)


def admin(engine: Engine, request: Request) -> str | None:
    with engine.connect() as connection:
        admin_id = auth.session_admin(db.secret(connection),
                                      request.cookies.get(auth.SESSION_COOKIE))
        return repo.admin_name(connection, admin_id) if admin_id is not None else None


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
