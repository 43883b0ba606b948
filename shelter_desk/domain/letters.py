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

from shelter_desk.domain.letter_basis import Audience, Provisions, rank_provisions
from shelter_desk.domain.letter_facts import (
    LetterFacts,
    addressee_title,
    annexes,
    children_facts,
    notifications,
    on_behalf,
    petitioner,
    place_date,
    refusals_text,
    request,
)
from shelter_desk.domain.letter_phrases import (
    contract,
    joined,
    long_date,
    lower_first,
    plain,
    quoted,
    with_article,
)
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.procedures import LegalBasis

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
PASSAGE = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)

# Always have a value (a fallback, or a line to fill in by hand, when the case does not say).
ALWAYS = ("organisation", "signer", "date", "person", "subject", "addressee", "institution",
          "procedure", "articles", "place_date", "addressee_title", "petitioner", "request",
          "notifications")
# May be empty: only inside [[ ]].
OPTIONAL = ("attempted_on", "reason", "reason_given", "documents_held", "cannot_hold",
            "valid_ids", "children", "on_behalf", "facts", "child_facts", "annexes")
PLACEHOLDERS = ALWAYS + OPTIONAL

FALLBACKS = {
    "organisation": Bilingual("la organización que la acompaña",
                              "the organisation accompanying her"),
    "signer": Bilingual("el equipo de acompañamiento", "the accompaniment team"),
    "addressee": Bilingual("A quien corresponda", "To whom it may concern"),
    "institution": Bilingual("la institución", "the institution"),
    "procedure": Bilingual("un trámite", "a procedure"),
}


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
class Letter:
    title: str
    paragraphs: tuple[str, ...]
    cited: tuple[str, ...]  # legal basis keys listed in it, ranked
    language: str
    optional: tuple[str, ...] = ()  # offered, not cited («Fundamentos adicionales»)
    unquoted: tuple[str, ...] = ()  # cited while their text waits to be verified
    place_date: str = ""  # the line the letter opens with, when its template has one

    @property
    def all_keys(self) -> tuple[str, ...]:
        return self.cited + self.optional

    @property
    def text(self) -> str:
        return "\n\n".join((self.title, *self.paragraphs))


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


def provisions(template: LetterTemplate, facts: LetterFacts,
               legal_basis: dict[str, LegalBasis]) -> Provisions:
    """The articles a letter lists, ranked (see domain/letter_basis.py)."""
    people = (facts.petitioner, *facts.subjects)
    audience = Audience(child=any(p.child for p in facts.subjects),
                        statuses=tuple(p.status for p in people if p.status),
                        holding=facts.holding, federal=facts.institution_level == "federal")
    return rank_provisions(contradicted=facts.contradicted,
                           specific=(*template.cites, *facts.specific),
                           legal_basis=legal_basis, audience=audience, chosen=facts.chosen)


def reasons_text(reasons: tuple[Bilingual, ...]) -> Bilingual | None:
    """Every reason given, as one phrase, or None when none was recorded."""
    if not reasons:
        return None
    return Bilingual(joined([r.es for r in reasons], "es"), joined([r.en for r in reasons], "en"))


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
    def names(items: tuple[Bilingual, ...], article: bool = False) -> str:
        texts = [lower_first(plain(i.in_language(language))) for i in items]
        if article:
            texts = [f"the {t}" if language.startswith("en") else contract(with_article(t))
                     for t in texts]
        return joined(texts, language)

    latest = facts.refusals[-1] if facts.refusals else None
    office = facts.institution.strip()
    reasons = reasons_text(latest.reasons) if latest else None
    found = {
        "organisation": facts.organisation.strip(),
        "signer": facts.signer.strip(),
        "date": long_date(facts.today, language),
        "person": facts.petitioner.name.strip(),
        "subject": on_behalf(facts, language) or facts.petitioner.name.strip(),
        "addressee": office,
        "institution": (office if language.startswith("en") else contract(with_article(office)))
        if office else "",
        "procedure": lower_first(plain(facts.procedure.in_language(language)))
        if facts.procedure
        else "",
        "articles": _articles(cited, legal_basis, language),
        "place_date": place_date(facts, language),
        "addressee_title": addressee_title(facts, language),
        "petitioner": petitioner(facts, language),
        "request": request(facts, language),
        "notifications": notifications(facts, language),
        "attempted_on": long_date(latest.on, language) if latest else "",
        "reason": reasons.in_language(language) if reasons else "",
        "reason_given": quoted(latest.words.strip(), language)
        if latest and latest.words.strip() else "",
        "documents_held": names(facts.held),
        "cannot_hold": names(facts.cannot_hold, article=True),
        "valid_ids": names(facts.valid_ids),
        "children": joined([s.name for s in facts.subjects], language),
        "on_behalf": on_behalf(facts, language),
        "facts": refusals_text(facts, language),
        "child_facts": children_facts(facts, language),
        "annexes": annexes(facts, language),
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
    # A dropped passage may leave doubled spaces, a space before punctuation or doubled
    # punctuation («de ,», «..»); each line is tidied on its own (the articles are lines).
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"[ \t]{2,}", " ", line)
        line = re.sub(r" +([,.;:])", r"\1", line)
        line = re.sub(r"([,;:])[,;:.]+", r"\1", re.sub(r"\.{2,}", ".", line)).strip()
        lines.append(line[:1].upper() + line[1:])  # a fallback may open a sentence
    return "\n".join(lines).strip()


def fill_letter(template: LetterTemplate, facts: LetterFacts,
                legal_basis: dict[str, LegalBasis], language: str) -> Letter:
    chosen = provisions(template, facts, legal_basis)
    found = values(facts, chosen.cited, legal_basis, language)
    title = _fill(template.title.in_language(language), found)
    body = template.body.in_language(language)
    paragraphs = tuple(p for p in (_fill(chunk, found) for chunk in body.split("\n\n")) if p)
    return Letter(title=title, paragraphs=paragraphs, cited=chosen.cited, language=language,
                  optional=chosen.optional, place_date=found["place_date"],
                  unquoted=tuple(k for k in chosen.cited if not legal_basis[k].verified))
