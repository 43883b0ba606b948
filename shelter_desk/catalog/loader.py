"""Load and check the catalogue files; a bad file names itself and the key at fault.

The catalogue is data a coordinator may extend, so it is checked field by field at
start-up, not trusted: a typo must stop the app with a clear message, not show up later
as a wrong expiry date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from shelter_desk.catalog.checks import CatalogError, Checker, read_list
from shelter_desk.catalog.procedures import ProcedureCatalog, load_procedures
from shelter_desk.domain.document_types import CatalogEntry, DocumentType
from shelter_desk.domain.procedures import LegalBasis, Procedure, RefusalRule
from shelter_desk.paths import resources_dir

__all__ = ["Catalog", "CatalogError", "default_catalog", "load_catalog"]

_LISTS = {
    "rights.json": "rights",
    "institution_types.json": "institution_types",
    "barrier_reasons.json": "barrier_reasons",
    "case_types.json": "case_types",
}


@dataclass(frozen=True)
class Catalog:
    document_types: dict[str, DocumentType]
    rights: dict[str, CatalogEntry] = field(default_factory=dict)
    institution_types: dict[str, CatalogEntry] = field(default_factory=dict)
    barrier_reasons: dict[str, CatalogEntry] = field(default_factory=dict)
    case_types: dict[str, CatalogEntry] = field(default_factory=dict)
    legal_basis: dict[str, LegalBasis] = field(default_factory=dict)
    procedures: dict[str, Procedure] = field(default_factory=dict)
    common_refusals: tuple[RefusalRule, ...] = ()

    def document_type(self, key: str) -> DocumentType:
        return self.document_types[key]


@cache
def default_catalog() -> Catalog:
    return load_catalog(resources_dir() / "catalog")


def load_catalog(directory: Path) -> Catalog:
    documents = read_list(directory, "document_types.json", "document_types")
    types: dict[str, DocumentType] = {}
    for index, item in enumerate(documents):
        checker = Checker("document_types.json", f"document_types[{index}]", item)
        document_type = checker.document_type()
        if document_type.key in types:
            raise CatalogError("document_types.json", document_type.key, "duplicate key")
        types[document_type.key] = document_type
    lists: dict[str, dict[str, CatalogEntry]] = {}
    for file_name, list_name in _LISTS.items():
        entries: dict[str, CatalogEntry] = {}
        for index, item in enumerate(read_list(directory, file_name, list_name)):
            entry = Checker(file_name, f"{list_name}[{index}]", item).entry()
            if entry.key in entries:
                raise CatalogError(file_name, entry.key, "duplicate key")
            entries[entry.key] = entry
        lists[list_name] = entries
    procedures: ProcedureCatalog = load_procedures(
        directory, document_types=types.keys(), rights=lists["rights"].keys(),
        reasons=lists["barrier_reasons"].keys())
    return Catalog(document_types=types, legal_basis=procedures.legal_basis,
                   procedures=procedures.procedures,
                   common_refusals=procedures.common_refusals, **lists)
