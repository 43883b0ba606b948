"""Referrals to the network: proposed, sent, accepted, completed or declined, with dates.
Without her referral consent the service refuses, and the tab says why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from shelter_desk.domain.followup import NEXT_STATUSES, Referral, ReferralStatus
from shelter_desk.domain.permissions import Action
from shelter_desk.gui.casework.referral_dialogs import DirectoryDialog, ReferralDialog
from shelter_desk.gui.casework.section import CaseSection, day, people_of
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.list_model import ListTableModel
from shelter_desk.gui.handoff.send_dialog import HandoffDialog
from shelter_desk.services import attachments, referrals
from shelter_desk.services.cases import CaseFile
from shelter_desk.store.vault import OpenVault

_STEPS = (ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED,
          ReferralStatus.DECLINED)


class ReferralsTab(CaseSection):
    def __init__(self, vault: OpenVault) -> None:
        translate = QCoreApplication.translate
        self._names: dict[int, str] = {}

        def cells(row: Referral, column: int) -> str:
            return [day(row.referred_on), self._names.get(row.person_id, ""), row.organisation,
                    row.service, labels.referral_status(row.status)][column]

        super().__init__(vault, ListTableModel(lambda: [
            translate("ReferralsTab", "Propuesta el"), translate("ReferralsTab", "Persona"),
            translate("ReferralsTab", "Organización"), translate("ReferralsTab", "Servicio"),
            translate("ReferralsTab", "Estado")], cells), "referrals_table")
        self.steps = QLabel(objectName="referral_steps", wordWrap=True)
        self.layout_.insertWidget(2, self.steps)
        self.propose = self.button("propose_referral", self._propose)
        self.step_buttons = {status: self.button(f"referral_{status.value}",
                                                 lambda _=False, s=status: self._step(s))
                             for status in _STEPS}
        self.directory = self.button("open_directory", self._directory)
        self.handoff = self.button("send_handoff", self._handoff)
        self.table.selectionModel().currentRowChanged.connect(self.update_actions)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr(
            "Canalizaciones a organizaciones de la red. Para canalizar a alguien hace falta "
            "su consentimiento de canalización (pestaña Consentimientos)."))
        self.propose.setText(self.tr("&Nueva canalización…"))
        texts = {ReferralStatus.SENT: self.tr("Marcar &enviada"),
                 ReferralStatus.ACCEPTED: self.tr("Marcar &aceptada"),
                 ReferralStatus.COMPLETED: self.tr("Marcar &completada"),
                 ReferralStatus.DECLINED: self.tr("Marcar &rechazada")}
        for status, button in self.step_buttons.items():
            button.setText(texts[status])
        self.directory.setText(self.tr("&Directorio…"))
        self.handoff.setText(self.tr("Enviar e&xpediente…"))

    def rows(self, case_file: CaseFile) -> list[Referral]:
        self._names = people_of(case_file)
        self.steps.clear()
        return sorted(case_file.referrals, key=lambda r: r.referred_on, reverse=True)

    def update_actions(self, *_args: object) -> None:
        allowed = self.allows(Action.REFERRALS)
        self.propose.setEnabled(allowed)
        self.directory.setEnabled(self.allows(Action.DIRECTORY))
        chosen = self.selected()
        following = NEXT_STATUSES[chosen.status] if chosen is not None else ()
        for status, button in self.step_buttons.items():
            button.setEnabled(allowed and status in following)
        self.handoff.setEnabled(allowed and chosen is not None and bool(following))
        if chosen is not None:
            steps = referrals.referral_steps(self.vault, chosen.id)
            self.steps.setText(" → ".join(f"{labels.referral_status(s.status)} "
                                          f"{day(s.on_date)}" for s in steps))

    def _propose(self) -> None:
        assert self.case_file is not None
        dialog = ReferralDialog(self.vault, people_of(self.case_file), parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.changed.emit(dialog.result_value)

    def _step(self, status: ReferralStatus) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.run(lambda: referrals.set_referral_status(self.vault, chosen.id, status))

    def _directory(self) -> None:
        DirectoryDialog(self.vault, parent=self).exec()

    def _handoff(self) -> None:
        chosen = self.selected()
        if chosen is None or self.case_file is None:
            return
        dialog = HandoffDialog(self.vault, chosen, self.case_file,
                               attachments.list_attachments(self.vault, chosen.case_id),
                               parent=self)
        dialog.exec()
        if dialog.outcome:  # sent through the hub, or waiting in its outbox
            self.say(dialog.outcome)
