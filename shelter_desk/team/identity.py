"""A laptop's identity in the team: one Ed25519 key pair with a self-signed certificate
(its SHA-256 is the device id, as Syncthing's), and an age X25519 identity that change
files are encrypted to. The private halves live only inside this laptop's vault."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pyrage
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import NameOID

_VALID_YEARS = 20  # pinned by fingerprint, never checked against a CA or a date


@dataclass(frozen=True)
class DeviceKeys:
    device_id: str
    certificate_pem: bytes
    signing_private: bytes  # raw Ed25519
    signing_public: bytes
    age_identity: str
    age_recipient: str

    def private_json(self) -> bytes:
        return json.dumps({"signing": self.signing_private.hex(),
                           "age": self.age_identity}).encode()

    def signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private)

    def tls_key_pem(self) -> bytes:
        return self.signer().private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption())


def fingerprint(certificate_pem: bytes) -> str:
    certificate = x509.load_pem_x509_certificate(certificate_pem)
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def new_device(name: str) -> DeviceKeys:
    key = Ed25519PrivateKey.generate()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Shelter Desk")])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - timedelta(days=1))
                   .not_valid_after(now + timedelta(days=365 * _VALID_YEARS))
                   .sign(key, None))
    pem = certificate.public_bytes(serialization.Encoding.PEM)
    age = pyrage.x25519.Identity.generate()
    raw = serialization.Encoding.Raw
    return DeviceKeys(
        device_id=fingerprint(pem), certificate_pem=pem,
        signing_private=key.private_bytes(raw, serialization.PrivateFormat.Raw,
                                          serialization.NoEncryption()),
        signing_public=key.public_key().public_bytes(raw, serialization.PublicFormat.Raw),
        age_identity=str(age), age_recipient=str(age.to_public()))


def load_device(certificate_pem: bytes, signing_public: bytes, age_recipient: str,
                private_json: bytes) -> DeviceKeys:
    private = json.loads(private_json)
    return DeviceKeys(fingerprint(certificate_pem), certificate_pem,
                      bytes.fromhex(private["signing"]), signing_public, private["age"],
                      age_recipient)


def verifier(signing_public: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(signing_public)
