"""Possible duplicates in an import: within the file (rows in error too) and against the
vault, by accent-insensitive name and birth date or by document number; each waits for
her decision (skip, merge, keep both), and each decision shows in the vault afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases, documents, people
from shelter_desk.services.importing.created import counts_line, created_counts, created_records
from shelter_desk.services.importing.duplicates import Decision, Matched
from shelter_desk.services.importing.service import preview_import, run_import
from shelter_desk.store import audit
from tests.services.test_importing import counts

HEADER = ("Nombre;Apellidos;Fecha de nacimiento;Nacionalidad;Teléfono;Documento;"
          "Número de documento;Observaciones")


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\r\n".join([HEADER, *rows]) + "\r\n", encoding="utf-8")
    return path


def in_vault(vault, given: str, family: str, born: date, *, nationality: str = "",
             phone: str = "", passport: str = "") -> tuple[int, int, str]:
    case = cases.open_case(vault, PersonDetails(
        given_names=given, family_names=family, birth_date=born, nationality=nationality,
        phone=phone)).value
    if passport:
        documents.record_document(vault, case.principal_person_id, DocumentDetails(
            type_key="pasaporte", status=DocumentStatus.ORIGINAL, number=passport))
    return case.id, case.principal_person_id, case.code


def names(vault) -> list[str]:
    return sorted(row.name for row in cases.list_cases(vault).rows)


def matches(plan) -> dict[int, list[tuple]]:
    found: dict[int, list[tuple]] = {}
    for m in plan.matches:
        found.setdefault(m.row, []).append((m.matched, m.other_row, m.case_code))
    return found


def test_duplicates_within_the_file_include_rows_in_error(created, tmp_path):
    # GIVEN a sheet naming Lucía twice (once with a nationality no one can read) and a
    # third row with the passport of the row in error
    sheet = write_csv(tmp_path / "dobles.csv", [
        "Lucía;Cáceres;01/02/2000;Honduras;;Pasaporte;P-777 001;",
        "LUCIA;caceres;2000-02-01;Narnia;;;;",
        "Reina;Mendoza;07/08/1985;Guatemala;;Pasaporte;p777001;",
        "Otra;Persona;07/08/1985;Guatemala;;;;",
    ])

    plan = preview_import(created.vault, sheet)

    # THEN the row in error is matched to the first, the third (same passport, case and
    # dashes ignored) to the first; the fourth is no one's duplicate
    assert matches(plan) == {3: [(Matched.NAME_AND_BIRTH_DATE, 2, "")],
                             4: [(Matched.DOCUMENT, 2, "")]}
    assert plan.rows_in_error == 1 and plan.duplicates == 2
    assert plan.undecided == (4,)  # row 3 cannot be imported anyway
    shown = {p.row: p.message for p in plan.problems if p.duplicate}
    assert "fila 2" in shown[3].es and "row 2" in shown[3].en
    assert "mismo documento" in shown[4].es and "same document" in shown[4].en


def test_vault_matches_by_name_with_accents_and_case_and_by_document(created, tmp_path):
    vault = created.vault
    _c, _p, maria = in_vault(vault, "María José", "Pérez", date(1992, 4, 5))
    _c, _p, dilcia = in_vault(vault, "Dilcia", "Zelaya", date(1988, 7, 30),
                              passport="G-123 456")
    sheet = write_csv(tmp_path / "lista.csv", [
        "MARIA JOSE;perez;05/04/1992;;;;;",
        "Dilcia Marleny;Zelaya Ortiz;;;;pasaporte;g123456;",
        "Nueva;Persona;01/01/1990;;;;;",
    ])

    plan = preview_import(vault, sheet)

    assert matches(plan) == {2: [(Matched.NAME_AND_BIRTH_DATE, None, maria)],
                             3: [(Matched.DOCUMENT, None, dilcia)]}
    shown = {p.row: p.message for p in plan.problems if p.duplicate}
    assert f"expediente {maria}" in shown[2].es and f"case file {maria}" in shown[2].en
    assert plan.undecided == (2, 3)


def test_skip_merge_and_keep_both_each_change_the_vault_as_she_would_see_it(created,
                                                                           tmp_path):
    # GIVEN three women in the vault, and a sheet naming each of them again
    vault = created.vault
    _c, _p, _code = in_vault(vault, "Yesenia", "Alvarado", date(1990, 3, 12))
    merged_case, merged_person, _code = in_vault(vault, "Glenda", "Ortiz",
                                                 date(1991, 6, 7), nationality="HN")
    in_vault(vault, "Ingrid", "Aguilar", date(1986, 8, 7))
    sheet = write_csv(tmp_path / "otra_vez.csv", [
        "Yesenia;Alvarado;12/03/1990;;;;;",
        "GLENDA;Ortíz;07/06/1991;Guatemala;5512345678;Pasaporte;P-42;llegó con su hija",
        "Ingrid;Aguilar;07/08/1986;;;;;",
    ])
    plan = preview_import(vault, sheet)
    # ... the preview says what a merge would keep as it was, with the sheet's value
    glenda = next(m for m in plan.matches if m.row == 3)
    assert [c.es for c in glenda.conflicts] == [
        "Nacionalidad: se deja como estaba; la hoja dice «GT»."]
    assert glenda.conflicts[0].en == "Nationality: kept as it was; the sheet says 'GT'."

    # WHEN she skips Yesenia, merges Glenda and keeps Ingrid as a separate person
    outcome = run_import(vault, plan, decisions={2: Decision.SKIP, "3": "merge",
                                                 4: Decision.KEEP})

    # THEN one new case (the second Ingrid); Glenda's record gained what it lacked
    assert (outcome.cases, outcome.merged, outcome.duplicates_skipped) == (1, 1, 1)
    assert names(vault) == ["Glenda Ortiz", "Ingrid Aguilar", "Ingrid Aguilar",
                            "Yesenia Alvarado"]
    seen = cases.open_case_file(vault, merged_case, record_view=False)
    details = seen.principal.person.details
    assert details.nationality == "HN"  # never overwritten
    assert details.phone == "5512345678"  # filled: it was empty
    assert details.family_names == "Ortiz"
    assert [(d.details.type_key, d.details.number) for d in seen.principal.documents] == [
        ("pasaporte", "P-42")]
    assert seen.case.details.summary.endswith("Observaciones: llegó con su hija")
    assert [r.name for r in cases.search_cases(vault, "glenda").rows] == ["Glenda Ortiz"]
    # ... and the audit row holds counts, no one's name
    with vault.read() as connection:
        last = [e for e in audit.events(connection) if e.action == "import.completed"][-1]
    assert last.summary == ("csv: cases 1, documents 1, rows skipped 0, duplicates merged "
                            "1, kept 1, skipped 1")
    assert merged_person  # the same person, not a new one
    assert "Glenda" not in last.summary and "Ortiz" not in last.summary


def test_merge_adds_no_document_she_already_has(created, tmp_path):
    vault = created.vault
    case_id, _p, _code = in_vault(vault, "Dilcia", "Zelaya", date(1988, 7, 30),
                                  passport="G-123 456")
    plan = preview_import(vault, write_csv(tmp_path / "a.csv", [
        "Dilcia;Zelaya;30/07/1988;;;Pasaporte;g123456;"]))
    outcome = run_import(vault, plan, decisions={2: Decision.MERGE})
    assert (outcome.cases, outcome.documents, outcome.merged) == (0, 0, 1)
    seen = cases.open_case_file(vault, case_id, record_view=False)
    assert [d.details.number for d in seen.principal.documents] == ["G-123 456"]


def test_two_rows_of_one_sheet_merged_become_one_person(created, tmp_path):
    vault = created.vault
    plan = preview_import(vault, write_csv(tmp_path / "dos.csv", [
        "Lucía;Cáceres;01/02/2000;Honduras;;;;primera visita",
        "Lucia;Caceres;01/02/2000;Guatemala;5599887766;Pasaporte;P-9;segunda visita",
    ]))
    outcome = run_import(vault, plan, decisions={3: Decision.MERGE})

    assert (outcome.cases, outcome.documents, outcome.merged) == (1, 1, 1)
    page = cases.list_cases(vault).rows
    assert [row.name for row in page] == ["Lucía Cáceres"]
    seen = cases.open_case_file(vault, page[0].case_id, record_view=False)
    assert seen.principal.person.details.nationality == "HN"
    assert seen.principal.person.details.phone == "5599887766"
    assert "primera visita" in seen.case.details.summary
    assert "segunda visita" in seen.case.details.summary


def test_undecided_duplicates_refuse_the_import_saying_how_many(created, tmp_path):
    vault = created.vault
    in_vault(vault, "Yesenia", "Alvarado", date(1990, 3, 12))
    plan = preview_import(vault, write_csv(tmp_path / "a.csv", [
        "Yesenia;Alvarado;12/03/1990;;;;;", "Yesenia;Alvarado;12/03/1990;;;;;",
        "Nueva;Persona;01/01/1990;;;;;"]))
    before = counts(vault)

    with pytest.raises(InvalidInput) as refused:
        run_import(vault, plan)
    assert "2 fila(s) son posibles duplicados" in refused.value.message.es
    assert "2 row(s) are possible duplicates" in refused.value.message.en
    assert counts(vault) == before  # cancelling (or being refused) leaves nothing

    # WHEN she skips the rows she cannot import, the undecided duplicates stay out
    outcome = run_import(vault, plan, skip_errors=True)
    assert (outcome.cases, outcome.duplicates_skipped) == (1, 2)


@pytest.mark.parametrize(("decisions", "es", "en"), [
    ({9: "skip"}, "La fila 9 no tiene posibles duplicados", "Row 9 has no possible"),
    ({2: "borrar"}, "Decisión no válida para la fila 2", "Invalid decision for row 2"),
    ({3: "merge"}, "La fila 3 tiene errores", "Row 3 has errors"),
    ({4: "merge"}, "La fila 4 no tiene con quién unirse",
     "Row 4 has nothing to merge into"),
])
def test_bad_decisions_are_refused_in_both_languages_and_nothing_written(
        created, tmp_path, decisions, es, en):
    vault = created.vault
    plan = preview_import(vault, write_csv(tmp_path / "a.csv", [
        "Lucía;Cáceres;01/02/2000;Honduras;;;;",
        "Lucía;Cáceres;01/02/2000;Narnia;;Pasaporte;P-1;",  # in error
        "Reina;Mendoza;07/08/1985;Guatemala;;Pasaporte;P 1;",  # row 3's passport
    ]))
    assert plan.undecided == (4,) and {m.row for m in plan.matches} == {3, 4}
    before = counts(vault)
    with pytest.raises(InvalidInput) as refused:
        run_import(vault, plan, decisions=decisions, skip_errors=True)
    assert es in refused.value.message.es and en in refused.value.message.en
    assert counts(vault) == before


def test_a_blocked_person_counts_but_is_never_named(created, tmp_path):
    vault = created.vault
    _c, person_id, code = in_vault(vault, "Anabel", "Reservada", date(1980, 1, 1))
    people.block_person(vault, person_id)
    plan = preview_import(vault, write_csv(tmp_path / "a.csv", [
        "Anabel;Reservada;01/01/1980;;;;;"]))

    [match] = plan.matches
    assert match.blocked and match.person_id is None and match.case_code == ""
    message = next(p.message for p in plan.problems if p.duplicate)
    assert code not in message.es and "Anabel" not in message.es + message.en
    before = counts(vault)
    with pytest.raises(InvalidInput) as refused:
        run_import(vault, plan, decisions={2: "merge"})
    assert "bloqueados" in refused.value.message.es and "blocked" in refused.value.message.en
    assert counts(vault) == before


def test_someone_added_while_she_reviewed_is_caught_at_write_time(created, tmp_path):
    vault = created.vault
    plan = preview_import(vault, write_csv(tmp_path / "a.csv", [
        "Nueva;Persona;01/01/1990;;;Pasaporte;X-1;"]))
    assert plan.matches == ()
    in_vault(vault, "Otra", "Distinta", date(1970, 1, 1), passport="x1")
    before = counts(vault)
    with pytest.raises(InvalidInput) as refused:
        run_import(vault, plan)
    assert "revisa la hoja otra vez" in refused.value.message.es
    assert counts(vault) == before


def test_a_document_match_with_another_name_keeps_her_name_and_says_so(created, tmp_path):
    vault = created.vault
    case_id, _p, code = in_vault(vault, "Dilcia", "Zelaya", date(1988, 7, 30),
                                 passport="G-123 456")
    plan = preview_import(vault, write_csv(tmp_path / "a.csv", [
        "Dilcia Marleny;Zelaya;30/07/1988;Honduras;;Pasaporte;G123456;"]))
    [match] = plan.matches
    assert (match.matched, match.case_code) == (Matched.DOCUMENT, code)
    assert [c.es for c in match.conflicts] == [
        "Nombre(s): se deja como estaba; la hoja dice «Dilcia Marleny»."]

    run_import(vault, plan, decisions={2: Decision.MERGE})

    seen = cases.open_case_file(vault, case_id, record_view=False).principal.person.details
    assert (seen.given_names, seen.nationality) == ("Dilcia", "HN")
    assert names(vault) == ["Dilcia Zelaya"]


def test_what_will_be_created_follows_each_decision(created, tmp_path):
    # GIVEN Glenda in the vault, and a sheet naming her again beside a new woman
    vault = created.vault
    _case, _person, code = in_vault(vault, "Glenda", "Ortiz", date(1991, 6, 7))
    sheet = write_csv(tmp_path / "otra_vez.csv", [
        "GLENDA;Ortíz;07/06/1991;Guatemala;;Pasaporte;P-42;",
        "Dilcia;Nueva;01/01/1995;Honduras;;;;",
    ])
    plan = preview_import(vault, sheet)

    # THEN before she decides, only the new woman is counted, and Glenda waits
    waiting = created_counts(plan)
    assert (waiting.cases, waiting.documents, waiting.waiting) == (1, 0, 1)
    assert counts_line(waiting).es.endswith("1 posible duplicado por decidir.")
    lines = {r.row: r.line.es for r in created_records(plan)}
    assert lines[2].startswith("Posible duplicado: GLENDA Ortíz; elige omitir")
    assert lines[3].startswith("Caso nuevo: Dilcia Nueva")

    # WHEN she merges Glenda, THEN she is told as joined to her case, not as a new case
    merge = {2: Decision.MERGE}
    assert created_records(plan, merge)[0].line.es == (
        f"Se une al expediente {code}: lo que falte se completa.")
    joined = created_counts(plan, merge)
    assert (joined.cases, joined.merged, joined.waiting) == (1, 1, 0)
    # ... keeping both counts her as a case of her own, with her passport
    kept = created_counts(plan, {2: Decision.KEEP})
    assert (kept.cases, kept.documents, kept.merged) == (2, 1, 0)
    # ... and the counts are what the import then writes
    outcome = run_import(vault, plan, decisions={2: Decision.KEEP})
    assert (outcome.cases, outcome.documents) == (kept.cases, kept.documents)
