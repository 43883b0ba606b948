"""What a receiving organisation is protected from: a key that changed since it was
pinned (a loud warning, until confirmed by fingerprint), a package signed by someone else
in the sender's name, and a package that expired before it was accepted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shelter_desk.handoff import pins
from shelter_desk.handoff.errors import HandoffRefused
from shelter_desk.handoff.pins import OrganisationKeys
from shelter_desk.handoff.sealing import new_identity
from shelter_desk.network.envelope import new_private_key
from shelter_desk.services import cases, handoff_keys, handoff_receive, handoff_send
from shelter_desk.services.handoff_send import Selection
from shelter_desk.store import handoff_store, network_store


def _package(h):
    preview = handoff_send.build_preview(h.shelter, h.referral_id, Selection())
    return handoff_send.send(h.shelter, preview)


def test_a_changed_key_is_refused_until_its_fingerprint_is_confirmed(handoff):
    h = handoff
    clinic = handoff_keys.own_keys(h.clinic)
    _private, new_signing = new_private_key()
    moved = OrganisationKeys(clinic.organisation_id, clinic.name, new_signing,
                             (new_identity()[1],))
    path = h.tmp / "clinica-nueva.sdkeys"
    path.write_bytes(pins.key_file_bytes(moved))
    with pytest.raises(HandoffRefused) as warning:
        handoff_keys.import_key_file(h.shelter, path)
    assert "CAMBIÓ" in warning.value.message.es and "HAS CHANGED" in warning.value.message.en
    # until confirmed, nothing is sent to them
    with pytest.raises(HandoffRefused):
        handoff_send.build_preview(h.shelter, h.referral_id, Selection())
    with pytest.raises(HandoffRefused):
        handoff_keys.confirm_changed_key(h.shelter, clinic.organisation_id, "0000 1111")
    handoff_keys.confirm_changed_key(h.shelter, clinic.organisation_id, moved.fingerprint())
    assert handoff_keys.pinned_keys(h.shelter, clinic.organisation_id).same_keys(moved)


def test_a_package_signed_by_another_key_in_the_senders_name_is_refused(handoff):
    h = handoff
    impostor_private, impostor_public = new_private_key()
    with h.shelter.write() as connection:
        network_store.add_key(connection, impostor_private, impostor_public, None)
    sent = _package(h)
    with pytest.raises(HandoffRefused) as refused:
        handoff_receive.receive(h.clinic, sent.sealed)
    assert "no es la de" in refused.value.message.es
    assert handoff_receive.received_packages(h.clinic) == []


def test_a_package_that_expired_before_acceptance_leaves_nothing(handoff, monkeypatch):
    h = handoff
    sent = _package(h)
    handoff_receive.receive(h.clinic, sent.sealed)
    later = (datetime.now(UTC) + timedelta(days=40)).isoformat()
    monkeypatch.setattr("shelter_desk.services.handoff_receive.now_utc", lambda: later)
    with pytest.raises(HandoffRefused) as refused:
        handoff_receive.accept(h.clinic, sent.package_id)
    assert "venció" in refused.value.message.es and "expired" in refused.value.message.en
    with h.clinic.read() as connection:
        kept = handoff_store.received(connection, sent.package_id)
    assert kept.state == "expired" and kept.sealed is None and kept.summary is None
    assert cases.count_cases(h.clinic) == 0
    # and an expired package is refused at the door
    with pytest.raises(HandoffRefused):
        handoff_receive.receive(h.clinic, _package(h).sealed)
