"""The vault's side of duplicates in an import: who is already there (by name and birth
date, and by document), what a merge would keep as it was, the decisions checked before
anything is written, and the merges written inside the import's one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, select, update

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.documents import effective_expiry
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.services.importing.duplicates import (
    MERGED_COLUMNS,
    Decision,
    DocumentKey,
    Duplicate,
    DuplicateKey,
    VaultIndex,
    conflict_line,
    document_key,
    duplicate_key,
    merge_columns,
)
from shelter_desk.services.importing.plan import ImportPlan, ImportRow, RowProblem
from shelter_desk.store import case_repo, search_index
from shelter_desk.store.rows import to_columns
from shelter_desk.store.schema import case_file, identity_document, person


def vault_index(connection: Connection) -> VaultIndex:
    # Blocked people too: an old spreadsheet must not quietly bring back someone who
    # asked for her data to be cancelled. The message names no one.
    index = VaultIndex()
    people = connection.execute(
        select(person.c.id, person.c.given_names, person.c.family_names,
               person.c.birth_date).where(person.c.birth_date.is_not(None))
        .order_by(person.c.id))
    for person_id, given, family, born in people:
        key = duplicate_key(f"{given} {family}", born)
        if key is not None and key not in index.by_name:
            index.by_name[key] = person_id
    documents = connection.execute(
        select(identity_document.c.person_id, identity_document.c.type_key,
               identity_document.c.number).where(identity_document.c.number != "")
        .order_by(identity_document.c.id))
    for person_id, type_key, number in documents:
        key = document_key(type_key, number)
        if key is not None and key not in index.by_document:
            index.by_document[key] = person_id
    return index


def vault_keys(connection: Connection) -> tuple[set[DuplicateKey], set[DocumentKey]]:
    """Only the keys, for the check at write time (no one is named there)."""
    index = vault_index(connection)
    return set(index.by_name), set(index.by_document)


def _people_columns(connection: Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    rows = connection.execute(select(person).where(person.c.id.in_(sorted(ids))))
    return {row.id: dict(row._mapping) for row in rows}


def completed(connection: Connection, plan: ImportPlan) -> ImportPlan:
    """Each vault match told her case code (or only that she is blocked: then no id, no
    code) and what a merge would keep as it was (the sheet's value only)."""
    ids = {m.person_id for m in plan.matches if m.person_id is not None}
    if not ids:
        return plan
    existing = _people_columns(connection, ids)
    codes = dict(connection.execute(select(case_file.c.id, case_file.c.code).where(
        case_file.c.id.in_(sorted({c["case_id"] for c in existing.values()})))).all())
    rows = {row.row: row for row in plan.rows}
    matches = []
    for match in plan.matches:
        columns = existing.get(match.person_id) if match.person_id is not None else None
        if columns is not None and columns["blocked_at"] is not None:
            match = replace(match, person_id=None, blocked=True)
        elif columns is not None:
            match = replace(match, case_code=codes.get(columns["case_id"], ""))
            row = rows.get(match.row)
            if row is not None:
                sheet = case_repo.person_columns(row.person)
                _fills, kept = merge_columns(columns, sheet)
                match = replace(match, conflicts=tuple(conflict_line(c, sheet)
                                                       for c in kept))
        matches.append(match)
    said = [RowProblem(m.row, "", m.message(), duplicate=True) for m in matches]
    problems = sorted([p for p in plan.problems if not p.duplicate] + said,
                      key=lambda p: (p.row, p.column))
    return replace(plan, matches=tuple(matches), problems=tuple(problems))


@dataclass
class Resolution:
    """What the decisions make of the plan: new people, merges into the vault, skips."""

    new: list[ImportRow] = field(default_factory=list)
    kept: set[int] = field(default_factory=set)  # rows imported as a separate person
    into_vault: list[tuple[int, ImportRow]] = field(default_factory=list)  # person id
    merged: int = 0
    skipped: int = 0  # possible duplicates not imported (skip, or undecided and skipped)


def _refuse(es: str, en: str) -> InvalidInput:
    return InvalidInput("duplicates", Bilingual(es=es, en=en))


def check_decisions(plan: ImportPlan, decisions: dict[Any, Any]) -> dict[int, Decision]:
    """Decisions as the caller gave them (rows as numbers or text, decisions as values)
    checked against the plan; a clear refusal names the first wrong one."""
    by_row = {match.row for match in plan.matches}
    ready = {row.row for row in plan.rows}
    checked: dict[int, Decision] = {}
    for row, decision in decisions.items():
        try:
            number, chosen = int(row), Decision(decision)
        except ValueError:
            raise _refuse(f"Decisión no válida para la fila {row}: «{decision}» (usa "
                          "omitir, unir o conservar ambas).",
                          f"Invalid decision for row {row}: '{decision}' (use skip, merge "
                          "or keep).") from None
        if number not in by_row:
            raise _refuse(f"La fila {number} no tiene posibles duplicados; no se importó "
                          "nada.",
                          f"Row {number} has no possible duplicate; nothing was imported.")
        if number not in ready and chosen is not Decision.SKIP:
            raise _refuse(f"La fila {number} tiene errores y no se puede importar; corrígela "
                          "u omítela. No se importó nada.",
                          f"Row {number} has errors and cannot be imported; fix it or skip "
                          "it. Nothing was imported.")
        checked[number] = chosen
    return checked


def resolve(plan: ImportPlan, decisions: dict[int, Decision], *,
            skip_undecided: bool) -> Resolution:
    undecided = [row for row in plan.undecided if row not in decisions]
    if undecided and not skip_undecided:
        count = len(undecided)
        raise _refuse(f"{count} fila(s) son posibles duplicados sin decidir (omitir, unir o "
                      "conservar ambas); no se importó nada.",
                      f"{count} row(s) are possible duplicates with no decision (skip, "
                      "merge or keep both); nothing was imported.")
    matches: dict[int, list[Duplicate]] = {}
    for match in plan.matches:
        matches.setdefault(match.row, []).append(match)
    result = Resolution()
    new: dict[int, ImportRow] = {}  # row number -> row, earlier rows merged into
    in_vault: dict[int, int] = {}  # row number -> the person it was merged into
    for row in plan.rows:
        decision = decisions.get(row.row)
        if row.row in matches and decision in (None, Decision.SKIP):
            result.skipped += 1
            continue
        if decision is Decision.MERGE:
            person_id, earlier = _target(row.row, matches[row.row], new, in_vault)
            if person_id is not None:
                in_vault[row.row] = person_id
                result.into_vault.append((person_id, row))
            else:
                assert earlier is not None
                new[earlier] = merge_rows(new[earlier], row)
            result.merged += 1
            continue
        if decision is Decision.KEEP:
            result.kept.add(row.row)
        new[row.row] = row
    result.new = list(new.values())
    return result


def _target(number: int, found: list[Duplicate], new: dict[int, ImportRow],
            in_vault: dict[int, int]) -> tuple[int | None, int | None]:
    """(the person in the vault, None) or (None, the earlier row) to merge into."""
    for match in found:
        if match.in_vault and match.person_id is not None:
            return match.person_id, None
    for match in found:
        if match.other_row is not None and match.other_row in in_vault:
            return in_vault[match.other_row], None  # that row went to her: so does this
        if match.other_row is not None and match.other_row in new:
            return None, match.other_row
    if any(match.blocked for match in found):
        raise _refuse(f"La fila {number} coincide con una persona cuyos datos están "
                      "bloqueados: no se puede unir; omítela o consérvala aparte.",
                      f"Row {number} matches a person whose data is blocked: it cannot be "
                      "merged; skip it or keep it apart.")
    raise _refuse(f"La fila {number} no tiene con quién unirse (la otra fila no se importa); "
                  "omítela o consérvala aparte. No se importó nada.",
                  f"Row {number} has nothing to merge into (the other row is not "
                  "imported); skip it or keep it apart. Nothing was imported.")


def merge_rows(first: ImportRow, later: ImportRow) -> ImportRow:
    """Two rows of one sheet become one person: the later fills what the first lacks."""
    mine, theirs = case_repo.person_columns(first.person), case_repo.person_columns(
        later.person)
    fills, _kept = merge_columns(mine, theirs)
    person_ = replace(first.person, **{c: getattr(later.person, c) for c in fills})
    note = "\n".join(n for n in (first.note, later.note) if n)
    return replace(first, person=person_, document=first.document or later.document,
                   note=note)


def write_merges(connection: Connection, merges: list[tuple[int, ImportRow]],
                 stamp: str) -> int:
    """Each row's new facts added to the person it matched, nothing overwritten; returns
    the documents added. Refused if a person was removed since the preview."""
    existing = _people_columns(connection, {person_id for person_id, _row in merges})
    types = default_catalog().document_types
    documents = 0
    cases: set[int] = set()
    for person_id, row in merges:
        if person_id not in existing or existing[person_id]["blocked_at"] is not None:
            raise _refuse("Alguien cambió en la bóveda a una persona de esta hoja mientras "
                          "se revisaba; revisa la hoja otra vez.",
                          "Someone changed a person from this sheet in the vault while it "
                          "was being checked; check the sheet again.")
        columns = existing[person_id]
        fills, _kept = merge_columns(columns, case_repo.person_columns(row.person))
        fills = {c: v for c, v in fills.items() if c in MERGED_COLUMNS}
        if fills:
            columns.update(fills)
            connection.execute(update(person).where(person.c.id == person_id)
                               .values(**fills, updated_at=stamp))
        case_id = columns["case_id"]
        cases.add(case_id)
        if row.document is not None and _new_document(connection, person_id, row):
            case_repo.documents.insert_many(connection, [{
                "person_id": person_id, "case_id": case_id, **to_columns(row.document),
                "effective_expiry": effective_expiry(row.document,
                                                     types[row.document.type_key])}])
            documents += 1
        if row.note:
            summary = connection.execute(select(case_file.c.summary).where(
                case_file.c.id == case_id)).scalar_one()
            connection.execute(update(case_file).where(case_file.c.id == case_id).values(
                summary="\n".join(s for s in (summary, row.note) if s), updated_at=stamp))
    search_index.reindex_cases(connection, cases)
    return documents


def _new_document(connection: Connection, person_id: int, row: ImportRow) -> bool:
    assert row.document is not None
    hers = connection.execute(select(identity_document.c.type_key,
                                     identity_document.c.number)
                              .where(identity_document.c.person_id == person_id)).all()
    wanted = document_key(row.document.type_key, row.document.number)
    if wanted is None:  # no number: one of that type is enough
        return all(type_key != row.document.type_key for type_key, _n in hers)
    return all(document_key(type_key, number) != wanted for type_key, number in hers)
