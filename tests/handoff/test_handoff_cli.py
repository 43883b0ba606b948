"""The handoff from the command line: the shelter sends Rosa's case as a file, the clinic
receives and accepts it, and the shelter reads the clinic's answer; without consent the
shelter is told why, in Spanish or in English."""

from __future__ import annotations

from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.services import followup
from tests.cli.test_cli import run
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.handoff.conftest import MARKER

ENV = {"SHELTER_DESK_PASSPHRASE": PASSPHRASE}


def _as(path) -> list[str]:
    return ["--vault", str(path), "--user", COORDINATOR]


def test_send_receive_accept_and_acknowledge_by_file(handoff):
    h = handoff
    shelter, clinic = _as(h.tmp / "albergue"), _as(h.tmp / "clinica")
    package, ack = h.tmp / "rosa.sdhandoff", h.tmp / "acuse.sdack"
    sent = run("handoff", "send", *shelter, "--referral", str(h.referral_id), "--documents",
               "--attachments", str(h.attachment_id), "--out", str(package), env=ENV)
    assert sent.returncode == 0, sent.stderr
    assert f"person: Rosa Elvira {MARKER}" in sent.stdout and "pasaporte.pdf" in sent.stdout
    assert MARKER.encode() not in package.read_bytes()

    received = run("handoff", "receive", *clinic, str(package), "--ack-out", str(ack), env=ENV)
    assert received.returncode == 0, received.stderr
    assert "Albergue Sintético" in received.stdout
    listed = run("handoff", "list", *clinic, env=ENV)
    package_id = listed.stdout.split("\t")[0]
    accepted = run("handoff", "accept", *clinic, package_id, "--ack-out", str(ack), env=ENV)
    assert accepted.returncode == 0 and "Aceptado" in accepted.stdout, accepted.stderr
    answer = run("handoff", "ack", *shelter, str(ack), env=ENV)
    assert answer.returncode == 0 and "accepted" in answer.stdout, answer.stderr


def test_without_consent_the_reason_is_printed(handoff):
    h = handoff
    followup.record_consent(h.shelter, h.her, ConsentPurpose.REFERRAL, False)
    shelter = _as(h.tmp / "albergue")
    for language, words in (("es", "consentimiento"), ("en", "consent")):
        refused = run("handoff", "build", *shelter, "--referral", str(h.referral_id),
                      env={**ENV, "SHELTER_DESK_LANG": language})
        assert refused.returncode == 4 and words in refused.stderr, refused.stderr
    bad = h.tmp / "basura.sdhandoff"
    bad.write_bytes(b"age-encryption.org/v1\n-> nada")
    garbage = run("handoff", "receive", *_as(h.tmp / "clinica"), str(bad), "--ack-out",
                  str(h.tmp / "a"), env={**ENV, "SHELTER_DESK_LANG": "en"})
    assert garbage.returncode == 4 and "Nothing" not in garbage.stdout, garbage.stderr
