"""Receiving one member's half of its secret shares (either server: the hub as "leader",
or the second aggregator as "helper"): the signature of the member's enrolled key, the
server it is meant for, the period, the domain of cells (the same policy on both
servers), every table's length, and revisions; stored as the exact signed bytes."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from shelter_desk.hub import checks, db, receipts, repo
from shelter_desk.hub.refusal import Refusal
from shelter_desk.hub.share_schema import share_submission
from shelter_desk.network import envelope, shares
from shelter_desk.network.policy import OPTIONAL_FIELDS, NetworkPolicy
from shelter_desk.network.share_domain import ShareDomain, share_domain


@dataclass(frozen=True)
class ShareSubmission:
    organisation_id: str
    period: str
    revision: int
    sha256: str
    vectors: dict[str, list[int]]


def role(connection: Connection) -> str:
    return db.get_setting(connection, "role") or "leader"


def network_policy(connection: Connection) -> NetworkPolicy:
    """The hub's policy as the members' NetworkPolicy (fields it does not know dropped)."""
    known = set(NetworkPolicy().to_json()) | OPTIONAL_FIELDS
    stored = {key: value for key, value in db.policy(connection).items() if key in known}
    return NetworkPolicy.from_json(stored)


def domain(connection: Connection) -> ShareDomain:
    return share_domain(network_policy(connection))


def receive(engine: Engine, body: bytes) -> tuple[bool, dict[str, Any]]:
    """(stored now, the answer): the same bytes twice are stored once."""
    signed = checks.parse(body)
    organisation_id = checks.organisation_named(signed)
    for attempt in (1, 2):
        try:
            with engine.begin() as connection:
                return _receive(connection, signed, organisation_id)
        except IntegrityError:
            if attempt == 2:  # a concurrent request stored the same revision first
                raise
    raise AssertionError("unreachable")


def _receive(connection: Connection, signed: envelope.SignedReport,
             organisation_id: str) -> tuple[bool, dict[str, Any]]:
    found = repo.get_organisation(connection, organisation_id)
    submission = check(signed, found.public_key if found else None, connection)
    answer = {"organisation_id": organisation_id, "period": submission.period,
              "revision": submission.revision, "sha256": submission.sha256,
              "aggregator": role(connection)}
    rows = connection.execute(select(share_submission.c.revision, share_submission.c.sha256,
                                     share_submission.c.received_at).where(
        share_submission.c.organisation_id == organisation_id,
        share_submission.c.period == submission.period)).all()
    stored = {row.revision: row.sha256 for row in rows}
    fake = checks.Submission(signed, {}, organisation_id, submission.period,
                             submission.revision)
    if checks.check_revision(fake, stored):  # 409 for a replayed older or a conflicting one
        received_at = next(row.received_at for row in rows
                           if row.revision == submission.revision)
        return False, {**answer, **_receipt(connection, submission, received_at, True)}
    received_at = db.now_utc()
    connection.execute(insert(share_submission).values(
        organisation_id=organisation_id, period=submission.period,
        revision=submission.revision, sha256=submission.sha256, canonical=signed.canonical,
        signature=signed.signature, received_at=received_at))
    return True, {**answer, **_receipt(connection, submission, received_at, False)}


def _receipt(connection: Connection, submission: ShareSubmission, received_at: str,
             duplicate: bool) -> dict[str, Any]:
    """The same signed receipt as for a report, naming this half's hash: the member's
    proof that this very server (the key it pinned at enrolment) holds it. Signed again
    for a duplicate, from the stored time: Ed25519 gives the same bytes."""
    receipt, signature = receipts.make(
        db.hub_private_key(connection), organisation_id=submission.organisation_id,
        period=submission.period, revision=submission.revision,
        report_sha256=submission.sha256, received_at=received_at)
    return receipts.wire(receipt, signature, duplicate=duplicate)


def check(signed: envelope.SignedReport, enrolled_key: bytes | None,
          connection: Connection) -> ShareSubmission:
    organisation_id = checks.organisation_named(signed)
    if enrolled_key is None:
        raise Refusal(403, "not_enrolled",
                      f"La organización {organisation_id} no está inscrita en este servidor.",
                      f"The organisation {organisation_id} is not enrolled on this server.")
    if not envelope.verify(signed, enrolled_key):
        raise Refusal(403, "bad_signature",
                      "La firma no corresponde a la llave inscrita de la organización.",
                      "The signature is not the organisation's enrolled key's.")
    document = _document(signed.canonical)
    if document.get("format") != shares.SHARE_FORMAT:
        raise Refusal(422, "unsupported_format",
                      f"Este servidor acepta partes {shares.SHARE_FORMAT}.",
                      f"This server accepts {shares.SHARE_FORMAT} shares.")
    mine = role(connection)
    if document.get("aggregator") != mine:
        raise Refusal(422, "wrong_aggregator",
                      f"Esta parte es para el otro servidor; este es el «{mine}». Enviar "
                      "las dos partes al mismo servidor dejaría leer las cifras.",
                      f"This share is for the other server; this one is the '{mine}'. "
                      "Both shares on one server would make the counts readable.")
    policy = db.policy(connection)
    period = checks.check_period(document.get("period"), policy, datetime.now(UTC).date())
    revision = document.get("revision")
    if isinstance(revision, bool) or not isinstance(revision, int) or not 1 <= revision < 2**31:
        raise Refusal(422, "invalid_share", "La revisión debe ser un número positivo.",
                      "The revision must be a positive whole number.")
    cells = domain(connection)
    if document.get("domain_sha256") != cells.sha256():
        raise Refusal(422, "policy_mismatch",
                      "Las partes se hicieron con otra política de la red (otras tablas o "
                      "categorías) que la de este servidor.",
                      "The shares were made with another network policy (other tables or "
                      "categories) than this server's.")
    return ShareSubmission(organisation_id, period, revision,
                           hashlib.sha256(signed.canonical).hexdigest(),
                           vectors(document.get("shares"), cells))


def vectors(tables: object, cells: ShareDomain) -> dict[str, list[int]]:
    if not isinstance(tables, dict):
        raise Refusal(422, "invalid_share", "Faltan las partes de las tablas.",
                      "The tables' shares are missing.")
    unknown = sorted(str(key)[:40] for key in set(tables) - set(cells.cells))
    if unknown:
        raise Refusal(422, "unknown_table",
                      f"Tabla desconocida en esta red: {', '.join(unknown)}.",
                      f"Table unknown to this network: {', '.join(unknown)}.")
    missing = sorted(set(cells.cells) - set(tables))
    if missing:
        raise Refusal(422, "missing_table", f"Faltan tablas: {', '.join(missing)}.",
                      f"Tables are missing: {', '.join(missing)}.")
    found: dict[str, list[int]] = {}
    for key in sorted(cells.cells):
        try:
            found[key] = shares.decode(tables[key], cells.length(key))
        except ValueError as error:
            raise Refusal(422, "bad_share_length",
                          f"La parte de la tabla {key} no tiene el tamaño que fija la "
                          f"política ({cells.length(key)} celdas de 8 bytes).",
                          f"The share of table {key} is not the size the policy sets "
                          f"({cells.length(key)} cells of 8 bytes).") from error
    return found


def latest(connection: Connection, period: str) -> dict[bytes, tuple[int, bytes]]:
    """Enrolled public key -> (revision, canonical bytes) of its newest share."""
    from shelter_desk.hub.schema import organisation

    rows = connection.execute(select(
        organisation.c.public_key, share_submission.c.revision, share_submission.c.canonical)
        .join(organisation, organisation.c.id == share_submission.c.organisation_id)
        .where(share_submission.c.period == period)
        .order_by(share_submission.c.revision)).all()
    return {bytes(row.public_key): (row.revision, bytes(row.canonical)) for row in rows}


def stored_vectors(canonical: bytes, cells: ShareDomain) -> dict[str, list[int]]:
    return vectors(_document(canonical).get("shares"), cells)


def _document(canonical: bytes) -> dict[str, Any]:
    try:
        document = json.loads(canonical)
    except (UnicodeDecodeError, ValueError) as error:
        raise Refusal(422, "invalid_share", "La parte firmada no es JSON.",
                      "The signed share is not JSON.") from error
    if not isinstance(document, dict):
        raise Refusal(422, "invalid_share", "La parte firmada no es un objeto JSON.",
                      "The signed share is not a JSON object.")
    return document
