"""The case-work tabs on a real encrypted vault, as staff use them: record a refused
procedure and resolve it, write notes, do tasks, refer with and without consent, and
read the history. Refusals are said on screen and nothing is written."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.followup import NoteKind, ReferralStatus
from shelter_desk.domain.people import PersonDetails
from shelter_desk.domain.staff import Role
from shelter_desk.gui.cases.case_view import CaseView
from shelter_desk.gui.casework.attempt_dialog import AttemptDialog
from shelter_desk.gui.casework.referral_dialogs import DirectoryDialog, ReferralDialog
from shelter_desk.gui.common.lazy_model import ROW_ROLE
from shelter_desk.gui.common.settings import Preferences
from shelter_desk.gui.shell.main_window import NAV_TASKS, MainWindow
from shelter_desk.services import cases, documents, followup, referrals, staff
from shelter_desk.store.vault import unlock
from tests.gui.conftest import DialogDriver

TODAY = date.today()


@pytest.fixture
def case(created):
    return cases.open_case(created.vault, PersonDetails(
        given_names="Wendy Carolina", family_names="Ramos Lagos", nationality="HN",
        birth_date=date(1995, 2, 14))).value


def _view(qtbot, vault, case_id, tab):
    view = CaseView(vault)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.show_case(case_id)
    view.tabs.setCurrentWidget(getattr(view, tab))
    return view, getattr(view, tab)


def _cells(section, row):
    model = section.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def _select(section, row):
    section.table.setCurrentIndex(section.model.index(row, 0))


def test_a_refused_procedure_stands_out_and_is_resolved(qtbot, created, case, monkeypatch,
                                                        qtmodeltester):
    view, tab = _view(qtbot, created.vault, case.id, "barriers")

    def fill(dialog: AttemptDialog) -> None:
        dialog.right.setCurrentIndex(dialog.right.findData("beca"))
        dialog.institution_type.setCurrentIndex(
            dialog.institution_type.findData("escuela_publica"))
        dialog.institution_name.setText("Primaria Benito Juárez")
        dialog.save()  # no reason chosen for a refusal: refused, the dialog stays
        assert dialog.isVisible() and "motivo" in dialog.error.text()
        assert "Marca al menos un motivo" in dialog.error.text()
        [ine] = [dialog.reasons.item(i) for i in range(dialog.reasons.count())
                 if dialog.reasons.item(i).data(Qt.ItemDataRole.UserRole) == "pidio_ine"]
        ine.setCheckState(Qt.CheckState.Checked)
        dialog.save()

    driver = DialogDriver(AttemptDialog, fill)
    tab.record.click()
    driver.check()
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1 and "Barrera abierta" in _cells(tab, 0)[5]
    assert "1 barrera abierta" in view.facts.text()

    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args, **kwargs: ("La escuela aceptó el escrito", True))
    _select(tab, 0)
    tab.resolve.click()
    assert "Resuelta" in _cells(tab, 0)[5]
    assert "barrera" not in view.facts.text()
    assert not tab.resolve.isEnabled()


def test_notes_confidential_and_by_role(qtbot, created, case, vault_dir):
    staff.add_staff(created.vault, "Vol", Role.VOLUNTEER, "frase de voluntaria")
    _, tab = _view(qtbot, created.vault, case.id, "notes")
    tab.body.setPlainText("Relata amenazas; pide no compartir")
    tab.kind.setCurrentIndex(tab.kind.findData(NoteKind.LISTENING))
    tab.confidential.setChecked(True)
    tab.save.click()
    assert tab.model.rowCount() == 1 and "Confidencial" in _cells(tab, 0)[3]
    assert tab.body.toPlainText() == ""
    _select(tab, 0)
    assert tab.reading.toPlainText() == "Relata amenazas; pide no compartir"
    created.vault.lock()

    with unlock(vault_dir, user="Vol", passphrase="frase de voluntaria") as volunteer:
        _, tab = _view(qtbot, volunteer, case.id, "notes")
        assert tab.model.rowCount() == 0  # not hers, and she is not a coordinator
        assert not tab.confidential.isEnabled()
        assert not tab.kind.model().item(list(NoteKind).index(NoteKind.LEGAL_ADVICE)).isEnabled()
        tab.body.setPlainText("Primera escucha: llegó con sus dos hijas")
        tab.save.click()
        assert tab.model.rowCount() == 1 and not tab.error.isVisible()


def test_tasks_done_with_one_click_and_counted_in_the_navigation(qtbot, created, case):
    followup.add_task(created.vault, case.id, "Llamar a la escuela", TODAY - timedelta(days=2))
    window = MainWindow(created.vault, Preferences())
    qtbot.addWidget(window)
    window.show()
    assert window.nav.item(NAV_TASKS).text() == "Tareas · 1\n(1 atrasada)"
    window.open_case(case.id)
    tab = window.case_view.tasks
    window.case_view.tabs.setCurrentWidget(tab)
    assert "Atrasada" in _cells(tab, 0)[1]
    tab.title.setText("Acompañar a la cita en COMAR")
    tab.title.returnPressed.emit()
    assert tab.model.rowCount() == 2
    assert window.nav.item(NAV_TASKS).text() == "Tareas · 2\n(1 atrasada)"
    _select(tab, 0)
    tab.done.click()
    assert window.nav.item(NAV_TASKS).text() == "Tareas · 1"
    assert "Hecha" in _cells(tab, 1)[1]


def test_a_referral_needs_her_consent_then_goes_step_by_step(qtbot, created, case):
    referrals.save_organisation(created.vault, "Clínica Jurídica Sintética", ("Asesoría",))
    view, tab = _view(qtbot, created.vault, case.id, "referrals")

    def without_consent(dialog: ReferralDialog) -> None:
        assert dialog.organisation.currentText() == "Clínica Jurídica Sintética"
        assert dialog.service.currentText() == "Asesoría"
        dialog.save()
        assert dialog.isVisible() and "consentimiento" in dialog.error.text()

    driver = DialogDriver(ReferralDialog, without_consent)
    tab.propose.click()
    driver.check()
    assert tab.model.rowCount() == 0

    # She consents, in the consents tab
    consents = view.consents
    view.tabs.setCurrentWidget(consents)
    row = next(i for i, r in enumerate(consents.model.rows)
               if r.purpose is ConsentPurpose.REFERRAL)
    _select(consents, row)
    consents.give.click()
    assert "Otorgado" in _cells(consents, row)[2]

    view.tabs.setCurrentWidget(tab)
    driver = DialogDriver(ReferralDialog, lambda dialog: dialog.save())
    tab.propose.click()
    driver.check()
    assert tab.model.rowCount() == 1
    _select(tab, 0)
    assert not tab.step_buttons[ReferralStatus.ACCEPTED].isEnabled()
    tab.step_buttons[ReferralStatus.SENT].click()
    assert "Enviada" in _cells(tab, 0)[4]
    _select(tab, 0)
    assert "Propuesta" in tab.steps.text() and "Enviada" in tab.steps.text()

    # She withdraws it: the referral cannot be accepted, and the tab says why
    view.tabs.setCurrentWidget(consents)
    _select(consents, row)
    consents.withdraw.click()
    view.tabs.setCurrentWidget(tab)
    _select(tab, 0)
    tab.step_buttons[ReferralStatus.ACCEPTED].click()
    assert tab.error.isVisible() and "consentimiento" in tab.error.text()
    assert "Enviada" in _cells(tab, 0)[4]


def test_the_directory_is_edited_in_its_dialog(qtbot, created, case):
    _, tab = _view(qtbot, created.vault, case.id, "referrals")

    def edit(dialog: DirectoryDialog) -> None:
        dialog.name.setText("Casa de la Mujer Sintética")
        dialog.save()  # no services yet
        assert dialog.error.isVisible()
        dialog.services.setText("Refugio, Psicología")
        dialog.save()
        assert dialog.model.rowCount() == 1
        assert dialog.model.data(dialog.model.index(0, 1)) == "Refugio, Psicología"

    driver = DialogDriver(DirectoryDialog, edit)
    tab.directory.click()
    driver.check()
    assert [o.name for o in referrals.list_directory(created.vault)] == [
        "Casa de la Mujer Sintética"]


def test_the_history_tells_who_changed_what(qtbot, created, case):
    card = documents.record_document(created.vault, case.principal_person_id, DocumentDetails(
        "tvrh", DocumentStatus.ORIGINAL, expires_on=TODAY + timedelta(days=90))).value
    documents.update_document(created.vault, card.id, DocumentDetails(
        "tvrh", DocumentStatus.ORIGINAL, expires_on=TODAY + timedelta(days=120)))
    _, tab = _view(qtbot, created.vault, case.id, "history")
    texts = [tab.model.data(tab.model.index(r, 2)) for r in range(tab.model.rowCount())]
    assert ("cambió la fecha de vencimiento de Tarjeta de Visitante por Razones "
            "Humanitarias de Wendy Carolina Ramos Lagos") in texts
    assert texts[-1] == "abrió el expediente"
    assert tab.model.data(tab.model.index(0, 0), ROW_ROLE).actor == "Coordinadora Prueba"
