"""Sending Rosa's case from her referral: the caseworker ticks her son and the passport
scan, the preview lists exactly that, and the saved package reveals nothing; changing a
tick asks for a new preview; without her consent the dialog says why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.gui.handoff.send_dialog import HandoffDialog
from shelter_desk.services import attachments, cases, followup
from shelter_desk.store import case_repo
from tests.handoff.conftest import MARKER, handoff  # noqa: F401 (the fixture)


def _dialog(qtbot, h):
    with h.shelter.read() as connection:
        referral = case_repo.referrals.require(connection, h.referral_id)
    case_file = cases.open_case_file(h.shelter, referral.case_id)
    dialog = HandoffDialog(h.shelter, referral, case_file,
                           attachments.list_attachments(h.shelter, referral.case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_tick_preview_and_save(qtbot, handoff):  # noqa: F811
    h = handoff
    dialog = _dialog(qtbot, h)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no preview yet
    dialog.household.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.attachments.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.build_preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    text = dialog.contents.toPlainText()
    assert f"Rosa Elvira {MARKER}" in text and "Josué" in text and "pasaporte.pdf" in text
    assert "Nota:" not in text and save.isEnabled()
    assert "Familiar: Josué" in text
    dialog.notes.item(0).setCheckState(Qt.CheckState.Checked)
    assert not save.isEnabled() and dialog.contents.toPlainText() == ""
    dialog.notes.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.build_preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    path = h.tmp / "rosa.sdhandoff"
    dialog.save_to(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert path.stat().st_size > 0 and MARKER.encode() not in path.read_bytes()


def test_without_consent_the_dialog_says_why(qtbot, handoff):  # noqa: F811
    h = handoff
    followup.record_consent(h.shelter, h.her, ConsentPurpose.REFERRAL, False)
    dialog = _dialog(qtbot, h)
    dialog.build_preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "consentimiento" in dialog.error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
