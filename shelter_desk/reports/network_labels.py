"""Words for the network report's tables: the shelter's statistics labels plus regions,
totals and the few values only the network tables have."""

from __future__ import annotations

from shelter_desk.domain.messages import Bilingual
from shelter_desk.network.cells import STAR
from shelter_desk.reports.labels import DIMENSIONS, value_label

_EXTRA = {
    STAR: Bilingual("Total", "Total"),
    "central_america": Bilingual("Centroamérica (otras)", "Central America (others)"),
    "caribbean": Bilingual("Caribe (otras)", "Caribbean (others)"),
    "south_america": Bilingual("Sudamérica (otras)", "South America (others)"),
    "north_america": Bilingual("Norteamérica (otras)", "North America (others)"),
    "other": Bilingual("Otras regiones", "Other regions"),
    "opened": Bilingual("Abiertos en el periodo", "Opened in the period"),
    "closed": Bilingual("Cerrados en el periodo", "Closed in the period"),
    "none": Bilingual("Sin motivo registrado", "No reason recorded"),
}
_DIMENSIONS = {"event": Bilingual("Movimiento", "Event")}
TITLES = {
    "people": Bilingual("Personas atendidas por nacionalidad, edad y sexo",
                        "People attended by nationality, age and sex"),
    "minors": Bilingual("Niñas, niños y adolescentes (no acompañados o con su familia)",
                        "Children and adolescents (unaccompanied or with their family)"),
    "documents": Bilingual("Documentos por tipo y situación", "Documents by type and status"),
    "barriers": Bilingual("Barreras por derecho, institución, motivo y resultado",
                          "Barriers by right, institution, reason and outcome"),
    "case_types": Bilingual("Tipos de caso abiertos y cerrados", "Case types opened and closed"),
    "referrals": Bilingual("Canalizaciones por estado", "Referrals by status"),
}


def network_value(dimension: str, value: str, language: str = "es") -> str:
    extra = _EXTRA.get(value)
    if extra is not None and (value == STAR or dimension in ("nationality", "event", "reason")):
        return extra.in_language(language)
    return value_label(dimension, value, language)


def network_dimension(dimension: str, language: str = "es") -> str:
    return (_DIMENSIONS.get(dimension) or DIMENSIONS[dimension]).in_language(language)


def network_title(table: str, language: str = "es") -> str:
    return TITLES[table].in_language(language)
