"""Countries (ISO 3166-1) and languages (ISO 639-3) from pycountry, named in Spanish or English."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

from shelter_desk.domain.text import fold


@cache
def _translation(domain: str, language: str) -> gettext.NullTranslations:
    if language.startswith("en"):
        return gettext.NullTranslations()
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language[:2]],
                               fallback=True)


def is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


# pycountry's Spanish catalogue leaves these untranslated (its English name is shown
# otherwise: «Algeria» where a Mexican reader expects «Argelia»). Names as the SRE writes them.
_SPANISH_GAPS = {
    "DZ": "Argelia",
    "BN": "Brunéi",
    "GG": "Guernesey",
    "NE": "Níger",
    "PN": "Islas Pitcairn",
}


def country_name(code: str, language: str = "es") -> str:
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if country is None:
        return code
    if not language.startswith("en") and country.alpha_2 in _SPANISH_GAPS:
        return _SPANISH_GAPS[country.alpha_2]
    name = getattr(country, "common_name", None) or country.name
    return _translation("iso3166-1", language).gettext(name)


def is_language(code: str) -> bool:
    return len(code) == 3 and pycountry.languages.get(alpha_3=code.lower()) is not None


# Names the people who speak them use, where ISO's English name or its Spanish
# translation is missing or dated ('Kekchí' is Q'eqchi' today).
_LANGUAGE_NAMES = {
    "hat": {"es": "Criollo haitiano", "en": "Haitian Creole"},
    "kek": {"es": "Q'eqchi'", "en": "Q'eqchi'"},
    "cab": {"es": "Garífuna", "en": "Garifuna"},
    "tzo": {"es": "Tsotsil", "en": "Tzotzil"},
}


def language_name(code: str, language: str = "es") -> str:
    override = _LANGUAGE_NAMES.get(code.lower())
    if override:
        return override["en" if language.startswith("en") else "es"]
    found = pycountry.languages.get(alpha_3=code.lower()) if code else None
    if found is None:
        return code
    return _translation("iso639-3", language).gettext(found.name)


# Listed first in pickers: the nationalities shelters in Mexico meet most.
COMMON_NATIONALITIES = ("HN", "GT", "SV", "VE", "HT", "CU", "NI", "CO", "EC", "MX")
# Languages offered in the person form; any ISO 639-3 code is accepted by the services.
COMMON_LANGUAGES = ("spa", "eng", "fra", "hat", "por", "quc", "mam", "kek", "cak", "cab",
                    "tzo")


def all_countries(language: str = "es") -> list[tuple[str, str]]:
    """(code, name) for every country, common ones first, the rest by name."""
    rest = sorted(((c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries
                   if c.alpha_2 not in COMMON_NATIONALITIES), key=lambda item: item[1])
    return [(code, country_name(code, language)) for code in COMMON_NATIONALITIES] + rest


@cache
def _country_names() -> dict[str, str]:
    """Folded code or name (English or Spanish, official or common) -> alpha-2 code."""
    spanish = _translation("iso3166-1", "es")
    names: dict[str, str] = {}
    for country in pycountry.countries:
        english = [getattr(country, attr, None) for attr in ("name", "official_name",
                                                              "common_name")]
        spellings = [country.alpha_2, country.alpha_3, *english,
                     *(spanish.gettext(name) for name in english if name)]
        for spelling in spellings:
            if spelling:
                names.setdefault(fold(spelling), country.alpha_2)
    return names


def country_code(text: str) -> str | None:
    """The alpha-2 code for a code (alpha-2 or alpha-3) or a Spanish or English name,
    accents and case ignored ('México', 'mexico', 'MEX', 'Mexico' -> 'MX')."""
    return _country_names().get(fold(text))


@cache
def _language_names() -> dict[str, str]:
    """Folded code or name (English or Spanish) -> ISO 639-3 code."""
    spanish = _translation("iso639-3", "es")
    names: dict[str, str] = {}
    for found in pycountry.languages:
        code = found.alpha_3
        for spelling in (code, found.name, spanish.gettext(found.name)):
            names.setdefault(fold(spelling), code)
    for code, override in _LANGUAGE_NAMES.items():
        for spelling in override.values():
            names[fold(spelling)] = code
    return names


def language_code(text: str) -> str | None:
    """The ISO 639-3 code for a code or a Spanish or English name ('Mam', 'español')."""
    return _language_names().get(fold(text))
