"""What the app believes of a hub's answers: the key it pins is 32 bytes, the fingerprint
it shows is computed here from that key (never the hub's word for it), a redirect is not
followed and an answer has a size bound."""

from __future__ import annotations

import base64
import json

import pytest

from shelter_desk.network import envelope
from shelter_desk.network.hub_client import MAX_ANSWER_BYTES, HubClient, HubRefused, Identity
from tests.network.fake_hub import Answer, fake_hub

LYING_FINGERPRINT = "0000 0000 0000 0000 0000 0000 0000 0000 " \
                    "0000 0000 0000 0000 0000 0000 0000 0000"


def enrol_answer(hub_key: bytes) -> Answer:
    return Answer(201, json.dumps({
        "organisation_id": "org-sintetica", "organisation_name": "Casa Sintética",
        "hub_public_key": base64.b64encode(hub_key).decode(),
        "hub_fingerprint": LYING_FINGERPRINT,
        "policy": {"period_type": "quarter", "k": 5}}).encode())


def test_the_fingerprint_is_computed_from_the_pinned_key_not_taken_from_the_hub():
    # GIVEN a hub whose answer states a fingerprint that is not its key's
    _private, hub_key = envelope.new_private_key()
    _private, our_key = envelope.new_private_key()
    with fake_hub({"/api/v1/enrol": enrol_answer(hub_key)}) as hub:
        # WHEN the app enrols
        enrolment = HubClient(hub.url).enrol("token", our_key)
    # THEN the fingerprint it will show is the key's own
    assert enrolment.hub_public_key == hub_key
    assert enrolment.hub_fingerprint == envelope.fingerprint(hub_key)
    assert enrolment.hub_fingerprint != LYING_FINGERPRINT


@pytest.mark.parametrize("length", [0, 31, 33, 64])
def test_a_hub_key_that_is_not_32_bytes_is_refused(length):
    _private, our_key = envelope.new_private_key()
    with fake_hub({"/api/v1/enrol": enrol_answer(b"k" * length)}) as hub, \
            pytest.raises(HubRefused) as refused:
        HubClient(hub.url).enrol("token", our_key)
    assert refused.value.code == "garbled"
    assert "hub" in refused.value.message.es and "hub" in refused.value.message.en


def _identity() -> Identity:
    private, _public = envelope.new_private_key()
    return Identity("org-sintetica", private)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_not_followed(status):
    # GIVEN a hub (or someone in its place) that sends the app elsewhere
    answers = {"/api/v1/directory": Answer(status, b"", {"Location": "/elsewhere"}),
               "/elsewhere": Answer(200, b'{"organisations": []}')}
    with fake_hub(answers) as hub:
        # WHEN the app asks for the directory, THEN it is refused with a clear reason
        with pytest.raises(HubRefused) as refused:
            HubClient(hub.url).directory(_identity())
        # AND the other address was never asked (with the member's signature)
        assert hub.asked == ["/api/v1/directory"]
    assert refused.value.code == "redirect"
    assert "redirección" in refused.value.message.es
    assert "redirect" in refused.value.message.en


def test_an_answer_larger_than_the_bound_is_refused_unread():
    # GIVEN a hub that floods the app with a directory larger than any real one
    flood = b'{"organisations": [' + b" " * MAX_ANSWER_BYTES + b"]}"
    with fake_hub({"/api/v1/directory": Answer(200, flood)}) as hub, \
            pytest.raises(HubRefused) as refused:
        HubClient(hub.url).directory(_identity())
    assert refused.value.code == "too_large"
    assert "demasiado grande" in refused.value.message.es
    assert "too large" in refused.value.message.en
