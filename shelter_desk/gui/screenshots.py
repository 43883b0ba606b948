"""`make screenshots`: the main screens of a synthetic demo vault, rendered offscreen.

    QT_QPA_PLATFORM=offscreen python -m shelter_desk.gui.screenshots docs/screenshots

Everything shown is synthetic (the demo generator's people); the vault lives in a
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.followup import ReferralStatus
from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.gui.cases.case_view import CaseView
from shelter_desk.gui.common.i18n import set_language
from shelter_desk.gui.common.lazy_model import ROW_ROLE
from shelter_desk.gui.common.settings import Preferences
from shelter_desk.gui.importing.import_dialog import STEP_MAPPING, STEP_REVIEW, ImportDialog
from shelter_desk.gui.letters.letter_dialog import LetterDialog
from shelter_desk.gui.letters.pdf import letter_html, pdf_page_image, render_pdf
from shelter_desk.gui.reports.dashboard import DashboardPage
from shelter_desk.gui.reports.pdf_report import render_report_page
from shelter_desk.gui.security.staff_dialogs import RemovalDialog
from shelter_desk.gui.setup.first_run import FirstRunWizard
from shelter_desk.gui.setup.unlock_window import UnlockWindow
from shelter_desk.gui.shell.about_dialog import AboutDialog
from shelter_desk.gui.shell.main_window import NAV_NETWORK, NAV_SETTINGS, NAV_STATS, MainWindow
from shelter_desk.services import (
    attachments,
    barriers,
    cases,
    documents,
    followup,
    letters,
    people,
    referrals,
)
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.store import kdf
from shelter_desk.store.case_queries import CaseFilter
from shelter_desk.store.vault import OpenVault

# The screenshots' vault is thrown away at once; a cheap KDF keeps `make screenshots` quick.
_THROWAWAY_KDF = kdf.KdfParams(memory_kib=8192, iterations=1, lanes=1)


def _save(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def _wait_for_statistics(page: DashboardPage) -> None:
    """The report is computed on the thread pool; let it finish and report back."""
    while page.loading:
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()


def _attach_sample(vault: OpenVault, case_id: int, folder: Path) -> None:
    """A synthetic 'scan' (a drawn page, no real document) so the attachments tab shows
    a row. It is written to the throwaway folder, which is deleted afterwards."""
    page = QImage(420, 560, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawText(page.rect().adjusted(30, 30, -30, -30), 0,
                     "CONSTANCIA DE EJEMPLO\n\nDocumento sintético para capturas.")
    painter.end()
    path = folder / "constancia-ejemplo.png"
    page.save(str(path))
    attachments.add_attachment(vault, path, case_id=case_id)


def _refer_sample(vault: OpenVault, case_id: int) -> None:
    """One referral sent, so the referrals tab shows its steps (she consents first)."""
    her = cases.open_case_file(vault, case_id, record_view=False).principal.person.id
    followup.record_consent(vault, her, ConsentPurpose.REFERRAL, True)
    organisation = referrals.list_directory(vault)[0]
    sent = referrals.refer(vault, her, organisation.name, organisation.services[0]).value
    referrals.set_referral_status(vault, sent.id, ReferralStatus.SENT)


def _testimony_sample(vault: OpenVault) -> tuple[int, int, int]:
    """The founding testimony, with synthetic names: a permanent resident card, no INE,
    and the school refusing her two children the scholarship for her INE.
    Returns the case, the first child and the first refusal."""
    today = date.today()
    case = cases.open_case(vault, PersonDetails(
        given_names="Marta Lucía", family_names="Ejemplo Sintética", nationality="GT",
        birth_date=date(1990, 6, 1))).value
    documents.record_document(vault, case.principal_person_id, DocumentDetails(
        "tarjeta_residente_permanente", DocumentStatus.ORIGINAL, issued_on=date(2024, 3, 1)))
    documents.record_document(vault, case.principal_person_id, DocumentDetails(
        "acta_nacimiento_extranjera", DocumentStatus.COPY_ONLY, apostilled=False))
    refusals = []
    for name, born in (("Tomás", date(2016, 2, 1)), ("Inés", date(2018, 9, 9))):
        child = people.add_household_member(vault, case.id, PersonDetails(
            given_names=name, family_names="Ejemplo", nationality="GT", birth_date=born),
            Relationship.CHILD).value
        refusals.append((child.id, barriers.record_attempt(vault, AttemptDetails(
            person_id=child.id, right_key="beca", institution_type_key="escuela_publica",
            institution_name="Escuela Primaria Ejemplo", attempted_on=today,
            outcome=Outcome.REFUSED, documents_presented=("tarjeta_residente_permanente",),
            reason_keys=("pidio_ine",), reason_given="Piden la credencial del INE de la madre",
            follow_up_on=today + timedelta(days=14))).value.id))
    return case.id, refusals[0][0], refusals[0][1]


def _rights_and_letter(window: MainWindow, target: Path, language: str) -> None:
    """The Derechos panel on the testimony, the letter dialog, and the letter's first page."""
    vault = window.vault
    case_id, child_id, attempt_id = _testimony_sample(vault)
    window.show()
    window.open_case(case_id)
    view: CaseView = window.case_view
    view.tabs.setCurrentWidget(view.rights)
    tab = view.rights
    QApplication.processEvents()  # the tab reads the case when it is first shown
    for row in range(tab.model.rowCount()):
        check = tab.model.data(tab.model.index(row, 0), ROW_ROLE)
        if check.person.id == child_id and check.procedure.key == "beca":
            tab.table.setCurrentIndex(tab.model.index(row, 0))
            break
    _save(window, target / "rights_panel.png")
    case_file = cases.open_case_file(vault, case_id, record_view=False)
    dialog = LetterDialog(vault, case_file, person_id=child_id, procedure_key="beca",
                          attempt_id=attempt_id, template_key="escuela", parent=window)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    _save(dialog, target / "letter_dialog.png")
    letter = letters.draft_letter(vault, case_file, "escuela", language, person_id=child_id,
                                  attempt_id=attempt_id)
    pdf = render_pdf(letter_html(letter), letter.title)
    pdf_page_image(pdf, 0, 1100).save(str(target / "letter.png"))
    print(target / "letter.png")
    dialog.close()


_SAMPLE_SHEET = "\r\n".join([
    "Nombre;Apellidos;Fecha de nacimiento;Nacionalidad;Fecha de ingreso;Documento;Vigencia",
    "Karla Yaneth;Ejemplo Osorio;03/04/1991;Honduras;01/10/2026;pasaporte;15/12/2027",
    "Wilmer;Ejemplo Ajú;40/13/1988;Guatemala;01/10/2026;TVRH;",
    "Marie;Ejemplo Joseph;1995-07-21;Haití;02/10/2026;;",
    "KARLA YANETH;ejemplo osorio;1991-04-03;Honduras;05/10/2026;;",  # a possible duplicate
]) + "\r\n"


def _settle_dialog() -> None:
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def _settings_import_about(window: MainWindow, target: Path, folder: Path) -> None:
    """Ajustes with the backup and ARCO sections (one woman blocked), the import dialog
    on a synthetic sheet with one impossible date and one possible duplicate, and the
    About dialog."""
    vault = window.vault
    blocked = cases.list_cases(vault, CaseFilter(), limit=3).rows[2]
    people.block_person(vault, cases.open_case_file(
        vault, blocked.case_id, record_view=False).principal.person.id)
    if window.data_rights is not None:
        window.data_rights.refresh()
    window.navigate(NAV_SETTINGS)
    _save(window, target / "settings.png")
    if window.staff_panel is not None:
        _save(window.staff_panel, target / "staff_panel.png")
        others = [user for user in window.staff_panel.model.rows
                  if user.active and user.id != vault.user.id]
        if others:
            removal = RemovalDialog(others[0], window)
            _save(removal, target / "staff_removal.png")
            removal.close()
    sheet = folder / "lista-ejemplo.csv"
    sheet.write_text(_SAMPLE_SHEET, encoding="utf-8")
    dialog = ImportDialog(vault, window)
    dialog.resize(760, 480)
    dialog.open_file(sheet)
    while dialog.steps.currentIndex() != STEP_MAPPING:
        _settle_dialog()
    _save(dialog, target / "import_mapping.png")
    dialog.resize(900, 680)  # the review lists problems, duplicates and what is created
    dialog.check_rows()
    while dialog.steps.currentIndex() != STEP_REVIEW:
        _settle_dialog()
    _save(dialog, target / "import_review.png")
    dialog.close()
    about = AboutDialog(window)
    _save(about, target / "about.png")
    about.close()


def _network(window: MainWindow, target: Path) -> None:
    """The Red section: the report as it would leave (withheld counts as "< 5"), and the
    link with the network's hub before joining."""
    window.navigate(NAV_NETWORK)
    section = window.network
    section.setCurrentIndex(0)
    QApplication.processEvents()
    while section.report.loading:
        _settle_dialog()
    _save(window, target / "network.png")
    section.setCurrentIndex(1)
    _save(window, target / "network_link.png")
    section.setCurrentIndex(0)


def render(target: Path, language: str = "es") -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    set_language(language)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        wizard = FirstRunWizard(Path(folder) / "new", _THROWAWAY_KDF)
        wizard.resize(720, 600)
        wizard.show()
        wizard.next()
        page = wizard.coordinator
        page.organisation.setText("Casa de Acogida Sintética")
        page.user.setText("Coordinadora Demo")
        page.fields.first.setText("cuatro palabras sin relación")
        page.fields.second.setText("cuatro palabras sin relación")
        _save(wizard, target / "wizard.png")
        wizard.close()
        # A shelter's second laptop: «Unirme a un albergue» (issue 18)
        joining = FirstRunWizard(Path(folder) / "second", _THROWAWAY_KDF)
        joining.resize(720, 600)
        joining.show()
        joining.currentPage().join.setChecked(True)
        joining.next()
        _save(joining, target / "wizard_join.png")
        joining.close()

        created = create_demo_vault(Path(folder) / "demo", people=600, seed=4,
                                    params=_THROWAWAY_KDF)
        unlock = UnlockWindow(Path(folder) / "demo", "coordinadora")
        unlock.resize(520, 300)
        _save(unlock, target / "unlock.png")
        unlock.close()

        vault = created.vault
        window = MainWindow(vault, Preferences(language=language))
        window.resize(1024, 768)  # the smallest screen a shelter laptop has (issue 21)
        _save(window, target / "case_list.png")
        case_id = cases.list_cases(vault, CaseFilter(open_barrier=True), limit=1).rows[0].case_id
        window.open_case(case_id)
        _save(window, target / "case_view.png")
        view: CaseView = window.case_view
        view.tabs.setCurrentIndex(2)
        _save(window, target / "documents_board.png")
        _attach_sample(vault, case_id, Path(folder))
        _refer_sample(vault, case_id)
        view.show_case(case_id, record_view=False)
        # Index 3 is Derechos: `_rights_and_letter` shows it on the testimony case.
        for index, name in enumerate(("barriers", "notes", "tasks", "referrals", "consents",
                                      "attachments", "history"), start=4):
            view.tabs.setCurrentIndex(index)
            section = view.tabs.currentWidget()
            table = section.findChild(QTableView)
            if table is not None and table.model().rowCount() > 0:
                table.selectRow(0)  # shows what a selection enables, and the note read
            _save(window, target / f"tab_{name}.png")
        _rights_and_letter(window, target, language)
        _settings_import_about(window, target, Path(folder))
        _network(window, target)
        window.navigate(NAV_STATS)  # the current quarter: the demo's cases reach today
        _wait_for_statistics(window.stats)
        _save(window, target / "dashboard.png")
        assert window.stats.report is not None
        render_report_page(window.stats.report, language).save(str(target / "report_pdf.png"))
        print(target / "report_pdf.png")
        window.close()
        vault.lock()


if __name__ == "__main__":
    render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
