"""«Casos recibidos»: the clinic opens the shelter's package, previews who and what came,
accepts it into a new case file, and the acknowledgement is saved for the shelter; a
second package is declined and leaves nothing."""

from __future__ import annotations

from shelter_desk.gui.handoff.received_page import ReceivedCasesPage
from shelter_desk.services import cases, handoff_send
from shelter_desk.services.handoff_send import Selection
from tests.handoff.conftest import MARKER, handoff  # noqa: F401 (the fixture)


def _package(h, name):
    preview = handoff_send.build_preview(h.shelter, h.referral_id,
                                         Selection(attachments=(h.attachment_id,)))
    sent = handoff_send.send(h.shelter, preview)
    path = h.tmp / name
    handoff_send.export_package(h.shelter, sent.package_id, path)
    return path


def test_preview_accept_and_decline(qtbot, qtmodeltester, handoff):  # noqa: F811
    h = handoff
    page = ReceivedCasesPage(h.clinic)
    qtbot.addWidget(page)
    page.show()
    page.receive_file(_package(h, "uno.sdhandoff"), h.tmp / "acuse1.sdack")
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(page.model)
    assert "Albergue Sintético" in page.message.text()
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.show_preview()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert f"Rosa Elvira {MARKER}" in page.contents.toPlainText()
    assert "Adjunto: pasaporte.pdf" in page.contents.toPlainText()

    with qtbot.waitSignal(page.case_created, timeout=10_000, raising=False) as created:
        page.accept_selected(h.tmp / "acuse2.sdack")
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert created.signal_triggered, page.message.text()
    assert (h.tmp / "acuse2.sdack").stat().st_size > 0
    assert cases.count_cases(h.clinic) == 1
    assert page.model.data(page.model.index(0, 2)) == "Aceptado"
    assert not page.accept_button.isEnabled()

    page.receive_file(_package(h, "dos.sdhandoff"), h.tmp / "acuse3.sdack")
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() == 2, timeout=10_000)
    row = next(i for i, r in enumerate(page.model.rows) if r.state == "received")
    page.table.setCurrentIndex(page.model.index(row, 0))
    page.decline_selected("Sin cupo este mes", h.tmp / "acuse4.sdack")
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert "Rechazado" in page.message.text()
    assert cases.count_cases(h.clinic) == 1

    page.receive_file(h.tmp / "acuse4.sdack", h.tmp / "x.sdack")  # not a package
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert "no está cifrado" in page.message.text() or "no es un paquete" in \
        page.message.text()
