"""The hub's rows: organisations and enrolment tokens, reports, profiles, the library and
administrators. Functions take a Connection inside the caller's transaction."""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, insert, select, update

from shelter_desk.hub.db import now_utc
from shelter_desk.hub.refusal import Refusal
from shelter_desk.hub.schema import (
    admin,
    enrolment_token,
    library_document,
    organisation,
    profile,
    report,
)


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    public_key: bytes | None
    enrolled_at: str | None


@dataclass(frozen=True)
class StoredReport:
    organisation_id: str
    organisation_name: str
    period: str
    revision: int
    sha256: str
    canonical: bytes
    received_at: str


@dataclass(frozen=True)
class LibraryEntry:
    slug: str
    version: int
    title: str
    media_type: str
    sha256: str
    size: int
    published_at: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_organisation(connection: Connection, name: str, valid_hours: int) -> tuple[str, str]:
    """(organisation id, one-time enrolment token). Only the token's hash is stored."""
    name = " ".join(name.split())
    if not name or len(name) > 200:
        raise ValueError("an organisation needs a name of 1 to 200 characters")
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name)
                  .encode("ascii", "ignore").decode("ascii").lower()).strip("-")[:40] or "org"
    organisation_id = f"{slug}-{secrets.token_hex(3)}"
    connection.execute(insert(organisation).values(id=organisation_id, name=name,
                                                   created_at=now_utc()))
    token = new_token(connection, organisation_id, valid_hours)
    return organisation_id, token


def new_token(connection: Connection, organisation_id: str, valid_hours: int) -> str:
    token = secrets.token_urlsafe(32)
    expires = datetime.now(UTC) + timedelta(hours=valid_hours)
    connection.execute(insert(enrolment_token).values(
        token_sha256=token_hash(token), organisation_id=organisation_id,
        expires_at=expires.strftime("%Y-%m-%dT%H:%M:%SZ")))
    return token


def enrol(connection: Connection, token: str, public_key: bytes) -> Organisation:
    """Bind `public_key` to the token's organisation; the token is spent either way
    it is used successfully, and a used or expired one is refused."""
    row = connection.execute(select(enrolment_token).where(
        enrolment_token.c.token_sha256 == token_hash(token))).first()
    if row is None:
        raise Refusal(403, "unknown_token", "Este código de inscripción no existe.",
                      "This enrolment token does not exist.")
    if row.used_at is not None:
        raise Refusal(410, "token_used", "Este código de inscripción ya se usó.",
                      "This enrolment token was already used.")
    if row.expires_at <= now_utc():
        raise Refusal(410, "token_expired", "Este código de inscripción caducó.",
                      "This enrolment token has expired.")
    owner = connection.execute(select(organisation.c.id).where(
        organisation.c.public_key == public_key)).scalar()
    if owner is not None and owner != row.organisation_id:
        raise Refusal(409, "key_in_use", "Esta llave ya está inscrita por otra organización.",
                      "This key is already enrolled by another organisation.")
    spent = connection.execute(update(enrolment_token).where(and_(
        enrolment_token.c.token_sha256 == row.token_sha256,
        enrolment_token.c.used_at.is_(None))).values(used_at=now_utc())).rowcount
    if not spent:  # another request spent it in the meantime
        raise Refusal(410, "token_used", "Este código de inscripción ya se usó.",
                      "This enrolment token was already used.")
    connection.execute(update(organisation).where(organisation.c.id == row.organisation_id)
                       .values(public_key=public_key, enrolled_at=now_utc()))
    found = get_organisation(connection, row.organisation_id)
    assert found is not None
    return found


def get_organisation(connection: Connection, organisation_id: str) -> Organisation | None:
    row = connection.execute(select(organisation).where(
        organisation.c.id == organisation_id)).first()
    if row is None:
        return None
    return Organisation(row.id, row.name, bytes(row.public_key) if row.public_key else None,
                        row.enrolled_at)


def organisations(connection: Connection) -> list[Organisation]:
    return [Organisation(row.id, row.name, bytes(row.public_key) if row.public_key else None,
                         row.enrolled_at)
            for row in connection.execute(select(organisation).order_by(organisation.c.name))]


def stored_revisions(connection: Connection, organisation_id: str, period: str
                     ) -> dict[int, str]:
    return {row.revision: row.sha256 for row in connection.execute(
        select(report.c.revision, report.c.sha256).where(and_(
            report.c.organisation_id == organisation_id, report.c.period == period)))}


def stored_receipt(connection: Connection, organisation_id: str, period: str,
                   revision: int) -> tuple[bytes, bytes]:
    row = connection.execute(select(report.c.receipt, report.c.receipt_signature).where(and_(
        report.c.organisation_id == organisation_id, report.c.period == period,
        report.c.revision == revision))).one()
    return bytes(row.receipt), bytes(row.receipt_signature)


def add_report(connection: Connection, **values: Any) -> None:
    connection.execute(insert(report).values(**values))


def report_count(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(report)).scalar() or 0)


def periods(connection: Connection) -> list[str]:
    return list(connection.execute(select(report.c.period).distinct()
                                   .order_by(report.c.period.desc())).scalars())


def latest_reports(connection: Connection, period: str) -> list[StoredReport]:
    """Each member's newest revision of `period`."""
    newest = (select(report.c.organisation_id, func.max(report.c.revision).label("revision"))
              .where(report.c.period == period).group_by(report.c.organisation_id).subquery())
    query = (select(report, organisation.c.name)
             .join(newest, and_(newest.c.organisation_id == report.c.organisation_id,
                                newest.c.revision == report.c.revision))
             .join(organisation, organisation.c.id == report.c.organisation_id)
             .where(report.c.period == period).order_by(organisation.c.name))
    return [StoredReport(row.organisation_id, row.name, row.period, row.revision, row.sha256,
                         bytes(row.canonical), row.received_at)
            for row in connection.execute(query)]


def save_profile(connection: Connection, organisation_id: str, document: dict[str, Any],
                 published_at: str) -> None:
    text = json.dumps(document, sort_keys=True, ensure_ascii=False)
    if not connection.execute(update(profile).where(profile.c.organisation_id == organisation_id)
                              .values(document=text, published_at=published_at)).rowcount:
        connection.execute(insert(profile).values(organisation_id=organisation_id,
                                                  document=text, published_at=published_at))


def profile_published_at(connection: Connection, organisation_id: str) -> str | None:
    return connection.execute(select(profile.c.published_at).where(
        profile.c.organisation_id == organisation_id)).scalar()


def profiles(connection: Connection) -> list[dict[str, Any]]:
    return [json.loads(text) for text in connection.execute(
        select(profile.c.document).order_by(profile.c.organisation_id)).scalars()]


def publish_document(connection: Connection, *, slug: str, title: str, media_type: str,
                     content: bytes, published_by: str) -> int:
    """Store a new version of the library document `slug`; returns its version."""
    version = int(connection.execute(select(func.max(library_document.c.version)).where(
        library_document.c.slug == slug)).scalar() or 0) + 1
    connection.execute(insert(library_document).values(
        slug=slug, version=version, title=title, media_type=media_type,
        sha256=hashlib.sha256(content).hexdigest(), content=content,
        published_at=now_utc(), published_by=published_by))
    return version


def library(connection: Connection) -> list[LibraryEntry]:
    """The current (newest) version of every document."""
    newest = (select(library_document.c.slug, func.max(library_document.c.version)
                     .label("version")).group_by(library_document.c.slug).subquery())
    query = (select(library_document.c.slug, library_document.c.version,
                    library_document.c.title, library_document.c.media_type,
                    library_document.c.sha256, library_document.c.published_at,
                    func.length(library_document.c.content).label("size"))
             .join(newest, and_(newest.c.slug == library_document.c.slug,
                                newest.c.version == library_document.c.version))
             .order_by(library_document.c.title))
    return [LibraryEntry(row.slug, row.version, row.title, row.media_type, row.sha256,
                         int(row.size), row.published_at) for row in connection.execute(query)]


def library_content(connection: Connection, slug: str, version: int
                    ) -> tuple[str, bytes] | None:
    row = connection.execute(select(library_document.c.media_type, library_document.c.content)
                             .where(and_(library_document.c.slug == slug,
                                         library_document.c.version == version))).first()
    return (row.media_type, bytes(row.content)) if row else None


def add_admin(connection: Connection, username: str, password_hash: str) -> None:
    connection.execute(insert(admin).values(username=username, password_hash=password_hash,
                                            created_at=now_utc()))


def admin_hash(connection: Connection, username: str) -> tuple[int, str] | None:
    row = connection.execute(select(admin.c.id, admin.c.password_hash).where(
        admin.c.username == username)).first()
    return (row.id, row.password_hash) if row else None


def admin_name(connection: Connection, admin_id: int) -> str | None:
    return connection.execute(select(admin.c.username).where(admin.c.id == admin_id)).scalar()
