"""A procedure attempt: she tried to exercise a right, and a door opened or closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Outcome(StrEnum):
    GRANTED = "granted"
    PARTIAL = "partial"
    REFUSED = "refused"
    PENDING = "pending"


@dataclass(frozen=True)
class AttemptDetails:
    person_id: int
    right_key: str  # catalogue: rights
    institution_type_key: str  # catalogue: institution types
    institution_name: str
    attempted_on: date
    outcome: Outcome
    documents_presented: tuple[str, ...] = ()  # document type keys
    # Every reason given at once (an INE asked for, «es extranjera», a Mexican acta):
    # catalogue barrier reasons, in the order the catalogue lists them.
    reason_keys: tuple[str, ...] = ()
    reason_given: str = ""  # what they said, in their words
    action_taken: str = ""
    follow_up_on: date | None = None
    # The recorded document the refusal is about (the card they would not accept), as the
    # worker names it; None: no document in particular. Never guessed from her ID.
    document_id: int | None = None


@dataclass(frozen=True)
class ProcedureAttempt:
    id: int
    case_id: int
    details: AttemptDetails
    resolved_on: date | None = None
    resolution: str = ""

    @property
    def is_open_barrier(self) -> bool:
        return self.details.outcome in (Outcome.REFUSED, Outcome.PARTIAL) and (
            self.resolved_on is None)
