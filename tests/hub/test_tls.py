"""TLS straight from uvicorn, and a network that runs its own certificate authority:
the app trusts the hub only through the CA it was told to pin."""

from __future__ import annotations

import datetime
import ipaddress
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import Engine

from shelter_desk.network import envelope
from shelter_desk.network.hub_client import HubClient, HubUnreachable
from tests.hub.conftest import LiveHub
from tests.hub.members import add_organisation


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def network_ca(folder: Path) -> tuple[Path, Path, Path]:
    """(CA certificate, hub certificate for 127.0.0.1, hub key): a network's own PKI."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Red Sintética CA"))
          .issuer_name(_name("Red Sintética CA")).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now)
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                         critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("hub"))
            .issuer_name(ca.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = folder / "ca.pem", folder / "hub.pem", folder / "hub.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


@pytest.fixture
def tls_hub(hub_engine: Engine, tmp_path: Path):
    ca, cert, key = network_ca(tmp_path)
    hub = LiveHub(hub_engine, tls=(str(cert), str(key)))
    hub.start()
    yield hub, ca
    hub.stop()


def test_the_app_joins_over_tls_trusting_the_networks_own_ca(tls_hub):
    hub, ca = tls_hub
    _organisation_id, token = add_organisation(hub.engine, "Casa Sintética Norte")
    public = envelope.new_private_key()[1]
    # WITHOUT the network's CA the hub's certificate is not trusted: nothing is sent
    with pytest.raises(HubUnreachable) as untrusted:
        HubClient(hub.url).enrol(token, public)
    assert "CERTIFICATE_VERIFY_FAILED" in str(untrusted.value.message.en)
    # WITH it pinned, the enrolment goes through
    enrolment = HubClient(hub.url, ca_file=ca).enrol(token, public)
    assert enrolment.organisation_name == "Casa Sintética Norte"
