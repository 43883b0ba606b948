"""The rows of the network's secret-share sums: the helper aggregator's link and the
outbox of signed halves (store/network_share_schema.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from shelter_desk.store.clock import now_utc
from shelter_desk.store.network_share_schema import network_helper, network_share
from shelter_desk.store.schema import organisation_key


@dataclass(frozen=True)
class StoredHelper:
    url: str
    public_key: bytes
    organisation_id: str
    ca_file: str | None
    joined_at: str


@dataclass(frozen=True)
class StoredHalf:
    id: int
    period: str
    revision: int
    aggregator: str  # "leader" (the hub) or "helper"
    canonical: bytes
    signature: bytes
    public_key: bytes
    state: str  # "outbox", "sent" or "refused"
    approved_at: str
    sent_at: str | None
    refusal: dict[str, Any] | None


def pinned_helper(connection: Connection) -> StoredHelper | None:
    row = connection.execute(select(network_helper).where(network_helper.c.id == 1)).first()
    if row is None:
        return None
    return StoredHelper(row.url, bytes(row.public_key), row.organisation_id, row.ca_file,
                        row.joined_at)


def pin_helper(connection: Connection, *, url: str, public_key: bytes, organisation_id: str,
               ca_file: str | None) -> None:
    connection.execute(delete(network_helper))
    connection.execute(insert(network_helper).values(
        id=1, url=url, public_key=public_key, organisation_id=organisation_id,
        ca_file=ca_file, joined_at=now_utc()))


def next_revision(connection: Connection, period: str) -> int:
    latest = connection.execute(select(func.max(network_share.c.revision))
                                .where(network_share.c.period == period)).scalar()
    return int(latest or 0) + 1


def add_halves(connection: Connection, *, period: str, revision: int, key_id: int,
               halves: dict[str, tuple[bytes, bytes]], approved_by: int | None) -> None:
    """Both halves of one approval, in one transaction: never one without the other."""
    now = now_utc()
    connection.execute(insert(network_share), [
        {"period": period, "revision": revision, "aggregator": aggregator,
         "canonical": canonical, "signature": signature, "key_id": key_id,
         "state": "outbox", "approved_by": approved_by, "approved_at": now}
        for aggregator, (canonical, signature) in sorted(halves.items())])


def halves(connection: Connection, *, period: str | None = None,
           state: str | None = None) -> list[StoredHalf]:
    """Oldest revision first, the hub's half before the helper's."""
    query = (select(network_share, organisation_key.c.public_key)
             .join(organisation_key, organisation_key.c.id == network_share.c.key_id)
             .order_by(network_share.c.period, network_share.c.revision,
                       network_share.c.aggregator.desc()))
    if period is not None:
        query = query.where(network_share.c.period == period)
    if state is not None:
        query = query.where(network_share.c.state == state)
    return [StoredHalf(row.id, row.period, row.revision, row.aggregator, bytes(row.canonical),
                       bytes(row.signature), bytes(row.public_key), row.state,
                       row.approved_at, row.sent_at, row.refusal)
            for row in connection.execute(query)]


def mark_sent(connection: Connection, half_id: int, *, receipt: bytes,
              signature: bytes) -> None:
    connection.execute(update(network_share).where(network_share.c.id == half_id).values(
        state="sent", receipt=receipt, receipt_signature=signature, sent_at=now_utc(),
        refusal=None))


def mark_refused(connection: Connection, half_id: int, refusal: dict[str, Any]) -> None:
    connection.execute(update(network_share).where(network_share.c.id == half_id).values(
        state="refused", refusal=refusal))
