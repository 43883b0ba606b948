"""The Derechos panel and the letter dialog, as a caseworker uses them on the founding
testimony: the scholarship shows blocked with its reason, a letter to the school is
written, edited and kept, and the barrier says so."""

from __future__ import annotations

from datetime import date

from shelter_desk.domain.people import MigrationStatus, PersonDetails
from shelter_desk.domain.staff import Role
from shelter_desk.gui.cases.case_view import CaseView
from shelter_desk.gui.common.lazy_model import ROW_ROLE
from shelter_desk.gui.letters.letter_dialog import LetterDialog
from shelter_desk.gui.letters.pdf import pdf_text
from shelter_desk.gui.rights.rights_tab import headline_verified
from shelter_desk.services import attachments, cases, staff
from shelter_desk.store.vault import unlock
from tests.gui.conftest import DialogDriver
from tests.services.test_rights import SCHOOL, _testimony
from tests.unit.test_rights_checker import _check, _doc, _her, _refused


def _view(qtbot, vault, case_id, tab):
    view = CaseView(vault)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.show_case(case_id)
    view.tabs.setCurrentWidget(getattr(view, tab))
    return view, getattr(view, tab)


def _row_of(tab, person_id, procedure_key):
    for row in range(tab.model.rowCount()):
        check = tab.model.data(tab.model.index(row, 0), ROW_ROLE)
        if check.person.id == person_id and check.procedure.key == procedure_key:
            return row
    raise AssertionError(f"no row for {procedure_key}")


def _cells(tab, row):
    return [tab.model.data(tab.model.index(row, c)) for c in range(tab.model.columnCount())]


def test_the_testimony_in_the_rights_panel(qtbot, created, qapp, qtmodeltester):
    # GIVEN the woman of the testimony and her children refused the scholarship
    case, children, refused = _testimony(created.vault)
    view, tab = _view(qtbot, created.vault, case.id, "rights")
    qtmodeltester.check(tab.model)

    # THEN the panel shows her son's scholarship blocked, with the reason and the law
    row = _row_of(tab, children[0].id, "beca")
    cells = _cells(tab, row)
    assert cells[0] == "Josué Tzul" and "Bloqueado" in cells[2]
    # the refusal is contradicted by verified law: the row says so, although one of the
    # programme's own rules (below, in the details) is not verified yet
    assert cells[3] == "Verificada" and "Ley de Migración, art. 8" in cells[4]
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    details = tab.details.toPlainText()
    assert "nunca puede tener Credencial para votar (INE)" in details
    assert "Tarjeta de Residente Permanente de Rosa Elvira Tzul Pérez es identificación " \
           "oficial válida" in details
    assert "por confirmar" in details  # the programme's requirements are not verified
    assert tab.write.isEnabled()

    # WHEN she writes the letter, reads it, adds a line and keeps it
    def write(dialog: LetterDialog) -> None:
        assert dialog.template.currentData() == "escuela"
        text = dialog.editor.toPlainText()
        assert "Rosa Elvira Tzul Pérez" in text and SCHOOL in text and "{" not in text
        dialog.editor.append("Se anexa copia de la tarjeta de residente permanente.")
        dialog.save()

    driver = DialogDriver(LetterDialog, write)
    tab.write.click()
    driver.check()

    # THEN the PDF is in the case file, encrypted, linked to the barrier, with her edit
    kept = attachments.list_attachments(created.vault, case.id)
    assert len(kept) == 1 and kept[0].attempt_id == refused[0].id
    text = " ".join(pdf_text(attachments.read_attachment(created.vault, kept[0].id)).split())
    assert "Rosa Elvira Tzul Pérez" in text and SCHOOL in text
    assert "Ley de Migración, art. 8" in text and "Se anexa copia" in text
    # ...and the barriers tab shows the letter as the action taken
    view.tabs.setCurrentWidget(view.barriers)
    barrier_rows = [_cells(view.barriers, r) for r in range(view.barriers.model.rowCount())]
    mine = [r for r in barrier_rows if r[1] == "Josué Tzul"]
    assert "Carta «Escrito a la escuela (inscripción o beca)» guardada en Adjuntos" in mine[0][7]
    # ...dated with its four-digit year, as every screen writes dates
    assert f"/{date.today().year}." in mine[0][7]


def test_a_letter_from_the_barriers_tab_in_english(qtbot, created, qapp):
    case, _children, _refused = _testimony(created.vault)
    _unused, tab = _view(qtbot, created.vault, case.id, "barriers")
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    assert tab.write.isEnabled()
    seen = {}

    def english(dialog: LetterDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        seen["text"] = dialog.editor.toPlainText()
        dialog.reject()

    driver = DialogDriver(LetterDialog, english)
    tab.write.click()
    driver.check()
    assert "Migration Law, art. 8" in seen["text"] and SCHOOL in seen["text"]
    assert attachments.list_attachments(created.vault, case.id) == []  # cancelled: nothing


def test_a_volunteer_sees_the_rights_but_cannot_write(qtbot, created, vault_dir):
    case, _children, _refused = _testimony(created.vault)
    staff.add_staff(created.vault, "Vol", Role.VOLUNTEER, "frase de voluntaria")
    created.vault.lock()
    with unlock(vault_dir, user="Vol", passphrase="frase de voluntaria") as volunteer:
        _, tab = _view(qtbot, volunteer, case.id, "rights")
        assert tab.model.rowCount() > 0
        tab.table.setCurrentIndex(tab.model.index(0, 0))
        assert not tab.write.isEnabled()


def test_a_case_without_documents_still_reads(qtbot, created):
    case = cases.open_case(created.vault, PersonDetails(
        given_names="Sin Papeles", nationality="HN", birth_date=date(2000, 1, 1))).value
    _, tab = _view(qtbot, created.vault, case.id, "rights")
    states = {_cells(tab, r)[1]: _cells(tab, r)[2] for r in range(tab.model.rowCount())}
    assert "Listo" in states["Urgencias y atención del embarazo y parto"]
    assert not tab.error.isVisible()


def test_a_coordinator_template_with_a_mistake_is_named_in_the_dialog(qtbot, created, vault_dir):
    # GIVEN a template added in the vault's letters/ folder, with an unknown placeholder
    folder = vault_dir / "letters"
    folder.mkdir()
    (folder / "mia.json").write_text(
        '{"version": 1, "key": "mia", "name": {"es": "Mía", "en": "Mine"}, '
        '"title": {"es": "Carta", "en": "Letter"}, '
        '"body": {"es": "Hola {telefono}", "en": "Hello"}}', encoding="utf-8")
    case, children, refused = _testimony(created.vault)
    case_file = cases.open_case_file(created.vault, case.id, record_view=False)
    # WHEN the letter dialog opens
    dialog = LetterDialog(created.vault, case_file, person_id=children[0].id,
                          attempt_id=refused[0].id, template_key="escuela")
    qtbot.addWidget(dialog)
    dialog.show()
    # THEN the built-in templates work and the broken one is named, not offered
    assert dialog.problems.isVisible() and "mia.json" in dialog.problems.text()
    assert dialog.template.findData("mia") == -1
    assert SCHOOL in dialog.editor.toPlainText()


def test_the_rows_source_column_follows_its_own_headline():
    # a temporary CURP rests on an unverified rule: the row says «Por confirmar»
    asylum = [_her("VE", MigrationStatus.ASYLUM_SEEKER,
                   _doc("constancia_comar", expires_on=date(2027, 6, 1)))]
    assert not headline_verified(_check(asylum, person_id=1, procedure="curp_temporal"))
    # a clinic asking for a CURP is contradicted by verified law: «Verificada»
    clinic = [_her("GT", MigrationStatus.UNKNOWN, _doc("acta_nacimiento_extranjera"))]
    assert headline_verified(_check(clinic, [_refused(1, "atencion_salud", "pidio_curp")],
                                    person_id=1, procedure="atencion_salud"))
