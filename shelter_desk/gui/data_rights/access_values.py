"""Her words for the stored codes in the access export: catalogue keys ('pasaporte',
'escuela_publica') and the domain's enums ('refused', 'not_said') as the app shows them.
A value that has no label (an old key, free text) is shown as it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shelter_desk.catalog.geo import country_name
from shelter_desk.catalog.loader import Catalog, default_catalog
from shelter_desk.domain.barriers import Outcome
from shelter_desk.domain.cases import CaseStatus
from shelter_desk.domain.consents import ConsentPurpose, ServiceType
from shelter_desk.domain.documents import DocumentStatus
from shelter_desk.domain.followup import NoteKind
from shelter_desk.domain.people import (
    GenderIdentity,
    MigrationStatus,
    Relationship,
    SchoolStatus,
    Sex,
)
from shelter_desk.gui.cases.case_list_model import status_text
from shelter_desk.gui.common import labels


def _from(catalog: dict, language: str) -> Callable[[str], str]:
    return lambda key: catalog[key].name.in_language(language)


def describe_value(section: str, key: str, value: Any, language: str,
                   catalog: Catalog | None = None) -> Any:
    """`value` of field `key` in `section` of the export, in words where there are some."""
    catalog = catalog or default_catalog()
    words: dict[tuple[str, str], Callable[[Any], str]] = {
        ("case", "status"): lambda v: status_text(CaseStatus(v)),
        ("case", "case_types"): _from(catalog.case_types, language),
        ("person", "sex"): lambda v: labels.sex(Sex(v)),
        ("person", "gender_identity"): lambda v: labels.gender(GenderIdentity(v)),
        ("person", "migration_status"): lambda v: labels.migration_status(MigrationStatus(v)),
        ("person", "school_status"): lambda v: labels.school_status(SchoolStatus(v)),
        ("person", "relationship"): lambda v: labels.relationship(Relationship(v)),
        ("person", "nationality"): lambda v: country_name(v, language),
        ("documents", "type_key"): _from(catalog.document_types, language),
        ("documents", "status"): lambda v: labels.document_status(DocumentStatus(v)),
        ("procedures_and_barriers", "right_key"): _from(catalog.rights, language),
        ("procedures_and_barriers", "institution_type_key"):
            _from(catalog.institution_types, language),
        ("procedures_and_barriers", "reason_keys"): _from(catalog.barrier_reasons, language),
        ("procedures_and_barriers", "outcome"): lambda v: labels.outcome(Outcome(v)),
        ("procedures_and_barriers", "documents_presented"):
            _from(catalog.document_types, language),
        ("notes", "kind"): lambda v: labels.note_kind(NoteKind(v)),
        ("consents", "purpose"): lambda v: labels.consent_purpose(ConsentPurpose(v)),
        ("consents", "service_type"): lambda v: labels.service_type(ServiceType(v)),
    }
    describe = words.get((section, key))
    if describe is None or value is None or value == "":
        return value
    try:
        if isinstance(value, list):
            return [describe(item) for item in value]
        return describe(value)
    except (KeyError, ValueError):  # a key the catalogue no longer has: shown as stored
        return value
