"""The network report's rows in the vault: the policy, the signing key, the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from shelter_desk.store.clock import now_utc
from shelter_desk.store.schema import network_policy, network_report, organisation_key


@dataclass(frozen=True)
class StoredKey:
    id: int
    private_key: bytes
    public_key: bytes


@dataclass(frozen=True)
class StoredReport:
    id: int
    period: str
    revision: int
    canonical: bytes
    signature: bytes
    public_key: bytes
    protection: dict[str, Any]
    state: str
    approved_at: str


def policy_row(connection: Connection) -> tuple[str, dict[str, Any]] | None:
    row = connection.execute(select(network_policy.c.organisation_id, network_policy.c.policy)
                             .where(network_policy.c.id == 1)).first()
    return (row.organisation_id, row.policy) if row else None


def save_policy(connection: Connection, organisation_id: str, policy: dict[str, Any]) -> None:
    values = {"organisation_id": organisation_id, "policy": policy, "updated_at": now_utc()}
    if not connection.execute(update(network_policy).where(network_policy.c.id == 1)
                              .values(**values)).rowcount:
        connection.execute(insert(network_policy).values(id=1, **values))


def current_key(connection: Connection) -> StoredKey | None:
    row = connection.execute(select(organisation_key).order_by(organisation_key.c.id.desc())
                             .limit(1)).first()
    return StoredKey(row.id, bytes(row.private_key), bytes(row.public_key)) if row else None


def add_key(connection: Connection, private_key: bytes, public_key: bytes,
            created_by: int | None) -> StoredKey:
    key_id = connection.execute(insert(organisation_key).values(
        private_key=private_key, public_key=public_key, created_at=now_utc(),
        created_by=created_by)).inserted_primary_key[0]
    return StoredKey(int(key_id), private_key, public_key)


def latest_report(connection: Connection, period: str) -> StoredReport | None:
    reports = _reports(connection, network_report.c.period == period, limit=1)
    return reports[0] if reports else None


def next_revision(connection: Connection, period: str) -> int:
    latest = connection.execute(select(func.max(network_report.c.revision))
                                .where(network_report.c.period == period)).scalar()
    return int(latest or 0) + 1


def add_report(connection: Connection, *, period: str, revision: int, canonical: bytes,
               signature: bytes, key_id: int, protection: dict[str, Any],
               approved_by: int | None) -> int:
    return int(connection.execute(insert(network_report).values(
        period=period, revision=revision, canonical=canonical, signature=signature,
        key_id=key_id, protection=protection, state="outbox", approved_by=approved_by,
        approved_at=now_utc())).inserted_primary_key[0])


def outbox(connection: Connection) -> list[StoredReport]:
    return _reports(connection, network_report.c.state == "outbox")


def _reports(connection: Connection, criterion: Any, limit: int | None = None
             ) -> list[StoredReport]:
    query = (select(network_report, organisation_key.c.public_key)
             .join(organisation_key, organisation_key.c.id == network_report.c.key_id)
             .where(criterion).order_by(network_report.c.revision.desc(),
                                        network_report.c.id.desc()))
    if limit:
        query = query.limit(limit)
    return [StoredReport(row.id, row.period, row.revision, bytes(row.canonical),
                         bytes(row.signature), bytes(row.public_key), row.protection,
                         row.state, row.approved_at)
            for row in connection.execute(query)]
