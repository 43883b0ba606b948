"""The facts a petition stands on, as plain data, and told as a lawyer tells them: who
petitions and with what identification, on whose behalf, what was asked of whom and when,
every refusal on record with every reason given and the words said, the documents shown
(each with its holder), a child's own facts, where to notify her, and the annexes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from shelter_desk.domain.letter_phrases import (
    contract,
    demands,
    document_phrase,
    joined,
    long_date,
    lower_first,
    nationality,
    plain,
    quoted,
    with_article,
)
from shelter_desk.domain.messages import Bilingual


@dataclass(frozen=True)
class PersonFacts:
    name: str
    nationality: str = ""  # ISO 3166-1 alpha-2
    country: Bilingual | None = None  # the nationality's country name
    relation: Bilingual | None = None  # to her: «su hija» / "her daughter"; None: herself
    child: bool = False
    birth_date: date | None = None
    birth_place: str = ""
    school_grade: str = ""
    curp: str = ""
    status: str = ""  # migration status value


@dataclass(frozen=True)
class DocumentFacts:
    kind: Bilingual  # the catalogue's name of its type
    holder: PersonFacts | None = None  # None: presented, but recorded for no one
    issuer: Bilingual | None = None
    issuer_is_country: bool = False
    number: str = ""

    def phrase(self, language: str, *, holder: bool = True) -> str:
        """«el pasaporte expedido por Honduras, número G1, a nombre de Ana Pérez»."""
        issuer = self.issuer.in_language(language) if self.issuer else ""
        text = document_phrase(self.kind, issuer, self.issuer_is_country, self.number,
                               language)
        text = f"the {text}" if language.startswith("en") else contract(with_article(text))
        if holder and self.holder is not None:
            text += (f", held by {whom(self.holder, language)}" if language.startswith("en")
                     else f", a nombre de {whom(self.holder, language)}")
        return text


@dataclass(frozen=True)
class RefusalFacts:
    on: date
    reasons: tuple[Bilingual, ...] = ()  # as a letter tells them
    words: str = ""  # what was said, as typed
    shown: tuple[DocumentFacts, ...] = ()


@dataclass(frozen=True)
class LetterFacts:
    """What a case says for a letter; everything but her name and today may be empty."""

    petitioner: PersonFacts
    today: date
    organisation: str = ""
    signer: str = ""
    address: str = ""  # the organisation's, for notifications
    city: str = ""  # where the letter is signed: «Tapachula, Chiapas»
    subjects: tuple[PersonFacts, ...] = ()  # the children it is for; empty: herself
    institution: str = ""
    institution_level: str = ""  # catalogue level: federal, state, ...
    procedure: Bilingual | None = None
    request: Bilingual | None = None  # «el registro de nacimiento»
    refusals: tuple[RefusalFacts, ...] = ()  # oldest first
    identification: DocumentFacts | None = None  # the ID she identifies herself with
    cannot_hold: tuple[Bilingual, ...] = ()
    valid_ids: tuple[Bilingual, ...] = ()
    held: tuple[Bilingual, ...] = ()  # every usable document type in the letter's family
    contradicted: tuple[str, ...] = ()  # basis keys the reasons contradict, ranked
    specific: tuple[str, ...] = ()  # the procedure's own basis
    holding: tuple[str, ...] = ()  # document type keys held, for what applies
    chosen: tuple[str, ...] = field(default=())  # optional provisions ticked


def whom(person: PersonFacts, language: str) -> str:
    if person.relation is None:
        return person.name
    return f"{person.relation.in_language(language)} {person.name}"


def petitioner(facts: LetterFacts, language: str) -> str:
    """«Ana Pérez, de nacionalidad hondureña, quien se identifica con el pasaporte ...»."""
    her = facts.petitioner
    parts = [her.name, nationality(her.nationality, her.country, language)]
    if facts.identification:
        shown = facts.identification.phrase(language, holder=False)
        parts.append(f"who identifies herself with {shown}" if language.startswith("en")
                     else f"quien se identifica con {shown}")
    return ", ".join(p for p in parts if p)


def request(facts: LetterFacts, language: str) -> str:
    """What was asked, with whom it was for: «el registro de nacimiento de su hija Ana»."""
    english = language.startswith("en")
    if facts.request:
        asked = facts.request.in_language(language)
    elif facts.procedure:
        asked = lower_first(facts.procedure.in_language(language))
        asked = asked if english else with_article(asked)
    else:
        asked = "a procedure" if english else "un trámite"
    asked = plain(asked)
    if facts.subjects:
        names = joined([whom(s, language) for s in facts.subjects], language)
        asked += f" of {names}" if english else f" de {names}"
    return contract(asked)


def _refusal(refusal: RefusalFacts, first: bool, facts: LetterFacts, language: str) -> str:
    english = language.startswith("en")
    day = long_date(refusal.on, language)
    office = facts.institution.strip()
    if english:
        asked = (f"On {day}, {office or 'the institution'} was asked for "
                 f"{request(facts, language)}." if first else f"On {day}, it was asked again.")
        why = demands([r.en for r in refusal.reasons], language)
        refused = (f" It was refused{' again' if not first else ''}: {why}." if why
                   else f" It was refused{' again' if not first else ''} without a reason.")
        said = f" She was told: {quoted(refusal.words, language)}." if refusal.words else ""
        shown = f" She presented {shown_text(refusal.shown, language)}." if refusal.shown else ""
        return asked + refused + said + shown
    office = contract(with_article(office)) if office else "la institución"
    office += "," if "," in office else ""  # «al Banco Sintético, sucursal Centro, la ...»
    asked = (f"El {day} se solicitó a {office} {request(facts, language)}." if first
             else f"El {day} se solicitó de nuevo.")
    asked = contract(asked)
    why = demands([r.es for r in refusal.reasons], language)
    again = "" if first else " otra vez"
    refused = (f" La solicitud se negó{again}: {why}." if why
               else f" La solicitud se negó{again} sin que se diera un motivo.")
    said = f" Se le dijo: {quoted(refusal.words, language)}." if refusal.words else ""
    shown = f" Presentó {shown_text(refusal.shown, language)}." if refusal.shown else ""
    return asked + refused + said + shown


def shown_text(shown: tuple[DocumentFacts, ...], language: str) -> str:
    """The documents presented, grouped by holder: «el pasaporte ... y la matrícula ...,
    a nombre de Ana Pérez, y el acta ..., a nombre de su hija Sofía»."""
    groups: dict[str, list[DocumentFacts]] = {}
    for document in shown:
        groups.setdefault(whom(document.holder, language) if document.holder else "",
                          []).append(document)
    english = language.startswith("en")
    told = []
    for holder, documents in groups.items():
        text = joined([d.phrase(language, holder=False) for d in documents], language)
        if holder:
            text += f", held by {holder}" if english else f", a nombre de {holder}"
        told.append(text)
    if len(told) == 1:
        return told[0]
    last = ", and " if english else ", y "
    return "; ".join(told[:-1]) + last + told[-1]


def refusals_text(facts: LetterFacts, language: str) -> str:
    """Every refusal on record, oldest first, one paragraph; with none on record (a letter
    written before going), what she requests."""
    if not facts.refusals:
        return (f"She hereby requests {request(facts, language)}." if language.startswith("en")
                else f"Por este medio solicita {request(facts, language)}.")
    return " ".join(_refusal(r, i == 0, facts, language)
                    for i, r in enumerate(facts.refusals))


def child_facts(person: PersonFacts, language: str) -> str:
    """A child's own facts: born when and where, nationality by birth, school, CURP."""
    english = language.startswith("en")
    origin = (("Mexican by birth" if english else "de nacionalidad mexicana por nacimiento")
              if person.nationality == "MX"
              else nationality(person.nationality, person.country, language))
    when = long_date(person.birth_date, language) if person.birth_date else ""
    words = (("was born", "on", "in", "is", "is in") if english
             else ("nació", "el", "en", "es", "cursa"))
    born = " ".join(p for p in (words[0], f"{words[1]} {when}" if when else "",
                                f"{words[2]} {person.birth_place}" if person.birth_place
                                else "") if p)
    clauses = [c for c in (born if (when or person.birth_place) else "",
                           f"{words[3]} {origin}" if origin else "",
                           f"{words[4]} {person.school_grade}" if person.school_grade else "")
               if c]
    if not clauses and not person.curp:
        return ""
    said = joined(clauses, language)
    if not english and len(clauses) == 2 and clauses[0] == born and "," in born:
        said = said.replace(" y ", ", y ", 1)  # closes «en Tapachula, Chiapas,»
    sentence = f"{person.name} {said}." if clauses else ""
    curp = ((f" {person.name}'s CURP is {person.curp}." if english
             else f" La Clave Única de Registro de Población (CURP) de {person.name} es "
                  f"{person.curp}.") if person.curp else "")
    return (sentence + curp).strip()


def children_facts(facts: LetterFacts, language: str) -> str:
    return " ".join(t for t in (child_facts(s, language) for s in facts.subjects if s.child)
                    if t)


def annexes(facts: LetterFacts, language: str) -> str:
    """«Anexo 1: copia del pasaporte ... a nombre de ...», one line each, no repeats."""
    shown: dict[str, DocumentFacts] = {}
    for document in ([facts.identification] if facts.identification else []) + [
            d for r in facts.refusals for d in r.shown]:
        shown.setdefault(document.phrase(language), document)
    if language.startswith("en"):
        return "\n".join(f"Annex {i}: a copy of {p}." for i, p in enumerate(shown, 1))
    return "\n".join(contract(f"Anexo {i}: copia de {p}.") for i, p in enumerate(shown, 1))


def notifications(facts: LetterFacts, language: str) -> str:
    english = language.startswith("en")
    if facts.address.strip():
        who = facts.organisation.strip()
        if english:
            return (f"For notifications she gives the address of {who}: {facts.address}."
                    if who else f"For notifications she gives this address: {facts.address}.")
        return (f"Señala como domicilio para oír y recibir notificaciones el de {who}: "
                f"{facts.address}." if who else
                f"Señala como domicilio para oír y recibir notificaciones: {facts.address}.")
    blank = "_" * 40
    return (f"Address for notifications (write it in by hand before signing): {blank}"
            if english else
            f"Domicilio para oír y recibir notificaciones (escribirlo a mano antes de "
            f"firmar): {blank}")


def place_date(facts: LetterFacts, language: str) -> str:
    day = long_date(facts.today, language)
    place = facts.city.strip() or ("_" * 20 + (" (place)" if language.startswith("en")
                                                else " (lugar)"))
    return f"{place}, {day}" if language.startswith("en") else f"{place}, a {day}"


def addressee_title(facts: LetterFacts, language: str) -> str:
    office = facts.institution.strip()
    if not office:
        return "To whom it may concern" if language.startswith("en") else "A quien corresponda"
    if language.startswith("en"):
        return f"To the Head of {office}"
    return contract(f"C. Titular de {with_article(office)}")


def on_behalf(facts: LetterFacts, language: str) -> str:
    return joined([whom(s, language) for s in facts.subjects], language)
