"""The handoff screens with the hub's mailbox and with a changed key, driven through the
real widgets on real encrypted vaults: the clinic takes the shelter's package in from the
network, accepts it and its answer goes back through the mailbox (the shelter's referral
shows it); a key that changed is confirmed only by typing back its new fingerprint."""

from __future__ import annotations

from shelter_desk.domain.followup import ReferralStatus
from shelter_desk.gui.handoff.keys_dialog import OrganisationKeysDialog
from shelter_desk.gui.handoff.received_page import ReceivedCasesPage
from shelter_desk.gui.handoff.send_dialog import HandoffDialog
from shelter_desk.handoff import pins
from shelter_desk.handoff.pins import OrganisationKeys
from shelter_desk.handoff.sealing import new_identity
from shelter_desk.network.envelope import new_private_key
from shelter_desk.services import attachments, cases, handoff_keys, handoff_mailbox, handoff_send
from shelter_desk.services.handoff_send import Selection
from shelter_desk.store import case_repo
from tests.handoff.conftest import (  # noqa: F401 (the fixtures)
    MARKER,
    handoff,
    handoff_via_hub,
    hub_db_url,
    hub_engine,
    live_hub,
)


def test_the_clinic_takes_in_accepts_and_answers_through_the_mailbox(qtbot, handoff_via_hub):  # noqa: F811
    h, _hub = handoff_via_hub
    preview = handoff_send.build_preview(h.shelter, h.referral_id, Selection())
    handoff_send.send(h.shelter, preview)
    assert handoff_mailbox.sync_handoffs(h.shelter).sent

    page = ReceivedCasesPage(h.clinic)
    qtbot.addWidget(page)
    page.show()
    assert page.network_button.isVisible()
    page.network_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert "Recibidos: 1" in page.message.text(), page.message.text()
    assert page.model.rowCount() == 1
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.accept_button.click()  # no file asked for: the answer goes through the mailbox
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert cases.count_cases(h.clinic) == 1, page.message.text()

    handoff_mailbox.sync_handoffs(h.shelter)
    with h.shelter.read() as connection:
        referral = case_repo.referrals.require(connection, h.referral_id)
    assert referral.status is ReferralStatus.ACCEPTED


def test_the_shelter_sends_through_the_hub_from_the_referral(qtbot, handoff_via_hub):  # noqa: F811
    h, hub = handoff_via_hub
    with h.shelter.read() as connection:
        referral = case_repo.referrals.require(connection, h.referral_id)
    dialog = HandoffDialog(h.shelter, referral, cases.open_case_file(h.shelter, referral.case_id),
                           attachments.list_attachments(h.shelter, referral.case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.network_button.isVisible() and not dialog.network_button.isEnabled()
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.network_button.isEnabled()
    hub.stop()  # the hub is down: the package waits in the outbox, nothing is lost
    dialog.network_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "bandeja de salida" in dialog.outcome
    hub.start()
    assert handoff_mailbox.sync_handoffs(h.shelter).sent
    assert handoff_mailbox.sync_handoffs(h.clinic).received


def test_without_a_hub_there_is_no_network_button(qtbot, handoff):  # noqa: F811
    page = ReceivedCasesPage(handoff.clinic)
    qtbot.addWidget(page)
    page.show()
    assert not page.network_button.isVisible()
    with handoff.shelter.read() as connection:
        referral = case_repo.referrals.require(connection, handoff.referral_id)
    dialog = HandoffDialog(handoff.shelter, referral,
                           cases.open_case_file(handoff.shelter, referral.case_id), [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.network_button.isVisible()  # a file is the only carrier


def test_a_changed_key_is_confirmed_by_typing_its_fingerprint(qtbot, qtmodeltester, handoff):  # noqa: F811
    h = handoff
    clinic = handoff_keys.own_keys(h.clinic)
    _private, new_signing = new_private_key()
    moved = OrganisationKeys(clinic.organisation_id, clinic.name, new_signing,
                             (new_identity()[1],))
    path = h.tmp / "clinica-nueva.sdkeys"
    path.write_bytes(pins.key_file_bytes(moved))

    dialog = OrganisationKeysDialog(h.shelter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.own.text() == handoff_keys.own_keys(h.shelter).fingerprint()
    dialog.import_file(path)
    assert "CAMBIÓ" in dialog.message.text()  # the loud warning, nothing pinned silently
    row = next(r for r in range(dialog.model.rowCount())
               if dialog.model.index(r, 0).data() == clinic.name)
    assert dialog.model.index(row, 1).data() == "CAMBIÓ: por confirmar"
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    assert dialog.confirm_button.isEnabled()

    assert not dialog.confirm("0000 1111 2222")
    assert "no coincide" in dialog.message.text()
    assert handoff_keys.pin_rows(h.shelter)[row].fingerprint != moved.fingerprint()

    assert dialog.confirm(moved.fingerprint().lower())
    assert dialog.model.index(row, 1).data() == "Confirmada"
    assert dialog.model.index(row, 3).data() == moved.fingerprint()
    assert handoff_keys.pinned_keys(h.shelter, clinic.organisation_id).same_keys(moved)
