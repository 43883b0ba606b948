"""Words for the values in statistics tables, in both languages, for exports and charts."""

from __future__ import annotations

from shelter_desk.catalog.geo import country_name
from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.messages import Bilingual

_FIXED = {
    "attended": Bilingual("Personas atendidas", "People attended"),
    "new_arrivals": Bilingual("Nuevos ingresos", "New arrivals"),
    "unaccompanied": Bilingual("No acompañadas", "Unaccompanied"),
    "with_family": Bilingual("Con su familia", "With their family"),
    "open": Bilingual("Abiertos", "Open"), "closed": Bilingual("Cerrados", "Closed"),
    "female": Bilingual("Femenino", "Female"), "male": Bilingual("Masculino", "Male"),
    "intersex": Bilingual("Intersexual", "Intersex"),
    "not_said": Bilingual("Prefiere no decir", "Prefers not to say"),
    "woman": Bilingual("Mujer", "Woman"), "man": Bilingual("Hombre", "Man"),
    "trans_woman": Bilingual("Mujer trans", "Trans woman"),
    "trans_man": Bilingual("Hombre trans", "Trans man"),
    "non_binary": Bilingual("No binaria", "Non-binary"), "other": Bilingual("Otra", "Other"),
    "original": Bilingual("Original", "Original"), "copy_only": Bilingual("Solo copia", "Copy"),
    "in_process": Bilingual("En trámite", "In process"),
    "expired": Bilingual("Vencido", "Expired"),
    "lost_or_stolen": Bilingual("Extraviado o robado", "Lost or stolen"),
    "retained": Bilingual("Retenido", "Retained"), "not_held": Bilingual("No lo tiene", "Not held"),
    "granted": Bilingual("Concedido", "Granted"), "partial": Bilingual("Parcial", "Partial"),
    "refused": Bilingual("Negado", "Refused"), "pending": Bilingual("Pendiente", "Pending"),
    "proposed": Bilingual("Propuesta", "Proposed"), "sent": Bilingual("Enviada", "Sent"),
    "accepted": Bilingual("Aceptada", "Accepted"), "completed": Bilingual("Concluida", "Completed"),
    "declined": Bilingual("Rechazada", "Declined"),
    "unknown": Bilingual("Sin dato", "Unknown"), "": Bilingual("Sin dato", "Not recorded"),
}

DIMENSIONS = {
    "month": Bilingual("Mes", "Month"), "measure": Bilingual("Medida", "Measure"),
    "nationality": Bilingual("Nacionalidad", "Nationality"), "sex": Bilingual("Sexo", "Sex"),
    "gender_identity": Bilingual("Identidad de género", "Gender identity"),
    "age_band": Bilingual("Grupo de edad", "Age band"), "group": Bilingual("Grupo", "Group"),
    "type": Bilingual("Documento", "Document"), "status": Bilingual("Situación", "Status"),
    "right": Bilingual("Derecho o servicio", "Right or service"),
    "institution_type": Bilingual("Tipo de institución", "Institution type"),
    "reason": Bilingual("Motivo", "Reason"), "outcome": Bilingual("Resultado", "Outcome"),
    "case_type": Bilingual("Tipo de caso", "Case type"), "state": Bilingual("Estado", "State"),
    "organisation": Bilingual("Organización", "Organisation"),
}
COUNT = Bilingual("Número", "Count")


def value_label(dimension: str, value: str, language: str = "es") -> str:
    """The words for one value of one dimension ('HN' -> 'Honduras')."""
    catalog = default_catalog()
    if dimension == "nationality":
        return country_name(value, language) if value else _FIXED[""].in_language(language)
    lists = {"type": catalog.document_types, "right": catalog.rights,
             "institution_type": catalog.institution_types, "reason": catalog.barrier_reasons,
             "case_type": catalog.case_types}
    if dimension in lists and value in lists[dimension]:
        return lists[dimension][value].name.in_language(language)
    if dimension in ("month", "age_band", "organisation") and value and value not in _FIXED:
        return value
    return _FIXED[value].in_language(language) if value in _FIXED else value


def dimension_label(dimension: str, language: str = "es") -> str:
    return DIMENSIONS[dimension].in_language(language)
