"""What an import will create, counted and record by record, before anything is written:
«Fila 6 → Caso nuevo: Zuleima Prueba Ficticia, 1 documento (FMM), nota». Pure, for the
dialog's review step and the command line's dry run alike. A possible duplicate is
told by what her decision makes of it: waiting, left out, joined to whom it matched, or a
case of its own."""

from __future__ import annotations

from dataclasses import dataclass, replace

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.messages import Bilingual
from shelter_desk.services.importing.duplicates import Decision, Duplicate
from shelter_desk.services.importing.plan import ImportPlan, ImportRow

Decisions = dict[int, Decision]


@dataclass(frozen=True)
class CreatedCounts:
    """Each row written is one person and her new case file."""

    people: int
    cases: int
    documents: int
    notes: int
    merged: int = 0  # rows joined to someone already there (in the vault or the sheet)
    waiting: int = 0  # possible duplicates still to decide


@dataclass(frozen=True)
class CreatedRecord:
    row: int  # as the spreadsheet numbers it
    name: str
    document: Bilingual | None  # the document type's name, when the row has one
    note: bool
    line: Bilingual  # the whole sentence, as the list shows it


def created_counts(plan: ImportPlan, decisions: Decisions | None = None) -> CreatedCounts:
    """What `run_import` writes for this plan and these decisions: only its rows
    without problems (the rows in error are never written, even when she chooses to
    import the rest), less the duplicates left out, waiting or joined to someone."""
    decided = decisions or {}
    matched = {match.row for match in plan.matches}
    new = [row for row in plan.rows
           if row.row not in matched or decided.get(row.row) is Decision.KEEP]
    return CreatedCounts(
        people=len(new), cases=len(new),
        documents=sum(1 for row in new if row.document is not None),
        notes=sum(1 for row in new if row.note),
        merged=sum(1 for row in plan.rows
                   if row.row in matched and decided.get(row.row) is Decision.MERGE),
        waiting=sum(1 for row in plan.undecided if row not in decided))


def created_records(plan: ImportPlan, decisions: Decisions | None = None
                    ) -> list[CreatedRecord]:
    types = default_catalog().document_types
    decided = decisions or {}
    found: dict[int, Duplicate] = {}
    for match in plan.matches:
        found.setdefault(match.row, match)
    records = []
    for row in plan.rows:
        document = types[row.document.type_key].name if row.document else None
        record = _record(row, document)
        if row.row in found and decided.get(row.row) is not Decision.KEEP:
            record = replace(record, line=_duplicate_line(row, found[row.row],
                                                          decided.get(row.row)))
        records.append(record)
    return records


def _duplicate_line(row: ImportRow, match: Duplicate, decision: Decision | None
                    ) -> Bilingual:
    name = row.person.full_name
    if decision is None:
        return Bilingual(f"Posible duplicado: {name}; elige omitir, unir o conservar "
                         "ambas.",
                         f"Possible duplicate: {name}; choose skip, merge or keep both.")
    if decision is Decision.SKIP:
        return Bilingual(f"Se omite: {name} (posible duplicado).",
                         f"Skipped: {name} (possible duplicate).")
    if match.other_row is not None:
        return Bilingual(f"Se une a la fila {match.other_row}: {name}.",
                         f"Merged into row {match.other_row}: {name}.")
    if match.case_code:
        return Bilingual(f"Se une al expediente {match.case_code}: lo que falte se completa.",
                         f"Merged into case file {match.case_code}: what is missing is "
                         "filled in.")
    return Bilingual("Se une a la persona que ya está en la bóveda: lo que falte se "
                     "completa.",
                     "Merged into the person already in the vault: what is missing is "
                     "filled in.")


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
    es = "Se crearán: " + ", ".join(es for es, _ in parts) + "."
    en = "To be created: " + ", ".join(en for _, en in parts) + "."
    if counts.merged:
        es += (" 1 fila se une a alguien que ya está." if counts.merged == 1
               else f" {counts.merged} filas se unen a alguien que ya está.")
        en += (" 1 row is merged into someone already there." if counts.merged == 1
               else f" {counts.merged} rows are merged into someone already there.")
    if counts.waiting:
        es += (" 1 posible duplicado por decidir." if counts.waiting == 1
               else f" {counts.waiting} posibles duplicados por decidir.")
        en += (" 1 possible duplicate to decide." if counts.waiting == 1
               else f" {counts.waiting} possible duplicates to decide.")
    return Bilingual(es, en)
