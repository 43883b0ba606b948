"""A coordinator imports a spreadsheet from the case list, and exports the list."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from shelter_desk.domain.staff import Role
from shelter_desk.gui.cases.case_list_page import CaseListPage
from shelter_desk.gui.importing.import_dialog import (
    STEP_DONE,
    STEP_MAPPING,
    STEP_REVIEW,
    ImportDialog,
)
from shelter_desk.services import cases, staff
from shelter_desk.services.importing.duplicates import Decision
from shelter_desk.services.importing.fields import Field
from shelter_desk.services.importing.remembered import remembered_choices
from shelter_desk.store.vault import unlock
from tests.importing import registers

SHEET = "\r\n".join([
    "Nombre;Apellidos;Fecha de nacimiento;Nacionalidad;Notas",
    "Valentina;Guevara;03/04/1995;Venezuela;llegó con su hija",
    "Camila;Orellana;29/02/1995;El Salvador;",
    "Milagros;Funes;1990-10-10;Honduras;",
]) + "\r\n"


def test_import_end_to_end_from_the_case_list(qtbot, qtmodeltester, created, tmp_path):
    # GIVEN the case list of an empty vault and a sheet with one impossible date
    vault = created.vault
    sheet = tmp_path / "lista.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    page = CaseListPage(vault)
    qtbot.addWidget(page)
    assert page.import_sheet.isVisibleTo(page) and page.export_list.isEnabled()

    # WHEN she opens the import dialog and chooses the file
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.open_file(sheet)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_MAPPING, timeout=5000)

    # THEN each column's choice is filled in from its header; "Notas" is kept as a note
    assert [combo.currentData() for combo in dialog.mapping.combos] == [
        Field.GIVEN_NAMES, Field.FAMILY_NAMES, Field.BIRTH_DATE, Field.NATIONALITY,
        Field.NOTE]
    assert dialog.mapping.combos[4].currentText() == "Guardar como nota"

    # WHEN she reviews the rows
    qtbot.mouseClick(dialog.review, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_REVIEW, timeout=5000)

    # THEN the bad row is listed with its column and nothing can be imported yet
    qtmodeltester.check(dialog.problems)
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.index(0, 0).data() == 3
    assert dialog.problems.index(0, 1).data() == "Fecha de nacimiento"
    assert "29/02/1995" in dialog.problems.index(0, 2).data()
    assert dialog.summary.text() == (
        "La hoja tiene 3 filas. 2 están listas para importar. 1 tiene errores. "
        "Todavía no se ha guardado nada. Marca «Omitir las filas con errores» o corrige "
        "la hoja para poder importar.")
    assert not dialog.start.isEnabled()
    assert cases.count_cases(vault) == 0

    # WHEN she chooses to skip the row in error and imports
    dialog.skip.setChecked(True)
    assert dialog.start.isEnabled() and "Marca" not in dialog.summary.text()
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_DONE, timeout=10000)

    # THEN the two good rows are case files, and the list shows them
    assert dialog.done_text.text() == (
        "Listo: se importaron 2 expedientes. Se omitió 1 fila con errores.")
    assert cases.count_cases(vault) == 2
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)


def test_a_file_that_cannot_be_read_is_explained_in_the_dialog(qtbot, created, tmp_path):
    bad = tmp_path / "rara.csv"
    bad.write_bytes("Nombre\nAna\n".encode("utf-16"))
    page = CaseListPage(created.vault)
    qtbot.addWidget(page)
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.open_file(bad)
    qtbot.waitUntil(lambda: not dialog.busy_now, timeout=5000)
    assert "UTF-16" in dialog.message.text()
    assert dialog.steps.currentIndex() == 0


def test_the_list_export_is_the_coordinators(qtbot, created, vault_dir, tmp_path):
    vault = created.vault
    page = CaseListPage(vault)
    qtbot.addWidget(page)
    page.export_to(tmp_path / "lista", "xlsx")
    assert (tmp_path / "lista.xlsx").exists()
    assert "Lista exportada (0 expedientes)" in page.notice.text()
    assert load_workbook(tmp_path / "lista.xlsx").active["A1"].value == "Expediente"

    staff.add_staff(vault, "Voluntaria Prueba", Role.VOLUNTEER, "frase de voluntaria")
    with unlock(vault_dir, user="Voluntaria Prueba",
                passphrase="frase de voluntaria") as volunteer:
        theirs = CaseListPage(volunteer)
        qtbot.addWidget(theirs)
        assert not theirs.export_list.isEnabled()
        assert theirs.import_sheet.isVisibleTo(theirs)  # volunteers take intakes ...
        assert not theirs.import_sheet.isEnabled()  # ... but only coordinators import
        theirs.export_to(tmp_path / "no.csv", "csv")
        assert "coordinadora" in theirs.notice.text()
    assert not (tmp_path / "no.csv").exists()


def test_going_back_to_the_columns_changes_what_is_checked(qtbot, created, tmp_path):
    # GIVEN the review of a sheet whose only problem is a birth date
    sheet = tmp_path / "lista.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    page = CaseListPage(created.vault)
    qtbot.addWidget(page)
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.open_file(sheet)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_MAPPING, timeout=5000)
    qtbot.mouseClick(dialog.review, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_REVIEW, timeout=5000)
    assert dialog.problems.rowCount() == 1

    # WHEN she goes back and chooses not to import the birth dates
    qtbot.mouseClick(dialog.back, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == STEP_MAPPING
    dialog.mapping.combos[2].setCurrentIndex(0)
    qtbot.mouseClick(dialog.review, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_REVIEW, timeout=5000)

    # THEN nothing is in error, and she may import without skipping anything
    assert dialog.problems.rowCount() == 0
    assert not dialog.skip.isVisibleTo(dialog) and dialog.start.isEnabled()


def test_the_review_says_what_was_left_out_and_asks_once_for_an_unknown_value(
        qtbot, created, tmp_path):
    # GIVEN the shelter's register with a title, a totals row and signatures
    vault = created.vault
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.open_file(registers.intake_xlsx(tmp_path / "ingresos.xlsx"))
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_MAPPING, timeout=5000)

    # WHEN she reviews the rows
    qtbot.mouseClick(dialog.review, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_REVIEW, timeout=5000)

    # THEN the rows left out are named with why, and the notes and hidden column too
    facts = dialog.facts.toPlainText()
    assert "Filas 1-2 sin importar: Título" in facts
    assert "Fila 12 sin importar: Fila de totales" in facts
    assert "Filas 14-15 sin importar: Firma" in facts
    assert "«No. de hijos», «OBSERVACIONES»" in facts and "«Trabajadora»" in facts
    assert not dialog.unread.isVisibleTo(dialog)

    # GIVEN then a list where 37 rows write «GUATEMALTECQ»
    dialog.open_file(registers.demonym_csv(tmp_path / "lista.csv"))
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_MAPPING, timeout=5000)
    qtbot.mouseClick(dialog.review, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_REVIEW, timeout=5000)

    # THEN it is asked once, for the 37 rows
    assert dialog.unread.isVisibleTo(dialog) and len(dialog.unread.combos) == 1
    assert "en las 37 filas" in dialog.unread.labels[0].text()
    assert dialog.problems.rowCount() == 37

    # WHEN she answers Guatemala and applies it, remembering it
    combo = dialog.unread.combos[0]
    combo.setCurrentIndex(combo.findData("GT"))
    assert dialog.unread.remember.isChecked()
    qtbot.mouseClick(dialog.unread.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.rowCount() == 0, timeout=5000)

    # THEN every row reads, and the answer is kept for the next file
    assert not dialog.unread.isVisibleTo(dialog) and dialog.start.isEnabled()
    assert remembered_choices(vault) == {"nationality:guatemaltecq": "GT"}


def test_possible_duplicates_are_decided_line_by_line_or_all_at_once(qtbot, qtmodeltester,
                                                                     created, tmp_path):
    # GIVEN Valentina already in the vault, and a sheet naming her and Milagros twice
    from datetime import date

    from shelter_desk.domain.people import PersonDetails
    vault = created.vault
    code = cases.open_case(vault, PersonDetails(
        given_names="Valentina", family_names="Guevara", birth_date=date(1995, 4, 3))
    ).value.code
    sheet = tmp_path / "dobles.csv"
    sheet.write_text("\r\n".join([
        "Nombre;Apellidos;Fecha de nacimiento;Nacionalidad;Teléfono",
        "VALENTINA;guevara;03/04/1995;Venezuela;5511112222",
        "Milagros;Funes;1990-10-10;Honduras;",
        "Milagros;Funes;10/10/1990;Honduras;",
    ]) + "\r\n", encoding="utf-8")
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.open_file(sheet)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_MAPPING, timeout=5000)
    qtbot.mouseClick(dialog.review, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_REVIEW, timeout=5000)

    # THEN each duplicate is a line saying what it matched, and nothing can be imported
    step = dialog.duplicates
    qtmodeltester.check(step.model)
    lines = [[step.model.index(r, c).data() for c in range(6)]
             for r in range(step.model.rowCount())]
    assert lines == [
        [2, "VALENTINA guevara", "03/04/1995", "",
         f"el expediente {code} (mismo nombre y fecha de nacimiento)", "Sin decidir"],
        [4, "Milagros Funes", "10/10/1990", "",
         "la fila 3 (mismo nombre y fecha de nacimiento)", "Sin decidir"]]
    assert not dialog.start.isEnabled()
    assert "2 son posibles duplicados" in dialog.summary.text()
    assert "Decide qué hacer" in dialog.summary.text()

    # WHEN she merges the first line (chosen with the keyboard) and skips all the rest
    step.table.setFocus()
    step.table.selectRow(0)
    qtbot.keyClick(step.buttons[Decision.MERGE, False], Qt.Key.Key_Space)
    assert step.model.index(0, 5).data() == "Unir"
    assert dialog.start.isEnabled() is False
    step.decide(Decision.SKIP, to_all=True)
    assert step.model.index(0, 5).data() == "Omitir"  # "all" means all
    step.table.selectRow(0)
    qtbot.mouseClick(step.buttons[Decision.MERGE, False], Qt.MouseButton.LeftButton)
    assert dialog.start.isEnabled()
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_DONE, timeout=10000)

    # THEN Milagros is one new case; Valentina's record got her phone
    assert dialog.done_text.text() == (
        "Listo: se importó 1 expediente. 1 fila se unió a una persona que ya existía. "
        "Se omitió 1 posible duplicado.")
    assert sorted(r.name for r in cases.list_cases(vault).rows) == [
        "Milagros Funes", "Valentina Guevara"]
    valentina = next(r for r in cases.list_cases(vault).rows if r.code == code)
    opened = cases.open_case_file(vault, valentina.case_id, record_view=False)
    assert opened.principal.person.details.phone == "5511112222"
