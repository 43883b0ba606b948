"""The import dialog's review lists what will be created; reading and checking move the
progress bar while the window keeps handling events; cancelling at any step keeps
nothing; a sheet of 300 columns can still be mapped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from shelter_desk.gui.importing.import_dialog import (
    STEP_DONE,
    STEP_MAPPING,
    STEP_REVIEW,
    ImportDialog,
)
from shelter_desk.services import cases
from tests.importing import registers


def _dialog(qtbot, vault, sheet) -> ImportDialog:
    dialog = ImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.open_file(sheet)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_MAPPING, timeout=5000)
    return dialog


def _review(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.review, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == STEP_REVIEW, timeout=20000)


def _long_sheet(path, rows: int):
    path.write_text("Nombre,Apellidos\n" + "".join(f"P{n},Prueba\n" for n in range(rows)),
                    encoding="utf-8")
    return path


def test_the_review_lists_every_record_to_create(qtbot, qtmodeltester, created, tmp_path):
    # GIVEN the shelter's register, WHEN she reviews it
    dialog = _dialog(qtbot, created.vault, registers.intake_xlsx(tmp_path / "r.xlsx"))
    _review(qtbot, dialog)

    # THEN the counts, and one line per record by its row, in a list she can scroll
    step = dialog.created
    qtmodeltester.check(step.model)
    assert step.counts.text() == (
        "Se crearán: 6 personas, 6 expedientes, 5 documentos, 5 notas.")
    assert step.model.rowCount() == 6
    assert step.model.index(0, 0).data() == registers.FIRST_DATA_ROW
    assert step.model.index(0, 1).data().startswith(
        "Caso nuevo: Zuleima Prueba Ficticia, 1 documento (")
    assert step.model.index(5, 1).data() == "Caso nuevo: Fátima Modelo Inventada, nota"
    assert step.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)  # no problems
    assert cases.count_cases(created.vault) == 0


def test_reading_and_checking_move_the_bar_while_events_are_handled(qtbot, created,
                                                                     tmp_path):
    dialog = _dialog(qtbot, created.vault, _long_sheet(tmp_path / "l.csv", 4000))
    moved: list[int] = []
    # Received on the GUI thread while the work runs: the window is not frozen.
    dialog.relay.moved.connect(lambda done, _total: moved.append(done))
    _review(qtbot, dialog)
    assert moved and moved == sorted(moved) and moved[-1] == 100 and len(set(moved)) > 3
    assert dialog.progress.maximum() == 1000  # a real bar, not only a busy one
    assert dialog.created.model.rowCount() == 4000


def test_cancelling_at_the_mapping_and_the_review_keeps_nothing(qtbot, created, tmp_path):
    sheet = _long_sheet(tmp_path / "l.csv", 3)
    dialog = _dialog(qtbot, created.vault, sheet)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog = _dialog(qtbot, created.vault, sheet)
    _review(qtbot, dialog)
    assert dialog.start.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert cases.count_cases(created.vault) == 0


def test_cancelling_while_it_checks_closes_without_the_review(qtbot, created, tmp_path):
    dialog = _dialog(qtbot, created.vault, _long_sheet(tmp_path / "l.csv", 6000))
    with qtbot.waitSignal(dialog.rejected, timeout=20000):
        qtbot.mouseClick(dialog.review, Qt.MouseButton.LeftButton)
        dialog.reject()
    assert dialog.steps.currentIndex() == STEP_MAPPING and dialog.plan is None
    assert cases.count_cases(created.vault) == 0


def test_cancelling_while_it_imports_rolls_everything_back(qtbot, created, tmp_path):
    # GIVEN a reviewed sheet of 6,000 rows (more than one batch of writes)
    dialog = _dialog(qtbot, created.vault, _long_sheet(tmp_path / "l.csv", 6000))
    _review(qtbot, dialog)
    # WHEN she starts the import and closes the dialog at once
    with qtbot.waitSignal(dialog.rejected, timeout=20000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
        dialog.reject()
        assert dialog.message.text() == "Cancelando… no se guardará nada."
    # THEN the dialog closed without reaching the end, and nothing is in the vault
    assert dialog.steps.currentIndex() != STEP_DONE
    assert cases.count_cases(created.vault) == 0


def test_a_sheet_of_300_columns_can_be_mapped_and_reviewed(qtbot, created, tmp_path):
    registers.wide_xlsx(tmp_path / "ancha.xlsx")
    dialog = _dialog(qtbot, created.vault, tmp_path / "ancha.xlsx")
    assert len(dialog.mapping.combos) == 300
    last = dialog.mapping.combos[-1]
    assert last.accessibleName() == "Dato 297"
    last.setCurrentIndex(0)  # «No importar»
    _review(qtbot, dialog)
    assert dialog.created.model.rowCount() == 1
    assert "«Dato 297»" in dialog.facts.toPlainText()
