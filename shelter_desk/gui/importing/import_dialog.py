"""The import dialog: choose a file, map its columns, review every problem (nothing is
written yet), then import all of it, or the rows without problems if she says so."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.list_model import ListTableModel, read_only_table
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import ProgressRelay, per_mille, run_in_background
from shelter_desk.gui.importing.created_step import CreatedRecords
from shelter_desk.gui.importing.duplicates_step import DuplicatesStep
from shelter_desk.gui.importing.mapping_step import MappingStep
from shelter_desk.gui.importing.values_step import UnreadValues
from shelter_desk.services.importing.plan import ImportPlan, RowProblem
from shelter_desk.services.importing.preview import describe as describe_plan
from shelter_desk.services.importing.remembered import remember_choices
from shelter_desk.services.importing.service import (
    ImportOutcome,
    preview_import,
    read_headers,
    run_import,
)
from shelter_desk.store.vault import OpenVault

STEP_FILE, STEP_MAPPING, STEP_REVIEW, STEP_DONE = range(4)


class ImportCancelled(Exception):
    """Raised inside the work when she cancels: the import's transaction rolls back."""


class ImportDialog(Retranslating, QDialog):
    imported = Signal(object)  # ImportOutcome, once rows were written

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.busy_now = False
        # Set from the GUI thread, read by the work's progress callback on its thread.
        self.cancel_requested = threading.Event()
        self.relay = ProgressRelay(self)
        self.relay.moved.connect(self._moved)

        self.file_intro = QLabel(wordWrap=True)
        self.choose = QPushButton(objectName="choose_file")
        self.choose.clicked.connect(self._ask_for_file)
        file_page = QWidget()
        file_layout = QVBoxLayout(file_page)
        file_layout.addWidget(self.file_intro)
        file_layout.addWidget(self.choose)
        file_layout.addStretch()

        self.mapping = MappingStep()
        self.review = QPushButton(objectName="review")
        self.review.clicked.connect(self.check_rows)
        mapping_page = QWidget()
        mapping_layout = QVBoxLayout(mapping_page)
        mapping_layout.addWidget(self.mapping, 1)
        mapping_layout.addWidget(self.review)

        self.summary = QLabel(objectName="summary", wordWrap=True)
        # What was found in the file as a whole: rows left out, notes, dates, guesses.
        self.facts = QPlainTextEdit(objectName="facts", readOnly=True)
        self.facts.setMaximumHeight(130)
        self.unread = UnreadValues()
        self.unread.chosen.connect(self.answer_values)
        self.choices: dict[str, str] = {}
        self.problems = ListTableModel(self._headers, self._cell, self)
        self.table = read_only_table(self.problems, "problems")
        self.created = CreatedRecords()
        self.duplicates = DuplicatesStep()
        self.duplicates.changed.connect(self._decided)
        self.skip = QCheckBox(objectName="skip_errors")
        self.skip.toggled.connect(self._update_buttons)
        self.start = QPushButton(objectName="start_import")
        self.start.clicked.connect(self.start_import)
        self.back = QPushButton(objectName="back_to_mapping")
        self.back.clicked.connect(lambda: self.steps.setCurrentIndex(STEP_MAPPING))
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.addWidget(self.summary)
        review_layout.addWidget(self.facts)
        review_layout.addWidget(self.unread)
        review_layout.addWidget(self.table, 1)
        review_layout.addWidget(self.duplicates, 1)
        review_layout.addWidget(self.created, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip)
        buttons.addStretch()
        buttons.addWidget(self.back)
        buttons.addWidget(self.start)
        review_layout.addLayout(buttons)

        self.done_text = QLabel(objectName="done_text", wordWrap=True)
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.addWidget(self.done_text)
        done_layout.addStretch()

        self.steps = QStackedWidget()
        for page in (file_page, mapping_page, review_page, done_page):
            self.steps.addWidget(page)
        self.progress = QProgressBar(objectName="progress", minimum=0, maximum=0)
        self.progress.hide()
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.hide()
        self.close_button = QPushButton(objectName="close")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.retranslate()
        self.resize(760, 520)

    # -- steps -----------------------------------------------------------------------

    def _ask_for_file(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Elegir hoja de cálculo"), folder,
            self.tr("Hojas de cálculo (*.xlsx *.csv)"))
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        """Read the headers (off the GUI thread) and show the mapping step."""
        self.path = path
        self._run(lambda: read_headers(path), self._show_mapping)

    def _show_mapping(self, result: tuple[list[str], dict]) -> None:
        headers, suggested = result
        self.mapping.set_columns(headers, suggested)
        self.steps.setCurrentIndex(STEP_MAPPING)

    def check_rows(self) -> None:
        """The dry run: every row read and checked; nothing is written."""
        assert self.path is not None
        path, mapping, choices = self.path, self.mapping.mapping(), dict(self.choices)
        self._run(lambda: preview_import(self.vault, path, mapping=mapping,
                                         value_choices=choices, progress=self._report),
                  self._show_plan)

    def answer_values(self, answers: dict[str, str], remember: bool) -> None:
        """The answers for values no reader knew: the rows read again with them, and
        kept in the vault for the next file if she says so."""
        assert self.path is not None
        self.choices.update(answers)
        path, mapping, choices = self.path, self.mapping.mapping(), dict(self.choices)

        def work() -> ImportPlan:
            if remember:
                remember_choices(self.vault, answers)
            return preview_import(self.vault, path, mapping=mapping, value_choices=choices,
                                  progress=self._report)

        self._run(work, self._show_plan)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.unread.set_values(plan.unread)
        self._show_facts()
        # The duplicates of importable rows are listed apart, each with its decision.
        waiting = set(plan.undecided)
        self.problems.set_rows([p for p in plan.problems
                                if not (p.duplicate and p.row in waiting)])
        self.table.setVisible(bool(self.problems.rows))
        self.duplicates.set_matches(plan.matches, plan.undecided)
        self.created.set_plan(plan)
        self.skip.setChecked(False)
        self.skip.setVisible(bool(plan.rows_in_error or plan.undecided))
        self._show_summary()
        self._update_buttons()
        self.steps.setCurrentIndex(STEP_REVIEW)

    def start_import(self) -> None:
        plan, skip = self.plan, self.skip.isChecked()
        decisions = dict(self.duplicates.decisions)
        assert plan is not None
        self._run(lambda: run_import(self.vault, plan, skip_errors=skip,
                                     decisions=decisions, progress=self._report),
                   self._finished)

    def _finished(self, outcome: ImportOutcome) -> None:
        # Whole sentences per count (1 or more), not "%n" plurals: see HELPERS.md.
        parts = []
        if outcome.cases:
            parts.append(self.tr("1 expediente") if outcome.cases == 1
                         else self.tr("%1 expedientes").replace("%1", str(outcome.cases)))
        if outcome.documents:
            parts.append(self.tr("1 documento") if outcome.documents == 1
                         else self.tr("%1 documentos").replace("%1", str(outcome.documents)))
        if not parts:
            text = self.tr("Listo: no se importó nada.")
        elif len(parts) == 1 and (outcome.cases or outcome.documents) == 1:
            text = self.tr("Listo: se importó %1.").replace("%1", parts[0])
        else:
            what = parts[0] if len(parts) == 1 else self.tr("%1 y %2").replace(
                "%1", parts[0]).replace("%2", parts[1])
            text = self.tr("Listo: se importaron %1.").replace("%1", what)
        if outcome.merged == 1:
            text += " " + self.tr("1 fila se unió a una persona que ya existía.")
        elif outcome.merged:
            text += " " + self.tr("%1 filas se unieron a personas que ya existían.").replace(
                "%1", str(outcome.merged))
        if outcome.duplicates_skipped == 1:
            text += " " + self.tr("Se omitió 1 posible duplicado.")
        elif outcome.duplicates_skipped:
            text += " " + self.tr("Se omitieron %1 posibles duplicados.").replace(
                "%1", str(outcome.duplicates_skipped))
        if outcome.skipped_rows == 1:
            text += " " + self.tr("Se omitió 1 fila con errores.")
        elif outcome.skipped_rows:
            text += " " + self.tr("Se omitieron %1 filas con errores.").replace(
                "%1", str(outcome.skipped_rows))
        self.done_text.setText(text)
        self.steps.setCurrentIndex(STEP_DONE)
        self.imported.emit(outcome)

    # -- plumbing --------------------------------------------------------------------

    def _run(self, work, on_done) -> None:  # type: ignore[no-untyped-def]
        self.busy_now = True
        self.cancel_requested.clear()
        self._say("")
        self.progress.setRange(0, 0)  # busy until the work says how far it is
        self.progress.show()
        self.steps.setEnabled(False)

        def done(result: object) -> None:
            self._idle()
            if self.cancel_requested.is_set() and not isinstance(result, ImportOutcome):
                super(ImportDialog, self).reject()  # nothing was written: just close
                return
            # A cancel after the last check came too late: it was written, and the done
            # step says so (not «Cancelando… no se guardará nada»).
            self._say("")
            on_done(result)

        def failed(error: Exception) -> None:
            self._idle()
            if isinstance(error, ImportCancelled):
                super(ImportDialog, self).reject()
            else:
                self._say(describe(error))

        run_in_background(work, done, failed)

    def _report(self, done: int, total: int) -> None:
        """The work's progress callback, on its own thread: a cancel stops it here (in
        run_import, inside the transaction, so nothing is kept)."""
        if self.cancel_requested.is_set():
            raise ImportCancelled
        self.relay.callback()(done, total)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(per_mille(done, total))

    def reject(self) -> None:
        """Closing while the file is read or imported cancels the work first; the
        dialog closes when it has stopped (and nothing was written)."""
        if self.busy_now:
            self.cancel_requested.set()
            self._say(self.tr("Cancelando… no se guardará nada."))
            return
        super().reject()

    def _idle(self) -> None:
        self.busy_now = False
        self.progress.hide()
        self.steps.setEnabled(True)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _decided(self) -> None:
        if self.plan is not None:  # what will be created follows each decision
            self.created.set_plan(self.plan, self.duplicates.decisions)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        skip = self.skip.isChecked()
        ready = plan is not None and bool(plan.rows) and (
            not plan.rows_in_error or skip) and (not self.duplicates.undecided() or skip)
        self.start.setEnabled(ready)
        self._show_summary()  # says how to make Importar possible, or stops saying it

    def _headers(self) -> list[str]:
        return [self.tr("Fila"), self.tr("Columna"), self.tr("Problema")]

    def _cell(self, problem: RowProblem, column: int) -> object:
        if column == 0:
            return problem.row
        if column == 1:
            return problem.column
        return problem.message.in_language(current_language())

    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        total, ready = plan.total_rows, len(plan.rows) - len(plan.undecided)
        errors, duplicates = plan.rows_in_error, len(plan.undecided)
        lines = [self.tr("La hoja tiene 1 fila.") if total == 1
                 else self.tr("La hoja tiene %1 filas.").replace("%1", str(total))]
        if ready == 1:
            lines.append(self.tr("1 está lista para importar."))
        elif ready:
            lines.append(self.tr("%1 están listas para importar.").replace("%1", str(ready)))
        else:
            lines.append(self.tr("Ninguna está lista para importar."))
        if errors == 1:
            lines.append(self.tr("1 tiene errores."))
        elif errors:
            lines.append(self.tr("%1 tienen errores.").replace("%1", str(errors)))
        if duplicates == 1:
            lines.append(self.tr("1 es un posible duplicado."))
        elif duplicates:
            lines.append(self.tr("%1 son posibles duplicados.").replace("%1", str(duplicates)))
        lines.append(self.tr("Todavía no se ha guardado nada."))
        waiting = self.duplicates.undecided()
        if errors and not ready and not duplicates:
            lines.append(self.tr("Corrige la hoja para poder importar."))
        elif errors and not self.skip.isChecked():
            lines.append(self.tr(
                "Marca «Omitir las filas con errores» o corrige la hoja para poder importar."))
        elif waiting and not self.skip.isChecked():
            lines.append(self.tr(
                "Decide qué hacer con cada posible duplicado para poder importar."))
        self.summary.setText(" ".join(lines))

    def _show_facts(self) -> None:
        if self.plan is not None:
            language = current_language()
            self.facts.setPlainText("\n".join(f"• {line.in_language(language)}"
                                               for line in describe_plan(self.plan)))

    def retranslate(self) -> None:
        self._show_facts()
        self.setWindowTitle(self.tr("Importar hoja de cálculo"))
        self.file_intro.setText(self.tr(
            "Elige un archivo CSV o Excel (.xlsx) con una persona por fila y los "
            "encabezados en la primera fila. Antes de guardar nada se revisa cada fila."))
        self.choose.setText(self.tr("&Elegir archivo…"))
        self.review.setText(self.tr("&Revisar las filas"))
        self.skip.setText(self.tr("&Omitir las filas con errores"))
        self.start.setText(self.tr("&Importar"))
        self.back.setText(self.tr("&Volver a las columnas"))
        self.close_button.setText(self.tr("Cerrar"))
        self.progress.setAccessibleName(self.tr("Trabajando…"))
        self.problems.retranslate()
        self.created.retranslate()
        self._show_summary()
