"""What the catalogue says about a procedure a shelter accompanies: which documents it asks
for, which of them the law lets an institution demand, and which refusals the law answers.

Every rule names its legal basis; a rule that rests only on secondary sources carries
`verified=False`, and the app says so wherever it shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from shelter_desk.domain.messages import Bilingual


@dataclass(frozen=True)
class LegalBasis:
    """An article (or a practice) a rule rests on; `quote` is statute text, verified only."""

    key: str
    name: Bilingual
    says: Bilingual
    verified: bool
    quote: str = ""
    every_letter: bool = False  # cited in every letter (LEGAL.md "Cite in every letter")
    federal_only: bool = False  # binds federal bodies only (LFPA 15)
    # LEGAL.md lets a letter cite it (never quote it) before its text is verified
    # (LGDNNA 39): the letter dialog marks it.
    cite_unverified: bool = False
    children: bool = False  # cited whenever a child is refused (LGDNNA 39, CPEUM 4)
    # A letter cites it only for whom it speaks of: a child refused, one of these
    # migration statuses, or someone in the letter holding one of these documents
    # (no refugee article for a woman who is not one). Empty: anyone.
    only_child: bool = False
    only_statuses: tuple[str, ...] = ()
    only_holding: tuple[str, ...] = ()

    @property
    def citable(self) -> bool:
        return self.verified or self.cite_unverified


class Subject(StrEnum):
    """Whom a procedure is about."""

    CHILD = "child"  # a child of the household; her mother is the guardian
    ADULT = "adult"
    ANYONE = "anyone"


class Holder(StrEnum):
    """Who must hold a required document."""

    SUBJECT = "subject"
    GUARDIAN = "guardian"  # the case's principal person, for a child's procedure
    HOUSEHOLD = "household"  # anyone in the case file (a Mexican child's birth certificate)


class Condition(StrEnum):
    """When a refusal for a reason contradicts the law."""

    ALWAYS = "always"
    CANNOT_HOLD = "cannot_hold"  # the demanded document is one she can never hold
    HOLDS_ACCEPTED = "holds_accepted"  # she holds a document the requirement accepts
    PRESENTED_ACCEPTED = "presented_accepted"  # and she presented it


@dataclass(frozen=True)
class Requirement:
    key: str
    name: Bilingual
    holder: Holder
    accepts: tuple[str, ...]  # document type keys
    accepts_official_id: bool  # and every type the catalogue flags as official ID
    demandable: bool  # may an institution refuse for lack of it?
    basis: tuple[str, ...]
    verified: bool
    obtain: str = ""  # the procedure that gets it


@dataclass(frozen=True)
class RefusalRule:
    """A reason a refusal was given (barrier reasons) that the law answers."""

    reason: str
    basis: tuple[str, ...]
    document: str = ""  # the document demanded (INE)
    requirement: str = ""  # the requirement the demand stands for
    only_if: Condition = Condition.ALWAYS
    excluded: tuple[str, ...] = ()  # common rules: procedures where the reason is lawful
    # The documents whose refusal the basis answers, when narrower than the requirement's
    # (LM 3-XXXIV and 58 answer a refused INM card, not a refused consular ID).
    accepts: tuple[str, ...] = ()
    letter: str = ""  # the letter template that answers this reason, when not the procedure's


@dataclass(frozen=True)
class ProcedureNote:
    text: Bilingual
    basis: tuple[str, ...]
    verified: bool


@dataclass(frozen=True)
class Procedure:
    key: str
    name: Bilingual
    right_key: str  # catalogue: rights, to match recorded attempts
    subject: Subject
    basis: tuple[str, ...]
    verified: bool
    requirements: tuple[Requirement, ...]
    refusals: tuple[RefusalRule, ...]
    ready: Bilingual  # the next step when nothing stands in the way
    complain: Bilingual
    letter: str  # letter template key
    ages: tuple[int, int] | None = None
    nationality: str = ""  # "", "foreign" or "mexican"
    produces: str = ""  # the document it leads to
    unless_holds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # migration statuses it is for; empty: any
    notes: tuple[ProcedureNote, ...] = ()
    # Listed only for someone who tried it (a social programme is not a step every
    # woman needs; a refusal of one still gets its answer).
    only_when_attempted: bool = False
    # What was asked, as a letter says it: «el registro de nacimiento».
    request: Bilingual | None = None
