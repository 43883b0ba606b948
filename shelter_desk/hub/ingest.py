"""Receiving one report: checks, storage and the signed receipt, in one transaction.
The same bytes sent twice get the first receipt again and are stored once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from shelter_desk.hub import checks, db, receipts, repo


@dataclass(frozen=True)
class Received:
    created: bool  # False: this very report had already arrived
    wire: dict[str, Any]


def receive(engine: Engine, body: bytes, via: str = "https") -> Received:
    signed = checks.parse(body)
    organisation_id = checks.organisation_named(signed)
    for attempt in (1, 2):
        try:
            return _receive(engine, signed, organisation_id, via)
        except IntegrityError:
            # A concurrent request stored the same revision first: look again.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _receive(engine: Engine, signed: Any, organisation_id: str, via: str) -> Received:
    with engine.begin() as connection:
        found = repo.get_organisation(connection, organisation_id)
        submission = checks.check(signed, found.public_key if found else None,
                                  db.policy(connection), datetime.now(UTC).date())
        stored = repo.stored_revisions(connection, organisation_id, submission.period)
        if checks.check_revision(submission, stored):
            receipt, signature = repo.stored_receipt(connection, organisation_id,
                                                     submission.period, submission.revision)
            return Received(False, receipts.wire(receipt, signature, duplicate=True))
        received_at = db.now_utc()
        receipt, signature = receipts.make(
            db.hub_private_key(connection), organisation_id=organisation_id,
            period=submission.period, revision=submission.revision,
            report_sha256=submission.sha256, received_at=received_at)
        repo.add_report(connection, organisation_id=organisation_id, period=submission.period,
                        revision=submission.revision, sha256=submission.sha256,
                        canonical=signed.canonical, signature=signed.signature,
                        received_at=received_at, via=via, receipt=receipt,
                        receipt_signature=signature)
    return Received(True, receipts.wire(receipt, signature, duplicate=False))
