"""Consents per person and purpose: what she agreed to, what she withdrew, when and who
recorded it. A withdrawal takes effect at once: the services read the latest record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from shelter_desk.domain.consents import Consent, ConsentPurpose, ServiceType, same_organisation
from shelter_desk.domain.permissions import Action
from shelter_desk.gui.casework.referral_consent_dialog import ReferralConsentDialog
from shelter_desk.gui.casework.section import CaseSection, day
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.list_model import ListTableModel
from shelter_desk.services import attachments, followup
from shelter_desk.services.cases import CaseFile
from shelter_desk.store.vault import OpenVault


@dataclass(frozen=True)
class ConsentRow:
    person_id: int
    person: str
    purpose: ConsentPurpose
    latest: Consent | None
    # a referral consent's scope: None is every type / any organisation
    service_type: ServiceType | None = None
    organisation: str | None = None

    def what(self) -> str:
        if self.purpose is not ConsentPurpose.REFERRAL:
            return labels.consent_purpose(self.purpose)
        where = self.organisation or QCoreApplication.translate(
            "ConsentsTab", "cualquier organización")
        return f"{labels.consent_purpose(self.purpose)}: " \
               f"{labels.service_type(self.service_type)} · {where}"


def _scopes(records: list[Consent]) -> list[tuple[ServiceType | None, str | None]]:
    """The general referral consent first, then each type and organisation she was asked
    about (organisations compared as the services compare them)."""
    scopes: dict[tuple[ServiceType | None, str | None], None] = {(None, None): None}
    for record in records:
        organisation = record.organisation
        for _type, known in scopes:
            if same_organisation(known, organisation):
                organisation = known
        scopes[(record.service_type, organisation)] = None
    return list(scopes)


class ConsentsTab(CaseSection):
    def __init__(self, vault: OpenVault) -> None:
        translate = QCoreApplication.translate
        self._names: dict[int, str] = {}

        def state(row: ConsentRow) -> str:
            if row.latest is None:
                return translate("ConsentsTab", "Sin registrar")
            return ("✓ " + translate("ConsentsTab", "Otorgado") if row.latest.given
                    else "✗ " + translate("ConsentsTab", "Retirado o negado"))

        def cells(row: ConsentRow, column: int) -> str:
            latest = row.latest
            return [row.person, row.what(), state(row),
                    day(latest.recorded_on) if latest else "",
                    self._names.get(latest.recorded_by or 0, "") if latest else ""][column]

        super().__init__(vault, ListTableModel(lambda: [
            translate("ConsentsTab", "Persona"), translate("ConsentsTab", "Para qué"),
            translate("ConsentsTab", "Estado"), translate("ConsentsTab", "Desde"),
            translate("ConsentsTab", "Registró")], cells), "consents_table")
        self.give = self.button("consent_give", lambda: self._record(True))
        self.withdraw = self.button("consent_withdraw", lambda: self._record(False))
        self.attach = self.button("consent_attach", self._attach_form)
        self.scoped = self.button("consent_referral", self._referral_consent)
        self.table.selectionModel().currentRowChanged.connect(self.update_actions)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr(
            "Lo que cada persona aceptó y para qué. Si retira un consentimiento, vale desde "
            "ese momento: por ejemplo, ya no se puede enviar una canalización. Para canalizar, "
            "su consentimiento es por tipo de servicio y organización; para enviar su "
            "expediente a otra organización, debe nombrarla."))
        self.give.setText(self.tr("Registrar que lo &otorga"))
        self.withdraw.setText(self.tr("Registrar que lo &retira"))
        self.attach.setText(self.tr("Adjuntar &formulario firmado…"))
        self.scoped.setText(self.tr("Consentimiento para &canalizar…"))

    def rows(self, case_file: CaseFile) -> list[ConsentRow]:
        self._names = self.staff_names()
        rows = []
        for member in (case_file.principal, *case_file.household):
            for purpose in ConsentPurpose:
                records = [c for c in member.consents if c.purpose is purpose]
                if purpose is not ConsentPurpose.REFERRAL:
                    rows.append(ConsentRow(member.person.id, member.person.name, purpose,
                                           max(records, key=lambda c: c.id) if records
                                           else None))
                    continue
                for service_type, organisation in _scopes(records):
                    exact = [c for c in records if c.service_type is service_type
                             and (c.organisation == organisation
                                  or same_organisation(c.organisation, organisation))]
                    rows.append(ConsentRow(member.person.id, member.person.name, purpose,
                                           max(exact, key=lambda c: c.id) if exact else None,
                                           service_type, organisation))
        return rows

    def update_actions(self, *_args: object) -> None:
        allowed = self.allows(Action.INTAKE)
        chosen = self.selected()
        given = chosen is not None and chosen.latest is not None and chosen.latest.given
        self.give.setEnabled(allowed and chosen is not None and not given)
        self.withdraw.setEnabled(allowed and given)
        self.attach.setEnabled(self.allows(Action.ADD_ATTACHMENT) and chosen is not None
                               and chosen.latest is not None)
        self.scoped.setEnabled(allowed and chosen is not None)

    def _record(self, given: bool) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.run(lambda: followup.record_consent(
                self.vault, chosen.person_id, chosen.purpose, given, recorded_on=date.today(),
                service_type=chosen.service_type, organisation=chosen.organisation))

    def _referral_consent(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = ReferralConsentDialog(self.vault, chosen.person, self)
        if dialog.exec():
            service_type, organisation = dialog.scope()
            self.run(lambda: followup.record_consent(
                self.vault, chosen.person_id, ConsentPurpose.REFERRAL, True,
                recorded_on=date.today(), service_type=service_type,
                organisation=organisation))

    def _attach_form(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.latest is None or self.case_file is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Formulario de consentimiento firmado"), "",
            self.tr("Escaneos y fotos (*.pdf *.jpg *.jpeg *.png)"))
        if path:
            self.attach_form(path)

    def attach_form(self, path: str) -> bool:
        chosen = self.selected()
        assert chosen is not None and chosen.latest is not None and self.case_file is not None
        case_id, consent_id = self.case_file.case.id, chosen.latest.id
        return self.run(lambda: attachments.add_attachment(
            self.vault, Path(path), case_id=case_id, person_id=chosen.person_id,
            consent_id=consent_id))
