"""An office typed once is offered again: the refusal dialog completes the institution's
name from the vault's earlier attempts and the network directory (#21 part 4)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.people import PersonDetails
from shelter_desk.gui.casework.attempt_dialog import AttemptDialog
from shelter_desk.services import barriers, cases, referrals

OFFICE = "Primaria Benito Juárez de Tapachula"


def test_an_office_typed_once_is_offered_again(qtbot, created):
    vault = created.vault
    case = cases.open_case(vault, PersonDetails(
        given_names="Wendy Carolina", family_names="Ramos Lagos", nationality="HN",
        birth_date=date(1995, 2, 14))).value
    her = case.principal_person_id
    for spelling in (OFFICE, "  primaria benito juárez   de tapachula "):
        barriers.record_attempt(vault, AttemptDetails(
            person_id=her, right_key="beca", institution_type_key="escuela_publica",
            institution_name=spelling, attempted_on=date.today(), outcome=Outcome.REFUSED,
            reason_keys=("pidio_ine",)))
    referrals.save_organisation(vault, "Clínica del Migrante", ("Salud",))

    # The same office twice (case and spaces aside) is one name; the directory joins in.
    assert barriers.known_institutions(vault) == ["Clínica del Migrante", OFFICE]

    dialog = AttemptDialog(vault, {her: "Wendy Carolina Ramos Lagos"})
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    dialog.activateWindow()
    dialog.institution_name.setFocus()
    # The line edit links its completer when it gains focus; offscreen, say it did.
    QApplication.sendEvent(dialog.institution_name, QFocusEvent(QEvent.Type.FocusIn))
    completer = dialog.institution_name.completer()
    assert completer is not None
    # A few letters from anywhere in the name find it: «benito» is enough.
    qtbot.keyClicks(dialog.institution_name, "benito")
    assert completer.popup().isVisible()
    assert completer.currentCompletion() == OFFICE
    index = completer.completionModel().index(0, 0)
    popup = completer.popup()
    # One click on the offered name (the offscreen platform does not route a synthetic
    # mouse click into a popup, so the popup's click signal stands for it).
    popup.clicked.emit(index)
    assert dialog.institution_name.text() == OFFICE


def test_an_empty_vault_offers_nothing_and_the_field_still_types(qtbot, created):
    case = cases.open_case(created.vault, PersonDetails(
        given_names="Wendy Carolina", family_names="Ramos Lagos", nationality="HN")).value
    assert barriers.known_institutions(created.vault) == []
    dialog = AttemptDialog(created.vault, {case.principal_person_id: "Wendy Carolina"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.institution_name.completer().model().rowCount() == 0
    # ASCII only: QTest cannot type «í» (it asserts), a person can.
    qtbot.keyClicks(dialog.institution_name, "Oficina 1")
    assert dialog.institution_name.text() == "Oficina 1"


def test_documents_and_long_names_fit_at_1024_px(qtbot, created):
    case = cases.open_case(created.vault, PersonDetails(
        given_names="Wendy Carolina", family_names="Ramos Lagos", nationality="HN")).value
    dialog = AttemptDialog(created.vault, {case.principal_person_id: "Wendy Carolina"})
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.documents.horizontalScrollBar().isVisible()
    assert dialog.documents.width() <= dialog.width()
    long_name = ("Oficialía 1 del Registro Civil del Municipio de Tapachula de Córdova y "
                 "Ordóñez, Chiapas, Dirección del Registro Civil del Estado")
    dialog.institution_name.setText(long_name)
    assert dialog.institution_name.toolTip() == long_name
