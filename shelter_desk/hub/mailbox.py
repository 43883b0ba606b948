"""The hub's mailbox for case handoffs: it carries packages it cannot read.

A member posts an age-sealed package (the raw bytes, the recipient in a header) to
another member; the recipient lists, downloads and acknowledges it, and the sender may
revoke it. The hub keeps only the ciphertext, its size and who to whom; it refuses what
is not an age file, is too large, or comes too fast, and deletes every item when it is
acknowledged or revoked, or 30 days after it came.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import (
    Column,
    Engine,
    Integer,
    LargeBinary,
    String,
    Table,
    delete,
    func,
    insert,
    select,
)

from shelter_desk.hub import repo, work
from shelter_desk.hub.db import now_utc
from shelter_desk.hub.refusal import Refusal
from shelter_desk.hub.schema import metadata

PATH = "/api/v1/mailbox"
RECIPIENT_HEADER = "X-SD-Recipient"
MAX_ITEM = 64 * 1024 * 1024  # the app's handoff.package.MAX_BYTES
MAX_PENDING_BYTES = 512 * 1024 * 1024  # waiting for one recipient
MAX_PER_DAY = 100  # items one sender may post in 24 hours
KEEP = timedelta(days=30)
AGE_MAGIC = b"age-encryption.org/v1\n"

mailbox_item = Table(
    "mailbox_item", metadata,
    Column("id", String(36), primary_key=True),
    Column("sender_id", String(64), nullable=False, index=True),
    Column("recipient_id", String(64), nullable=False, index=True),
    Column("sealed", LargeBinary, nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("created_at", String(20), nullable=False),
    Column("expires_at", String(20), nullable=False),
)

_SIGNED = [{"name": name, "in": "header", "required": True, "schema": {"type": "string"}}
           for name in ("X-SD-Organisation", "X-SD-Timestamp", "X-SD-Signature")]
_ERRORS = {code: {"description": text} for code, text in (
    (400, "Not an age file"), (401, "Not authenticated"), (404, "No such item"),
    (413, "Too large"), (429, "Too many packages"))}


def add_routes(app: Any, engine: Engine,
               in_db: Callable[..., Awaitable[Any]]) -> dict[str, int]:
    """The mailbox's routes on `app`; returns the body limit its path needs."""

    @app.post(PATH, tags=["mailbox"], status_code=201, responses=_ERRORS,
              summary="Leave an age-sealed handoff package for another member",
              openapi_extra={"parameters": [*_SIGNED, {
                  "name": RECIPIENT_HEADER, "in": "header", "required": True,
                  "schema": {"type": "string"}}], "requestBody": {
                  "required": True, "content": {"application/octet-stream": {
                      "schema": {"type": "string", "format": "binary"}}}}})
    async def post_item(request: Request) -> JSONResponse:
        body = await request.body()
        sender = await in_db(work.member, engine, request, body)
        recipient = request.headers.get(RECIPIENT_HEADER, "")
        return JSONResponse(await in_db(post, engine, sender, recipient, body),
                            status_code=201)

    @app.get(PATH, tags=["mailbox"], responses=_ERRORS,
             summary="Packages waiting for the calling member",
             openapi_extra={"parameters": _SIGNED})
    async def list_items(request: Request) -> dict[str, Any]:
        member = await in_db(work.member, engine, request, b"")
        return {"items": await in_db(waiting, engine, member)}

    @app.get(PATH + "/{item_id}", tags=["mailbox"], responses=_ERRORS,
             summary="Download one package (its recipient only)",
             openapi_extra={"parameters": _SIGNED})
    async def get_item(request: Request, item_id: str) -> Response:
        member = await in_db(work.member, engine, request, b"")
        return Response(await in_db(download, engine, member, item_id),
                        media_type="application/octet-stream")

    @app.delete(PATH + "/{item_id}", tags=["mailbox"], status_code=204, responses=_ERRORS,
                summary="Acknowledged by the recipient, or revoked by the sender: deleted",
                openapi_extra={"parameters": _SIGNED})
    async def delete_item(request: Request, item_id: str) -> Response:
        member = await in_db(work.member, engine, request, b"")
        await in_db(remove, engine, member, item_id)
        return Response(status_code=204)

    return {PATH: MAX_ITEM + 64 * 1024}


def post(engine: Engine, sender: str, recipient: str, sealed: bytes) -> dict[str, Any]:
    if not sealed.startswith(AGE_MAGIC):
        raise Refusal(400, "not_sealed", "El buzón solo lleva paquetes cifrados (age).",
                      "The mailbox only carries sealed (age) packages.")
    if len(sealed) > MAX_ITEM:
        raise Refusal(413, "too_large", "El paquete es demasiado grande.",
                      "The package is too large.")
    now = datetime.now(UTC)
    with engine.begin() as connection:
        _purge(connection)
        found = repo.get_organisation(connection, recipient) if recipient else None
        if found is None or found.public_key is None or recipient == sender:
            raise Refusal(404, "no_recipient", "No hay ninguna organización inscrita con ese "
                                               "identificador.",
                          "No enrolled organisation has that id.")
        day_ago = _stamp(now - timedelta(days=1))
        sent_today = connection.execute(select(func.count()).where(
            mailbox_item.c.sender_id == sender,
            mailbox_item.c.created_at > day_ago)).scalar_one()
        pending = connection.execute(select(func.coalesce(func.sum(mailbox_item.c.size), 0))
                                     .where(mailbox_item.c.recipient_id == recipient)
                                     ).scalar_one()
        if sent_today >= MAX_PER_DAY or pending + len(sealed) > MAX_PENDING_BYTES:
            raise Refusal(429, "too_many", "Demasiados paquetes por ahora: inténtalo más "
                                           "tarde.",
                          "Too many packages for now: try again later.")
        item = {"id": str(uuid.uuid4()), "sender_id": sender, "recipient_id": recipient,
                "size": len(sealed), "sha256": hashlib.sha256(sealed).hexdigest(),
                "created_at": now_utc(), "expires_at": _stamp(now + KEEP)}
        connection.execute(insert(mailbox_item).values(sealed=sealed, **item))
    return {"id": item["id"], "size": item["size"], "sha256": item["sha256"],
            "expires_at": item["expires_at"]}


def waiting(engine: Engine, member: str) -> list[dict[str, Any]]:
    with engine.begin() as connection:
        _purge(connection)
        rows = connection.execute(select(
            mailbox_item.c.id, mailbox_item.c.sender_id, mailbox_item.c.size,
            mailbox_item.c.sha256, mailbox_item.c.created_at, mailbox_item.c.expires_at)
            .where(mailbox_item.c.recipient_id == member)
            .order_by(mailbox_item.c.created_at)).all()
    return [{"id": r.id, "from": r.sender_id, "size": r.size, "sha256": r.sha256,
             "created_at": r.created_at, "expires_at": r.expires_at} for r in rows]


def download(engine: Engine, member: str, item_id: str) -> bytes:
    with engine.begin() as connection:
        _purge(connection)
        sealed = connection.execute(select(mailbox_item.c.sealed).where(
            mailbox_item.c.id == item_id, mailbox_item.c.recipient_id == member)).scalar()
    if sealed is None:
        raise _not_found()
    return bytes(sealed)


def remove(engine: Engine, member: str, item_id: str) -> None:
    with engine.begin() as connection:
        gone = connection.execute(delete(mailbox_item).where(
            mailbox_item.c.id == item_id,
            (mailbox_item.c.recipient_id == member) | (mailbox_item.c.sender_id == member)))
    if not gone.rowcount:
        raise _not_found()


def _purge(connection: Any) -> None:
    connection.execute(delete(mailbox_item).where(mailbox_item.c.expires_at <= now_utc()))


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _not_found() -> Refusal:
    return Refusal(404, "not_found", "No hay ningún paquete así para esta organización.",
                   "There is no such package for this organisation.")
