"""The vault's rows for the network hub: the pinned hub, receipts, the library's offline
copies, and the directory entries that came from the hub."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from shelter_desk.store.clock import now_utc
from shelter_desk.store.schema import (
    library_copy,
    network_hub,
    network_receipt,
    organisation_directory,
)


@dataclass(frozen=True)
class StoredHub:
    url: str
    public_key: bytes
    organisation_id: str
    ca_file: str | None
    policy: dict[str, Any]
    joined_at: str


@dataclass(frozen=True)
class StoredDocument:
    slug: str
    version: int
    title: str
    media_type: str
    sha256: str
    size: int
    fetched_at: str


def pinned_hub(connection: Connection) -> StoredHub | None:
    row = connection.execute(select(network_hub).where(network_hub.c.id == 1)).first()
    if row is None:
        return None
    return StoredHub(row.url, bytes(row.public_key), row.organisation_id, row.ca_file,
                     row.policy, row.joined_at)


def pin_hub(connection: Connection, *, url: str, public_key: bytes, organisation_id: str,
            ca_file: str | None, policy: dict[str, Any]) -> None:
    connection.execute(delete(network_hub))
    connection.execute(insert(network_hub).values(
        id=1, url=url, public_key=public_key, organisation_id=organisation_id,
        ca_file=ca_file, policy=policy, joined_at=now_utc()))


def receipted(connection: Connection) -> set[int]:
    return set(connection.execute(select(network_receipt.c.report_id)).scalars())


def add_receipt(connection: Connection, *, report_id: int, period: str, revision: int,
                report_sha256: str, receipt: bytes, signature: bytes) -> None:
    connection.execute(insert(network_receipt).values(
        report_id=report_id, period=period, revision=revision, report_sha256=report_sha256,
        receipt=receipt, signature=signature, received_at=now_utc()))


def library_versions(connection: Connection) -> dict[str, int]:
    return {row.slug: row.version for row in connection.execute(
        select(library_copy.c.slug, library_copy.c.version))}


def save_library_copy(connection: Connection, *, slug: str, version: int, title: str,
                      media_type: str, sha256: str, content: bytes) -> None:
    """Keep only the newest version: the library shows the current protocol."""
    connection.execute(delete(library_copy).where(library_copy.c.slug == slug))
    connection.execute(insert(library_copy).values(
        slug=slug, version=version, title=title, media_type=media_type, sha256=sha256,
        content=content, fetched_at=now_utc()))


def library(connection: Connection) -> list[StoredDocument]:
    query = select(library_copy.c.slug, library_copy.c.version, library_copy.c.title,
                   library_copy.c.media_type, library_copy.c.sha256,
                   func.length(library_copy.c.content).label("size"),
                   library_copy.c.fetched_at).order_by(library_copy.c.title)
    return [StoredDocument(row.slug, row.version, row.title, row.media_type, row.sha256,
                           int(row.size), row.fetched_at) for row in connection.execute(query)]


def library_content(connection: Connection, slug: str) -> tuple[StoredDocument, bytes] | None:
    row = connection.execute(select(library_copy).where(library_copy.c.slug == slug)).first()
    if row is None:
        return None
    content = bytes(row.content)
    return StoredDocument(row.slug, row.version, row.title, row.media_type, row.sha256,
                          len(content), row.fetched_at), content


def replace_network_directory(connection: Connection, entries: list[dict[str, Any]]) -> int:
    """Bring the hub's organisations into the referral directory: new ones added, known
    ones (by network id) updated, ones the hub no longer lists made inactive (kept, as
    referrals point at them). Entries typed in by hand are left alone."""
    known = {row.network_id: row.id for row in connection.execute(
        select(organisation_directory.c.id, organisation_directory.c.network_id)
        .where(organisation_directory.c.network_id.is_not(None)))}
    now = now_utc()
    seen = set()
    for entry in entries:
        values = {"name": entry["name"], "services": entry["services"],
                  "contact": entry["contact"], "active": True, "updated_at": now}
        seen.add(entry["network_id"])
        if entry["network_id"] in known:
            connection.execute(update(organisation_directory).where(
                organisation_directory.c.id == known[entry["network_id"]]).values(**values))
        else:
            connection.execute(insert(organisation_directory).values(
                network_id=entry["network_id"], **values))
    gone = [row_id for network_id, row_id in known.items() if network_id not in seen]
    if gone:
        connection.execute(update(organisation_directory).where(
            organisation_directory.c.id.in_(gone)).values(active=False, updated_at=now))
    return len(entries)
