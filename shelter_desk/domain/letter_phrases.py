"""Small pieces of Spanish (and English) grammar the letters need: the article a noun
takes («la Oficialía», «el acta»), «de el» → «del», lists joined with «y», long dates,
a woman's nationality as an adjective («hondureña»), and a document named as a lawyer
names it («pasaporte expedido por Honduras, número G1234567»).

Pure and small on purpose: the letters put names typed by caseworkers and catalogue names
into the middle of sentences, and each must read as written by hand."""

from __future__ import annotations

import re
from datetime import date

from shelter_desk.domain.messages import Bilingual

MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")

# Feminine nouns that take «el» (stressed a): «el acta», never «la acta».
_STRESSED_A = {"acta", "área", "aula", "agua", "alta"}
# Nouns whose ending misleads: «el programa», «el día», «la CURP»...
_MASCULINE = {"programa", "sistema", "día", "mapa", "problema", "tema", "idioma"}
_FEMININE = {"clave", "credencial", "matrícula", "fiscalía", "red", "sede", "base", "cartilla",
             "forma", "gente"}
# Acronyms of feminine names (la Comisión..., la Secretaría..., la Clave...).
_FEMININE_ACRONYMS = {"COMAR", "SEP", "CURP", "CNDH", "CEDH", "SRE", "SEGOB", "FGR", "CONDUSEF",
                      "SADER", "STPS", "CFE", "FMM", "TVRH", "TRP", "TRT", "UNAM"}
_ACRONYM = re.compile(r"^[A-ZÁÉÍÓÚÑ]{2,}")
_CAPITALISED = {"Mexican"}  # English nationality adjectives keep their capital

# Nationality adjectives (feminine: she is the petitioner, and «nacionalidad» is feminine
# for a child too: «de nacionalidad mexicana»). Others read «nacional de <país>».
DEMONYMS = {
    "MX": "mexicana", "GT": "guatemalteca", "HN": "hondureña", "SV": "salvadoreña",
    "NI": "nicaragüense", "CR": "costarricense", "PA": "panameña", "BZ": "beliceña",
    "CU": "cubana", "HT": "haitiana", "DO": "dominicana", "VE": "venezolana",
    "CO": "colombiana", "EC": "ecuatoriana", "PE": "peruana", "BO": "boliviana",
    "CL": "chilena", "AR": "argentina", "BR": "brasileña", "UY": "uruguaya",
    "PY": "paraguaya", "US": "estadounidense", "CA": "canadiense", "ES": "española",
    "IN": "india", "CN": "china", "AF": "afgana", "CM": "camerunesa", "SN": "senegalesa",
    "AO": "angoleña", "GH": "ghanesa", "NG": "nigeriana", "RU": "rusa", "UA": "ucraniana",
}


def feminine(noun_phrase: str) -> bool:
    """Whether a Spanish noun phrase is feminine, by its first word (good enough for the
    institution and document names the letters use; a wrong guess reads «el» for «la»)."""
    first = noun_phrase.split()[0] if noun_phrase.split() else ""
    acronym = _ACRONYM.match(first)
    if acronym:
        return acronym.group(0) in _FEMININE_ACRONYMS
    word = first.lower().strip("«»\"'(")
    if word in _MASCULINE:
        return False
    if word in _FEMININE or word in _STRESSED_A:
        return True
    return word.endswith(("a", "ión", "dad", "tad", "tud", "umbre", "ía"))


def with_article(noun_phrase: str) -> str:
    """«la Oficialía 1 del Registro Civil», «el Centro de Salud», «el acta»; a name that
    already starts with an article is left as typed."""
    words = noun_phrase.split()
    if not words or words[0].lower() in ("el", "la", "los", "las"):
        return noun_phrase
    first = words[0].lower()
    article = "la" if feminine(noun_phrase) and first not in _STRESSED_A else "el"
    return f"{article} {noun_phrase}"


def contract(text: str) -> str:
    """«de el» → «del», «a el» → «al» (never inside a name: «El Salvador» keeps its capital)."""
    return re.sub(r"\b([Aa]) el\b", r"\1l", re.sub(r"\b([Dd])e el\b", r"\1el", text))


_NOTE = re.compile(r"\s*\((?![A-ZÁÉÍÓÚÑ]{2,}\))[^)]*\)")
_REQUIRED = "se le exigió "


def plain(text: str) -> str:
    """A catalogue name without its bracketed note: «Acta de nacimiento (extranjera)» →
    «Acta de nacimiento»; an acronym in brackets stays («Credencial para votar (INE)»)."""
    return _NOTE.sub("", text).strip()


def demands(phrases: list[str], language: str) -> str:
    """Reasons joined, «se le exigió» said once: «se le exigió la CURP y un acta ...»."""
    if language.startswith("en"):
        return joined(phrases, language)
    required = [p[len(_REQUIRED):] for p in phrases if p.startswith(_REQUIRED)]
    others = [p for p in phrases if not p.startswith(_REQUIRED)]
    said = joined(others, language)
    if not required:
        return said
    asked = _REQUIRED + joined(required, language)
    return f"{asked}, y {said}" if said else asked


def lower_first(text: str) -> str:
    """Mid-sentence case for a common name («pasaporte», «acta de nacimiento mexicana»),
    but not for an acronym («CURP») nor a proper name («Tarjeta de Residente Permanente»)."""
    words = text.split()
    if not words or _ACRONYM.match(words[0]) or words[0] in _CAPITALISED:
        return text
    proper = any(w[:1].isupper() and not _ACRONYM.match(w.strip("()")) for w in words[1:])
    return text if proper else text[:1].lower() + text[1:]


def joined(items: list[str] | tuple[str, ...], language: str) -> str:
    """«a, b y c» / "a, b and c"; «a, 1, y b, 2» when the items hold commas."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    joiner = " and " if language.startswith("en") else " y "
    if any("," in i for i in items):  # items with commas of their own: «..., número 1, y ...»
        joiner = "," + joiner
    return ", ".join(items[:-1]) + joiner + items[-1]


def long_date(day: date, language: str) -> str:
    if language.startswith("en"):
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"


def quoted(text: str, language: str) -> str:
    return f'"{text}"' if language.startswith("en") else f"«{text}»"


def nationality(code: str, country: Bilingual | None, language: str) -> str:
    """«de nacionalidad hondureña» / "a national of Honduras"; empty when not recorded."""
    if not code or country is None:
        return ""
    if language.startswith("en"):
        return f"a national of {country.en}"
    if code in DEMONYMS:
        return f"de nacionalidad {DEMONYMS[code]}"
    return f"nacional de {country.es}"


def document_phrase(name: Bilingual, issuer: str, issuer_is_country: bool, number: str,
                    language: str) -> str:
    """A document as a lawyer names it: «pasaporte expedido por Honduras, número G1234567»,
    «Tarjeta de Residente Permanente expedida por el Instituto Nacional de Migración»."""
    english = language.startswith("en")
    phrase = lower_first(plain(name.in_language(language)))
    if issuer:
        if english:
            # An institution takes "the", a country does not ("issued by Honduras").
            the = "" if issuer_is_country or issuer.lower().startswith("the ") else "the "
            phrase += f" issued by {the}{issuer}"
        else:
            agreed = "expedida" if feminine(plain(name.es)) else "expedido"
            phrase += f" {agreed} por {issuer if issuer_is_country else with_article(issuer)}"
    if number:
        phrase += f", number {number}" if english else f", número {number}"
    return contract(phrase)
