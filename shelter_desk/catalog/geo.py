"""Countries (ISO 3166-1) and languages (ISO 639-3) from pycountry, named in Spanish or English."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry


@cache
def _translation(domain: str, language: str) -> gettext.NullTranslations:
    if language.startswith("en"):
        return gettext.NullTranslations()
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language[:2]],
                               fallback=True)


def is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def country_name(code: str, language: str = "es") -> str:
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _translation("iso3166-1", language).gettext(name)


def is_language(code: str) -> bool:
    return len(code) == 3 and pycountry.languages.get(alpha_3=code.lower()) is not None


def language_name(code: str, language: str = "es") -> str:
    found = pycountry.languages.get(alpha_3=code.lower()) if code else None
    if found is None:
        return code
    return _translation("iso639-3", language).gettext(found.name)
