"""What a case file says for a letter: her and the children it is for, every refusal on
record for the same right and institution, the documents shown (each with its holder,
issuer and number), the ID she identifies herself with, and the organisation's letterhead
(its city and address for notifications, kept in the vault's settings)."""

from __future__ import annotations

from dataclasses import dataclass

from shelter_desk.catalog import geo
from shelter_desk.catalog.loader import Catalog
from shelter_desk.domain.barriers import ProcedureAttempt
from shelter_desk.domain.document_types import DocumentType
from shelter_desk.domain.documents import IdentityDocument, standing
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.letter_facts import DocumentFacts, LetterFacts, PersonFacts, RefusalFacts
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import Person, Relationship, SchoolStatus, Sex
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.rights import USABLE, Kind, ProcedureCheck
from shelter_desk.domain.validation import check_length
from shelter_desk.services.cases import CaseFile, PersonFile
from shelter_desk.services.common import acting_user, permitted, save_setting, today
from shelter_desk.store import settings_repo
from shelter_desk.store.vault import OpenVault

ADDRESS = "organisation.address"
CITY = "organisation.city"
MAX_ADDRESS = 300

_RELATIONS = {Sex.FEMALE: Bilingual("su hija", "her daughter"),
              Sex.MALE: Bilingual("su hijo", "her son")}
# Catalogue issuers that are a country, not an office: the holder's nationality says which.
_COUNTRY_ISSUED = ("pasaporte", "identificacion_consular", "acta_nacimiento_extranjera")


@dataclass(frozen=True)
class Letterhead:
    city: str = ""  # «Tapachula, Chiapas»
    address: str = ""  # for notifications


def letterhead(vault: OpenVault) -> Letterhead:
    with vault.read() as connection:
        return Letterhead(settings_repo.get(connection, CITY) or "",
                          settings_repo.get(connection, ADDRESS) or "")


def save_letterhead(vault: OpenVault, *, city: str, address: str) -> Letterhead:
    """The city letters are signed in and the address for notifications (the
    organisation's, never a woman's)."""
    user = permitted(vault, Action.WRITE_LETTER, entity_type="setting")
    city, address = " ".join(city.split()), " ".join(address.split())
    check_length("city", city)
    check_length("address", address, MAX_ADDRESS)
    for field, value in (("city", city), ("address", address)):
        if any(c in value for c in "{}[]"):
            raise InvalidInput(field, Bilingual(
                es="No use llaves ni corchetes en este campo.",
                en="Do not use braces or brackets in this field."))
    save_setting(vault, user, CITY, city)
    save_setting(vault, user, ADDRESS, address)
    return Letterhead(city, address)


def person_facts(person: Person, *, principal: bool, curp: str = "") -> PersonFacts:
    details = person.details
    code = details.nationality
    child = not principal and person.relationship is Relationship.CHILD
    school = details.school_grade if details.school_status is SchoolStatus.ENROLLED else ""
    return PersonFacts(
        name=person.name, nationality=code,
        country=Bilingual(geo.country_name(code, "es"), geo.country_name(code, "en"))
        if code else None,
        relation=_RELATIONS.get(details.sex) if child else None,  # not said: the name only
        child=child, birth_date=details.birth_date if child else None,
        birth_place=details.place_of_origin if child else "",
        school_grade=school.strip() if child else "", curp=curp,
        status=details.migration_status.value)


def _curp(person_file: PersonFile) -> str:
    return next((d.details.number for d in person_file.documents
                 if d.details.type_key in ("curp", "curp_temporal") and d.details.number), "")


class _Family:
    """Her and the household, with the documents each holds."""

    def __init__(self, case_file: CaseFile, catalog: Catalog) -> None:
        self.catalog, self.day = catalog, today()
        self.her = case_file.principal
        self.files = {f.person.id: f for f in (self.her, *case_file.household)}
        self.people = {pid: person_facts(f.person, principal=f is self.her, curp=_curp(f))
                       for pid, f in self.files.items()}

    def usable(self, person_file: PersonFile) -> list[IdentityDocument]:
        types = self.catalog.document_types
        return [d for d in person_file.documents
                if standing(d.details, types[d.details.type_key], self.day) in USABLE]

    def document(self, owner: int, document: IdentityDocument) -> DocumentFacts:
        kind = self.catalog.document_types[document.details.type_key]
        holder = self.people[owner]
        typed = document.details.issuer.strip()
        code = geo.country_code(typed) if typed else None
        if code:
            issuer = Bilingual(geo.country_name(code, "es"), geo.country_name(code, "en"))
        elif typed:
            issuer = Bilingual(typed, typed)
        elif kind.key in _COUNTRY_ISSUED and holder.country is not None:
            issuer, code = holder.country, holder.nationality
        elif kind.category == "migration":  # the catalogue names the office exactly
            issuer = kind.issuer
        else:
            issuer = None
        return DocumentFacts(kind.name, holder, issuer, bool(code),
                             document.details.number.strip())

    def shown(self, attempt: ProcedureAttempt, first: list[int]) -> list[DocumentFacts]:
        """What she presented (types), each found on the person who holds one, the people
        the letter is about first; the document the refusal names leads."""
        details = attempt.details
        order = [*first, *(p for p in self.files if p not in first)]
        found = [(o, d) for o in order for d in self.files[o].documents
                 if d.id == details.document_id]
        unheld = []
        for key in details.documents_presented:
            held = next(((o, d) for o in order for d in self.files[o].documents
                         if d.details.type_key == key), None)
            if held is None:
                if key in self.catalog.document_types:
                    unheld.append(DocumentFacts(self.catalog.document_types[key].name))
            elif held[1].details.type_key not in {d.details.type_key for _o, d in found}:
                found.append(held)
        return [*(self.document(o, d) for o, d in found), *unheld]

    def identification(self, attempts: list[ProcedureAttempt]) -> DocumentFacts | None:
        """Her ID: the one the refusal names or she presented if it is an official ID of
        hers, else the INM card she holds, else her passport or consular ID."""
        types = self.catalog.document_types
        mine = [d for d in self.usable(self.her) if types[d.details.type_key].official_id]
        named = {a.details.document_id for a in attempts}
        presented = {k for a in attempts for k in a.details.documents_presented}

        def rank(document: IdentityDocument) -> tuple[bool, bool, bool]:
            kind = types[document.details.type_key]
            return (document.id not in named, kind.key not in presented,
                    kind.category != "migration")
        best = min(mine, key=rank, default=None)
        return self.document(self.her.person.id, best) if best else None


def _same_office(attempt: ProcedureAttempt, other: ProcedureAttempt) -> bool:
    def office(a: ProcedureAttempt) -> str:
        return " ".join(a.details.institution_name.casefold().split())
    return (attempt.details.right_key == other.details.right_key
            and office(attempt) == office(other))


def letter_facts(vault: OpenVault, case_file: CaseFile, *, person_id: int, catalog: Catalog,
                 check: ProcedureCheck | None = None, attempt: ProcedureAttempt | None = None,
                 chosen: tuple[str, ...] = ()) -> LetterFacts:
    """What the case says for a letter about `person_id` (her, or one of her children)."""
    family = _Family(case_file, catalog)
    her, subject = family.her, family.files[person_id]
    attempt = attempt or (check.attempt if check else None)
    subjects: list[int] = []
    if subject is not her and subject.person.relationship is Relationship.CHILD:
        # Her children refused the same thing by the same office: one letter for all.
        same = {a.details.person_id for a in case_file.attempts
                if attempt and a.is_open_barrier and _same_office(a, attempt)}
        subjects = [f.person.id for f in case_file.household
                    if f.person.id == person_id or f.person.id in same]
    about = subjects or [her.person.id]
    # Every refusal on record for the same right and office, for whom the letter is for.
    refused = sorted((a for a in case_file.attempts if attempt and a.details.person_id in about
                      and a.details.outcome.value in ("refused", "partial")
                      and _same_office(a, attempt)), key=lambda a: a.details.attempted_on)
    if attempt and attempt not in refused:
        refused.append(attempt)
    reasons = catalog.barrier_reasons
    refusals: dict[object, RefusalFacts] = {}
    for a in refused:  # the children refused together on one day: one refusal told
        told = RefusalFacts(
            on=a.details.attempted_on,
            reasons=tuple(reasons[k].in_letter or reasons[k].name for k in a.details.reason_keys
                          if k in reasons and not (k == "otro" and a.details.reason_given)),
            words=a.details.reason_given.strip(), shown=tuple(family.shown(a, about)))
        before = refusals.get(a.details.attempted_on)
        refusals[a.details.attempted_on] = told if before is None else RefusalFacts(
            before.on, tuple(dict.fromkeys(before.reasons + told.reasons)),
            " / ".join(w for w in dict.fromkeys((before.words, told.words)) if w),
            tuple(dict.fromkeys(before.shown + told.shown)))
    types = catalog.document_types
    members = [her, *(family.files[p] for p in subjects)]
    held = [d.details.type_key for m in members for d in family.usable(m)]
    cannot = tuple(dict.fromkeys(f.document for f in (check.findings if check else ())
                                 if f.kind is Kind.CANNOT_HOLD and f.document))
    details = attempt.details if attempt else None
    procedure = check.procedure if check else None
    if procedure is None and details:
        procedure = next((p for p in catalog.procedures.values()
                          if p.right_key == details.right_key), None)
    level = ""
    if details and details.institution_type_key in catalog.institution_types:
        level = catalog.institution_types[details.institution_type_key].level
    head = letterhead(vault)
    return LetterFacts(
        petitioner=family.people[her.person.id], today=family.day,
        organisation=vault.organisation_name(), signer=acting_user(vault).name,
        address=head.address, city=head.city,
        subjects=tuple(family.people[p] for p in subjects),
        institution=details.institution_name if details else "", institution_level=level,
        procedure=procedure.name if procedure else (
            catalog.rights[details.right_key].name if details else None),
        request=procedure.request if procedure else None,
        refusals=tuple(refusals.values()), identification=family.identification(refused),
        cannot_hold=tuple(types[k].name for k in cannot),
        valid_ids=tuple(types[k].name for k in dict.fromkeys(held) if _inm_id(types[k])),
        held=tuple(types[k].name for k in dict.fromkeys(held)),
        contradicted=_contradicted(check), specific=procedure.basis if procedure else (),
        holding=tuple(dict.fromkeys(held)), chosen=chosen)


def _inm_id(kind: DocumentType) -> bool:
    return kind.official_id and kind.category == "migration"


def _contradicted(check: ProcedureCheck | None) -> tuple[str, ...]:
    """What the reasons given contradict, reason by reason, and why the ID she holds is
    valid: the most specific articles of the letter."""
    if check is None:
        return ()
    return tuple(dict.fromkeys(key for f in check.findings
                               if f.kind in (Kind.CONTRADICTS, Kind.ACCEPTED_INSTEAD)
                               for key in f.basis))
