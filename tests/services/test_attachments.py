"""Scans and photos of her papers, kept encrypted in the vault, through the services."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zlib
from datetime import date
from pathlib import Path

import pytest

from shelter_desk.domain.attachments import MAX_ATTACHMENT_BYTES
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.errors import InvalidInput, NotAllowed, NotFound
from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.domain.staff import Role
from shelter_desk.services import attachments, cases, documents, people, staff
from shelter_desk.store import attachment_store, audit
from shelter_desk.store.attachment_store import Cancelled
from shelter_desk.store.errors import VaultCorrupt
from shelter_desk.store.files_db import CHUNK_BYTES
from shelter_desk.store.vault import unlock

VOLUNTEER = "Voluntaria Prueba"
VOLUNTEER_PASSPHRASE = "frase larga de la voluntaria"


# -- synthetic files ---------------------------------------------------------------------------


def pdf_with(marker: bytes, pages: int = 1) -> bytes:
    """A small valid PDF, one blue square per page, with `marker` in a comment."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (3 + 2 * page) for page in range(pages)), pages)]
    for page in range(pages):
        drawing = b"0 0 1 rg %d 20 100 100 re f" % (20 + 10 * page)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] "
                       b"/Contents %d 0 R >>" % (4 + 2 * page))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(drawing), drawing))
    out = bytearray(b"%PDF-1.4\n%" + marker + b"\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_with(marker: bytes, width: int = 40, height: int = 30) -> bytes:
    """A small valid RGB PNG (a red field) with `marker` in a tEXt chunk."""
    rows = b"".join(b"\x00" + b"\xc0\x20\x20" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _png_chunk(b"tEXt", b"Comment\x00" + marker)
            + _png_chunk(b"IDAT", zlib.compress(rows))
            + _png_chunk(b"IEND", b""))


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


# -- the vault's state -------------------------------------------------------------------------


def _case(vault, given: str = "Rosa Elvira"):
    opened = cases.open_case(vault, PersonDetails(
        given_names=given, family_names="Tzul Pérez", nationality="GT",
        birth_date=date(1991, 4, 12))).value
    return opened


def _chunks(vault) -> int:
    with vault.files_read() as files:
        return int(files.exec_driver_sql("SELECT count(*) FROM blob_chunk").scalar_one())


def _actions(vault) -> list[str]:
    with vault.read() as connection:
        return [event.action for event in audit.events(connection)]


def _events(vault, action: str) -> list[audit.AuditEvent]:
    with vault.read() as connection:
        return [event for event in audit.events(connection) if event.action == action]


@pytest.fixture
def volunteer(created, vault_dir):
    staff.add_staff(created.vault, VOLUNTEER, Role.VOLUNTEER, VOLUNTEER_PASSPHRASE)
    opened = unlock(vault_dir, user=VOLUNTEER, passphrase=VOLUNTEER_PASSPHRASE)
    yield opened
    opened.lock()


# -- the stories -------------------------------------------------------------------------------


def test_her_passport_scan_and_a_photo_come_back_exactly(created, tmp_path):
    vault = created.vault
    # GIVEN her case file, a PDF scan and a PNG photo
    case = _case(vault)
    scan = _write(tmp_path, "pasaporte_rosa.pdf", pdf_with(b"escaneo"))
    photo = _write(tmp_path, "foto_ine.png", png_with(b"foto"))

    # WHEN both are attached to the case
    added = [attachments.add_attachment(vault, path, case_id=case.id).value
             for path in (scan, photo)]

    # THEN they are listed newest first, with what the sniffed bytes say they are
    listed = attachments.list_attachments(vault, case.id)
    assert [a.file_name for a in listed] == ["foto_ine.png", "pasaporte_rosa.pdf"]
    assert [a.media_type for a in listed] == ["image/png", "application/pdf"]
    for source, attachment in zip((scan, photo), added, strict=True):
        original = source.read_bytes()
        assert attachment.size_bytes == len(original)
        assert attachment.sha256 == hashlib.sha256(original).hexdigest()
        assert attachments.read_attachment(vault, attachment.id) == original
    # ... each add and view is audited, and no audit summary names the file
    added_rows = _events(vault, "attachment.added")
    viewed_rows = _events(vault, "attachment.viewed")
    assert len(added_rows) == 2 and len(viewed_rows) == 2
    assert added_rows[0].summary == f"application/pdf, {len(scan.read_bytes())} bytes"
    assert not any("rosa" in e.summary or "ine" in e.summary for e in added_rows + viewed_rows)


def test_a_large_scan_is_stored_in_chunks_with_progress(created, tmp_path):
    vault = created.vault
    case = _case(vault)
    content = pdf_with(b"grande") + os.urandom(2 * CHUNK_BYTES + 12345)
    source = _write(tmp_path, "expediente_completo.pdf", content)
    stored_progress: list[tuple[int, int]] = []
    read_progress: list[tuple[int, int]] = []

    added = attachments.add_attachment(vault, source, case_id=case.id,
                                       progress=lambda *p: stored_progress.append(p)).value
    assert _chunks(vault) == 3
    assert stored_progress[0] == (0, len(content)) and stored_progress[-1] == (len(content),) * 2
    assert [done for done, _ in stored_progress] == sorted(done for done, _ in stored_progress)
    assert attachments.read_attachment(vault, added.id,
                                       progress=lambda *p: read_progress.append(p)) == content
    assert read_progress[-1] == (len(content), len(content)) and len(read_progress) == 4


def test_an_oversized_file_is_refused_before_it_is_read(created, tmp_path, monkeypatch):
    vault = created.vault
    case = _case(vault)
    # GIVEN a 51 MB file (sparse: nothing is really written)
    huge = tmp_path / "video_del_viaje.pdf"
    with huge.open("wb") as stream:
        stream.truncate(MAX_ATTACHMENT_BYTES + 1024 * 1024)
    opened: list[Path] = []
    real_open = Path.open

    def spy(self, *args, **kwargs):
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)

    # WHEN she attaches it THEN the limit is named in both languages
    with pytest.raises(InvalidInput) as error:
        attachments.add_attachment(vault, huge, case_id=case.id)
    assert error.value.field == "file"
    assert "51 MB" in error.value.message.es and "50 MB" in error.value.message.es
    assert "50 MB" in error.value.message.en
    # ... and not one byte of it was opened, nor anything stored
    assert huge not in opened
    assert _chunks(vault) == 0 and attachments.list_attachments(vault, case.id) == []


def test_a_pdf_name_on_a_word_file_is_refused(created, tmp_path):
    vault = created.vault
    case = _case(vault)
    fake = _write(tmp_path, "carta_comar.pdf", b"PK\x03\x04" + b"word/document.xml" * 50)
    rows = len(_actions(vault))

    with pytest.raises(InvalidInput) as error:
        attachments.add_attachment(vault, fake, case_id=case.id)

    assert "no es un PDF, JPG o PNG" in error.value.message.es
    assert "is not a PDF, JPG or PNG" in error.value.message.en
    assert _chunks(vault) == 0 and len(_actions(vault)) == rows


def test_a_missing_or_empty_file_is_refused_clearly(created, tmp_path):
    case = _case(created.vault)
    with pytest.raises(InvalidInput) as error:
        attachments.add_attachment(created.vault, tmp_path / "no_existe.pdf", case_id=case.id)
    assert "no se puede leer" in error.value.message.es
    empty = _write(tmp_path, "vacio.pdf", b"")
    with pytest.raises(InvalidInput) as error:
        attachments.add_attachment(created.vault, empty, case_id=case.id)
    assert "vacío" in error.value.message.es


def test_a_document_of_another_case_is_refused(created, tmp_path):
    vault = created.vault
    hers, other = _case(vault), _case(vault, given="Dilcia Marisol")
    others_passport = documents.record_document(vault, other.principal_person_id, DocumentDetails(
        "pasaporte", DocumentStatus.ORIGINAL)).value
    scan = _write(tmp_path, "pasaporte.pdf", pdf_with(b"x"))

    with pytest.raises(InvalidInput) as error:
        attachments.add_attachment(vault, scan, case_id=hers.id, document_id=others_passport.id)

    assert error.value.field == "document_id"
    assert "no pertenece a este expediente" in error.value.message.es
    assert _chunks(vault) == 0
    with pytest.raises(InvalidInput):
        attachments.add_attachment(vault, scan, case_id=hers.id,
                                   person_id=other.principal_person_id)


def test_a_scan_of_her_sons_birth_certificate_is_linked_to_him(created, tmp_path):
    vault = created.vault
    case = _case(vault)
    son = people.add_household_member(vault, case.id, PersonDetails(
        given_names="Josué", family_names="Tzul", nationality="GT",
        birth_date=date(2016, 2, 1)), Relationship.CHILD).value
    certificate = documents.record_document(vault, son.id, DocumentDetails(
        "acta_nacimiento_extranjera", DocumentStatus.COPY_ONLY)).value
    scan = _write(tmp_path, "acta_josue.png", png_with(b"acta"))

    added = attachments.add_attachment(vault, scan, case_id=case.id,
                                       document_id=certificate.id).value

    assert (added.person_id, added.document_id) == (son.id, certificate.id)
    with pytest.raises(InvalidInput) as error:  # the document is his, not hers
        attachments.add_attachment(vault, scan, case_id=case.id,
                                   person_id=case.principal_person_id,
                                   document_id=certificate.id)
    assert "dos personas distintas" in error.value.message.es
    # WHEN he is blocked (ARCO cancellation) THEN his scan is no longer shown or read
    people.block_person(vault, son.id)
    assert attachments.list_attachments(vault, case.id) == []
    with pytest.raises(NotFound):
        attachments.read_attachment(vault, added.id)


def test_a_volunteer_can_view_but_not_add_save_or_remove(created, volunteer, tmp_path):
    # GIVEN a scan a coordinator attached
    case = _case(created.vault)
    scan = _write(tmp_path, "pasaporte.pdf", pdf_with(b"vol"))
    added = attachments.add_attachment(created.vault, scan, case_id=case.id).value

    # THEN the volunteer can see it
    assert attachments.read_attachment(volunteer, added.id) == scan.read_bytes()
    # ... but each other step is refused, and each refusal is audited
    destination = tmp_path / "copia.pdf"
    refusals = [
        lambda: attachments.add_attachment(volunteer, scan, case_id=case.id),
        lambda: attachments.save_decrypted_copy(volunteer, added.id, destination),
        lambda: attachments.remove_attachment(volunteer, added.id),
    ]
    for number, refused in enumerate(refusals, start=1):
        with pytest.raises(NotAllowed) as error:
            refused()
        assert "voluntaria" in error.value.message.es
        assert len(_events(created.vault, "access.denied")) == number
    denied = _events(created.vault, "access.denied")
    assert [e.summary for e in denied] == ["add_attachment (volunteer)",
                                           "save_decrypted_copy (volunteer)",
                                           "add_attachment (volunteer)"]
    assert not destination.exists()
    assert len(attachments.list_attachments(created.vault, case.id)) == 1


def test_a_decrypted_copy_is_written_whole_and_audited(created, tmp_path):
    vault = created.vault
    case = _case(vault)
    content = png_with(b"copia")
    added = attachments.add_attachment(vault, _write(tmp_path, "foto.png", content),
                                       case_id=case.id).value
    folder = tmp_path / "para_comar"
    folder.mkdir()

    saved = attachments.save_decrypted_copy(vault, added.id, folder / "foto_descifrada.png")

    assert saved.value.read_bytes() == content
    assert sorted(p.name for p in folder.iterdir()) == ["foto_descifrada.png"]  # no temp left
    exported = _events(vault, "attachment.exported")
    assert [(e.entity_id, e.summary) for e in exported] == [
        (str(added.id), f"image/png, {len(content)} bytes")]
    with pytest.raises(InvalidInput):
        attachments.save_decrypted_copy(vault, added.id, tmp_path / "no_hay" / "x.png")


def test_a_failed_copy_leaves_no_partial_file_and_no_audit_row(created, tmp_path, monkeypatch):
    vault = created.vault
    case = _case(vault)
    added = attachments.add_attachment(vault, _write(tmp_path, "s.pdf", pdf_with(b"s")),
                                       case_id=case.id).value
    folder = tmp_path / "usb"
    folder.mkdir()

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        attachments.save_decrypted_copy(vault, added.id, folder / "copia.pdf")

    assert list(folder.iterdir()) == []
    assert _events(vault, "attachment.exported") == []


def test_cancelling_an_upload_leaves_no_chunks(created, tmp_path):
    vault = created.vault
    case = _case(vault)
    source = _write(tmp_path, "grande.pdf", pdf_with(b"c") + os.urandom(3 * CHUNK_BYTES))
    seen: list[int] = []

    def cancel_after_first_chunk() -> bool:
        return len(seen) > 1

    with pytest.raises(Cancelled):
        attachments.add_attachment(vault, source, case_id=case.id,
                                   progress=lambda done, _total: seen.append(done),
                                   cancelled=cancel_after_first_chunk)

    assert seen[-1] == CHUNK_BYTES  # it was under way
    assert _chunks(vault) == 0
    assert attachments.list_attachments(vault, case.id) == []
    assert _events(vault, "attachment.added") == []


def test_when_the_metadata_cannot_be_written_the_chunks_go_too(created, tmp_path,
                                                                monkeypatch):
    vault = created.vault
    case = _case(vault)
    source = _write(tmp_path, "s.pdf", pdf_with(b"m"))

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        attachments.add_attachment(vault, source, case_id=case.id)
    monkeypatch.undo()

    assert _chunks(vault) == 0
    assert attachments.list_attachments(vault, case.id) == []


def test_removing_an_attachment_deletes_its_chunks(created, tmp_path):
    vault = created.vault
    case = _case(vault)
    kept = attachments.add_attachment(vault, _write(tmp_path, "a.png", png_with(b"a")),
                                      case_id=case.id).value
    removed = attachments.add_attachment(
        vault, _write(tmp_path, "b.pdf", pdf_with(b"b") + os.urandom(CHUNK_BYTES)),
        case_id=case.id).value
    assert _chunks(vault) == 3

    result = attachments.remove_attachment(vault, removed.id)

    assert result.changes[0].action == "removed"
    assert _chunks(vault) == 1
    assert [a.id for a in attachments.list_attachments(vault, case.id)] == [kept.id]
    assert [e.entity_id for e in _events(vault, "attachment.removed")] == [str(removed.id)]
    with pytest.raises(NotFound):
        attachments.read_attachment(vault, removed.id)


def test_a_damaged_file_is_reported_not_shown(created, tmp_path):
    vault = created.vault
    case = _case(vault)
    added = attachments.add_attachment(vault, _write(tmp_path, "a.png", png_with(b"d")),
                                       case_id=case.id).value
    with vault.files_write() as files:
        files.exec_driver_sql("UPDATE blob_chunk SET data = substr(data, 1, 20)")

    with pytest.raises(VaultCorrupt) as error:
        attachments.read_attachment(vault, added.id)

    assert "no coincide" in error.value.message.es
    assert _events(vault, "attachment.viewed") == []


def test_a_file_that_grows_while_it_is_stored_is_refused(created):
    with pytest.raises(InvalidInput) as error, created.vault.files_write() as files:
        attachment_store.write_blob(files, io.BytesIO(b"%PDF-" + b"x" * 100), expected_bytes=50)
    assert "cambió mientras se guardaba" in error.value.message.es
    assert _chunks(created.vault) == 0
