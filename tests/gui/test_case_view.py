"""Editing a person and recording documents in the case view, as a caseworker would."""

from __future__ import annotations

from datetime import date

from shelter_desk.domain.documents import DocumentStatus, Standing
from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.gui.cases.case_view import CaseView
from shelter_desk.gui.documents.document_dialog import DocumentDialog
from shelter_desk.services import cases, people
from tests.gui.conftest import DialogDriver


def _case(vault):
    opened = cases.open_case(vault, PersonDetails(
        given_names="Lesly Marisol", family_names="Orellana Paz", nationality="HN",
        birth_date=date(1994, 6, 2))).value
    people.add_household_member(vault, opened.id, PersonDetails(
        given_names="Josué", family_names="Orellana", nationality="HN",
        birth_date=date(2017, 3, 3)), Relationship.CHILD)
    return opened


def test_editing_her_profile_saves_it(qtbot, created, qtmodeltester):
    case = _case(created.vault)
    view = CaseView(created.vault)
    qtbot.addWidget(view)
    view.show()
    view.show_case(case.id)
    qtmodeltester.check(view.household)
    assert view.household.rowCount() == 1
    assert "2026" in view.heading.text() or case.code in view.heading.text()

    view.profile.phone.setText("+52 962 100 2000")
    view.save_profile.click()
    saved = cases.open_case_file(created.vault, case.id, record_view=False)
    assert saved.principal.person.details.phone == "+52 962 100 2000"
    from shelter_desk.store import audit

    with created.vault.read() as connection:  # one view recorded, not one per refresh
        assert [e.action for e in audit.events(connection)].count("case.viewed") == 1

    view.profile.birth_date.set_value(date(2100, 1, 1))
    view.save_profile.click()
    assert view.profile.error.isVisible() and "posterior a hoy" in view.profile.error.text()
    assert view.profile.phone.text() == "+52 962 100 2000"  # nothing she typed is lost
    assert cases.open_case_file(created.vault, case.id).principal.person.details.birth_date \
        == date(1994, 6, 2)


def _tile(view, type_key, person_index=0):
    tiles = [t for t in view.board.tiles if t.property("type_key") == type_key]
    return tiles[person_index]


def test_recording_a_missing_curp_from_the_board(qtbot, created):
    case = _case(created.vault)
    view = CaseView(created.vault)
    qtbot.addWidget(view)
    view.show()
    view.show_case(case.id)
    view.tabs.setCurrentIndex(2)
    curp = _tile(view, "curp")
    assert curp.property("standing") == Standing.MISSING.value
    assert "Falta" in curp.text()
    ine = _tile(view, "ine")
    assert ine.property("standing") == Standing.CANNOT_HOLD.value

    def fill(dialog: DocumentDialog) -> None:
        assert dialog.form.type_key.currentData() == "curp"
        dialog.form.number.setText("OEPL940602MNEXXX01")
        dialog.save()

    driver = DialogDriver(DocumentDialog, fill)
    curp.click()
    driver.check()
    curp = _tile(view, "curp")
    assert curp.property("standing") == Standing.VALID.value
    held = cases.open_case_file(created.vault, case.id).principal.documents
    assert [(d.details.type_key, d.details.status) for d in held] == [
        ("curp", DocumentStatus.ORIGINAL)]


def test_a_bad_document_keeps_the_dialog_open_and_writes_nothing(qtbot, created):
    case = _case(created.vault)
    dialog = DocumentDialog(created.vault, case.principal_person_id, type_key="pasaporte")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.issued_on.set_value(date(2025, 5, 1))
    dialog.form.expires_on.set_value(date(2024, 5, 1))
    dialog.save()
    assert dialog.result() == 0 and dialog.result_value is None
    assert "vigencia" in dialog.form.error.text().casefold()
    assert cases.open_case_file(created.vault, case.id).principal.documents == ()


def test_unsaved_profile_changes_are_not_lost_by_leaving(qtbot, created, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from shelter_desk.gui.common.settings import Preferences
    from shelter_desk.gui.shell.main_window import NAV_CASES, MainWindow

    case = _case(created.vault)
    window = MainWindow(created.vault, Preferences())
    qtbot.addWidget(window)
    window.show()
    window.open_case(case.id)
    window.case_view.profile.phone.setText("+52 962 555 0101")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))

    window.case_view.back.click()  # Cancel: she stays, with what she typed
    assert window.pages.currentWidget() is window.case_view
    assert window.case_view.profile.phone.text() == "+52 962 555 0101"
    window.nav.setCurrentRow(NAV_CASES)  # Save: saved, then the list
    assert window.pages.currentWidget() is window.case_list
    saved = cases.open_case_file(created.vault, case.id).principal.person.details
    assert saved.phone == "+52 962 555 0101"


def test_a_new_case_saved_untouched_records_no_sex_gender_or_migration_status(qtbot, created):
    from shelter_desk.domain.people import GenderIdentity, MigrationStatus, SchoolStatus, Sex
    from shelter_desk.gui.people.person_dialog import PersonDialog

    # GIVEN a worker opening a new case who only types a name
    dialog = PersonDialog(created.vault, "new_case")
    qtbot.addWidget(dialog)
    assert dialog.form.sex.currentText() == "No se preguntó o prefiere no decir"
    dialog.form.given_names.setText("Rosa Sintética")
    # WHEN she saves without touching the sensitive questions
    dialog.save()
    # THEN nothing was answered on her behalf
    saved = cases.open_case_file(created.vault, dialog.result_value.value.id,
                                 record_view=False).principal.person.details
    assert saved.sex == Sex.NOT_SAID
    assert saved.gender_identity == GenderIdentity.NOT_SAID
    assert saved.migration_status == MigrationStatus.UNKNOWN

    # AND the same holds for a child added to the household
    member = PersonDialog(created.vault, "add_member", case_id=dialog.result_value.value.id)
    qtbot.addWidget(member)
    member.form.given_names.setText("Niña Sintética")
    member.save()
    household = cases.open_case_file(created.vault, dialog.result_value.value.id,
                                     record_view=False).household
    details = household[0].person.details
    assert (details.sex, details.gender_identity, details.migration_status,
            details.school_status) == (Sex.NOT_SAID, GenderIdentity.NOT_SAID,
                                       MigrationStatus.UNKNOWN, SchoolStatus.UNKNOWN)


def test_a_name_that_looks_like_markup_is_shown_as_typed(qtbot, created):
    # GIVEN a woman whose name was typed with HTML tags in it
    from PySide6.QtCore import Qt

    opened = cases.open_case(created.vault, PersonDetails(
        given_names="<b>Ana</b>", family_names="<img src=x>", nationality="HN",
        birth_date=date(1994, 6, 2))).value
    view = CaseView(created.vault)
    qtbot.addWidget(view)
    # WHEN her case is opened
    view.show_case(opened.id)
    # THEN the heading shows the tags as text, never as bold or an image
    assert view.heading.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Ana</b>" in view.heading.text() and "<img src=x>" in view.heading.text()
