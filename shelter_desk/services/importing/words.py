"""The words shelters write in their registers instead of the catalogue's names:
nationalities as demonyms (any gender, number and case) and common misspellings of the
countries they meet most, and documents by the names workers use («FMM», «acta»)."""

from __future__ import annotations

import re

from shelter_desk.domain.text import fold

# Demonym stems -> ISO alpha-2. Each stem takes -o/-a/-os/-as (or -e/-es where the
# Spanish word ends so); the folded cell is matched after the ending is stripped.
_DEMONYM_STEMS = {
    "honduren": "HN", "guatemal": "GT", "guatemalt": "GT", "salvadoren": "SV",
    "nicaraguens": "NI", "venezolan": "VE", "haitian": "HT", "cuban": "CU",
    "colombian": "CO", "ecuatorian": "EC", "mexican": "MX", "peruan": "PE",
    "dominican": "DO", "costarricens": "CR", "panamen": "PA", "belice": "BZ",
    "chilen": "CL", "argentin": "AR", "bolivian": "BO", "brasilen": "BR",
    "brasiler": "BR", "paraguay": "PY", "urugua": "UY", "estadounidens": "US",
    "camerunes": "CM", "senegales": "SN", "angolen": "AO", "ghanes": "GH",
    "nigerian": "NG", "congolen": "CD", "afgan": "AF", "indi": "IN", "chin": "CN",
    "uruguay": "UY", "belicen": "BZ", "jamaiquin": "JM", "guyan": "GY",
}
_ENDINGS = re.compile(r"(?:as|os|es|a|o|e)$")

# Misspellings and short forms seen in registers (folded).
_COUNTRY_WORDS = {
    "hondura": "HN", "honduraz": "HN", "ondura": "HN", "honduras c.a.": "HN",
    "guatemal": "GT", "guatamala": "GT", "guatemla": "GT", "guate": "GT",
    "el salvador": "SV", "salvador": "SV", "el salbador": "SV", "salbador": "SV",
    "venezula": "VE", "venezuella": "VE", "venesuela": "VE",
    "haity": "HT", "aiti": "HT", "hayti": "HT", "nicaragüa": "NI", "nicaraua": "NI",
    "colombiaa": "CO", "columbia": "CO", "ecuador": "EC", "equador": "EC",
    "republica dominicana": "DO", "rep. dominicana": "DO", "rep dominicana": "DO",
    "eua": "US", "eeuu": "US", "ee.uu.": "US", "usa": "US", "estados unidos": "US",
    "mejico": "MX", "mexico": "MX",
}


def folded(written: str) -> str:
    """Accents, case, dots and extra spaces ignored: 'EE. UU.' is 'ee uu'."""
    return " ".join(fold(written).replace(".", " ").split())


def demonym_country(written: str) -> str | None:
    """'GUATEMALTECA', 'hondureños', 'Salvadoreña', 'guatamala' -> the alpha-2 code."""
    word = folded(written)
    if word in _COUNTRY_WORDS:
        return _COUNTRY_WORDS[word]
    # 'guatemalteca' -> 'guatemaltec' (c/qu spelling): fold the ending, then the stem;
    # 'camerunés' keeps its -es, 'camerunesa' loses only the -a.
    stem = _ENDINGS.sub("", word)
    for candidate in (word, stem, word.removesuffix("a"), stem.removesuffix("c"),
                      stem.removesuffix("t"), stem.removesuffix("ec"),
                      stem.removesuffix("tec")):
        if candidate in _DEMONYM_STEMS:
            return _DEMONYM_STEMS[candidate]
    return None


# Folded words -> document type key in resources/catalog/document_types.json.
DOCUMENT_WORDS = {
    "fmm": "fmm", "forma migratoria multiple": "fmm", "forma migratoria": "fmm",
    "tarjeta de residente": "tarjeta_residente_temporal",
    "residente temporal": "tarjeta_residente_temporal",
    "tarjeta de residente temporal": "tarjeta_residente_temporal",
    "residente permanente": "tarjeta_residente_permanente",
    "tarjeta de residente permanente": "tarjeta_residente_permanente",
    "constancia de comar": "constancia_comar", "constancia comar": "constancia_comar",
    "comar": "constancia_comar", "constancia de tramite comar": "constancia_comar",
    "acta": "acta_nacimiento_extranjera", "acta de nacimiento": "acta_nacimiento_extranjera",
    "partida de nacimiento": "acta_nacimiento_extranjera",
    "acta mexicana": "acta_nacimiento_mexicana", "curp": "curp",
    "curp temporal": "curp_temporal", "pasaporte": "pasaporte", "passport": "pasaporte",
    "tvrh": "tvrh", "visa humanitaria": "tvrh", "tarjeta humanitaria": "tvrh",
    "ine": "ine", "credencial de elector": "ine", "dni": "identificacion_consular",
    "matricula consular": "identificacion_consular", "refugio": "reconocimiento_refugiado",
    "reconocimiento de refugiada": "reconocimiento_refugiado",
    "constancia de refugio": "reconocimiento_refugiado",
}


def _normalised_keys(words: dict[str, str]) -> dict[str, str]:
    return {folded(word): value for word, value in words.items()}


_COUNTRY_WORDS = _normalised_keys(_COUNTRY_WORDS)
DOCUMENT_WORDS = _normalised_keys(DOCUMENT_WORDS)
