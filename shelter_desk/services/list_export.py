"""The case list, as filtered on screen, to CSV or XLSX: coordinators only, every cell
neutralised against formula injection, the file written whole or not at all, and each
export in the audit log (which list and how many rows; never a name or a search)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from shelter_desk.catalog.geo import country_name
from shelter_desk.domain.cases import CaseStatus
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.reports.export import table_csv, table_xlsx, write_atomically
from shelter_desk.services.cases import list_cases
from shelter_desk.services.common import permitted
from shelter_desk.store import audit
from shelter_desk.store.case_queries import MAX_PAGE, CaseFilter, CaseRow
from shelter_desk.store.vault import OpenVault

FORMATS = ("csv", "xlsx")
_HEADER = (Bilingual("Expediente", "Case file"), Bilingual("Nombre", "Name"),
           Bilingual("Nacionalidad", "Nationality"), Bilingual("Estado", "Status"),
           Bilingual("Apertura", "Opened"), Bilingual("Persona asignada", "Assigned to"),
           Bilingual("Barreras abiertas", "Open barriers"),
           Bilingual("Próximo vencimiento", "Next expiry"))
_STATUS = {CaseStatus.OPEN: Bilingual("Abierto", "Open"),
           CaseStatus.ON_HOLD: Bilingual("En pausa", "On hold"),
           CaseStatus.CLOSED: Bilingual("Cerrado", "Closed")}


def _cells(row: CaseRow, language: str) -> list[object]:
    return [row.code, row.name, country_name(row.nationality, language) if row.nationality
            else "", _STATUS[row.status].in_language(language), row.opened_on,
            row.assigned_worker, row.open_barriers, row.next_expiry]


def filters_used(case_filter: CaseFilter) -> str:
    """Which filters were on, by name only: a typed search may be someone's name."""
    default = CaseFilter()
    used = [f.name for f in fields(case_filter)
            if getattr(case_filter, f.name) != getattr(default, f.name)]
    return ",".join(used) or "none"


def export_case_list(vault: OpenVault, case_filter: CaseFilter, fmt: str, path: Path, *,
                     language: str = "es") -> int:
    """Write every case the filter finds (as the list shows them); returns how many."""
    user = permitted(vault, Action.EXPORT, entity_type="case_list")
    if fmt not in FORMATS:
        raise InvalidInput("format", Bilingual(es=f"Formato no disponible: {fmt}.",
                                               en=f"Format not available: {fmt}."))
    rows: list[list[object]] = [[label.in_language(language) for label in _HEADER]]
    page = list_cases(vault, case_filter, limit=MAX_PAGE)
    while True:
        rows.extend(_cells(row, language) for row in page.rows)
        if page.next_cursor is None:
            break
        page = list_cases(vault, case_filter, after=page.next_cursor, limit=MAX_PAGE)
    title = "Expedientes" if not language.startswith("en") else "Case files"
    data = table_csv(rows) if fmt == "csv" else table_xlsx(rows, title)
    count = len(rows) - 1
    with vault.write() as connection:
        audit.record(connection, actor_id=user.id, action="case_list.exported",
                     entity_type="case_list",
                     summary=f"{fmt}: rows {count}; filters: {filters_used(case_filter)}")
        # Inside the transaction: if the file cannot be written, no export is recorded.
        try:
            write_atomically(Path(path), data)
        except OSError as error:
            raise InvalidInput("out", Bilingual(
                es=f"No se pudo escribir {path}: {error.strerror}.",
                en=f"Could not write {path}: {error.strerror}.")) from error
    return count
