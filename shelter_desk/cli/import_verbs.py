"""The import verb: check a spreadsheet row by row, then import all of it or nothing."""

from __future__ import annotations

import argparse
import time

from shelter_desk.cli.prompts import PASSPHRASE_ENV, read_secret
from shelter_desk.domain.messages import Bilingual, preferred_language
from shelter_desk.services.data_rights import finish_pending_erasure
from shelter_desk.services.importing.created import (
    counts_line,
    created_counts,
    created_records,
)
from shelter_desk.services.importing.duplicates import Decision
from shelter_desk.services.importing.fields import LABELS
from shelter_desk.services.importing.plan import ImportPlan
from shelter_desk.services.importing.preview import describe
from shelter_desk.services.importing.service import preview_import, run_import
from shelter_desk.store import vault as vaults

SHOWN_PROBLEMS = 200
SHOWN_RECORDS = 200  # in a dry run; the counts above them say the whole
EXIT_ROWS_IN_ERROR = 1  # as `verify` says a failed check: nothing was written


def _say(es: str, en: str) -> None:
    print(Bilingual(es=es, en=en).in_language(preferred_language()))


def import_spreadsheet(args: argparse.Namespace) -> int:
    passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV,
                             Bilingual(es="Contraseña", en="Passphrase"))
    with vaults.unlock(args.vault, user=args.user, passphrase=passphrase) as vault:
        finish_pending_erasure(vault)
        started = time.monotonic()
        plan = preview_import(vault, args.file, mapping_file=args.mapping)
        _print_plan(plan)
        policy = getattr(args, "duplicates", None)
        decisions = {row: Decision(policy) for row in plan.undecided} if policy else {}
        if args.dry_run:
            _print_records(plan, decisions)
            _say("Prueba sin escribir: no se guardó nada.", "Dry run: nothing was written.")
            return EXIT_ROWS_IN_ERROR if plan.problems else 0
        if plan.rows_in_error and not args.skip_errors:
            _say("No se importó nada. Corrige las filas, o usa --skip-errors para importar "
                 "solo las filas sin problemas.",
                 "Nothing was imported. Fix the rows, or use --skip-errors to import only "
                 "the rows without problems.")
            return EXIT_ROWS_IN_ERROR
        if plan.undecided and policy is None:
            count = len(plan.undecided)
            _say(f"No se importó nada: {count} fila(s) son posibles duplicados. Elige qué "
                 "hacer con ellas: --duplicates skip (omitirlas), merge (unirlas a la "
                 "persona que ya existe) o keep (conservar ambas).",
                 f"Nothing was imported: {count} row(s) are possible duplicates. Choose "
                 "what to do with them: --duplicates skip, merge (into the person already "
                 "there) or keep (keep both).")
            return EXIT_ROWS_IN_ERROR
        outcome = run_import(vault, plan, skip_errors=args.skip_errors, decisions=decisions)
    seconds = time.monotonic() - started
    _say(f"Importados {outcome.cases} expedientes y {outcome.documents} documentos en "
         f"{seconds:.1f} s; filas omitidas: {outcome.skipped_rows}.",
         f"Imported {outcome.cases} case files and {outcome.documents} documents in "
         f"{seconds:.1f} s; rows skipped: {outcome.skipped_rows}.")
    if plan.matches:
        _say(f"Posibles duplicados: {outcome.merged} unidos, {outcome.duplicates_skipped} "
             "omitidos, el resto conservados aparte.",
             f"Possible duplicates: {outcome.merged} merged, {outcome.duplicates_skipped} "
             "skipped, the others kept apart.")
    return 0


def _print_plan(plan: ImportPlan) -> None:
    language = preferred_language()
    mapped = ", ".join(f"{plan.headers[index]} -> {LABELS[field].in_language(language)}"
                       for index, field in sorted(plan.mapping.items()))
    _say(f"Columnas: {mapped}", f"Columns: {mapped}")
    for line in describe(plan):  # the same lines as the dialog's review step
        print(f"* {line.in_language(language)}")
    for problem in plan.problems[:SHOWN_PROBLEMS]:
        where = f" «{problem.column}»" if problem.column else ""
        _say(f"fila {problem.row}{where}: {problem.message.es}",
             f"row {problem.row}{where}: {problem.message.en}")
    for match in plan.matches[:SHOWN_PROBLEMS]:
        for kept in match.conflicts:  # what a merge would keep as it was
            _say(f"fila {match.row}, si se une: {kept.es}",
                 f"row {match.row}, if merged: {kept.en}")
    hidden = len(plan.problems) - SHOWN_PROBLEMS
    if hidden > 0:
        _say(f"... y {hidden} problemas más.", f"... and {hidden} more problems.")
    ready = len(plan.rows) - len(plan.undecided)
    _say(f"{plan.total_rows} filas: {ready} listas, {plan.rows_in_error} con "
         f"problemas, {plan.duplicates} posibles duplicados.",
         f"{plan.total_rows} rows: {ready} ready, {plan.rows_in_error} with "
         f"problems, {plan.duplicates} possible duplicates.")


def _print_records(plan: ImportPlan, decisions: dict[int, Decision]) -> None:
    """What the import would create, record by record, as the dialog lists it."""
    language = preferred_language()
    print(counts_line(created_counts(plan, decisions)).in_language(language))
    records = created_records(plan, decisions)
    for record in records[:SHOWN_RECORDS]:
        _say(f"fila {record.row} → {record.line.es}", f"row {record.row} → {record.line.en}")
    more = len(records) - SHOWN_RECORDS
    if more > 0:
        _say(f"... y {more} expedientes más.", f"... and {more} more case files.")
