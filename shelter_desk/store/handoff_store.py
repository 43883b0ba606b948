"""The case handoff's rows: our age keys, others' pinned keys, packages sent and received."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from shelter_desk.store.clock import now_utc
from shelter_desk.store.handoff_schema import (
    handoff_key,
    handoff_received,
    handoff_sent,
    organisation_pin,
)


@dataclass(frozen=True)
class StoredPin:
    organisation_id: str
    name: str
    signing_key: bytes
    age_keys: tuple[str, ...]
    source: str
    pinned_at: str
    pending_signing_key: bytes | None
    pending_age_keys: tuple[str, ...] | None


@dataclass(frozen=True)
class SentPackage:
    package_id: str
    referral_id: int
    person_id: int
    recipient_id: str
    recipient_name: str
    contents: dict[str, Any]
    consent_id: int | None
    sealed: bytes | None
    state: str
    reason: str
    created_at: str
    expires_at: str
    state_at: str
    hub_item: str | None = None


@dataclass(frozen=True)
class ReceivedPackage:
    package_id: str
    sender_id: str
    sender_name: str
    sealed: bytes | None
    summary: dict[str, Any] | None
    state: str
    reason: str
    received_at: str
    expires_at: str
    state_at: str
    case_id: int | None


def age_secrets(connection: Connection) -> list[str]:
    return list(connection.execute(select(handoff_key.c.secret)
                                   .order_by(handoff_key.c.id.desc())).scalars())


def age_publics(connection: Connection) -> list[str]:
    return list(connection.execute(select(handoff_key.c.public)
                                   .order_by(handoff_key.c.id)).scalars())


def add_age_key(connection: Connection, secret: str, public: str,
                created_by: int | None) -> int:
    return int(connection.execute(insert(handoff_key).values(
        secret=secret, public=public, created_at=now_utc(),
        created_by=created_by)).inserted_primary_key[0])


def pin(connection: Connection, organisation_id: str) -> StoredPin | None:
    row = connection.execute(select(organisation_pin).where(
        organisation_pin.c.organisation_id == organisation_id)).first()
    if row is None:
        return None
    pending = row.pending_age_keys
    return StoredPin(row.organisation_id, row.name, bytes(row.signing_key),
                     tuple(row.age_keys), row.source, row.pinned_at,
                     bytes(row.pending_signing_key) if row.pending_signing_key else None,
                     tuple(pending) if pending is not None else None)


def pins(connection: Connection) -> list[StoredPin]:
    ids = connection.execute(select(organisation_pin.c.organisation_id)
                             .order_by(organisation_pin.c.name)).scalars()
    return [p for p in (pin(connection, i) for i in list(ids)) if p is not None]


def save_pin(connection: Connection, organisation_id: str, name: str, signing_key: bytes,
             age_keys: tuple[str, ...], source: str) -> None:
    values = {"name": name, "signing_key": signing_key, "age_keys": list(age_keys),
              "source": source, "pinned_at": now_utc(), "pending_signing_key": None,
              "pending_age_keys": None}
    if not connection.execute(update(organisation_pin).where(
            organisation_pin.c.organisation_id == organisation_id).values(**values)).rowcount:
        connection.execute(insert(organisation_pin).values(organisation_id=organisation_id,
                                                           **values))


def hold_changed_key(connection: Connection, organisation_id: str, signing_key: bytes,
                     age_keys: tuple[str, ...]) -> None:
    connection.execute(update(organisation_pin).where(
        organisation_pin.c.organisation_id == organisation_id).values(
        pending_signing_key=signing_key, pending_age_keys=list(age_keys)))


def add_sent(connection: Connection, **values: Any) -> None:
    connection.execute(insert(handoff_sent).values(**values, state_at=now_utc()))


def sent(connection: Connection, package_id: str) -> SentPackage | None:
    row = connection.execute(select(handoff_sent).where(
        handoff_sent.c.package_id == package_id)).first()
    return _sent(row) if row else None


def sent_where(connection: Connection, *criteria: Any) -> list[SentPackage]:
    rows = connection.execute(select(handoff_sent).where(*criteria)
                              .order_by(handoff_sent.c.created_at)).all()
    return [_sent(r) for r in rows]


def set_sent_state(connection: Connection, package_id: str, state: str, *, reason: str = "",
                   drop_sealed: bool = False) -> None:
    values: dict[str, Any] = {"state": state, "reason": reason, "state_at": now_utc()}
    if drop_sealed:
        values["sealed"] = None
    connection.execute(update(handoff_sent).where(handoff_sent.c.package_id == package_id)
                       .values(**values))


def add_received(connection: Connection, **values: Any) -> None:
    connection.execute(insert(handoff_received).values(**values, state_at=now_utc()))


def received(connection: Connection, package_id: str) -> ReceivedPackage | None:
    row = connection.execute(select(handoff_received).where(
        handoff_received.c.package_id == package_id)).first()
    return _received(row) if row else None


def all_received(connection: Connection) -> list[ReceivedPackage]:
    rows = connection.execute(select(handoff_received)
                              .order_by(handoff_received.c.received_at.desc())).all()
    return [_received(r) for r in rows]


def set_received_state(connection: Connection, package_id: str, state: str, *,
                       reason: str = "", case_id: int | None = None,
                       forget_contents: bool = False) -> None:
    values: dict[str, Any] = {"state": state, "reason": reason, "state_at": now_utc()}
    if case_id is not None:
        values["case_id"] = case_id
    if forget_contents:
        values.update(sealed=None, summary=None)
    connection.execute(update(handoff_received).where(
        handoff_received.c.package_id == package_id).values(**values))


def forget_received(connection: Connection, package_id: str) -> None:
    connection.execute(delete(handoff_received).where(
        handoff_received.c.package_id == package_id))


def _sent(row: Any) -> SentPackage:
    return SentPackage(row.package_id, row.referral_id, row.person_id, row.recipient_id,
                       row.recipient_name, row.contents, row.consent_id,
                       bytes(row.sealed) if row.sealed is not None else None, row.state,
                       row.reason, row.created_at, row.expires_at, row.state_at,
                       row.hub_item)


def _received(row: Any) -> ReceivedPackage:
    return ReceivedPackage(row.package_id, row.sender_id, row.sender_name,
                           bytes(row.sealed) if row.sealed is not None else None,
                           row.summary, row.state, row.reason, row.received_at,
                           row.expires_at, row.state_at, row.case_id)


def set_hub_item(connection: Connection, package_id: str, hub_item: str | None) -> None:
    connection.execute(update(handoff_sent).where(handoff_sent.c.package_id == package_id)
                       .values(hub_item=hub_item))
