"""The Network page: the coordinator sees each table exactly as it will leave, with
withheld counts as «oculta», approves and signs it; a caseworker may look but not approve."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from shelter_desk.domain.staff import Role
from shelter_desk.gui.network.network_page import NetworkPage
from shelter_desk.gui.network.report_model import WITHHELD_ROLE, ReportTableModel
from shelter_desk.network import envelope
from shelter_desk.services import network_reports
from shelter_desk.services.staff import add_staff
from shelter_desk.store import network_store
from shelter_desk.store.vault import unlock


def _open(qtbot, vault) -> NetworkPage:
    page = NetworkPage(vault)
    qtbot.addWidget(page)
    page.resize(1090, 620)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.preview is not None, timeout=20000)
    return page


def _shown_rows(model: ReportTableModel) -> list[list[object]]:
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_coordinator_previews_and_approves_exactly_what_leaves(qtbot, qtmodeltester,
                                                                   demo, monkeypatch):
    # GIVEN the Network page on the demo vault
    page = _open(qtbot, demo)
    qtmodeltester.check(page.model)
    k = page.preview.policy.k
    assert page.approve_button.isEnabled() and not page.why_not.isVisible()
    assert page.key.fingerprint in page.summary.text()
    assert str(page.preview.left_out) in page.summary.text()
    # WHEN she looks through every table
    withheld_shown = 0
    for index in range(page.table_choice.count()):
        page.table_choice.setCurrentIndex(index)
        qtmodeltester.check(page.model)
        table = page.preview.document["tables"][index]
        counts = [row["count"] for row in table["counts"]]
        shown = [row[-1] for row in _shown_rows(page.model)]
        # THEN each count is shown as it will be sent, withheld ones as "oculta", never
        # "< k": complementary suppression hides counts that are not small (in reading
        # order: age bands by age)
        assert sorted(shown, key=str) == sorted(
            ("oculta" if count is None else count for count in counts), key=str)
        withheld_shown += sum(1 for row in range(page.model.rowCount())
                              if page.model.data(page.model.index(row, page.model.columnCount()
                                                                  - 1), WITHHELD_ROLE))
    assert withheld_shown > 0, "the demo quarter should have small counts"
    tip = page.model.data(page.model.index(0, page.model.columnCount() - 1),
                          Qt.ItemDataRole.ToolTipRole)
    assert tip is None or "oculta" in tip
    assert "«oculta»" in page.explanation.text()
    assert f"menor que {k}, o porque con ella se podría deducir" in page.explanation.text()
    assert f"Las cifras menores que {k} se ocultan (regla de la red)." in page.summary.text()
    assert "todavía sin aprobar" in page.summary.text()
    # AND before anything is approved, the disabled exports say what comes first
    assert not page.export_button.isEnabled()
    assert page.export_button.toolTip() == "Primero aprueba y firma el informe."
    previewed = page.preview
    # AND when she approves, the signed report is byte for byte the previewed one
    monkeypatch.setattr(page, "confirm", lambda text: True)
    page.approve_button.click()
    signed = network_reports.latest_signed(demo, previewed.period).signed
    assert signed.canonical == previewed.canonical
    assert envelope.verify(signed, page.key.public_key)
    qtbot.waitUntil(lambda: not page.loading and page.preview is not None, timeout=20000)
    assert page.preview.revision == 2 and page.export_button.isEnabled()
    assert page.export_button.toolTip() == ""


def test_the_approved_report_is_saved_as_a_signed_file(qtbot, demo, monkeypatch, tmp_path):
    page = _open(qtbot, demo)
    monkeypatch.setattr(page, "confirm", lambda text: True)
    page.approve()
    qtbot.waitUntil(lambda: not page.loading and page.export_button.isEnabled(), timeout=20000)
    target = tmp_path / "informe"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    page.export_button.click()
    written = tmp_path / "informe.sdreport"
    assert "guardado" in page.message.text()
    assert envelope.verify(envelope.read_file(written.read_bytes()), page.key.public_key)


def test_a_caseworker_sees_the_preview_but_may_not_approve(qtbot, demo):
    # GIVEN a caseworker on the Network page
    add_staff(demo, "Trabajadora", Role.CASEWORKER, "otra frase larga y segura")
    with unlock(demo.directory, user="Trabajadora",
                passphrase="otra frase larga y segura") as worker:
        page = _open(qtbot, worker)
        # THEN she sees the tables, the approve button is off, and the page says why
        assert page.model.rowCount() > 0
        assert not page.approve_button.isEnabled()
        assert page.why_not.isVisible() and "coordinadora" in page.why_not.text()
        assert not page.export_button.isVisible()
        # and looking made no signing key: that is a coordinator's act
        assert page.summary.text() and page.key is None
        with worker.read() as connection:
            assert network_store.current_key(connection) is None
        page.close()


def test_dhis2_values_are_saved_from_the_network_mapping(qtbot, demo, monkeypatch, tmp_path):
    # GIVEN an approved report and the network's mapping of its total of people
    page = _open(qtbot, demo)
    monkeypatch.setattr(page, "confirm", lambda text: True)
    page.approve()
    qtbot.waitUntil(lambda: not page.loading and page.dhis2_button.isEnabled(), timeout=20000)
    mapping = tmp_path / "map.json"
    mapping.write_text('{"dataSet": "ds1", "orgUnit": "ou1", "cells": [{"table": "people", '
                       '"key": ["*", "*", "*"], "dataElement": "de1", '
                       '"categoryOptionCombo": "coc1"}]}', encoding="utf-8")
    out = tmp_path / "dhis2.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(mapping), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    # WHEN she exports for DHIS2
    page.dhis2_button.click()
    # THEN the values are written and she is told where
    assert "DHIS2" in page.message.text()
    assert '"dataElement": "de1"' in out.read_text(encoding="utf-8")
    # AND a broken mapping is refused in her language, with nothing written
    mapping.write_text("{", encoding="utf-8")
    out.unlink()
    page.dhis2_button.click()
    assert "no es válido" in page.message.text() and not out.exists()


def test_age_bands_read_in_age_order(qtmodeltester):
    model = ReportTableModel()
    model.set_table({"key": "people", "dimensions": ["age_band"], "counts": [
        {"key": [band], "count": 7} for band in ("0-4", "12-17", "45-59", "5-11", "60+")]
        + [{"key": ["*"], "count": 35}]}, 5, "es")
    qtmodeltester.check(model)
    assert [model.index(row, 0).data() for row in range(model.rowCount())][:5] == [
        "0-4", "5-11", "12-17", "45-59", "60+"]
