"""The handoff through the hub's mailbox, against a real hub: the shelter's package waits in
its outbox while the hub is down, goes when it is back, the clinic takes it in and accepts
it, and the shelter's referral shows the answer; a package revoked by her withdrawn consent
is deleted from the hub before the clinic takes it."""

from __future__ import annotations

from sqlalchemy import select

from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.followup import ReferralStatus
from shelter_desk.hub.mailbox import mailbox_item
from shelter_desk.services import cases, followup, handoff_mailbox, handoff_receive, handoff_send
from shelter_desk.services.handoff_send import Selection
from shelter_desk.store import case_repo, handoff_store


def _queue(h):
    preview = handoff_send.build_preview(h.shelter, h.referral_id,
                                         Selection(attachments=(h.attachment_id,)))
    return handoff_send.send(h.shelter, preview)


def test_through_the_mailbox_with_the_hub_down_then_up(handoff_via_hub):
    h, hub = handoff_via_hub
    sent = _queue(h)
    hub.stop()
    offline = handoff_mailbox.sync_handoffs(h.shelter)
    assert offline.offline and offline.waiting == 1
    hub.start()
    posted = handoff_mailbox.sync_handoffs(h.shelter)
    assert posted.sent == [sent.package_id] and posted.waiting == 0
    with hub.engine.connect() as connection:
        stored = connection.execute(select(mailbox_item.c.sealed)).scalar_one()
    assert b"Rosa" not in stored and b"Qwertzuiop" not in stored

    taken = handoff_mailbox.sync_handoffs(h.clinic)
    assert taken.received == [sent.package_id]
    case_id, ack = handoff_receive.accept(h.clinic, sent.package_id)
    handoff_mailbox.answer(h.clinic, handoff_receive.received_packages(h.clinic)[0].sender_id,
                           ack)
    answered = handoff_mailbox.sync_handoffs(h.shelter)
    assert set(answered.acknowledged) == {sent.package_id}  # received, then accepted
    with h.shelter.read() as connection:
        assert handoff_store.sent(connection, sent.package_id).state == "accepted"
        assert case_repo.referrals.require(connection, h.referral_id).status is \
            ReferralStatus.ACCEPTED
    assert cases.count_cases(h.clinic) == 1 and case_id
    with hub.engine.connect() as connection:
        assert connection.execute(select(mailbox_item)).all() == []


def test_a_withdrawn_consent_revokes_the_package_on_the_hub(handoff_via_hub):
    h, hub = handoff_via_hub
    sent = _queue(h)
    handoff_mailbox.sync_handoffs(h.shelter)
    followup.record_consent(h.shelter, h.her, ConsentPurpose.REFERRAL, False)
    revoked = handoff_mailbox.sync_handoffs(h.shelter)
    assert revoked.revoked == [sent.package_id]
    with hub.engine.connect() as connection:
        assert connection.execute(select(mailbox_item)).all() == []
    assert handoff_mailbox.sync_handoffs(h.clinic).received == []


def test_keys_come_from_the_hubs_directory_pinned_at_first_sight(live_hub, tmp_path):
    from shelter_desk.services import handoff_keys, network_link, network_outbox
    from tests.handoff.conftest import _vault

    shelter = _vault(tmp_path / "a", "Albergue Sintético", "a")
    clinic = _vault(tmp_path / "c", "Clínica Sintética", "c")
    try:
        for vault in (shelter, clinic):
            from tests.hub.members import add_organisation
            _id, token = add_organisation(live_hub.engine, vault.organisation_name())
            network_outbox.join(vault, live_hub.url, token)
        network_outbox.publish_profile(clinic, network_link.Profile(
            "Clínica Sintética", "Tapachula", "Chiapas", ("Asesoría",), "55 0000 0000"))
        network_outbox.sync(shelter)
        clinic_keys = handoff_keys.own_keys(clinic)
        pinned = handoff_keys.pinned_keys(shelter, clinic_keys.organisation_id)
        assert pinned.same_keys(clinic_keys)
        assert [p.source for p in handoff_keys.list_pins(shelter)] == ["hub"]
    finally:
        shelter.lock()
        clinic.lock()
