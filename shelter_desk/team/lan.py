"""The local-network route: mutual TLS between paired laptops, certificates pinned.

Each laptop presents its own self-signed certificate and trusts only the certificates
of the laptops it is paired with (and not removed): an unpaired laptop's handshake
fails, so it is never answered. The server exists only while a vault is unlocked (the
caller starts it after unlocking and stops it before locking). A message is one frame
(length, then JSON); a frame is applied only once it has arrived whole, so a peer that
disconnects mid-transfer leaves nothing half-applied, and the next sync resumes from
the version vectors (what was applied is not sent again).
"""

from __future__ import annotations

import contextlib
import json
import secrets
import socket
import ssl
import struct
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization

from shelter_desk.store.vault import OpenVault
from shelter_desk.team import devices, sync
from shelter_desk.team.errors import TRUNCATED, UNPAIRED, TeamError
from shelter_desk.team.identity import DeviceKeys, fingerprint

_HEADER = struct.Struct(">Q")
_MAX_FRAME = 2 * 1024 ** 3
_TIMEOUT_S = 60


def _context(vault: OpenVault, *, server: bool) -> tuple[ssl.SSLContext, DeviceKeys]:
    with vault.read() as connection:
        keys = devices.require_self(connection)
        peers = [d for d in devices.all_devices(connection) if d.active and not d.is_self]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if server else ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    if not peers:
        raise TeamError(UNPAIRED)
    context.load_verify_locations(cadata="".join(p.certificate.decode() for p in peers))
    load_own_certificate(context, Path(vault.directory), keys)
    return context, keys


def load_own_certificate(context: ssl.SSLContext, folder: Path, keys: DeviceKeys) -> None:
    """This laptop's certificate and key into `context`."""
    # ssl reads a key only from a file: it is written encrypted under a one-time password
    # that never leaves memory, next to the vault, and removed at once.
    password = secrets.token_bytes(32)
    key_file = Path(folder) / f".team-{secrets.token_hex(8)}.key"
    cert_file = key_file.with_suffix(".crt")
    try:
        key_file.write_bytes(keys.signer().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(password)))
        cert_file.write_bytes(keys.certificate_pem)
        context.load_cert_chain(cert_file, key_file, password=password)
    finally:
        key_file.unlink(missing_ok=True)
        cert_file.unlink(missing_ok=True)


def _peer_id(tls: ssl.SSLSocket, vault: OpenVault) -> str:
    der = tls.getpeercert(binary_form=True)
    if der is None:
        raise TeamError(UNPAIRED)
    from cryptography import x509

    pem = x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)
    device_id = fingerprint(pem)
    with vault.read() as connection:
        known = devices.get(connection, device_id)
    if known is None or not known.active or known.is_self:
        raise TeamError(UNPAIRED)
    return device_id


def send_frame(tls: Any, message: dict[str, Any]) -> None:
    data = json.dumps(message, separators=(",", ":")).encode()
    tls.sendall(_HEADER.pack(len(data)) + data)


def read_frame(tls: Any) -> dict[str, Any]:
    size = _HEADER.unpack(_read_exactly(tls, _HEADER.size))[0]
    if size > _MAX_FRAME:
        raise TeamError(TRUNCATED)
    return json.loads(_read_exactly(tls, size))


def _read_exactly(tls: Any, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = tls.recv(min(left, 1024 * 1024))
        if not chunk:
            raise TeamError(TRUNCATED)  # the peer went away mid-transfer
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class Server:
    """Answers paired laptops on one port while the vault is unlocked."""

    def __init__(self, vault: OpenVault, host: str = "127.0.0.1", port: int = 0) -> None:
        self.vault = vault
        self._context, self.keys = _context(vault, server=True)
        self._socket = socket.create_server((host, port))
        self._socket.settimeout(0.5)
        self.port = self._socket.getsockname()[1]
        self._stop = threading.Event()
        self.errors: list[BaseException] = []
        self._thread = threading.Thread(target=self._serve, name="team-lan", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                raw, _address = self._socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with contextlib.closing(raw):
                try:
                    raw.settimeout(_TIMEOUT_S)
                    with self._context.wrap_socket(raw, server_side=True) as tls:
                        self._answer(tls)
                except (OSError, ssl.SSLError, TeamError, ValueError) as error:
                    self.errors.append(error)  # an unpaired caller, a dropped line

    def _answer(self, tls: ssl.SSLSocket) -> None:
        peer = _peer_id(tls, self.vault)
        hello = read_frame(tls)
        send_frame(tls, sync.outgoing(self.vault, peer, vector=hello["vector"]))
        theirs = read_frame(tls)  # whole, or nothing is applied
        report = sync.incoming(self.vault, theirs, route="network")
        send_frame(tls, {"received": report.received})

    def stop(self) -> None:
        self._stop.set()
        self._socket.close()
        self._thread.join(timeout=5)


@contextlib.contextmanager
def serving(vault: OpenVault, host: str = "127.0.0.1", *,
            announce: bool = False) -> Iterator[Server]:
    """The server while the block runs (the app: from unlocking to locking), announced
    by mDNS when `announce` is set."""
    server = Server(vault, host)
    announcer = None
    try:
        if announce:
            from shelter_desk.team.discovery import Announcer

            announcer = Announcer(server.keys.device_id, host, server.port)
        yield server
    finally:
        if announcer is not None:
            announcer.close()
        server.stop()


def sync_with(vault: OpenVault, host: str, port: int, peer_id: str) -> sync.SyncReport:
    """One exchange with a paired laptop: its changes here, ours there."""
    context, _keys = _context(vault, server=False)
    with socket.create_connection((host, port), timeout=_TIMEOUT_S) as raw, \
            context.wrap_socket(raw) as tls:
        if _peer_id(tls, vault) != peer_id:
            raise TeamError(UNPAIRED)
        with vault.read() as connection:
            from shelter_desk.team import vault_log

            vector = vault_log.stored_vector(connection)
        send_frame(tls, {"vector": vector})
        report = sync.incoming(vault, read_frame(tls), route="network")
        send_frame(tls, sync.outgoing(vault, peer_id))
        read_frame(tls)
    return report
