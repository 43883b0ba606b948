"""`make screenshots`: the main screens of a synthetic demo vault, rendered offscreen.

    QT_QPA_PLATFORM=offscreen python -m shelter_desk.gui.screenshots docs/screenshots

Everything shown is synthetic (the demo generator's people); the vault lives in a
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.followup import ReferralStatus
from shelter_desk.gui.cases.case_view import CaseView
from shelter_desk.gui.common.i18n import set_language
from shelter_desk.gui.common.settings import Preferences
from shelter_desk.gui.reports.dashboard import DashboardPage
from shelter_desk.gui.reports.pdf_report import render_report_page
from shelter_desk.gui.setup.first_run import FirstRunWizard
from shelter_desk.gui.setup.unlock_window import UnlockWindow
from shelter_desk.gui.shell.main_window import NAV_STATS, MainWindow
from shelter_desk.services import attachments, cases, followup, referrals
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

        created = create_demo_vault(Path(folder) / "demo", people=600, seed=4,
                                    params=_THROWAWAY_KDF)
        unlock = UnlockWindow(Path(folder) / "demo", "coordinadora")
        unlock.resize(520, 300)
        _save(unlock, target / "unlock.png")
        unlock.close()

        vault = created.vault
        window = MainWindow(vault, Preferences(language=language))
        window.resize(1280, 780)
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
        for index, name in enumerate(("barriers", "notes", "tasks", "referrals", "consents",
                                      "attachments", "history"), start=3):
            view.tabs.setCurrentIndex(index)
            section = view.tabs.currentWidget()
            table = section.findChild(QTableView)
            if table is not None and table.model().rowCount() > 0:
                table.selectRow(0)  # shows what a selection enables, and the note read
            _save(window, target / f"tab_{name}.png")
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
