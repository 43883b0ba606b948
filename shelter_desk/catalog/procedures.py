"""Load legal_basis.json and procedures.json: every rule names its basis, or says it is
unverified, and every key it uses (documents, rights, reasons, articles) must exist."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shelter_desk.catalog.checks import CatalogError, Checker, read_document, read_list
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import MigrationStatus
from shelter_desk.domain.procedures import (
    Condition,
    Holder,
    LegalBasis,
    Procedure,
    ProcedureNote,
    RefusalRule,
    Requirement,
    Subject,
)

BASIS_FILE = "legal_basis.json"
PROCEDURES_FILE = "procedures.json"


@dataclass(frozen=True)
class ProcedureCatalog:
    legal_basis: dict[str, LegalBasis]
    procedures: dict[str, Procedure]
    common_refusals: tuple[RefusalRule, ...]


def load_procedures(directory: Path, *, document_types: Collection[str],
                    rights: Collection[str], reasons: Collection[str]) -> ProcedureCatalog:
    basis: dict[str, LegalBasis] = {}
    for index, item in enumerate(read_list(directory, BASIS_FILE, "legal_basis")):
        entry = _basis(Checker(BASIS_FILE, f"legal_basis[{index}]", item), document_types)
        if entry.key in basis:
            raise CatalogError(BASIS_FILE, entry.key, "duplicate key")
        basis[entry.key] = entry
    document = read_document(directory, PROCEDURES_FILE)
    rules = _Rules(basis, document_types, reasons)
    procedure_keys = {item.get("key") for item in read_list(directory, PROCEDURES_FILE,
                                                             "procedures", document)
                      if isinstance(item, dict)}
    common = tuple(
        rules.refusal(Checker(PROCEDURES_FILE, f"common_refusals[{index}]", item),
                      procedure_keys)
        for index, item in enumerate(read_list(directory, PROCEDURES_FILE, "common_refusals",
                                               document, may_be_empty=True)))
    procedures: dict[str, Procedure] = {}
    for index, item in enumerate(document["procedures"]):
        procedure = rules.procedure(Checker(PROCEDURES_FILE, f"procedures[{index}]", item),
                                    rights, procedure_keys)
        if procedure.key in procedures:
            raise CatalogError(PROCEDURES_FILE, procedure.key, "duplicate key")
        procedures[procedure.key] = procedure
    return ProcedureCatalog(basis, procedures, common)


def _basis(check: Checker, document_types: Collection[str]) -> LegalBasis:
    verified = check.flag("verified")
    quote = check.string("quote", "")
    if quote and not verified:
        # LEGAL.md: never put an unverified rule into a letter as a quotation.
        check.fail("quote", "an unverified basis cannot carry a quotation")
    cite_unverified = check.flag("cite_unverified", False)
    if cite_unverified and verified:
        check.fail("cite_unverified", "only for an unverified basis")
    return LegalBasis(key=check.key(), name=_text(check, "name"), says=_text(check, "says"),
                      verified=verified, quote=quote,
                      every_letter=check.flag("every_letter", False),
                      federal_only=check.flag("federal_only", False),
                      cite_unverified=cite_unverified,
                      children=check.flag("children", False),
                      only_child=check.flag("only_child", False),
                      only_statuses=check.keys("only_statuses",
                                               {s.value for s in MigrationStatus},
                                               required=False),
                      only_holding=check.keys("only_holding", document_types, required=False))


def _text(check: Checker, name: str) -> Bilingual:
    text = check.text(name)
    if not text.es.strip() or not text.en.strip():
        check.fail(name, "needs both a Spanish and an English text")
    return text


class _Rules:
    def __init__(self, basis: dict[str, LegalBasis], document_types: Collection[str],
                 reasons: Collection[str]) -> None:
        self.basis, self.document_types, self.reasons = basis, document_types, reasons

    def _sourced(self, check: Checker) -> tuple[tuple[str, ...], bool]:
        """Its basis and whether it is verified: a rule says where it comes from, and
        claims to be verified only if every basis it names is."""
        keys = check.keys("basis", self.basis, required=False)
        verified = check.flag("verified", True)
        if verified and not keys:
            check.fail("basis", "a verified rule must name its legal basis "
                                 "(or say \"verified\": false)")
        unverified = [key for key in keys if not self.basis[key].verified]
        if verified and unverified:
            check.fail("verified", f"rests on unverified basis {unverified}: "
                                    "set \"verified\": false")
        return keys, verified

    def refusal(self, check: Checker, procedure_keys: Collection[str]) -> RefusalRule:
        reason = check.choice("reason", set(self.reasons))
        keys = check.keys("basis", self.basis, may_be_empty=False)
        only_if = Condition(check.choice("only_if", {c.value for c in Condition},
                                         check.item.get("only_if", "always")))
        document = check.string("document", "")
        if document and document not in self.document_types:
            check.fail("document", f"unknown document type {document!r}")
        if only_if is Condition.CANNOT_HOLD and not document:
            check.fail("document", "'cannot_hold' needs the document demanded")
        requirement = check.string("requirement", "")
        if only_if in (Condition.HOLDS_ACCEPTED, Condition.PRESENTED_ACCEPTED) and not (
                requirement):
            check.fail("requirement", f"'{only_if.value}' needs the requirement it stands for")
        return RefusalRule(reason=reason, basis=keys, document=document,
                           requirement=requirement, only_if=only_if,
                           excluded=check.keys("except", procedure_keys, required=False),
                           accepts=check.keys("accepts", self.document_types, required=False),
                           letter=check.string("letter", ""))

    def requirement(self, check: Checker, procedure_keys: Collection[str]) -> Requirement:
        keys, verified = self._sourced(check)
        obtain = check.string("obtain", "")
        if obtain and obtain not in procedure_keys:
            check.fail("obtain", f"unknown procedure {obtain!r}")
        accepts = check.keys("accepts", self.document_types)
        official = check.flag("accepts_official_id", False)
        if not accepts and not official:
            check.fail("accepts", "name the documents it accepts")
        return Requirement(key=check.key(), name=_text(check, "name"),
                           holder=Holder(check.choice("holder", {h.value for h in Holder})),
                           accepts=accepts, accepts_official_id=official,
                           demandable=check.flag("demandable"), basis=keys, verified=verified,
                           obtain=obtain)

    def procedure(self, check: Checker, rights: Collection[str],
                  procedure_keys: Collection[str]) -> Procedure:
        key = check.key()
        keys, verified = self._sourced(check)
        requirements = tuple(
            self.requirement(_nested(check, f"requirements[{index}]", item), procedure_keys)
            for index, item in enumerate(_list(check, "requirements")))
        requirement_keys = {r.key for r in requirements}
        refusals = tuple(self.refusal(_nested(check, f"refusals[{index}]", item), procedure_keys)
                         for index, item in enumerate(_list(check, "refusals")))
        for index, rule in enumerate(refusals):
            if rule.requirement and rule.requirement not in requirement_keys:
                check.fail(f"refusals[{index}].requirement",
                            f"unknown requirement {rule.requirement!r}")
        notes = []
        for index, item in enumerate(_list(check, "notes", required=False)):
            nested = _nested(check, f"notes[{index}]", item)
            note_basis, note_verified = self._sourced(nested)
            notes.append(ProcedureNote(_text(nested, "text"), note_basis, note_verified))
        ages = check.item.get("ages")
        if ages is not None and not (isinstance(ages, list) and len(ages) == 2 and all(
                isinstance(a, int) and 0 <= a <= 120 for a in ages) and ages[0] <= ages[1]):
            check.fail("ages", "must be [youngest, oldest] in whole years")
        for name in ("produces",):
            value = check.string(name, "")
            if value and value not in self.document_types:
                check.fail(name, f"unknown document type {value!r}")
        letter = check.string("letter")
        if not letter:
            check.fail("letter", "name the letter template to use")
        return Procedure(
            key=key, name=_text(check, "name"),
            right_key=check.choice("right_key", set(rights)),
            subject=Subject(check.choice("subject", {s.value for s in Subject})),
            basis=keys, verified=verified, requirements=requirements, refusals=refusals,
            ready=_text(check, "ready"), complain=_text(check, "complain"), letter=letter,
            ages=tuple(ages) if ages else None,  # type: ignore[arg-type]
            nationality=check.choice("nationality", {"", "foreign", "mexican"},
                                     check.item.get("nationality", "")),
            produces=check.string("produces", ""),
            unless_holds=check.keys("unless_holds", self.document_types, required=False),
            statuses=check.keys("statuses", {s.value for s in MigrationStatus}, required=False),
            notes=tuple(notes),
            only_when_attempted=check.flag("only_when_attempted", False),
            request=_text(check, "request") if "request" in check.item else None)


def _list(check: Checker, name: str, *, required: bool = True) -> list[Any]:
    value = check.item.get(name, None if required else [])
    if not isinstance(value, list):
        check.fail(name, "must be a list")
    return value


def _nested(parent: Checker, where: str, item: Any) -> Checker:
    return Checker(parent.file_name, f"{parent.where}.{where}", item)
