"""The import use case: preview a spreadsheet (read and check everything, write nothing),
then write the plan in one transaction with one audit row, or nothing at all.

Ten thousand rows cannot each go through open_case (a transaction, an audit row and an
index diff per row): the rows were checked by the same rules when the plan was built,
and go in here with bulk inserts, case codes numbered as open_case numbers them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, text

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.cases import CaseDetails, CaseStatus, format_case_code
from shelter_desk.domain.documents import effective_expiry
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.services.common import permitted, today
from shelter_desk.services.importing import merging
from shelter_desk.services.importing.duplicates import document_key, duplicate_key
from shelter_desk.services.importing.fields import (
    Field,
    Mapping,
    apply_overrides,
    check_mapping,
    read_mapping_file,
    suggest_mapping,
)
from shelter_desk.services.importing.plan import ImportPlan, ImportRow, build_plan
from shelter_desk.services.importing.remembered import remembered_choices
from shelter_desk.services.importing.source import Sheet, open_sheet
from shelter_desk.store import audit, case_repo, search_index
from shelter_desk.store.clock import now_utc
from shelter_desk.store.rows import to_columns
from shelter_desk.store.schema import case_file, person
from shelter_desk.store.vault import OpenVault

_BATCH = 5000


@dataclass(frozen=True)
class ImportOutcome:
    cases: int
    documents: int
    skipped_rows: int  # rows in error left out
    merged: int = 0  # possible duplicates merged into a person
    duplicates_skipped: int = 0  # possible duplicates not imported


def read_headers(path: Path) -> tuple[list[str], Mapping]:
    """The sheet's headers and the suggested mapping, for the dialog's mapping step."""
    sheet = open_sheet(path)
    sheet.rows.close()  # type: ignore[attr-defined]  # a generator: release the file
    return sheet.headers, _suggested(sheet)


def _suggested(sheet: Sheet) -> Mapping:
    return suggest_mapping(sheet.headers, frozenset(sheet.hidden), sheet.sub_headers)


def preview_import(vault: OpenVault, path: Path, *, mapping: Mapping | None = None,
                   mapping_file: Path | None = None,
                   value_choices: dict[str, str] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> ImportPlan:
    """Read and check every row; nothing is written. `mapping` (column index -> field)
    wins; else the suggestion from the headers, with `mapping_file`'s choices on top.
    Values no reader knows are read with the vault's remembered answers, and
    `value_choices` ({UnreadValue.key: code}) on top of them. `progress(done, 100)` is
    told how far it is: reading is the first 60, checking the rest."""
    permitted(vault, Action.IMPORT, entity_type="import")
    choices = {**remembered_choices(vault), **(value_choices or {})}
    sheet = open_sheet(path)
    try:
        mapping = _mapping_for(sheet, mapping, mapping_file)
        rows = _read_all(sheet, progress)  # whole: `skipped`, `covered` then complete
    finally:
        sheet.rows.close()  # type: ignore[attr-defined]
    hidden = tuple(sheet.headers[i] or f"#{i + 1}" for i in sorted(sheet.hidden)
                   if i < len(sheet.headers) and i not in mapping)
    with vault.read() as connection:
        existing = merging.vault_index(connection)
    plan = build_plan(sheet.headers, rows, mapping, today=today(),
                      existing=existing, file_name=Path(path).name,
                      file_format=sheet.file_format, covered=sheet.covered, choices=choices,
                      facts={"skipped": tuple(sheet.skipped),
                             "header_rows": sheet.header_rows, "hidden_columns": hidden},
                      progress=_checking(progress))
    with vault.read() as connection:
        return merging.completed(connection, plan)


_READING_SHARE = 60  # of the bar's 100: reading the file, then checking the rows
_EVERY = 500  # rows between two reports: often enough for a bar, cheap on 50,000


def _read_all(sheet: Sheet, progress: Callable[[int, int], None] | None
              ) -> list[tuple[int, list[Any]]]:
    if progress is None:
        return list(sheet.rows)
    rows = []
    for row in sheet.rows:
        rows.append(row)
        if len(rows) % _EVERY == 0:
            progress(int(sheet.read_so_far() * _READING_SHARE), 100)
    progress(_READING_SHARE, 100)
    return rows


def _checking(progress: Callable[[int, int], None] | None
              ) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    share = 100 - _READING_SHARE
    return lambda done, total: progress(
        _READING_SHARE + (share * done // total if total else share), 100)


def _mapping_for(sheet: Sheet, mapping: Mapping | None, mapping_file: Path | None) -> Mapping:
    if mapping is not None:
        mapping = {index: Field(field) for index, field in mapping.items()}  # Qt gives str
        check_mapping(mapping, sheet.headers)
        return mapping
    suggested = _suggested(sheet)
    overrides = read_mapping_file(mapping_file) if mapping_file is not None else {}
    return apply_overrides(sheet.headers, suggested, overrides)


def run_import(vault: OpenVault, plan: ImportPlan, *, skip_errors: bool = False,
               decisions: dict[Any, Any] | None = None,
               progress: Callable[[int, int], None] | None = None) -> ImportOutcome:
    """Write every planned row as a new case file, in one transaction; refused (nothing
    written) while the plan has problems, unless `skip_errors` leaves those rows out.
    `decisions` ({row: Decision}) says what becomes of each possible duplicate: skipped,
    merged into the person it matched, or kept as a separate person; one left undecided
    refuses the import, unless `skip_errors` leaves it out too."""
    user = permitted(vault, Action.IMPORT, entity_type="import")
    chosen = merging.check_decisions(plan, decisions or {})
    if plan.rows_in_error and not skip_errors:
        raise InvalidInput("rows", Bilingual(
            es=f"{plan.rows_in_error} fila(s) tienen problemas; no se importó nada. "
               "Corrígelas, u omite las filas con errores.",
            en=f"{plan.rows_in_error} row(s) have problems; nothing was imported. Fix "
               "them, or skip the rows in error."))
    resolution = merging.resolve(plan, chosen, skip_undecided=skip_errors)
    if not resolution.new and not resolution.into_vault:
        raise InvalidInput("rows", Bilingual(es="No hay filas que importar.",
                                             en="There are no rows to import."))
    report = progress or (lambda _done, _total: None)
    types = default_catalog().document_types
    defaults = CaseDetails()
    with vault.write() as connection:
        if _clashes(connection, [r for r in resolution.new if r.row not in resolution.kept]):
            raise InvalidInput("rows", Bilingual(
                es="Alguien añadió a la bóveda personas de esta hoja mientras se revisaba; "
                   "revisa la hoja otra vez.",
                en="People from this sheet were added to the vault while it was being "
                   "checked; check the sheet again."))
        last_case = connection.execute(select(func.max(case_file.c.id))).scalar() or 0
        last_person = connection.execute(select(func.max(person.c.id))).scalar() or 0
        numbers: dict[int, int] = {}
        cases, people, documents = [], [], []
        stamp = now_utc()
        for offset, row in enumerate(resolution.new, start=1):
            case_id, person_id = last_case + offset, last_person + offset
            year = row.opened_on.year
            if year not in numbers:
                numbers[year] = case_repo.next_case_number(connection, year) - 1
            numbers[year] += 1
            cases.append({"id": case_id, "code": format_case_code(year, numbers[year]),
                          "year": year, "number": numbers[year], "principal_person_id": None,
                          "opened_on": row.opened_on, "closed_on": None,
                          "status": CaseStatus.OPEN.value, "assigned_worker_id": None,
                          "risk_level": defaults.risk_level.value, "summary": row.note,
                          "updated_at": stamp})
            people.append({"id": person_id, "case_id": case_id, "relationship": None,
                           **case_repo.person_columns(row.person)})
            if row.document is not None:
                documents.append({
                    "person_id": person_id, "case_id": case_id, **to_columns(row.document),
                    "effective_expiry": effective_expiry(row.document,
                                                         types[row.document.type_key])})
        total = len(cases)
        for start in range(0, total, _BATCH):
            case_repo.cases.insert_many(connection, cases[start:start + _BATCH])
            case_repo.people.insert_many(connection, people[start:start + _BATCH])
            report(min(start + _BATCH, total), total)
        # The principal is known only once her row exists (the two tables point at
        # each other).
        connection.execute(text(
            "UPDATE case_file SET principal_person_id = (SELECT p.id FROM person p WHERE "
            "p.case_id = case_file.id AND p.relationship IS NULL) WHERE id > :after"),
            {"after": last_case})
        for start in range(0, len(documents), _BATCH):
            case_repo.documents.insert_many(connection, documents[start:start + _BATCH])
        search_index.index_new_cases(connection, last_case)
        added = merging.write_merges(connection, resolution.into_vault, stamp)
        report(total, total)  # the last moment a cancel (raised here) undoes it all
        skipped = plan.rows_in_error if skip_errors else 0
        # Counts only: no name, row or case code of anyone goes into the audit.
        summary = (f"{plan.file_format}: cases {total}, documents "
                   f"{len(documents) + added}, rows skipped {skipped}")
        if plan.matches:
            summary += (f", duplicates merged {resolution.merged}, kept "
                        f"{len(resolution.kept)}, skipped {resolution.skipped}")
        audit.record(connection, actor_id=user.id, action="import.completed",
                     entity_type="import", entity_id=None, summary=summary)
    return ImportOutcome(cases=total, documents=len(documents) + added,
                         skipped_rows=skipped, merged=resolution.merged,
                         duplicates_skipped=resolution.skipped)


def _clashes(connection: Connection, rows: list[ImportRow]) -> bool:
    """Someone added, since the preview, a person these new rows would duplicate."""
    names, documents = merging.vault_keys(connection)
    for row in rows:
        name = duplicate_key(row.person.full_name, row.person.birth_date)
        if name is not None and name in names:
            return True
        if row.document is not None:
            key = document_key(row.document.type_key, row.document.number)
            if key is not None and key in documents:
                return True
    return False

