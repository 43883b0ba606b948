"""What an import will create, counted and record by record, before anything is written:
«Fila 6 → Caso nuevo: Zuleima Prueba Ficticia, 1 documento (FMM), nota». Pure, for the
dialog's review step and the command line's dry run alike."""

from __future__ import annotations

from dataclasses import dataclass

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.messages import Bilingual
from shelter_desk.services.importing.plan import ImportPlan, ImportRow


@dataclass(frozen=True)
class CreatedCounts:
    """Each row written is one person and her new case file."""

    people: int
    cases: int
    documents: int
    notes: int


@dataclass(frozen=True)
class CreatedRecord:
    row: int  # as the spreadsheet numbers it
    name: str
    document: Bilingual | None  # the document type's name, when the row has one
    note: bool
    line: Bilingual  # the whole sentence, as the list shows it


def created_counts(plan: ImportPlan) -> CreatedCounts:
    """What `run_import` writes for this plan: only its rows without problems (the rows
    in error are never written, even when she chooses to import the rest)."""
    rows = plan.rows
    return CreatedCounts(people=len(rows), cases=len(rows),
                         documents=sum(1 for row in rows if row.document is not None),
                         notes=sum(1 for row in rows if row.note))


def created_records(plan: ImportPlan) -> list[CreatedRecord]:
    types = default_catalog().document_types
    return [_record(row, types[row.document.type_key].name if row.document else None)
            for row in plan.rows]


def _record(row: ImportRow, document: Bilingual | None) -> CreatedRecord:
    name = row.person.full_name
    es, en = [f"Caso nuevo: {name}"], [f"New case: {name}"]
    if document is not None:
        es.append(f"1 documento ({document.es})")
        en.append(f"1 document ({document.en})")
    if row.note:
        es.append("nota")
        en.append("note")
    return CreatedRecord(row.row, name, document, bool(row.note),
                         Bilingual(", ".join(es), ", ".join(en)))


def counts_line(counts: CreatedCounts) -> Bilingual:
    """«Se crearán: 3 personas, 3 expedientes, 2 documentos, 1 nota.»"""
    def part(count: int, one: tuple[str, str], many: tuple[str, str]) -> tuple[str, str]:
        es, en = one if count == 1 else many
        return f"{count} {es}", f"{count} {en}"

    parts = [part(counts.people, ("persona", "person"), ("personas", "people")),
             part(counts.cases, ("expediente", "case file"), ("expedientes", "case files")),
             part(counts.documents, ("documento", "document"), ("documentos", "documents")),
             part(counts.notes, ("nota", "note"), ("notas", "notes"))]
    return Bilingual("Se crearán: " + ", ".join(es for es, _ in parts) + ".",
                     "To be created: " + ", ".join(en for _, en in parts) + ".")
