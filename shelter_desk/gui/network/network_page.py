"""The Network page ("Red"): the report for the network exactly as it would leave, the
people left out for lack of consent, the policy and the organisation's key; coordinators
approve and sign it, and save it as a .sdreport file or DHIS2 values."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from shelter_desk.domain.errors import NotFound
from shelter_desk.domain.messages import ShelterDeskError
from shelter_desk.domain.permissions import Action, may
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.loads_when_shown import LoadsWhenShown
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.workers import run_in_background
from shelter_desk.gui.network.report_model import ReportTableModel
from shelter_desk.gui.reports.chart_panel import stat_table_view
from shelter_desk.gui.reports.periods import period_text, recent_periods
from shelter_desk.reports.network_labels import network_title
from shelter_desk.reports.period import parse_period
from shelter_desk.services import network_reports, network_share_send, network_shares
from shelter_desk.store.vault import OpenVault


class NetworkPage(Retranslating, LoadsWhenShown, QWidget):
    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.preview: network_reports.Preview | None = None
        # A network that sums by secret shares: the exact counts that leave, as shares.
        self.shares: network_shares.SharePreview | None = None
        self.halves: list[network_share_send.HalfStatus] = []  # this period's, sent or not
        self.key: network_reports.OrganisationKey | None = None
        self.approved: network_reports.Approved | None = None
        self._loading: str | None = None
        self._stale = True
        user = vault.user
        self.may_approve = user is not None and may(user.role, Action.NETWORK_APPROVAL)
        self.may_export = user is not None and may(user.role, Action.EXPORT)

        self.period_label = QLabel()
        self.period = QComboBox(objectName="network_period")
        self.period_label.setBuddy(self.period)
        self.period.currentIndexChanged.connect(self._load)
        self.busy = QProgressBar(objectName="busy", maximumWidth=120)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.approve_button = QPushButton(objectName="approve", enabled=False)
        self.approve_button.clicked.connect(self.approve)
        self.export_button = QPushButton(objectName="export_sdreport", enabled=False)
        self.export_button.clicked.connect(self.export_file)
        self.dhis2_button = QPushButton(objectName="export_dhis2", enabled=False)
        self.dhis2_button.clicked.connect(self.export_dhis2)
        for button in (self.export_button, self.dhis2_button):
            button.setVisible(self.may_export)
        self.why_not = QLabel(objectName="why_not", wordWrap=True)
        self.why_not.setVisible(not self.may_approve)
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel(objectName="explanation", wordWrap=True)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.hide()
        self.table_label = QLabel()
        self.table_choice = QComboBox(objectName="network_table")
        self.table_label.setBuddy(self.table_choice)
        self.table_choice.currentIndexChanged.connect(self._show_table)
        self.model = ReportTableModel(self)
        self.table = stat_table_view(self.model, "network_table_view")

        top = QHBoxLayout()
        for widget in (self.period_label, self.period, self.busy):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.approve_button, self.export_button, self.dhis2_button):
            top.addWidget(widget)
        choice = QHBoxLayout()
        choice.addWidget(self.table_label)
        choice.addWidget(self.table_choice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self.why_not, self.message, self.summary, self.explanation):
            layout.addWidget(widget)
        layout.addLayout(choice)
        layout.addWidget(self.table, 1)
        self._fill_periods()
        self.retranslate()

    # -- loading the preview -----------------------------------------------------------

    def _fill_periods(self) -> None:
        try:
            _organisation, policy = network_reports.network_policy(self.vault)
        except ShelterDeskError:  # a damaged policy: the preview will say so
            policy = None
        quarters, months = recent_periods(date.today())
        periods = months if policy is not None and policy.period_type == "month" else quarters
        self.period.blockSignals(True)
        self.period.clear()
        for period in periods:
            self.period.addItem(period_text(period), period.label)
        # The last complete period is what a network usually asks for.
        self.period.setCurrentIndex(1 if self.period.count() > 1 else 0)
        self.period.blockSignals(False)

    def _load(self) -> None:
        label = self.period.currentData()
        if label is None:
            return
        self._stale, self._loading = False, label
        self.preview, self.shares = None, None
        self.approve_button.setEnabled(False)
        self._say("")
        self.busy.show()
        vault, may_approve = self.vault, self.may_approve

        def work() -> tuple[network_reports.Preview, network_reports.OrganisationKey | None,
                            Any, network_shares.SharePreview | None, list[Any]]:
            preview = network_reports.build_preview(vault, label)
            try:
                approved = network_reports.latest_signed(vault, label)
            except NotFound:  # nothing approved yet for this period
                approved = None
            # Only who may sign needs the key (and may cause it to be made).
            key = network_reports.organisation_key(vault) if may_approve else None
            shares = (network_shares.build_share_preview(vault, label)
                      if preview.policy.aggregators else None)
            halves = network_share_send.share_status(vault, label) if shares else []
            return preview, key, approved, shares, halves

        run_in_background(work, lambda result: self._loaded(label, result),
                          lambda error: self._failed(label, error))

    def _loaded(self, label: str, result: tuple) -> None:
        if not isValid(self) or label != self.period.currentData():
            return
        self._loading = None
        self.busy.hide()
        self.preview, self.key, self.approved, self.shares, self.halves = result
        self.approve_button.setEnabled(self.may_approve)
        # By shares, what is approved leaves as two halves: no .sdreport or DHIS2 file.
        has_approved = self.approved is not None and self.shares is None
        self.export_button.setEnabled(has_approved)
        self.dhis2_button.setEnabled(has_approved)
        self._explain_exports()
        self._show_preview()

    def _explain_exports(self) -> None:
        """A disabled button says why (nothing approved yet for this period)."""
        for button in (self.export_button, self.dhis2_button):
            button.setToolTip("" if button.isEnabled() else self.tr(
                "Esta red suma por partes secretas: lo aprobado sale solo como dos partes, "
                "una a cada servidor, no como archivo.") if self.shares is not None
                else self.tr("Primero aprueba y firma el informe."))

    def _failed(self, label: str, error: Exception) -> None:
        if not isValid(self) or label != self.period.currentData():
            return
        self._loading = None
        self.busy.hide()
        self._say(describe(error))

    def _show_preview(self) -> None:
        preview, language = self.preview, current_language()
        if preview is None:
            return
        document, k = preview.document, preview.policy.k
        period = parse_period(document["period"])
        when = period_text(period)
        if language == "es" or period.start.month != period.end.month:
            when = when[:1].lower() + when[1:]  # "del trimestre 3…", "del mes de julio…"
        revision = (self.tr("Revisión %1 del mes de %2, todavía sin aprobar.")
                    if period.start.month == period.end.month
                    else self.tr("Revisión %1 del %2, todavía sin aprobar."))
        lines = [
            revision.replace("%1", str(self.shares.revision if self.shares else
                                       preview.revision)).replace("%2", when),
            self.tr("Personas sin consentimiento para estadísticas, que no se cuentan: %1.")
            .replace("%1", str(preview.left_out)) + ("" if document[
                "left_out_without_consent"] is not None else " " + self.tr(
                "El informe lo dice como «< %1».").replace("%1", str(k))),
        ]
        if self.shares is None:  # by shares, nothing is withheld here: the network protects
            lines.append(self.tr("Las cifras menores que %1 se ocultan (regla de la red).")
                         .replace("%1", str(k)))
        if self.key is not None:
            lines.append(self.tr("Huella de la llave de la organización: %1").replace(
                "%1", self.key.fingerprint))
        if self.shares is not None:
            lines[1:1] = self._halves_said()
        elif self.approved is not None:
            lines.insert(1, self.tr("Última revisión aprobada: %1, en la bandeja de salida.")
                         .replace("%1", str(self.approved.revision)))
        self.summary.setText("<br>".join(html.escape(line) for line in lines))
        self.explanation.setText(self.tr(
            "Las tablas se ven exactamente como se enviarán. «oculta»: una cifra que no se "
            "envía porque es menor que %1, o porque con ella se podría deducir otra menor "
            "que %1. Ninguna cifra oculta se puede calcular con los totales, con las otras "
            "tablas ni con una revisión anterior.").replace("%1", str(k)))
        if self.shares is not None:  # what leaves is the exact counts, only as shares
            self.explanation.setText(self.shares.what_leaves(language))
        chosen = self.table_choice.currentData()
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for table in self._tables():
            self.table_choice.addItem(network_title(table["key"], language), table["key"])
        self.table_choice.setCurrentIndex(max(0, self.table_choice.findData(chosen)))
        self.table_choice.blockSignals(False)
        self._show_table()

    def _halves_said(self) -> list[str]:
        """Where each approved half of this period is: sent, waiting, or refused (with
        the server's own words)."""
        lines = []
        language = current_language()
        for half in self.halves:
            server = (self.tr("el hub") if half.aggregator == "leader"
                      else self.tr("el agregador auxiliar"))
            if half.state == "sent":
                said = self.tr("Revisión %1, parte para %2: enviada.")
            elif half.state == "refused":
                said = self.tr("Revisión %1, parte para %2: rechazada: %3").replace(
                    "%3", (half.refusal.es if language == "es" else half.refusal.en)
                    if half.refusal else "")
            else:
                said = self.tr("Revisión %1, parte para %2: en la bandeja de salida, en "
                               "espera de enviarse.")
            lines.append(said.replace("%1", str(half.revision)).replace("%2", server))
        return lines

    def _show_table(self) -> None:
        if self.preview is None:
            return
        key = self.table_choice.currentData()
        tables = {table["key"]: table for table in self._tables()}
        self.model.set_table(tables.get(key), self.preview.policy.k, current_language())

    def _tables(self) -> list[dict[str, Any]]:
        if self.shares is not None:
            return self.shares.tables
        return self.preview.document["tables"] if self.preview else []

    # -- approval and exports ------------------------------------------------------------

    def confirm(self, text: str) -> bool:
        """Asked before signing (tests answer it through their own seam)."""
        answer = QMessageBox.question(self, self.tr("Aprobar el informe"), text)
        return answer == QMessageBox.StandardButton.Yes

    def approve(self) -> None:
        if self.shares is not None:
            self.approve_shares()
            return
        preview = self.preview
        if preview is None or not self.confirm(self.tr(
                "¿Aprobar y firmar la revisión %1 de %2? Se guardará en la bandeja de salida "
                "tal como la ves.").replace("%1", str(preview.revision)).replace(
                "%2", preview.period)):
            return
        try:
            approved = network_reports.approve(self.vault, preview)
        except Exception as error:
            self._say(describe(error))
            return
        self.refresh()
        self._say(self.tr("Revisión %1 aprobada y firmada; está en la bandeja de salida.")
                  .replace("%1", str(approved.revision)))

    def approve_shares(self) -> None:
        """Sign the two halves of exactly the counts shown; each waits in the outbox for
        its own server until «Enviar ahora»."""
        shares = self.shares
        if shares is None or not self.confirm(self.tr(
                "¿Aprobar y firmar la revisión %1 de %2? Estas cifras exactas se partirán en "
                "dos partes secretas, una para el hub y otra para el agregador auxiliar, y "
                "quedarán en la bandeja de salida.").replace("%1", str(shares.revision))
                .replace("%2", shares.period)):
            return
        try:
            revision = network_share_send.approve_shares(self.vault, shares)
        except Exception as error:
            self._say(describe(error))
            return
        self.refresh()
        self._say(self.tr("Revisión %1 aprobada y firmada: sus dos partes están en la bandeja "
                          "de salida, una para cada servidor.").replace("%1", str(revision)))

    def export_file(self) -> None:
        label = self.period.currentData()
        chosen = self._save_path(f"informe-red-{label}.sdreport",
                                 self.tr("Informe firmado (*.sdreport)"))
        if chosen is None:
            return
        path = chosen if chosen.suffix == ".sdreport" else chosen.with_name(
            chosen.name + ".sdreport")
        self._run(lambda: network_reports.export_file(self.vault, label, path),
                  self.tr("Informe firmado guardado en %1").replace("%1", str(path)))

    def export_dhis2(self) -> None:
        label = self.period.currentData()
        mapping, _ = QFileDialog.getOpenFileName(
            self, self.tr("Correspondencias DHIS2 de la red"), "",
            self.tr("Archivo JSON (*.json)"))
        if not mapping:
            return
        chosen = self._save_path(f"dhis2-{label}.json", self.tr("Archivo JSON (*.json)"))
        if chosen is None:
            return
        self._run(lambda: network_reports.export_dhis2(self.vault, label, Path(mapping),
                                                       chosen),
                  self.tr("Valores DHIS2 guardados en %1").replace("%1", str(chosen)))

    def _save_path(self, name: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Guardar"),
                                                str(Path(folder) / name), file_filter)
        return Path(chosen) if chosen else None

    def _run(self, work: Callable[[], object], done_text: str) -> None:
        try:
            work()
        except Exception as error:  # told in her language; nothing half-written
            self._say(describe(error))
            return
        self._say(done_text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- words -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Periodo:"))
        for index in range(self.period.count()):
            self.period.setItemText(index, period_text(parse_period(self.period.itemData(index))))
        self.busy.setAccessibleName(self.tr("Preparando el informe para la red"))
        self.approve_button.setText(self.tr("&Aprobar y firmar…"))
        self.export_button.setText(self.tr("&Guardar .sdreport…"))
        self.dhis2_button.setText(self.tr("Exportar para &DHIS2…"))
        self._explain_exports()
        self.why_not.setText(self.tr(
            "Puedes revisar el informe, pero solo una coordinadora puede aprobar envíos a "
            "la red."))
        self.table_label.setText(self.tr("&Tabla:"))
        self._show_preview()
