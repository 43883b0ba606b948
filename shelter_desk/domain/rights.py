"""The rights checker: from a household's documents and recorded refusals, which doors are
open (ready), closed (blocked, and whether the refusal contradicts the law) or about to
close (at risk: a document expires before the follow-up date), with the next step.

Pure: the catalogue, the people and their documents, the attempts and today's date in;
plain findings out, each carrying its legal basis and whether that basis is verified.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from shelter_desk.domain.barriers import ProcedureAttempt
from shelter_desk.domain.document_types import CatalogEntry, DocumentType
from shelter_desk.domain.documents import (
    EXPIRING_SOON_DAYS,
    DocumentDetails,
    can_hold,
    effective_expiry,
    holders_text,
    standing,
)
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import age_on
from shelter_desk.domain.procedures import (
    Condition,
    Holder,
    LegalBasis,
    Procedure,
    RefusalRule,
    Requirement,
    Subject,
)
from shelter_desk.domain.rights_findings import (
    USABLE,
    Catalogue,
    Finding,
    Kind,
    Member,
    NextStep,
    ProcedureCheck,
    State,
)

# The barrier reason about one document (they did not recognise it): which one is known
# only when named or presented.
NOT_RECOGNISED = "documento_no_reconocido"

__all__ = ["USABLE", "Finding", "Kind", "Member", "NextStep", "ProcedureCheck", "State",
           "check_rights"]


def check_rights(*, procedures: dict[str, Procedure], common_refusals: tuple[RefusalRule, ...],
                 legal_basis: dict[str, LegalBasis], document_types: dict[str, DocumentType],
                 reasons: dict[str, CatalogEntry], members: Iterable[Member],
                 attempts: Iterable[ProcedureAttempt], today: date,
                 institution_types: dict[str, CatalogEntry] | None = None,
                 ) -> list[ProcedureCheck]:
    """Every procedure that applies to each member, in catalogue order, per person."""
    catalogue = Catalogue(procedures, common_refusals, legal_basis, document_types, reasons,
                           institution_types or {})
    people = list(members)
    guardian = next((m for m in people if m.principal), None)
    recorded = list(attempts)
    checks = []
    for member in people:
        tried = {a.details.right_key for a in recorded if a.details.person_id == member.person.id}
        for procedure in procedures.values():
            if procedure.only_when_attempted and procedure.right_key not in tried:
                continue
            if _applies(procedure, member, catalogue, today):
                checks.append(_Check(catalogue, procedure, member, guardian, people,
                                     recorded, today).run())
    return checks


def _age(member: Member, today: date) -> int | None:
    born = member.person.details.birth_date
    return None if born is None else age_on(born, today)


def _usable(member: Member, keys: Iterable[str], catalogue: Catalogue,
            today: date) -> list[DocumentDetails]:
    wanted = set(keys)
    return [d for d in member.documents if d.type_key in wanted
            and standing(d, catalogue.document_types[d.type_key], today) in USABLE]


def _applies(procedure: Procedure, member: Member, catalogue: Catalogue, today: date) -> bool:
    age = _age(member, today)
    child = not member.principal and (age is None or age < 18)
    if procedure.subject is Subject.CHILD and not child:
        return False
    if procedure.subject is Subject.ADULT and child:
        return False
    if procedure.ages and age is not None and not procedure.ages[0] <= age <= procedure.ages[1]:
        return False
    nationality = member.person.details.nationality
    if procedure.nationality == "foreign" and nationality == "MX":
        return False
    if procedure.nationality == "mexican" and nationality != "MX":
        return False  # born in Mexico: Mexican by birth (CPEUM 30), recorded as such
    status = member.person.details.migration_status.value
    if procedure.statuses and status not in procedure.statuses:
        return False
    return not _usable(member, procedure.unless_holds, catalogue, today)


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _names(types: Iterable[DocumentType], language: str) -> str:
    return ", ".join(t.name.in_language(language) for t in types)


_UNVERIFIED = {"es": " — por confirmar", "en": " — to be confirmed"}


def _articles(keys: Iterable[str], catalogue: Catalogue, language: str) -> str:
    """The provisions by name, each one not yet verified against the law's text marked as
    such by itself: a citation that proves the point is never doubted for its neighbour."""
    return "; ".join(catalogue.legal_basis[k].name.in_language(language)
                     + ("" if catalogue.legal_basis[k].verified else _UNVERIFIED[language])
                     for k in keys)


class _Check:
    def __init__(self, catalogue: Catalogue, procedure: Procedure, member: Member,
                 guardian: Member | None, people: list[Member],
                 attempts: list[ProcedureAttempt], today: date) -> None:
        self.catalogue, self.procedure, self.member = catalogue, procedure, member
        self.guardian = guardian if procedure.subject is Subject.CHILD else member
        self.people, self.today = people, today
        mine = sorted((a for a in attempts if a.details.person_id == member.person.id
                       and a.details.right_key == procedure.right_key),
                      key=lambda a: a.details.attempted_on)
        self.open = [a for a in mine if a.is_open_barrier]
        follow = [a.details.follow_up_on for a in (self.open or mine) if a.details.follow_up_on]
        self.follow_up_on = min(follow) if follow else today + timedelta(days=EXPIRING_SOON_DAYS)
        self.findings: list[Finding] = []
        self.basis: list[str] = list(procedure.basis)
        self.letters: list[str] = []  # letters that answer a contradicted reason itself

    def holders(self, holder: Holder) -> list[Member]:
        if holder is Holder.GUARDIAN:
            return [self.guardian] if self.guardian else []
        if holder is Holder.HOUSEHOLD:
            return self.people
        return [self.member]

    def accepted(self, requirement: Requirement) -> list[str]:
        official = [t.key for t in self.catalogue.document_types.values()
                    if requirement.accepts_official_id and t.official_id]
        return list(dict.fromkeys([*requirement.accepts, *official]))

    def add(self, kind: Kind, text: Bilingual, basis: tuple[str, ...] = (),
            verified: bool = True, document: str = "") -> None:
        self.findings.append(Finding(kind, text, basis, verified, document))
        self.basis.extend(b for b in basis if b not in self.basis)

    def run(self) -> ProcedureCheck:
        types = self.catalogue.document_types
        produced = self.procedure.produces
        if produced and _usable(self.member, [produced], self.catalogue, self.today):
            name = types[produced].name
            self.add(Kind.HELD, Bilingual(f"Ya tiene {name.es}.", f"Already holds {name.en}."))
            return self.result(State.READY, NextStep(Bilingual(
                "Nada que tramitar.", "Nothing to do.")))
        missing = [r for r in self.procedure.requirements if not self.requirement(r)]
        expiring = [f for f in self.findings if f.kind is Kind.EXPIRES]
        contradicting = [self.refusal(a) for a in self.open]
        for note in self.procedure.notes:
            self.add(Kind.NOTE, note.text, note.basis, note.verified)
        if self.open:
            attempt = self.open[-1]
            if any(contradicting):
                return self.result(State.BLOCKED, self.letter_step(attempt), attempt, True)
            return self.result(State.BLOCKED, NextStep(Bilingual(
                "Pedir por escrito el motivo de la negativa (Constitución, art. 8) y consultar "
                "asesoría jurídica.",
                "Ask for the refusal's reason in writing (Constitution, art. 8) and seek "
                "legal advice."), letter="general"), attempt)
        if missing:
            return self.result(State.BLOCKED, self.obtain_step(missing))
        if expiring:
            return self.result(State.AT_RISK, NextStep(Bilingual(
                "Renovar antes del seguimiento: " + "; ".join(f.text.es for f in expiring),
                "Renew before the follow-up: " + "; ".join(f.text.en for f in expiring))))
        return self.result(State.READY, NextStep(self.procedure.ready))

    def result(self, state: State, step: NextStep, attempt: ProcedureAttempt | None = None,
               contradicts: bool = False) -> ProcedureCheck:
        office = self.catalogue.institution_types.get(
            attempt.details.institution_type_key) if attempt else None
        return ProcedureCheck(self.procedure, self.member.person, state, tuple(self.findings),
                              step, self.follow_up_on, attempt, contradicts, tuple(self.basis),
                              (office.complain if office else None) or self.procedure.complain)

    def requirement(self, requirement: Requirement) -> bool:
        """Record what meets it (or why it cannot be demanded); True unless it blocks."""
        types = self.catalogue.document_types
        accepted = self.accepted(requirement)
        held = [(m, d) for m in self.holders(requirement.holder)
                for d in _usable(m, accepted, self.catalogue, self.today)]
        name = requirement.name
        if held:
            owner, document = max(held, key=lambda pair: effective_expiry(
                pair[1], types[pair[1].type_key]) or date.max)
            kind = types[document.type_key]
            whose = owner.person.name
            official = (requirement.accepts_official_id and kind.official_id)
            self.add(Kind.HELD, Bilingual(
                f"{name.es}: {kind.name.es} de {whose}"
                + (" (identificación oficial)." if official else "."),
                f"{name.en}: {whose}'s {kind.name.en}"
                + (" (official identification)." if official else ".")),
                requirement.basis, requirement.verified)
            expiry = effective_expiry(document, kind)
            if expiry is not None and expiry < self.follow_up_on:
                self.add(Kind.EXPIRES, Bilingual(
                    f"{kind.name.es} de {whose} vence el {_day(expiry)}, antes del "
                    f"seguimiento ({_day(self.follow_up_on)})",
                    f"{whose}'s {kind.name.en} expires on {_day(expiry)}, before the "
                    f"follow-up ({_day(self.follow_up_on)})"))
            return True
        if not requirement.demandable:
            self.add(Kind.NOT_DEMANDABLE, Bilingual(
                f"{name.es}: no la tiene, y su falta no puede impedir el trámite "
                f"({_articles(requirement.basis, self.catalogue, 'es')}).",
                f"{name.en}: not held, and lacking it cannot bar the procedure "
                f"({_articles(requirement.basis, self.catalogue, 'en')})."),
                requirement.basis, requirement.verified)
            return True
        self.add(Kind.MISSING, Bilingual(f"Falta: {name.es}.", f"Missing: {name.en}."),
                 requirement.basis, requirement.verified)
        return False

    def rule_for(self, reason: str | None) -> RefusalRule | None:
        own = [r for r in self.procedure.refusals if r.reason == reason]
        common = [r for r in self.catalogue.common_refusals
                  if r.reason == reason and self.procedure.key not in r.excluded]
        return (own or common or [None])[0]

    def refusal(self, attempt: ProcedureAttempt) -> bool:
        """Say what was refused, for every reason given, and, reason by reason where the
        catalogue can, why the law answers it. True when any reason contradicts the law."""
        details = attempt.details
        keys = [k for k in details.reason_keys if k in self.catalogue.reasons]
        names = [self.catalogue.reasons[k].name for k in keys] or [
            Bilingual("sin motivo", "no reason")]
        about_es = about_en = ""
        for member in self.people:
            named = member.named(details.document_id)
            if named and named.type_key in self.catalogue.document_types:
                kind = self.catalogue.document_types[named.type_key].name
                about_es = f" Documento del que se trata: {kind.es} de {member.person.name}."
                about_en = f" Document it was about: {member.person.name}'s {kind.en}."
        self.add(Kind.REFUSED, Bilingual(
            f"{details.institution_name} lo negó el {_day(details.attempted_on)}: "
            f"{'; '.join(n.es for n in names)}.{about_es}",
            f"{details.institution_name} refused on {_day(details.attempted_on)}: "
            f"{'; '.join(n.en for n in names)}.{about_en}"))
        several = len(keys) > 1
        unanswered = []
        for key in keys or [""]:
            rule = self.rule_for(key)
            if rule is None or not self.rule_holds(rule, attempt):
                unanswered.append(key)
                continue
            name = self.catalogue.reasons[key].name
            # Proved when any verified provision says it; the others are marked one by
            # one in the text (and in the sources list), never the finding as a whole.
            self.letters.extend([rule.letter] if rule.letter else [])
            verified = any(self.catalogue.legal_basis[b].verified for b in rule.basis)
            self.add(Kind.CONTRADICTS, Bilingual(
                (f"{name.es} — contradice" if several else "La negativa contradice")
                + f": {_articles(rule.basis, self.catalogue, 'es')}.",
                (f"{name.en} — contradicts" if several else "The refusal contradicts")
                + f": {_articles(rule.basis, self.catalogue, 'en')}."),
                rule.basis, verified)
        if unanswered and several:
            which = [self.catalogue.reasons[k].name for k in unanswered]
            self.add(Kind.UNSETTLED, Bilingual(
                "El catálogo no puede decir si estos motivos contradicen la ley: "
                + "; ".join(n.es for n in which) + ".",
                "The catalogue cannot tell whether these reasons contradict the law: "
                + "; ".join(n.en for n in which) + "."), verified=False)
        elif unanswered:
            self.add(Kind.UNSETTLED, Bilingual(
                "El catálogo no puede decir si esta negativa contradice la ley.",
                "The catalogue cannot tell whether this refusal contradicts the law."),
                verified=False)
        return len(unanswered) < len(keys or [""])

    def rule_holds(self, rule: RefusalRule, attempt: ProcedureAttempt) -> bool:
        types = self.catalogue.document_types
        requirement = next((r for r in self.procedure.requirements
                            if r.key == rule.requirement), None)
        holder = requirement.holder if requirement else (
            Holder.GUARDIAN if self.procedure.subject is Subject.CHILD else Holder.SUBJECT)
        members = self.holders(holder)
        impossible = False
        if rule.document:
            demanded = types[rule.document]
            for member in members:
                if not can_hold(demanded, member.person.details, self.today):
                    impossible = True
                    self.add(Kind.CANNOT_HOLD, Bilingual(
                        f"{member.person.name} nunca puede tener {demanded.name.es}"
                        f"{_who(demanded, False)}: no se le puede exigir.",
                        f"{member.person.name} can never hold a {demanded.name.en}"
                        f"{_who(demanded, True)}: it cannot be demanded of her."),
                        document=demanded.key)
        alternatives = self.alternatives(requirement, rule, members, attempt)
        if rule.only_if is Condition.CANNOT_HOLD:
            return impossible
        if rule.only_if is Condition.HOLDS_ACCEPTED:
            return bool(alternatives)
        if rule.only_if is Condition.PRESENTED_ACCEPTED:
            presented = set(attempt.details.documents_presented)
            return any(t.key in presented for _m, t in alternatives)
        return True

    def alternatives(self, requirement: Requirement | None, rule: RefusalRule,
                     members: list[Member], attempt: ProcedureAttempt
                     ) -> list[tuple[Member, DocumentType]]:
        """The documents she holds that answer the demand (her resident card for an ID).
        A refusal that names a document is about that one; «not recognised» with none
        named counts only what she presented: the document refused is never guessed to be
        her ID."""
        types = self.catalogue.document_types
        if rule.accepts:
            accepted = list(rule.accepts)
        elif requirement is not None:
            accepted = self.accepted(requirement)
        elif rule.document and types[rule.document].official_id:
            accepted = [t.key for t in types.values() if t.official_id]
        else:
            return []
        named = attempt.details.document_id
        if named is not None:
            accepted = [d.type_key for m in members if (d := m.named(named))
                        and d.type_key in accepted]
        elif rule.reason == NOT_RECOGNISED:
            accepted = [k for k in accepted if k in attempt.details.documents_presented]
        found = []
        for member in members:
            for document in _usable(member, accepted, self.catalogue, self.today):
                if named is not None and document is not member.named(named):
                    continue
                kind = types[document.type_key]
                found.append((member, kind))
                what = ("es identificación oficial válida" if kind.official_id
                        else "cumple lo que se pide")
                what_en = ("is valid official identification" if kind.official_id
                           else "meets what is asked")
                self.add(Kind.ACCEPTED_INSTEAD, Bilingual(
                    f"{kind.name.es} de {member.person.name} {what}.",
                    f"{member.person.name}'s {kind.name.en} {what_en}."),
                    _id_basis(kind, self.catalogue.legal_basis), document=kind.key)
        return found

    def letter_step(self, attempt: ProcedureAttempt) -> NextStep:
        institution = attempt.details.institution_name
        return NextStep(Bilingual(
            f"Escribir a {institution}, como petición (Constitución, art. 8), citando los "
            "artículos que la negativa contradice.",
            f"Write to {institution}, as a petition (Constitution, art. 8), citing the "
            "articles the refusal contradicts."),
            letter=(self.letters or [self.procedure.letter])[0])

    def obtain_step(self, missing: list[Requirement]) -> NextStep:
        first = next((r.obtain for r in missing if r.obtain), "")
        names_es = "; ".join(r.name.es for r in missing)
        names_en = "; ".join(r.name.en for r in missing)
        if first and first in self.catalogue.procedures:
            how = self.catalogue.procedures[first].name
            return NextStep(Bilingual(f"Conseguir primero: {names_es}. Trámite: {how.es}.",
                                      f"Get first: {names_en}. Procedure: {how.en}."),
                            letter=self.catalogue.procedures[first].letter, procedure=first)
        return NextStep(Bilingual(f"Conseguir primero: {names_es}.",
                                  f"Get first: {names_en}."))


def _who(kind: DocumentType, english: bool) -> str:
    who = holders_text(kind.holders, english)
    return f" ({who})" if who else ""


def _id_basis(kind: DocumentType, basis: dict[str, LegalBasis]) -> tuple[str, ...]:
    """Why an INM card with a photo is identification: LM 58, and LM 3-XXXIV for the
    residence cards."""
    if kind.category != "migration" or not kind.official_id:
        return ()
    keys = ("lm_3_xxxiv", "lm_58") if kind.key.startswith("tarjeta_residente") else ("lm_58",)
    return tuple(k for k in keys if k in basis)
