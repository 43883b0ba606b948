"""What the rights checker finds, as plain data: each procedure's state, the findings
that explain it (each with its legal basis and whether that basis is verified), the next
step, and the household members it reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from shelter_desk.domain.barriers import ProcedureAttempt
from shelter_desk.domain.document_types import CatalogEntry, DocumentType
from shelter_desk.domain.documents import DocumentDetails, Standing
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import Person
from shelter_desk.domain.procedures import LegalBasis, Procedure, RefusalRule

USABLE = (Standing.VALID, Standing.EXPIRING_SOON)


class State(StrEnum):
    READY = "ready"
    BLOCKED = "blocked"
    AT_RISK = "at_risk"


class Kind(StrEnum):
    HELD = "held"  # a requirement met, or the document it leads to already held
    MISSING = "missing"
    NOT_DEMANDABLE = "not_demandable"
    EXPIRES = "expires"
    REFUSED = "refused"
    CANNOT_HOLD = "cannot_hold"
    ACCEPTED_INSTEAD = "accepted_instead"
    CONTRADICTS = "contradicts"
    UNSETTLED = "unsettled"  # a refusal the catalogue cannot answer
    NOTE = "note"


@dataclass(frozen=True)
class Finding:
    kind: Kind
    text: Bilingual
    basis: tuple[str, ...] = ()
    verified: bool = True
    document: str = ""  # the document type it is about, when one


@dataclass(frozen=True)
class NextStep:
    text: Bilingual
    letter: str = ""  # a template key when a letter is the step
    procedure: str = ""  # a procedure to do first (the CURP)


@dataclass(frozen=True)
class Member:
    """A person of the case file with her documents; `principal` is the woman herself."""

    person: Person
    documents: tuple[DocumentDetails, ...]
    principal: bool = False
    document_ids: tuple[int, ...] = ()  # the recorded ids of `documents`, in order

    def named(self, document_id: int | None) -> DocumentDetails | None:
        """Her document a refusal names, if it is hers."""
        return dict(zip(self.document_ids, self.documents, strict=False)).get(document_id or -1)


@dataclass(frozen=True)
class ProcedureCheck:
    procedure: Procedure
    person: Person
    state: State
    findings: tuple[Finding, ...]
    next_step: NextStep
    follow_up_on: date
    attempt: ProcedureAttempt | None = None  # the open barrier it is about, if any
    contradicts_law: bool = False
    basis: tuple[str, ...] = ()  # what applies, for a letter (verified or not)
    # Where to complain about the refusing office when its institution type says (a state
    # programme: the state commission), else the procedure's general route.
    complain: Bilingual | None = None

    @property
    def verified(self) -> bool:
        return self.procedure.verified and all(f.verified for f in self.findings)


@dataclass
class Catalogue:
    """The catalogue parts the checker reads."""

    procedures: dict[str, Procedure]
    common_refusals: tuple[RefusalRule, ...]
    legal_basis: dict[str, LegalBasis]
    document_types: dict[str, DocumentType]
    reasons: dict[str, CatalogEntry] = field(default_factory=dict)
    institution_types: dict[str, CatalogEntry] = field(default_factory=dict)
