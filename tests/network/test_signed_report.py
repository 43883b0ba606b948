"""Canonical bytes, the signature and the .sdreport file, without a vault."""

from __future__ import annotations

import pytest

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.network import envelope
from shelter_desk.network.canonical import canonical_bytes


def test_canonical_json_is_sorted_compact_utf8_and_integers_only():
    assert canonical_bytes({"b": [1, None, True], "a": "Tapachula, Chiapas ñ"}) == (
        '{"a":"Tapachula, Chiapas ñ","b":[1,null,true]}'.encode())
    with pytest.raises(ValueError, match="float"):
        canonical_bytes({"rate": 0.5})
    with pytest.raises(ValueError, match="ASCII"):
        canonical_bytes({"año": 1})


def test_one_changed_byte_breaks_the_signature():
    private, public = envelope.new_private_key()
    signed = envelope.sign(private, canonical_bytes({"period": "2026-Q3", "tables": []}))
    read = envelope.read_file(signed.to_file_bytes())
    assert read == signed and envelope.verify(read, public)
    for position in range(len(signed.canonical)):
        changed = bytearray(signed.canonical)
        changed[position] ^= 0x01
        assert not envelope.verify(envelope.SignedReport(bytes(changed), signed.signature,
                                                         public))
    _other_private, other_public = envelope.new_private_key()
    assert not envelope.verify(signed, other_public)
    assert len(envelope.fingerprint(public).split()) == 16


@pytest.mark.parametrize("data", [b"", b"\xff\xfe", b"[]", b'{"format": "x"}',
                                  b'{"format": "shelter-desk-signed-report/1"}',
                                  b'{"format": "shelter-desk-signed-report/1", "report": "%%",'
                                  b' "signature": "", "public_key": ""}'])
def test_anything_that_is_not_a_signed_report_is_refused_in_both_languages(data):
    with pytest.raises(InvalidInput) as raised:
        envelope.read_file(data)
    assert ".sdreport" in raised.value.message.es and ".sdreport" in raised.value.message.en
