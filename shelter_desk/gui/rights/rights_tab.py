"""Derechos: for her and each child, every procedure's state (ready, blocked, at risk) with
its reason and next step; the chosen one's findings in full, each rule's source and
whether it is verified; "Write a letter" where a letter is the next step.

What needs action (blocked, then at risk) comes first; a filter shows one person (her, a
child) or everyone; the sentence columns stretch and elide to fit 1024 px, their tooltip
and the details below saying them whole."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTextBrowser

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.rights import Finding, Kind, ProcedureCheck, State
from shelter_desk.gui.casework.section import CaseSection, day
from shelter_desk.gui.common.i18n import current_language
from shelter_desk.gui.common.list_model import ListTableModel
from shelter_desk.gui.letters.letter_dialog import LetterDialog
from shelter_desk.services import rights
from shelter_desk.services.cases import CaseFile
from shelter_desk.store.vault import OpenVault

MAX_TEXT_COLUMN = 150  # pixels, for the name and procedure columns (elided, tooltip)
COL_PERSON, COL_PROCEDURE, COL_STATE, COL_SOURCE, COL_REASON, COL_NEXT = range(6)
EVERYONE = -1  # the person filter's "everyone"

# Needs action first: what is blocked, then what is at risk, then what is ready.
_URGENCY = {State.BLOCKED: 0, State.AT_RISK: 1, State.READY: 2}

# What a state's reason column shows first: the finding that explains it best.
_HEADLINE = {State.BLOCKED: (Kind.CONTRADICTS, Kind.REFUSED, Kind.MISSING),
             State.AT_RISK: (Kind.EXPIRES,), State.READY: (Kind.HELD, Kind.NOT_DEMANDABLE)}


def state_text(state: State) -> str:
    translate = QCoreApplication.translate
    return {State.READY: "✔ " + translate("RightsTab", "Listo"),
            State.BLOCKED: "✖ " + translate("RightsTab", "Bloqueado"),
            State.AT_RISK: "⚠ " + translate("RightsTab", "En riesgo")}[state]


def headline_finding(check: ProcedureCheck) -> Finding | None:
    for kind in _HEADLINE[check.state]:
        found = [f for f in check.findings if f.kind is kind]
        if found:
            return found[0]
    return None


def headline(check: ProcedureCheck, language: str) -> str:
    finding = headline_finding(check)
    return finding.text.in_language(language) if finding else ""


def headline_verified(check: ProcedureCheck) -> bool:
    """Whether what the row says (its headline) stands on verified law. Per citation, not
    per row: a refusal that a verified article contradicts reads «Verificada» even when
    another of the procedure's rules is not verified yet; the details mark that one."""
    finding = headline_finding(check)
    if finding is None:
        return check.verified
    if finding.kind is Kind.CONTRADICTS:
        return finding.verified
    return finding.verified and check.procedure.verified


class RightsTab(CaseSection):
    def __init__(self, vault: OpenVault) -> None:
        translate = QCoreApplication.translate

        def cells(row: ProcedureCheck, column: int) -> str:
            language = current_language()
            source = (translate("RightsTab", "Verificada") if headline_verified(row)
                      else "⚑ " + translate("RightsTab", "Por confirmar"))
            return [row.person.name, row.procedure.name.in_language(language),
                    state_text(row.state), source, headline(row, language),
                    row.next_step.text.in_language(language)][column]

        super().__init__(vault, ListTableModel(lambda: [
            translate("RightsTab", "Persona"), translate("RightsTab", "Trámite"),
            translate("RightsTab", "Estado"), translate("RightsTab", "Fuente"),
            translate("RightsTab", "Motivo"), translate("RightsTab", "Siguiente paso")],
            cells), "rights_table")
        self.person_filter = QComboBox(objectName="rights_person_filter")
        self.person_filter.currentIndexChanged.connect(self._filter_changed)
        self.person_filter_label = QLabel()
        self.person_filter_label.setBuddy(self.person_filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.person_filter_label)
        filter_row.addWidget(self.person_filter, 1)
        filter_row.addStretch(2)
        self.layout_.insertLayout(1, filter_row)
        self._checks: list[ProcedureCheck] = []
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (COL_STATE, COL_SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_REASON, COL_NEXT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser(objectName="rights_details")
        self.details.setOpenLinks(False)
        self.layout_.insertWidget(self.layout_.indexOf(self.table) + 1, self.details, 2)
        self.layout_.setStretchFactor(self.table, 3)
        self.write = self.button("write_letter", self._write)
        self.table.selectionModel().currentRowChanged.connect(self.update_actions)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr(
            "Qué puertas le abren sus documentos y los de sus hijas e hijos: cada trámite, "
            "listo, bloqueado o en riesgo, con el motivo y el siguiente paso. «Por "
            "confirmar» marca, una por una, las citas que no se han verificado en el texto "
            "de la ley; la columna Fuente dice si lo que se afirma en la fila ya lo está."))
        self.details.setAccessibleName(self.tr("Detalle del trámite"))
        self.person_filter_label.setText(self.tr("&Ver:"))
        if self.person_filter.count():
            self.person_filter.setItemText(0, self.tr("Todas las personas"))
        self.write.setText(self.tr("Escri&bir carta…"))
        self.update_actions()

    def rows(self, case_file: CaseFile) -> list[ProcedureCheck]:
        self._checks = rights.check_case(case_file)
        self._fill_filter(case_file)
        return self._shown()

    def _fill_filter(self, case_file: CaseFile) -> None:
        """Everyone, then her and each relative; the choice kept across reloads."""
        kept = self.person_filter.currentData()
        self.person_filter.blockSignals(True)
        self.person_filter.clear()
        self.person_filter.addItem(self.tr("Todas las personas"), EVERYONE)
        for member in (case_file.principal, *case_file.household):
            self.person_filter.addItem(member.person.name, member.person.id)
        index = self.person_filter.findData(kept) if kept is not None else 0
        self.person_filter.setCurrentIndex(max(0, index))
        self.person_filter.blockSignals(False)

    def _shown(self) -> list[ProcedureCheck]:
        person = self.person_filter.currentData()
        shown = [c for c in self._checks if person in (None, EVERYONE) or c.person.id == person]
        order = {id(check): index for index, check in enumerate(shown)}
        # Stable within a state: her first, then each child, in the catalogue's order.
        return sorted(shown, key=lambda c: (_URGENCY[c.state], order[id(c)]))

    def _filter_changed(self) -> None:
        self.model.set_rows(self._shown())
        self._size_columns()
        self.update_actions()

    def _load(self) -> None:
        super()._load()
        self._size_columns()

    def _size_columns(self) -> None:
        # The name and procedure columns fit their text up to a cap; the reason and the
        # next step share what is left (elided, tooltip and the details below say them whole).
        self.table.setColumnHidden(COL_PERSON, self.person_filter.currentData()
                                   not in (None, EVERYONE))
        header = self.table.horizontalHeader()
        for column in (COL_PERSON, COL_PROCEDURE):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), MAX_TEXT_COLUMN))

    def chosen(self) -> ProcedureCheck | None:
        return self.selected()

    def update_actions(self, *_args: object) -> None:
        chosen = self.chosen()
        self.write.setEnabled(self.allows(Action.WRITE_LETTER) and chosen is not None
                              and bool(chosen.next_step.letter))
        self.details.setHtml(self._details(chosen) if chosen else "")

    def _details(self, check: ProcedureCheck) -> str:
        language = current_language()
        basis = default_catalog().legal_basis
        unverified = self.tr("por confirmar")
        items = []
        for finding in check.findings:
            flag = "" if finding.verified else f" <b>⚑ {html.escape(unverified)}</b>"
            items.append(f"<li>{html.escape(finding.text.in_language(language))}{flag}</li>")
        sources = []
        for key in check.basis:
            entry = basis[key]
            flag = "" if entry.verified else f" — ⚑ {html.escape(unverified)}"
            sources.append(f"<li>{html.escape(entry.name.in_language(language))}: "
                           f"{html.escape(entry.says.in_language(language))}{flag}</li>")
        parts = [f"<h3>{html.escape(check.procedure.name.in_language(language))} · "
                 f"{html.escape(check.person.name)} · {html.escape(state_text(check.state))}"
                 "</h3>",
                 f"<p><b>{html.escape(self.tr('Siguiente paso:'))}</b> "
                 f"{html.escape(check.next_step.text.in_language(language))}</p>"]
        if items:
            parts.append(f"<ul>{''.join(items)}</ul>")
        parts.append(f"<p>{html.escape(self.tr('Seguimiento:'))} {day(check.follow_up_on)}</p>")
        parts.append(f"<p><b>{html.escape(self.tr('Fundamento:'))}</b></p>"
                     f"<ul>{''.join(sources)}</ul>")
        complain = (check.complain or check.procedure.complain).in_language(language)
        parts.append(f"<p><b>{html.escape(self.tr('Dónde quejarse:'))}</b> "
                     f"{html.escape(complain)}</p>")
        return "".join(parts)

    def _write(self) -> None:
        chosen = self.chosen()
        if chosen is None or self.case_file is None:
            return
        dialog = LetterDialog(
            self.vault, self.case_file, person_id=chosen.person.id,
            procedure_key=chosen.next_step.procedure or chosen.procedure.key,
            attempt_id=chosen.attempt.id if chosen.attempt else None,
            template_key=chosen.next_step.letter, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.changed.emit(dialog.result_value)
