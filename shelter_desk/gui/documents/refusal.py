"""A refusal recorded from the document it concerns: the baby's missing birth certificate
tile says «se lo negaron», the procedure form opens for her and that procedure, and the
letter answering the refusal is offered right after (issue 21's testimony: no retyping of
who, what, or which kind of office)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.procedures import Procedure
from shelter_desk.gui.casework.attempt_dialog import AttemptDialog
from shelter_desk.gui.casework.section import documents_of, people_of
from shelter_desk.gui.letters.letter_dialog import LetterDialog
from shelter_desk.services import cases, rights
from shelter_desk.services.cases import CaseFile
from shelter_desk.services.common import Result
from shelter_desk.store.vault import OpenVault

# The office that usually refuses each right: the form starts on it (still a choice).
INSTITUTION_FOR_RIGHT = {
    "registro_nacimiento": "registro_civil",
    "curp": "renapo",
    "inscripcion_escolar": "escuela_publica",
    "beca": "autoridad_educativa",
    "atencion_salud": "centro_salud",
    "tramite_migratorio": "inm",
    "solicitud_refugio": "comar",
    "cuenta_bancaria": "banco",
    "empleo": "empleador",
    "acceso_justicia": "fiscalia",
    "programa_social": "programa_federal",
}


def procedure_producing(document_type_key: str) -> Procedure | None:
    """The procedure that leads to this document (birth registration -> the acta)."""
    for procedure in default_catalog().procedures.values():
        if procedure.produces == document_type_key:
            return procedure
    return None


def record_refusal(parent: QWidget, vault: OpenVault, case_file: CaseFile, person_id: int,
                   procedure: Procedure, changed: Callable[[Result], None]) -> None:
    """The procedure form for her and this procedure, then the letter answering it."""
    dialog = AttemptDialog(vault, people_of(case_file), parent=parent,
                           documents=documents_of(case_file))
    _choose(dialog.person, person_id)
    _choose(dialog.right, procedure.right_key)
    _choose(dialog.institution_type, INSTITUTION_FOR_RIGHT.get(procedure.right_key, ""))
    if not dialog.exec() or dialog.result_value is None:
        return
    changed(dialog.result_value)
    attempt = dialog.result_value.value
    if not getattr(attempt, "is_open_barrier", False):
        return
    offer_letter(parent, vault, case_file.case.id, attempt, changed)


def offer_letter(parent: QWidget, vault: OpenVault, case_id: int, attempt: object,
                 changed: Callable[[Result], None]) -> None:
    """The letter for a barrier just recorded, drafted at once (Cancel declines it)."""
    fresh = cases.open_case_file(vault, case_id, record_view=False)
    details = attempt.details  # type: ignore[attr-defined]
    attempt_id = attempt.id  # type: ignore[attr-defined]
    check = rights.check_for(rights.check_case(fresh), person_id=details.person_id,
                             attempt_id=attempt_id, right_key=details.right_key)
    letter = LetterDialog(
        vault, fresh, person_id=details.person_id,
        procedure_key=check.procedure.key if check else "", attempt_id=attempt_id,
        template_key=(check.next_step.letter or check.procedure.letter) if check
        else "general", parent=parent)
    if letter.exec() and letter.result_value is not None:
        changed(letter.result_value)


def _choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
