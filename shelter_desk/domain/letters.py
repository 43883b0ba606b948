"""Letter templates and how a case fills them: placeholders become the case's facts, the
articles that apply are listed (verified ones only, quoted only where the statute text
was read), and a missing optional fact never leaves a gap or a raw "{placeholder}".

A template's text may hold `{name}` placeholders and `[[ ... ]]` optional passages: a
passage is dropped whole when any placeholder in it has no value. Placeholders that may
be empty must sit inside a passage; the others always have a value or a fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.procedures import LegalBasis

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
PASSAGE = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)

# Always have a value (a fallback when the case does not say).
ALWAYS = ("organisation", "signer", "date", "person", "subject", "addressee", "institution",
          "procedure", "articles")
# May be empty: only inside [[ ]].
OPTIONAL = ("attempted_on", "reason", "reason_given", "documents_held", "cannot_hold",
            "valid_ids", "children")
PLACEHOLDERS = ALWAYS + OPTIONAL

FALLBACKS = {
    "organisation": Bilingual("la organización que la acompaña",
                              "the organisation accompanying her"),
    "signer": Bilingual("el equipo de acompañamiento", "the accompaniment team"),
    "addressee": Bilingual("A quien corresponda", "To whom it may concern"),
    "institution": Bilingual("la institución", "the institution"),
    "procedure": Bilingual("un trámite", "a procedure"),
}

MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


@dataclass(frozen=True)
class LetterTemplate:
    key: str
    name: Bilingual
    title: Bilingual
    body: Bilingual  # paragraphs separated by a blank line
    fits: tuple[str, ...] = ()  # procedure keys; empty: any
    cites: tuple[str, ...] = ()  # legal basis keys it always lists
    source: str = ""  # the file it came from


@dataclass(frozen=True)
class LetterFacts:
    """What a case says for a letter; every field but the person's name may be empty."""

    person: str
    today: date
    organisation: str = ""
    signer: str = ""
    subject: str = ""  # whom the procedure is about, when not her
    children: tuple[str, ...] = ()
    institution: str = ""
    institution_level: str = ""  # catalogue level: federal, state, ...
    procedure: Bilingual | None = None
    attempted_on: date | None = None
    reason: Bilingual | None = None
    reason_given: str = ""
    documents_held: tuple[Bilingual, ...] = ()
    cannot_hold: tuple[Bilingual, ...] = ()
    valid_ids: tuple[Bilingual, ...] = ()
    basis: tuple[str, ...] = ()  # what the rights check found applies


@dataclass(frozen=True)
class Letter:
    title: str
    paragraphs: tuple[str, ...]
    cited: tuple[str, ...]  # legal basis keys listed in it
    language: str

    @property
    def text(self) -> str:
        return "\n\n".join((self.title, *self.paragraphs))


def long_date(day: date, language: str) -> str:
    if language.startswith("en"):
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"


def template_problems(template: LetterTemplate) -> list[str]:
    """What is wrong with a template's text, in English (for the catalogue error)."""
    problems = []
    for language, text in (("es", template.body.es), ("en", template.body.en),
                           ("title.es", template.title.es),
                           ("title.en", template.title.en)):
        if text.count("[[") != text.count("]]") or PASSAGE.sub("", text).count("[[") or (
                PASSAGE.sub("", text).count("]]")):
            problems.append(f"{language}: unbalanced [[ ]]")
            continue
        for name in PLACEHOLDER.findall(text):
            if name not in PLACEHOLDERS:
                problems.append(f"{language}: unknown placeholder {{{name}}}")
        for name in PLACEHOLDER.findall(PASSAGE.sub("", text)):
            if name in OPTIONAL:
                problems.append(f"{language}: {{{name}}} may be empty: put it inside [[ ]]")
        stray = PLACEHOLDER.sub("", PASSAGE.sub(lambda m: m.group(1), text))
        if "{" in stray or "}" in stray:
            problems.append(f"{language}: a brace that is not a placeholder")
    return problems


def cited_basis(template: LetterTemplate, facts: LetterFacts,
                legal_basis: dict[str, LegalBasis]) -> tuple[str, ...]:
    """The articles a letter lists: what the check found applies, what the template always
    cites, then what every letter cites; verified only, federal-only ones for federal bodies."""
    keys = [*facts.basis, *template.cites,
            *(k for k, b in legal_basis.items() if b.every_letter)]
    federal = facts.institution_level == "federal"
    return tuple(dict.fromkeys(
        k for k in keys if k in legal_basis and legal_basis[k].verified
        and (federal or not legal_basis[k].federal_only)))


def _lower_first(text: str) -> str:
    """Mid-sentence case for a name, but not for an acronym ("CURP", "INM")."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def reasons_text(reasons: tuple[Bilingual, ...]) -> Bilingual | None:
    """Every reason given, as one phrase for "por este motivo: ..." («le pidieron INE y
    «no se puede porque es extranjera»»), or None when none was recorded."""
    if not reasons:
        return None
    lowered = tuple(Bilingual(_lower_first(r.es), _lower_first(r.en)) for r in reasons)
    return Bilingual(_list(lowered, "es"), _list(lowered, "en"))


def _list(items: tuple[Bilingual, ...], language: str) -> str:
    names = [item.in_language(language) for item in items]
    if len(names) <= 1:
        return "".join(names)
    joiner = " and " if language.startswith("en") else " y "
    return ", ".join(names[:-1]) + joiner + names[-1]


def _articles(keys: tuple[str, ...], legal_basis: dict[str, LegalBasis], language: str) -> str:
    english = language.startswith("en")
    lines = []
    for key in keys:
        basis = legal_basis[key]
        line = f"- {basis.name.in_language(language)}: {basis.says.in_language(language)}"
        if basis.quote:  # statute text stays in Spanish, as the law says it
            line += (f' It reads (Spanish): "{basis.quote}".' if english
                     else f" Dice: «{basis.quote}».")
        lines.append(line)
    return "\n".join(lines)


def values(facts: LetterFacts, cited: tuple[str, ...], legal_basis: dict[str, LegalBasis],
           language: str) -> dict[str, str]:
    def quoted(text: str) -> str:
        return f'"{text}"' if language.startswith("en") else f"«{text}»"

    found = {
        "organisation": facts.organisation.strip(),
        "signer": facts.signer.strip(),
        "date": long_date(facts.today, language),
        "person": facts.person.strip(),
        "subject": (facts.subject or facts.person).strip(),
        "addressee": facts.institution.strip(),
        # Named as an institution: a bare "Escuela" after "Se solicitó a" reads wrong.
        "institution": (f"la institución {quoted(facts.institution.strip())}"
                        if not language.startswith("en")
                        else f"the institution {quoted(facts.institution.strip())}")
        if facts.institution.strip() else "",
        "procedure": _lower_first(facts.procedure.in_language(language)) if facts.procedure
        else "",
        "articles": _articles(cited, legal_basis, language),
        "attempted_on": long_date(facts.attempted_on, language) if facts.attempted_on else "",
        # Inserted after "por este motivo:", mid-sentence: lower case, acronyms kept.
        "reason": _lower_first(facts.reason.in_language(language)) if facts.reason else "",
        "reason_given": quoted(facts.reason_given.strip()) if facts.reason_given.strip() else "",
        "documents_held": _list(facts.documents_held, language),
        "cannot_hold": _list(facts.cannot_hold, language),
        "valid_ids": _list(facts.valid_ids, language),
        "children": _list(tuple(Bilingual(c, c) for c in facts.children if c.strip()),
                          language),
    }
    for name, fallback in FALLBACKS.items():
        if not found[name]:
            found[name] = fallback.in_language(language)
    return found


def _fill(text: str, found: dict[str, str]) -> str:
    def passage(match: re.Match[str]) -> str:
        inner = match.group(1)
        if any(not found.get(name) for name in PLACEHOLDER.findall(inner)):
            return ""
        return inner

    text = PASSAGE.sub(passage, text)
    text = PLACEHOLDER.sub(lambda m: found[m.group(1)], text)
    # A dropped passage may leave doubled spaces or a space before punctuation.
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.;:])", r"\1", text).strip()
    return text[:1].upper() + text[1:]  # a fallback may open a sentence


def fill_letter(template: LetterTemplate, facts: LetterFacts,
                legal_basis: dict[str, LegalBasis], language: str) -> Letter:
    cited = cited_basis(template, facts, legal_basis)
    found = values(facts, cited, legal_basis, language)
    title = _fill(template.title.in_language(language), found)
    body = template.body.in_language(language)
    paragraphs = tuple(p for p in (_fill(chunk, found) for chunk in body.split("\n\n")) if p)
    return Letter(title=title, paragraphs=paragraphs, cited=cited, language=language)
