"""The one module that writes audit rows, and the function that verifies their chain.

Every row carries the SHA-256 of the row before it, so editing, deleting or reordering
a row breaks every hash after it. The chain's head (last id and hash) is also kept in
vault_meta by the same transaction, which catches a row cut from the end by someone who
did not also rewrite the head. Someone with the key who rewrites the whole tail and the
head is not caught here: anchoring the head outside the laptop (in the signed network
reports) is what closes that gap.

Summaries must never hold personal data: they say what happened ("document added",
"role: caseworker"), the entity id says to whom.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store.clock import now_utc
from shelter_desk.store.schema import audit_event, vault_meta

GENESIS = "0" * 64
_HEAD_KEY = "audit_head"


@dataclass(frozen=True)
class AuditEvent:
    id: int
    occurred_at: str
    actor_id: int | None
    action: str
    entity_type: str
    entity_id: str | None
    summary: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    rows: int
    problem: Bilingual | None

    @property
    def intact(self) -> bool:
        return self.problem is None


def record(connection: Connection, *, actor_id: int | None, action: str, entity_type: str,
           entity_id: str | int | None = None, summary: str = "") -> AuditEvent:
    """Append one audit row inside the caller's write transaction."""
    head = connection.execute(
        select(audit_event.c.id, audit_event.c.hash).order_by(audit_event.c.id.desc()).limit(1)
    ).first()
    row_id, prev_hash = (head.id + 1, head.hash) if head else (1, GENESIS)
    event = AuditEvent(
        id=row_id,
        occurred_at=now_utc(),
        actor_id=actor_id,
        action=action,
        entity_type=entity_type,
        entity_id=None if entity_id is None else str(entity_id),
        summary=summary,
        prev_hash=prev_hash,
        hash="",
    )
    event = AuditEvent(**{**event.__dict__, "hash": _hash(event)})
    connection.execute(insert(audit_event).values(**event.__dict__))
    _store_head(connection, event)
    return event


def _store_head(connection: Connection, event: AuditEvent) -> None:
    value = f"{event.id}:{event.hash}"
    changed = connection.execute(
        update(vault_meta).where(vault_meta.c.key == _HEAD_KEY).values(value=value)
    ).rowcount
    if not changed:
        connection.execute(insert(vault_meta).values(key=_HEAD_KEY, value=value))


def _hash(event: AuditEvent) -> str:
    canonical = json.dumps(
        [event.id, event.occurred_at, event.actor_id, event.action, event.entity_type,
         event.entity_id, event.summary],
        ensure_ascii=False, separators=(",", ":"),
    ).encode("utf-8")
    return hashlib.sha256(event.prev_hash.encode("ascii") + b"\n" + canonical).hexdigest()


def events(connection: Connection, *, entity_type: str | None = None,
           entity_id: str | None = None) -> Iterator[AuditEvent]:
    query = select(audit_event).order_by(audit_event.c.id)
    if entity_type is not None:
        query = query.where(audit_event.c.entity_type == entity_type)
    if entity_id is not None:
        query = query.where(audit_event.c.entity_id == entity_id)
    for row in connection.execute(query):
        yield AuditEvent(**row._mapping)


def verify_chain(connection: Connection) -> ChainReport:
    expected_id, prev_hash, count = 1, GENESIS, 0
    for event in events(connection):
        if event.id != expected_id:
            return _broken(count, f"falta o sobra el registro {expected_id} (se encontró el "
                                  f"{event.id})", f"row {expected_id} is missing or out of "
                                  f"place (found {event.id})")
        if event.prev_hash != prev_hash or _hash(event) != event.hash:
            return _broken(count, f"el registro {event.id} fue modificado o reordenado",
                           f"row {event.id} was altered or reordered")
        expected_id, prev_hash, count = event.id + 1, event.hash, count + 1
    head = connection.execute(
        select(vault_meta.c.value).where(vault_meta.c.key == _HEAD_KEY)
    ).scalar_one_or_none()
    if head != (f"{count}:{prev_hash}" if count else None):
        return _broken(count, "la cadena termina antes de su último registro conocido",
                       "the chain ends before its last known row")
    return ChainReport(rows=count, problem=None)


def _broken(count: int, es: str, en: str) -> ChainReport:
    return ChainReport(rows=count, problem=Bilingual(
        es=f"La bitácora de auditoría no está íntegra: {es}.",
        en=f"The audit log is not intact: {en}.",
    ))
