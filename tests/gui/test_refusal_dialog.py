"""The refusal form as a caseworker fills it, on a real encrypted vault: every reason the
office gave is ticked at once, the words said are typed, the document it was about is
named among her recorded ones; saved, listed with all its reasons, and opened again with
everything as it was. No reason ticked: a clear error, in Spanish and English, nothing
saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.people import PersonDetails
from shelter_desk.gui.cases.case_view import CaseView
from shelter_desk.gui.casework.attempt_dialog import AttemptDialog, checked
from shelter_desk.gui.common.i18n import set_language
from shelter_desk.services import cases, documents, rights
from tests.gui.conftest import DialogDriver

SAID = "Que sin INE no la atienden y que no se puede porque es extranjera"
REASONS = ("pidio_ine", "pidio_acta_mexicana", "por_ser_extranjera")  # catalogue order


@pytest.fixture
def her_case(created):
    case = cases.open_case(created.vault, PersonDetails(
        given_names="Keyla Yamileth", family_names="Sintética Reyes", nationality="HN",
        birth_date=date(1994, 3, 3))).value
    her = case.principal_person_id
    documents.record_document(created.vault, her, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL, expires_on=date(2031, 5, 1)))
    card = documents.record_document(created.vault, her, DocumentDetails(
        "tarjeta_residente_permanente", DocumentStatus.ORIGINAL,
        issued_on=date(2024, 1, 10))).value
    return case, card


def _view(qtbot, vault, case_id):
    view = CaseView(vault)
    qtbot.addWidget(view)
    view.resize(1024, 740)
    view.show()
    view.show_case(case_id)
    view.tabs.setCurrentWidget(view.barriers)
    return view, view.barriers


def _tick(dialog, keys):
    for index in range(dialog.reasons.count()):
        item = dialog.reasons.item(index)
        if item.data(Qt.ItemDataRole.UserRole) in keys:
            item.setCheckState(Qt.CheckState.Checked)


def _cells(tab, row):
    return [tab.model.data(tab.model.index(row, c)) for c in range(tab.model.columnCount())]


def test_every_reason_and_the_named_document_are_saved_listed_and_shown_again(
        qtbot, created, her_case, qtmodeltester):
    case, card = her_case
    view, tab = _view(qtbot, created.vault, case.id)

    # GIVEN the form: a state programme refused her, for three reasons at once
    def fill(dialog: AttemptDialog) -> None:
        dialog.right.setCurrentIndex(dialog.right.findData("programa_social"))
        dialog.institution_type.setCurrentIndex(
            dialog.institution_type.findData("programa_estatal"))
        dialog.institution_name.setText("Programa Estatal de Apoyo Sintético")
        _tick(dialog, REASONS)
        dialog.reason_given.setText(SAID)
        # her documents are offered by name, «ninguno» first and chosen until she names one
        offered = [dialog.document.itemText(i) for i in range(dialog.document.count())]
        assert offered[0] == "(ninguno)" and dialog.document.currentData() is None
        assert "Tarjeta de Residente Permanente de Keyla Yamileth Sintética Reyes" in offered
        dialog.document.setCurrentIndex(dialog.document.findData(card.id))
        dialog.save()

    driver = DialogDriver(AttemptDialog, fill)
    tab.record.click()
    driver.check()

    # THEN the list shows every reason given
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1
    row = _cells(tab, 0)
    assert "Barrera abierta" in row[5]
    assert row[-1] == ("Le pidieron INE; Le pidieron acta de nacimiento mexicana; "
                       "«No se puede porque es extranjera»")
    assert tab.model.data(tab.model.index(0, len(row) - 1), Qt.ItemDataRole.ToolTipRole)

    # AND opened again, the form shows them all, the words and the document named
    seen = {}

    def read(dialog: AttemptDialog) -> None:
        seen.update(reasons=checked(dialog.reasons), said=dialog.reason_given.text(),
                    document=dialog.document.currentData(),
                    person_locked=not dialog.person.isEnabled(), title=dialog.windowTitle())
        dialog.reject()

    tab.table.setCurrentIndex(tab.model.index(0, 0))
    assert tab.open.isEnabled()
    driver = DialogDriver(AttemptDialog, read)
    tab.open.click()
    driver.check()
    assert seen == {"reasons": REASONS, "said": SAID, "document": card.id,
                    "person_locked": True, "title": "Trámite registrado"}

    # AND the navigator answers the state programme, with the state commission to complain to
    case_file = cases.open_case_file(created.vault, case.id, record_view=False)
    [check] = [c for c in rights.check_case(case_file) if c.procedure.key == "programa_social"]
    assert check.contradicts_law
    assert "Programa estatal: comisión estatal de derechos humanos" in view.rights._details(check)


def test_a_correction_drops_a_reason_and_names_no_document(qtbot, created, her_case):
    case, card = her_case
    _unused, tab = _view(qtbot, created.vault, case.id)

    def fill(dialog: AttemptDialog) -> None:
        dialog.right.setCurrentIndex(dialog.right.findData("cuenta_bancaria"))
        dialog.institution_type.setCurrentIndex(dialog.institution_type.findData("banco"))
        dialog.institution_name.setText("Banco Sintético")
        _tick(dialog, ("pidio_ine", "documento_no_reconocido"))
        dialog.document.setCurrentIndex(dialog.document.findData(card.id))
        dialog.save()

    driver = DialogDriver(AttemptDialog, fill)
    tab.record.click()
    driver.check()

    def correct(dialog: AttemptDialog) -> None:
        for index in range(dialog.reasons.count()):
            item = dialog.reasons.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == "pidio_ine":
                item.setCheckState(Qt.CheckState.Unchecked)
        dialog.document.setCurrentIndex(0)
        dialog.save()

    tab.table.setCurrentIndex(tab.model.index(0, 0))
    driver = DialogDriver(AttemptDialog, correct)
    tab.open.click()
    driver.check()
    [attempt] = cases.open_case_file(created.vault, case.id, record_view=False).attempts
    assert attempt.details.reason_keys == ("documento_no_reconocido",)
    assert attempt.details.document_id is None
    assert _cells(tab, 0)[-1] == "No reconocieron su documento"


@pytest.mark.parametrize(("language", "message"), [
    ("es", "Marca al menos un motivo que dieron para negar el trámite."),
    ("en", "Tick at least one reason they gave for the refusal."),
])
def test_no_reason_ticked_is_a_clear_error_and_nothing_is_saved(
        qtbot, created, her_case, language, message):
    case, _card = her_case
    set_language(language)
    dialog = AttemptDialog(created.vault, {case.principal_person_id: "Keyla"})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.institution_name.setText("Registro Civil Sintético")
    dialog.reason_given.setText(SAID)
    dialog.save()
    assert dialog.isVisible() and dialog.error.text() == message
    assert dialog.rows["reason_keys"][1].property("invalid") is True
    assert dialog.reason_given.text() == SAID  # what she typed is kept
    assert cases.open_case_file(created.vault, case.id, record_view=False).attempts == ()


def test_the_form_fits_1024_by_700(qtbot, created, her_case, tmp_path):
    case, _card = her_case
    dialog = AttemptDialog(created.vault, {case.principal_person_id: "Keyla"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sizeHint().height() <= 700 and dialog.sizeHint().width() <= 1024
    assert not dialog.reasons.horizontalScrollBar().isVisible()
