"""Referral consent per service type and organisation in the consents tab and the referral
dialog. (Its own file: a seventh CaseView test in test_casework_tabs.py makes PySide crash
while the interpreter shuts down, after every test passed; that happens without this
change too.)"""

from __future__ import annotations

from datetime import date

import pytest

from shelter_desk.domain.consents import ConsentPurpose, ServiceType
from shelter_desk.domain.people import PersonDetails
from shelter_desk.gui.casework.referral_consent_dialog import ReferralConsentDialog
from shelter_desk.gui.casework.referral_dialogs import ReferralDialog
from shelter_desk.services import cases, referrals
from tests.gui.conftest import DialogDriver
from tests.gui.test_casework_tabs import _cells, _select, _view

CLINIC = "Clínica Jurídica Sintética"


@pytest.fixture
def case(created):
    return cases.open_case(created.vault, PersonDetails(
        given_names="Ximena", family_names="Sintética", nationality="SV",
        birth_date=date(1993, 6, 1))).value


def test_consent_per_type_and_organisation_then_refer(qtbot, created, case, qtmodeltester):
    """She agrees to legal advice at one clinic: the referral dialog refers her there for
    that type only, and says why not for another."""
    referrals.save_organisation(created.vault, CLINIC, ("Asesoría", "Escucha"))
    view, consents = _view(qtbot, created.vault, case.id, "consents")
    qtmodeltester.check(consents.model)
    general = next(i for i, r in enumerate(consents.model.rows)
                   if r.purpose is ConsentPurpose.REFERRAL)
    assert "Todo tipo de servicio" in _cells(consents, general)[1]

    def legal_at_the_clinic(dialog: ReferralConsentDialog) -> None:
        dialog.service_type.setCurrentIndex(dialog.service_type.findData(ServiceType.LEGAL))
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(CLINIC))
        dialog.buttons.accepted.emit()

    _select(consents, general)
    driver = DialogDriver(ReferralConsentDialog, legal_at_the_clinic)
    consents.scoped.click()
    driver.check()
    assert not consents.error.isVisible(), consents.error.text()
    scoped = [_cells(consents, i) for i, r in enumerate(consents.model.rows)
              if r.service_type is ServiceType.LEGAL]
    assert len(scoped) == 1 and CLINIC in scoped[0][1] and "Otorgado" in scoped[0][2]

    tab = view.referrals
    view.tabs.setCurrentWidget(tab)

    def psychosocial(dialog: ReferralDialog) -> None:
        dialog.service_type.setCurrentIndex(
            dialog.service_type.findData(ServiceType.PSYCHOSOCIAL))
        dialog.save()
        assert dialog.isVisible() and "atención psicosocial" in dialog.error.text()

    driver = DialogDriver(ReferralDialog, psychosocial)
    tab.propose.click()
    driver.check()
    assert tab.model.rowCount() == 0

    def legal(dialog: ReferralDialog) -> None:
        dialog.service_type.setCurrentIndex(dialog.service_type.findData(ServiceType.LEGAL))
        dialog.save()

    driver = DialogDriver(ReferralDialog, legal)
    tab.propose.click()
    driver.check()
    assert tab.model.rowCount() == 1
