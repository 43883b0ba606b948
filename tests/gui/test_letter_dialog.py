"""The letter dialog as a caseworker uses it: the letter the navigator offers, the
additional provisions she may tick («Fundamentos adicionales»), the provision cited while
its text waits to be verified, the organisation's place and address typed once, and a
PDF whose signature never lands on a page without its «Atentamente»."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.letter_phrases import long_date
from shelter_desk.gui.letters.letter_dialog import LetterDialog
from shelter_desk.gui.letters.pdf import letter_html, pdf_pages_text, render_pdf
from shelter_desk.services import attachments, letters
from shelter_desk.services.letter_facts import letterhead
from tests.services import letter_cases
from tests.services.letter_cases import TODAY

BASIS = default_catalog().legal_basis
SIGNATURE = re.compile(r"_{20,}\s+Marisol Reyes Banegas")


def _dialog(qtbot, created):
    built = letter_cases.testimony(created.vault)
    dialog = LetterDialog(created.vault, built.case_file, person_id=built.person_id,
                          procedure_key="registro_nacimiento", attempt_id=built.attempt_id,
                          template_key="registro_civil")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, built


def test_ticking_an_additional_provision_cites_it(qtbot, created):
    # GIVEN the birth-registration letter, drafted from the testimony
    dialog, _built = _dialog(qtbot, created)
    assert "C. Titular de la Oficialía 1" in dialog.editor.toPlainText()
    # THEN the provisions not cited are offered, unticked, each named
    assert dialog.extra.isVisible() and dialog.extra.count() == len(dialog.letter.optional)
    first = dialog.extra.item(0)
    key = first.data(Qt.ItemDataRole.UserRole)
    name = BASIS[key].name.es
    assert first.text() == name and first.checkState() is Qt.CheckState.Unchecked
    assert name not in dialog.editor.toPlainText()
    # ...and LGDNNA 39, cited without quoting it, is flagged as waiting to be verified
    assert dialog.unverified.isVisible() and "art. 39" in dialog.unverified.text()
    # WHEN she ticks it
    first.setCheckState(Qt.CheckState.Checked)
    # THEN the letter cites it too, after the others, and it stays ticked in the list
    assert key in dialog.letter.cited and name in dialog.editor.toPlainText()
    ticked = [dialog.extra.item(i) for i in range(dialog.extra.count())
              if dialog.extra.item(i).data(Qt.ItemDataRole.UserRole) == key]
    assert ticked[0].checkState() is Qt.CheckState.Checked


def test_the_place_and_address_typed_once_head_every_letter(qtbot, created):
    dialog, _built = _dialog(qtbot, created)
    assert "escribirlo a mano" in dialog.editor.toPlainText()
    # WHEN she types the organisation's place and address
    qtbot.keyClicks(dialog.city, "Tapachula, Chiapas")
    dialog.city.editingFinished.emit()
    qtbot.keyClicks(dialog.address, "Calle 5 Sur 18, Centro")
    dialog.address.editingFinished.emit()
    # THEN the letter opens with them, and they are kept for the next letter
    text = dialog.editor.toPlainText()
    assert text.startswith(f"Tapachula, Chiapas, a {long_date(TODAY, 'es')}")
    assert "notificaciones el de Casa de Acogida Sintética: Calle 5 Sur 18, Centro." in text
    assert letterhead(created.vault).address == "Calle 5 Sur 18, Centro"
    # ...and a bad value is said in the dialog, not saved
    dialog.city.setText("{lugar}")
    dialog.city.editingFinished.emit()
    assert dialog.error.isVisible() and letterhead(created.vault).city == "Tapachula, Chiapas"


def test_the_saved_pdf_keeps_the_signature_with_its_closing(qtbot, created):
    dialog, built = _dialog(qtbot, created)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    [stored] = attachments.list_attachments(created.vault, built.case_file.case.id)
    pages = pdf_pages_text(attachments.read_attachment(created.vault, stored.id))
    text = " ".join(" ".join(pages).split())
    assert "Asunto: Solicitud de registro de nacimiento" in text
    assert "PRIMERO.— Que se realice de inmediato el registro de nacimiento" in text
    # Whatever the letter's length, «Atentamente,» and the line to sign share a page
    for extra in range(len(dialog.letter.optional) + 1):
        letter = letters.draft_letter(created.vault, built.case_file, "registro_civil", "es",
                                      person_id=built.person_id, attempt_id=built.attempt_id,
                                      chosen=dialog.letter.optional[:extra])
        pages = pdf_pages_text(render_pdf(letter_html(letter), letter.title))
        closing = [i for i, page in enumerate(pages) if "Atentamente," in page]
        signed = [i for i, page in enumerate(pages) if SIGNATURE.search(page)]
        assert closing == signed, (extra, closing, signed)
        # ...and the petitions start on the page of their heading
        heading = [i for i, page in enumerate(pages) if "PETICIONES" in page]
        first = [i for i, page in enumerate(pages) if "PRIMERO.—" in page]
        assert heading == first, (extra, heading, first)
