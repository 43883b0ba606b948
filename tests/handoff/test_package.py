"""The handoff package on its own: a shelter seals a synthetic case for a legal clinic with
two keys; only the clinic opens it, and every kind of bad package is refused with a clear
reason in both languages."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from shelter_desk.handoff import package as pkg
from shelter_desk.handoff.acknowledgement import Acknowledgement, AckStatus, read_ack, sign_ack
from shelter_desk.handoff.errors import HandoffRefused
from shelter_desk.handoff.pins import (
    OrganisationKeys,
    PinState,
    changed_key_warning,
    compare,
    key_file_bytes,
    read_key_file,
)
from shelter_desk.handoff.sealing import key_fingerprint, new_identity, seal, unseal
from shelter_desk.network.envelope import new_private_key

MARKER = "Zyxwvutsrqp Marcadora"  # a synthetic name that must never show in the sealed file
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def keys():
    sender_private, sender_public = new_private_key()
    clinic = [new_identity(), new_identity()]  # two laptops, two keys
    return sender_private, sender_public, clinic


def _addressing(clinic, *, recipient_id="clinica", expires=NOW + timedelta(days=30)):
    return pkg.Addressing(
        package_id="p-1", sender_id="albergue", sender_name="Albergue Sintético",
        recipient_id=recipient_id, recipient_name="Clínica Sintética",
        recipient_key_fingerprints=tuple(key_fingerprint(public) for _s, public in clinic),
        created_at=NOW.isoformat(), expires_at=expires.isoformat(),
        consent={"service_type": "legal", "recorded_on": "2026-12-01"})


def _payload(keys, **kwargs):
    private, _public, clinic = keys
    record = json.dumps({"person": {"given_names": MARKER}}).encode()
    parts = [pkg.Part(pkg.RECORD_PART, record),
             pkg.Part("attachments/1", b"%PDF-1.4 " + MARKER.encode() + b" acta",
                      "acta.pdf", "application/pdf")]
    return pkg.build_payload(_addressing(clinic, **kwargs), parts, private)


def _sealed(keys, payload):
    return seal(payload, [public for _s, public in keys[2]])


def _refusal(call):
    with pytest.raises(HandoffRefused) as refused:
        call()
    message = refused.value.message
    assert message.es and message.en and message.es != message.en
    return message


def test_the_preview_bytes_are_the_bytes_sealed_and_either_key_opens_them(keys):
    payload = _payload(keys)
    sealed = _sealed(keys, payload)
    for secret, _public in keys[2]:
        opened = pkg.open_payload(unseal(sealed, [secret]))
        assert opened.payload == payload
    assert opened.record()["person"]["given_names"] == MARKER
    assert opened.parts["attachments/1"].filename == "acta.pdf"
    assert opened.signing_key == keys[1]
    pkg.check_addressed(opened, "clinica", NOW)


def test_the_sealed_file_reveals_nothing_but_its_size(keys):
    sealed = _sealed(keys, _payload(keys))
    for secret_text in (MARKER, "Albergue", "Clínica", "clinica", "acta.pdf", "legal",
                        "p-1", base64.b64encode(keys[1]).decode()):
        assert secret_text.encode() not in sealed
        assert secret_text.encode("utf-16-le") not in sealed


def test_a_package_for_someone_else_cannot_be_opened(keys):
    stranger, _ = new_identity()
    message = _refusal(lambda: unseal(_sealed(keys, _payload(keys)), [stranger]))
    assert "no está cifrado para esta organización" in message.es


def test_a_truncated_or_non_age_file_is_refused(keys):
    sealed = _sealed(keys, _payload(keys))
    secret = keys[2][0][0]
    for damaged in (sealed[: len(sealed) // 2], sealed[:-1], b"PK\x03\x04 zip", b""):
        assert "incompleto o dañado" in _refusal(lambda d=damaged: unseal(d, [secret])).es


def test_a_changed_part_or_manifest_or_missing_signature_is_refused(keys):
    payload = json.loads(_payload(keys))
    changed = dict(payload, parts={**payload["parts"], "attachments/1":
                                   base64.b64encode(b"otra cosa").decode()})
    assert "alterado" in _refusal(lambda: pkg.open_payload(json.dumps(changed).encode())).es

    extra = dict(payload, parts={**payload["parts"], "attachments/9": ""})
    assert "alterado" in _refusal(lambda: pkg.open_payload(json.dumps(extra).encode())).es

    manifest = json.loads(base64.b64decode(payload["manifest"]))
    manifest["recipient"]["id"] = "otra"
    forged = dict(payload, manifest=base64.b64encode(json.dumps(manifest).encode()).decode())
    assert "firma válida" in _refusal(lambda: pkg.open_payload(json.dumps(forged).encode())).es

    unsigned = {k: v for k, v in payload.items() if k != "signature"}
    message = _refusal(lambda: pkg.open_payload(json.dumps(unsigned).encode()))
    assert "firma válida" in message.es and "valid signature" in message.en


def test_wrongly_addressed_and_expired_packages_are_refused(keys):
    other = pkg.open_payload(_payload(keys, recipient_id="otra-org"))
    assert "otra organización" in _refusal(lambda: pkg.check_addressed(other, "clinica", NOW)).es
    late = pkg.open_payload(_payload(keys, expires=NOW - timedelta(minutes=1)))
    message = _refusal(lambda: pkg.check_addressed(late, "clinica", NOW))
    assert "venció" in message.es and "expired" in message.en


def test_an_oversized_package_is_refused_before_reading(keys):
    message = _refusal(lambda: pkg.open_payload(b" " * (pkg.MAX_BYTES + 1)))
    assert "MB" in message.es and "MB" in message.en


def test_a_key_that_changed_since_pinned_is_a_loud_warning():
    _private, signing = new_private_key()
    _private2, other_signing = new_private_key()
    pinned = OrganisationKeys("clinica", "Clínica Sintética", signing, (new_identity()[1],))
    assert compare(None, pinned) is PinState.NEW
    assert compare(pinned, pinned) is PinState.SAME
    moved = OrganisationKeys("clinica", "Clínica Sintética", other_signing, pinned.age_keys)
    assert compare(pinned, moved) is PinState.CHANGED
    warning = changed_key_warning(pinned, moved).message
    assert "CAMBIÓ" in warning.es and "HAS CHANGED" in warning.en
    assert pinned.fingerprint() in warning.es and moved.fingerprint() in warning.en


def test_keys_exchanged_by_file_come_back_the_same_and_bad_files_are_refused():
    _private, signing = new_private_key()
    keys = OrganisationKeys("clinica", "Clínica Sintética", signing,
                            (new_identity()[1], new_identity()[1]))
    assert read_key_file(key_file_bytes(keys)) == keys
    document = json.loads(key_file_bytes(keys))
    for bad in (b"", b"{}", json.dumps({**document, "age_keys": ["age1nope"]}).encode(),
                json.dumps({**document, "signing_key": "AAAA"}).encode()):
        _refusal(lambda b=bad: read_key_file(b))


def test_an_acknowledgement_is_signed_by_the_receiver():
    private, public = new_private_key()
    _other, other_public = new_private_key()
    ack = Acknowledgement("p-1", AckStatus.DECLINED, NOW.isoformat(), "clinica",
                          "Sin cupo este mes")
    data = sign_ack(ack, private)
    assert read_ack(data, public) == ack
    assert "firma válida" in _refusal(lambda: read_ack(data, other_public)).es
    _refusal(lambda: read_ack(data[:-3], public))
