"""A shelter hands Rosa's case to a legal clinic by file: she chose what goes, the clinic
previews it, accepts it into its own vault, and the shelter's referral shows the answer."""

from __future__ import annotations

import pytest

from shelter_desk.domain.consents import ConsentPurpose, ServiceType
from shelter_desk.domain.errors import NotAllowed, NotFound
from shelter_desk.domain.followup import ReferralStatus
from shelter_desk.handoff import package as pkg
from shelter_desk.handoff.errors import HandoffRefused
from shelter_desk.handoff.sealing import unseal
from shelter_desk.services import (
    attachments,
    cases,
    data_rights,
    followup,
    handoff_receive,
    handoff_send,
    people,
)
from shelter_desk.services.handoff_send import Selection
from shelter_desk.store import case_repo, handoff_store
from tests.handoff.conftest import MARKER

EVERYTHING = dict(documents=True, attempts=True)


def _selection(h, **kwargs):
    return Selection(household=(h.son,), notes=(h.note_id,), attachments=(h.attachment_id,),
                     **{**EVERYTHING, **kwargs})


def _sent_file(h, selection=None):
    preview = handoff_send.build_preview(h.shelter, h.referral_id, selection or _selection(h))
    sent = handoff_send.send(h.shelter, preview)
    path = h.tmp / "rosa.sdhandoff"
    handoff_send.export_package(h.shelter, sent.package_id, path)
    return preview, sent, path


def test_she_chooses_what_goes_and_the_preview_is_what_is_sealed(handoff):
    h = handoff
    preview, _sent, path = _sent_file(h)
    kinds = [item.kind for item in preview.items]
    assert kinds == ["person", "household", "document", "note", "attachment"]
    assert preview.items[0].text == f"Rosa Elvira {MARKER}"
    # the clinic opens exactly the previewed bytes
    with h.clinic.read() as connection:
        secrets = handoff_store.age_secrets(connection)
    assert unseal(path.read_bytes(), secrets) == preview.payload
    # and the file says nothing but its size
    data = path.read_bytes()
    for text in (MARKER, "Rosa", "Josué", "pasaporte", "Clínica", "albergue"):
        assert text.encode() not in data and text.encode("utf-16-le") not in data

    # fewer things ticked, fewer things sent
    smaller = handoff_send.build_preview(h.shelter, h.referral_id, Selection())
    assert [i.kind for i in smaller.items] == ["person"]


def test_the_clinic_accepts_and_the_shelter_sees_it(handoff):
    h = handoff
    _preview, sent, path = _sent_file(h)
    received = handoff_receive.receive(h.clinic, path.read_bytes())
    assert received.new and received.package.sender_name == "Albergue Sintético"
    again = handoff_receive.receive(h.clinic, path.read_bytes())
    assert not again.new  # replayed: nothing new
    assert next(i.kind for i in handoff_receive.preview(h.clinic, sent.package_id)) == "person"
    assert handoff_send.take_acknowledgement(h.shelter, received.acknowledgement).state == \
        "received"

    case_id, ack = handoff_receive.accept(h.clinic, sent.package_id)
    case_file = cases.open_case_file(h.clinic, case_id)
    assert case_file.principal.person.details.family_names == MARKER
    assert [m.person.details.given_names for m in case_file.household] == ["Josué"]
    assert [d.details.type_key for d in case_file.principal.documents] == ["pasaporte"]
    assert MARKER in case_file.notes[0].body
    assert "Albergue Sintético" in case_file.case.details.summary
    files = attachments.list_attachments(h.clinic, case_id)
    assert [f.file_name for f in files] == ["pasaporte.pdf"]
    assert MARKER.encode() in attachments.content_of(h.clinic, files[0].id)[1]
    # accepting twice makes nothing new
    assert handoff_receive.accept(h.clinic, sent.package_id)[0] == case_id
    assert cases.count_cases(h.clinic) == 1

    answered = handoff_send.take_acknowledgement(h.shelter, ack)
    assert answered.state == "accepted" and answered.sealed is None
    with h.shelter.read() as connection:
        assert case_repo.referrals.require(connection, h.referral_id).status is \
            ReferralStatus.ACCEPTED
    # her rights: the handoff is in her access report, with what and to whom
    report = data_rights.access_export(h.shelter, h.her)
    handoffs = [e for e in report["audit"] if e["action"].startswith("handoff.")]
    assert {e["action"] for e in handoffs} >= {"handoff.sealed", "handoff.accepted"}
    assert any("clinica-sintetica" in e["summary"] for e in handoffs)
    [sent_there] = report["handoffs"]
    assert sent_there["sent_to"] == "Clínica Jurídica Sintética"
    assert sent_there["state"] == "accepted" and sent_there["consent_id"]
    assert "attachment" in sent_there["contents"]
    assert {"service_type": "legal", "organisation": "Clínica Jurídica Sintética"}.items() <= \
        report["consents"][-1].items()


def test_declined_leaves_nothing_of_her_and_says_why(handoff):
    h = handoff
    _preview, sent, path = _sent_file(h)
    handoff_receive.receive(h.clinic, path.read_bytes())
    ack = handoff_receive.decline(h.clinic, sent.package_id, "Sin cupo este mes")
    with h.clinic.read() as connection:
        kept = handoff_store.received(connection, sent.package_id)
    assert kept.sealed is None and kept.summary is None and kept.state == "declined"
    assert cases.count_cases(h.clinic) == 0
    with pytest.raises(NotFound):
        handoff_receive.accept(h.clinic, sent.package_id)
    answered = handoff_send.take_acknowledgement(h.shelter, ack)
    assert (answered.state, answered.reason) == ("declined", "Sin cupo este mes")


def test_without_consent_naming_the_clinic_nothing_is_built(handoff):
    h = handoff
    followup.record_consent(h.shelter, h.her, ConsentPurpose.REFERRAL, False,
                            service_type=ServiceType.LEGAL, organisation="Clínica Jurídica "
                                                                         "Sintética")
    with pytest.raises(NotAllowed) as refused:
        handoff_send.build_preview(h.shelter, h.referral_id, Selection())
    assert "consentimiento" in refused.value.message.es and "consent" in refused.value.message.en


def test_withdrawing_consent_revokes_a_package_not_yet_acknowledged(handoff):
    h = handoff
    _preview, sent, _path = _sent_file(h)
    followup.record_consent(h.shelter, h.her, ConsentPurpose.REFERRAL, False)
    with h.shelter.read() as connection:
        revoked = handoff_store.sent(connection, sent.package_id)
    assert revoked.state == "revoked" and revoked.sealed is None
    with pytest.raises(NotAllowed):
        handoff_send.export_package(h.shelter, sent.package_id, h.tmp / "again.sdhandoff")


def test_a_bad_package_imports_nothing(handoff):
    h = handoff
    _preview, _sent, path = _sent_file(h)
    data = path.read_bytes()
    for bad in (data[: len(data) // 2], data[:-10], b"not a package", b""):
        with pytest.raises(HandoffRefused) as refused:
            handoff_receive.receive(h.clinic, bad)
        assert refused.value.message.es and refused.value.message.en
    with pytest.raises(HandoffRefused):
        handoff_receive.receive(h.clinic, b"x" * (pkg.MAX_BYTES + 1))
    # a package for the shelter itself (wrongly addressed here) opens nowhere else
    with pytest.raises(HandoffRefused):
        handoff_receive.receive(h.shelter, data)
    assert handoff_receive.received_packages(h.clinic) == []
    assert cases.count_cases(h.clinic) == 0


def test_her_deletion_takes_her_handoffs_with_it(handoff):
    h = handoff
    _preview, sent, path = _sent_file(h)
    handoff_receive.receive(h.clinic, path.read_bytes())
    case_id, _ack = handoff_receive.accept(h.clinic, sent.package_id)
    people.block_person(h.shelter, h.her)
    data_rights.delete_person(h.shelter, h.her)
    with h.shelter.read() as connection:
        assert handoff_store.sent(connection, sent.package_id) is None
    her_there = cases.open_case_file(h.clinic, case_id).principal.person.id
    people.block_person(h.clinic, her_there)
    data_rights.delete_person(h.clinic, her_there)
    with h.clinic.read() as connection:
        assert handoff_store.received(connection, sent.package_id) is None
