"""The attachments tab, driven as a caseworker would, on real encrypted vaults."""

from __future__ import annotations

import os
import secrets
import tempfile
from datetime import date
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.people import PersonDetails
from shelter_desk.domain.staff import Role
from shelter_desk.gui.attachments.attachments_tab import COL_LINK, AttachmentsTab
from shelter_desk.gui.attachments.viewer import AttachmentViewer
from shelter_desk.services import attachments, cases, documents, staff
from shelter_desk.store import audit
from shelter_desk.store.vault import unlock
from tests.services.test_attachments import pdf_with, png_with

WAIT_MS = 10_000


def _case_file(vault):
    case = cases.open_case(vault, PersonDetails(
        given_names="Lesly Marisol", family_names="Orellana Paz", nationality="HN",
        birth_date=date(1994, 6, 2))).value
    documents.record_document(vault, case.principal_person_id, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL))
    return cases.open_case_file(vault, case.id, record_view=False)


def _tab(qtbot, vault) -> AttachmentsTab:
    tab = AttachmentsTab(vault)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_case(_case_file(vault))
    return tab


def _sources(tmp_path: Path, marker: bytes = b"sintetico") -> tuple[Path, Path]:
    folder = tmp_path / "sources"
    folder.mkdir(exist_ok=True)
    pdf, png = folder / "pasaporte_lesly.pdf", folder / "foto_acta.png"
    pdf.write_bytes(pdf_with(marker, pages=3))
    png.write_bytes(png_with(marker, width=60, height=30))
    return pdf, png


def _select(qtbot, tab: AttachmentsTab, file_name: str) -> None:
    row = [a.file_name for a in tab.model.rows].index(file_name)
    tab.table.selectRow(row)
    qtbot.waitUntil(lambda: tab.selected() is not None)


def _view(qtbot, tab: AttachmentsTab, file_name: str) -> AttachmentViewer:
    qtbot.waitUntil(lambda: tab.viewer is None)  # the last one closed
    _select(qtbot, tab, file_name)
    tab.view_button.click()
    qtbot.waitUntil(lambda: tab.viewer is not None, timeout=WAIT_MS)
    viewer = tab.viewer
    qtbot.waitExposed(viewer)
    return viewer


def _idle(qtbot, tab: AttachmentsTab) -> None:
    qtbot.waitUntil(lambda: not tab.busy, timeout=WAIT_MS)


def test_a_caseworker_attaches_her_passport_scan_to_the_passport(qtbot, created, tmp_path):
    # GIVEN her case on the attachments tab, "attach to" set to her passport
    tab = _tab(qtbot, created.vault)
    pdf, png = _sources(tmp_path)
    assert tab.model.rowCount() == 0 and tab.add_button.isEnabled()
    passport = [i for i in range(tab.link.count()) if "Pasaporte" in tab.link.itemText(i)]
    tab.link.setCurrentIndex(passport[0])
    emitted = []
    tab.changed.connect(emitted.append)

    # WHEN she adds a scan and a photo (as the file dialog and a drop both do)
    tab.add_files([pdf, png])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT_MS)
    _idle(qtbot, tab)

    # THEN both are listed, linked to the passport, and the case view hears of each
    assert {a.file_name for a in tab.model.rows} == {pdf.name, png.name}
    link = tab.model.index(0, COL_LINK).data()
    assert "Pasaporte" in link and "Lesly Marisol" in link
    assert [r.changes[0].action for r in emitted] == ["created", "created"]
    assert "Archivos agregados: 2" in tab.message.text()
    assert not tab.progress.isVisible()

    # ... the photo opens in the viewer, where it turns and zooms
    viewer = _view(qtbot, tab, png.name)
    assert viewer.image.size() == QSize(60, 30)
    shown = viewer.picture.pixmap().size()
    viewer.rotate.trigger()
    turned = viewer.picture.pixmap().size()
    assert turned.width() < turned.height() and viewer.rotation == 90
    viewer.zoom_in.trigger()
    assert viewer.picture.pixmap().width() > turned.width() and not viewer.fitted
    viewer.fit.trigger()
    assert viewer.fitted
    viewer.close()
    qtbot.waitUntil(lambda: tab.viewer is None)
    assert shown.width() > shown.height()

    # ... and the scan opens page by page
    viewer = _view(qtbot, tab, pdf.name)
    pytest.importorskip("PySide6.QtPdf", reason="PySide6-Pdf is not installed")
    assert viewer.page_count == 3 and viewer.page == 0
    assert "Página 1 de 3" in viewer.page_label.text()
    assert not viewer.previous_page.isEnabled()
    viewer.next_page.trigger()
    qtbot.waitUntil(lambda: viewer.page == 1)
    assert "Página 2 de 3" in viewer.page_label.text()
    viewer.close()
    with created.vault.read() as connection:
        viewed = [e for e in audit.events(connection) if e.action == "attachment.viewed"]
    assert len(viewed) == 2


def test_the_viewer_answers_the_keyboard(qtbot):
    viewer = AttachmentViewer(png_with(b"k", width=80, height=20), "image/png", "foto.png")
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)

    qtbot.keyClick(viewer, Qt.Key.Key_R)
    assert viewer.rotation == 90
    fitted = viewer.zoom
    qtbot.keyClick(viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom == pytest.approx(fitted * 1.25)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom == pytest.approx(fitted)


def test_a_file_that_is_not_an_image_or_pdf_is_shown_as_such(qtbot):
    viewer = AttachmentViewer(b"\x89PNG\r\n\x1a\nbroken", "image/png", "roto.png")
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.notice.isVisible() and "dañado" in viewer.notice.text()
    assert not viewer.zoom_in.isEnabled()


def test_files_dropped_on_the_tab_are_attached(qtbot, created, tmp_path):
    tab = _tab(qtbot, created.vault)
    pdf, png = _sources(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf)), QUrl.fromLocalFile(str(png))])

    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tab.dragEnterEvent(enter)
    assert enter.isAccepted()
    tab.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT_MS)
    assert tab.model.index(0, COL_LINK).data() == "Todo el expediente"


def test_the_add_button_attaches_what_the_file_dialog_chose(qtbot, created, tmp_path,
                                                          monkeypatch):
    tab = _tab(qtbot, created.vault)
    pdf, _png = _sources(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_args, **_kwargs: ([str(pdf)], ""))

    with qtbot.waitSignal(tab.changed, timeout=WAIT_MS):
        tab.add_button.click()

    assert [a.file_name for a in tab.model.rows] == [pdf.name]


def test_a_word_file_named_pdf_is_refused_in_the_tab(qtbot, created, tmp_path):
    tab = _tab(qtbot, created.vault)
    fake = tmp_path / "carta.pdf"
    fake.write_bytes(b"PK\x03\x04 not a pdf")
    good, _png = _sources(tmp_path)

    tab.add_files([fake, good])
    _idle(qtbot, tab)

    assert [a.file_name for a in tab.model.rows] == [good.name]  # the good one still went in
    assert "no es un PDF, JPG o PNG" in tab.message.text()
    assert "Archivo agregado: 1." in tab.message.text()


def test_an_oversized_scan_is_refused_in_the_tab(qtbot, created, tmp_path):
    tab = _tab(qtbot, created.vault)
    huge = tmp_path / "expediente-completo.pdf"
    with huge.open("wb") as stream:  # sparse: 60 MB on paper, nothing on disk
        stream.write(b"%PDF-1.4\n")
        stream.truncate(60 * 1024 * 1024)

    tab.add_files([huge])
    _idle(qtbot, tab)

    assert tab.model.rows == []
    assert "50 MB" in tab.message.text()


def test_cancelling_an_upload_stores_nothing(qtbot, created, tmp_path):
    tab = _tab(qtbot, created.vault)
    big = tmp_path / "escaneo_grande.pdf"
    big.write_bytes(pdf_with(b"grande") + os.urandom(8 * 1024 * 1024))

    tab.add_files([big])
    assert tab.cancel_button.isVisible() and not tab.add_button.isEnabled()
    tab.cancel_button.click()
    _idle(qtbot, tab)

    assert tab.model.rowCount() == 0
    assert "Se canceló" in tab.message.text()
    with created.vault.files_read() as files:
        assert files.exec_driver_sql("SELECT count(*) FROM blob_chunk").scalar_one() == 0


def test_a_decrypted_copy_is_saved_only_after_the_warning(qtbot, created, tmp_path,
                                                          monkeypatch):
    tab = _tab(qtbot, created.vault)
    pdf, _png = _sources(tmp_path)
    tab.add_files([pdf])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    _idle(qtbot, tab)
    _select(qtbot, tab, pdf.name)
    destination = tmp_path / "usb" / "copia.pdf"
    destination.parent.mkdir()
    warnings: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def warn(_parent, _title, text, *_args):
        warnings.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kwargs: (str(destination), ""))

    # WHEN she reads the warning and cancels THEN nothing is written
    tab.save_button.click()
    assert "SIN CIFRAR" in warnings[0]
    assert not destination.exists() and not tab.busy

    # WHEN she confirms THEN the copy is written whole, and said so
    answer = QMessageBox.StandardButton.Yes
    tab.save_button.click()
    _idle(qtbot, tab)
    assert destination.read_bytes() == pdf.read_bytes()
    assert "sin cifrar" in tab.message.text()


def test_removing_asks_first_then_removes(qtbot, created, tmp_path, monkeypatch):
    tab = _tab(qtbot, created.vault)
    _pdf, png = _sources(tmp_path)
    tab.add_files([png])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    _idle(qtbot, tab)
    _select(qtbot, tab, png.name)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)

    with qtbot.waitSignal(tab.changed) as removed:
        tab.remove_button.click()

    assert removed.args[0].changes[0].action == "removed"
    assert tab.model.rowCount() == 0


def test_a_volunteer_may_view_only(qtbot, created, vault_dir, tmp_path):
    # GIVEN a scan a coordinator attached, and a volunteer on the same case
    case_file = _case_file(created.vault)
    pdf, _png = _sources(tmp_path)
    attachments.add_attachment(created.vault, pdf, case_id=case_file.case.id)
    staff.add_staff(created.vault, "Voluntaria Prueba", Role.VOLUNTEER, "frase de la voluntaria")
    volunteer = unlock(vault_dir, user="Voluntaria Prueba", passphrase="frase de la voluntaria")
    try:
        tab = AttachmentsTab(volunteer)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_case(case_file)
        _select(qtbot, tab, pdf.name)

        # THEN she may open it, but not add, save a decrypted copy or remove
        assert tab.view_button.isEnabled()
        assert not tab.add_button.isEnabled() and not tab.link.isEnabled()
        assert not tab.save_button.isEnabled() and not tab.remove_button.isEnabled()
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(pdf))])
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        enter.ignore()
        tab.dragEnterEvent(enter)
        assert not enter.isAccepted()
        viewer = _view(qtbot, tab, pdf.name)
        viewer.close()
    finally:
        volunteer.lock()


# -- no plaintext on disk ----------------------------------------------------------------------


def _listing(directory: Path, skip: Path | None = None) -> dict[Path, tuple[int, int]]:
    """Path -> (size, mtime) of every regular file under `directory`."""
    found = {}
    if not directory.is_dir():
        return found
    for path in directory.rglob("*"):
        try:
            if skip is not None and path.is_relative_to(skip):
                continue
            if path.is_file() and not path.is_symlink():
                stat = path.stat()
                found[path] = (stat.st_size, stat.st_mtime_ns)
        except OSError:
            continue  # another process's temp file vanished while we looked
    return found


def _holding(paths, marker: bytes) -> list[str]:
    hits = []
    for path in paths:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        if any(encoded in content for encoded in (marker, marker.decode().encode("utf-16-le"))):
            hits.append(str(path))
    return hits


def test_viewing_her_papers_leaves_no_plaintext_on_disk(qtbot, created, vault_dir, tmp_path,
                                                        private_tmp):
    marker = b"ZmarcadorAdjunto" + secrets.token_hex(8).encode()
    pdf, png = _sources(tmp_path, marker)
    sources = pdf.parent
    assert _holding([pdf, png], marker) == [str(pdf), str(png)]  # the search would see it
    # Only this test's own temp, home and cache folders (private_tmp points TMPDIR, HOME and
    # the XDG folders there): never the machine's, which other programs change meanwhile.
    watched = [Path(tempfile.gettempdir()), Path(platformdirs.user_cache_dir("shelter-desk")),
               Path.home() / ".cache", Path.home() / ".local" / "share"]
    assert all(directory.is_relative_to(private_tmp) for directory in watched)
    before = {directory: _listing(directory, skip=sources) for directory in watched}

    # GIVEN a scan and a photo attached through the tab, each holding the marker
    tab = _tab(qtbot, created.vault)
    tab.add_files([pdf, png])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT_MS)
    _idle(qtbot, tab)
    # WHEN both are viewed (the PDF's first page rendered) and the vault is locked
    for source in (pdf, png):
        viewer = _view(qtbot, tab, source.name)
        if viewer.document is not None:
            assert not viewer.document.render(0, QSize(200, 200)).isNull()
        viewer.grab()
        qtbot.wait(50)
        viewer.close()
    created.vault.lock()

    # THEN neither the vault nor any new or changed temp or cache file holds the marker
    changed = [*_listing(vault_dir)]
    assert {path.name for path in changed} >= {"vault.db", "files.db", "keys.json"}
    for directory in watched:
        old = before[directory]
        changed += [path for path, state in _listing(directory, skip=sources).items()
                    if old.get(path) != state]
    assert _holding(changed, marker) == []
