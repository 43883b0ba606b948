"""Procedures and barriers: every attempt to exercise a right, open barriers first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.barriers import ProcedureAttempt
from shelter_desk.domain.permissions import Action
from shelter_desk.gui.casework.attempt_dialog import AttemptDialog
from shelter_desk.gui.casework.section import CaseSection, day, documents_of, people_of
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.i18n import current_language
from shelter_desk.gui.common.list_model import ListTableModel
from shelter_desk.gui.letters.letter_dialog import LetterDialog
from shelter_desk.services import barriers, rights
from shelter_desk.services.cases import CaseFile
from shelter_desk.store.vault import OpenVault


def reasons_text(keys: tuple[str, ...], language: str) -> str:
    """Every reason given, in one cell (the tooltip shows them whole when elided)."""
    reasons = default_catalog().barrier_reasons
    return "; ".join(reasons[k].name.in_language(language) for k in keys if k in reasons)


def _last_line(text: str) -> str:
    """The latest action (each letter adds a line), so the table stays one line high."""
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


class BarriersTab(CaseSection):
    def __init__(self, vault: OpenVault) -> None:
        translate = QCoreApplication.translate
        catalog = default_catalog()
        self._names: dict[int, str] = {}

        def state(row: ProcedureAttempt) -> str:
            if row.is_open_barrier:
                return "⚠ " + translate("BarriersTab", "Barrera abierta")
            if row.resolved_on is not None:
                return translate("BarriersTab", "Resuelta el %1").replace(
                    "%1", day(row.resolved_on))
            return ""

        def cells(row: ProcedureAttempt, column: int) -> str:
            details = row.details
            language = current_language()
            return [day(details.attempted_on), self._names.get(details.person_id, ""),
                    catalog.rights[details.right_key].name.in_language(language),
                    details.institution_name, labels.outcome(details.outcome), state(row),
                    day(details.follow_up_on), _last_line(details.action_taken),
                    reasons_text(details.reason_keys, language)][column]

        super().__init__(vault, ListTableModel(lambda: [
            translate("BarriersTab", "Fecha"), translate("BarriersTab", "Persona"),
            translate("BarriersTab", "Derecho o servicio"),
            translate("BarriersTab", "Institución"), translate("BarriersTab", "Resultado"),
            translate("BarriersTab", "Barrera"), translate("BarriersTab", "Seguimiento"),
            translate("BarriersTab", "Acción tomada"), translate("BarriersTab", "Motivos")],
            cells), "attempts_table")
        self.record = self.button("record_attempt", self._record)
        self.open = self.button("open_attempt", self._open)
        self.table.doubleClicked.connect(self._open)
        self.resolve = self.button("resolve_barrier", self._resolve)
        self.write = self.button("write_letter", self._write)
        self.table.selectionModel().currentRowChanged.connect(self.update_actions)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr(
            "Cada vez que intentó ejercer un derecho: dónde, qué presentó y qué le "
            "respondieron. Las barreras abiertas van primero."))
        self.record.setText(self.tr("&Registrar trámite…"))
        self.open.setText(self.tr("&Ver o corregir…"))
        self.resolve.setText(self.tr("Re&solver barrera…"))
        self.write.setText(self.tr("Escri&bir carta…"))

    def rows(self, case_file: CaseFile) -> list[ProcedureAttempt]:
        self._names = people_of(case_file)
        return sorted(case_file.attempts, key=lambda a: (not a.is_open_barrier,
                                                        -a.details.attempted_on.toordinal()))

    def update_actions(self, *_args: object) -> None:
        allowed = self.allows(Action.BARRIERS)
        self.record.setEnabled(allowed)
        chosen = self.selected()
        self.open.setEnabled(allowed and chosen is not None)
        self.resolve.setEnabled(allowed and chosen is not None and chosen.is_open_barrier)
        self.write.setEnabled(self.allows(Action.WRITE_LETTER) and chosen is not None
                              and chosen.is_open_barrier)

    def _record(self) -> None:
        assert self.case_file is not None
        dialog = AttemptDialog(self.vault, people_of(self.case_file), parent=self,
                               documents=documents_of(self.case_file))
        if dialog.exec() and dialog.result_value is not None:
            self.changed.emit(dialog.result_value)

    def _open(self, *_args: object) -> None:
        """The chosen attempt in full (every reason, the document named), to correct."""
        chosen = self.selected()
        if chosen is None or self.case_file is None or not self.allows(Action.BARRIERS):
            return
        dialog = AttemptDialog(self.vault, people_of(self.case_file), parent=self,
                               documents=documents_of(self.case_file), existing=chosen)
        if dialog.exec() and dialog.result_value is not None:
            self.changed.emit(dialog.result_value)

    def _resolve(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Resolver barrera"),
            self.tr("¿Cómo se resolvió? (por ejemplo: la escuela aceptó la constancia del "
                    "albergue tras el escrito)"))
        if ok:
            self.run(lambda: barriers.resolve_barrier(self.vault, chosen.id, text))

    def _write(self) -> None:
        """A letter answering the chosen barrier, in the template its procedure suggests."""
        chosen = self.selected()
        if chosen is None or self.case_file is None:
            return
        check = rights.check_for(rights.check_case(self.case_file),
                                 person_id=chosen.details.person_id, attempt_id=chosen.id,
                                 right_key=chosen.details.right_key)
        dialog = LetterDialog(
            self.vault, self.case_file, person_id=chosen.details.person_id,
            procedure_key=check.procedure.key if check else "", attempt_id=chosen.id,
            template_key=(check.next_step.letter or check.procedure.letter) if check
            else "general", parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.changed.emit(dialog.result_value)
