"""«Agregar una computadora del equipo» and «Unirme a un albergue»: pairing.

The inviting laptop shows a pairing code and a QR code carrying its address, its
certificate's SHA-256 and the one-time code. The new laptop connects over TLS, checks
the certificate against the fingerprint (the QR's whole one, or the first characters
shown beside the code), and proves it knows the code with an HMAC over its own card and
that fingerprint. Three wrong proofs end the invitation. On a right one, the inviting
laptop adds the new one as a peer and sends the vault as it is on disk: keys.json (so
every colleague's passphrase opens it) and consistent copies of vault.db and files.db,
still encrypted under the vault's keys. The new laptop opens it with the person's own
passphrase and takes its own identity.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import shutil
import socket
import ssl
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import segno

from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.services.common import permitted
from shelter_desk.store.keyring import FILE_NAME as KEYS_FILE
from shelter_desk.store.vault import FILES_DB, VAULT_DB, OpenVault, unlock, vault_exists
from shelter_desk.team import devices, lan, pairing
from shelter_desk.team.errors import TeamError
from shelter_desk.team.identity import DeviceKeys, fingerprint, new_device

TRIES = 3
SCHEME = "shelterdesk-pair"
WRONG_CODE = Bilingual(
    es="El código de emparejamiento no es correcto.",
    en="The pairing code is not correct.")
UNREACHABLE = Bilingual(
    es="No se pudo llegar a la otra computadora. Comprueba que esté en la misma red, con "
       "la ventana «Agregar una computadora del equipo» abierta, y la dirección escrita.",
    en="Could not reach the other computer. Check that it is on the same network, with "
       "the “Add a team computer” window open, and the address typed.")
_CONNECT_TIMEOUT_S = 10


def wrong_code(tries_left: int | None) -> Bilingual:
    """The wrong-code message, with the tries left when the inviting laptop said them."""
    if not tries_left:
        return WRONG_CODE
    es = "Queda 1 intento" if tries_left == 1 else f"Quedan {tries_left} intentos"
    en = "1 try left" if tries_left == 1 else f"{tries_left} tries left"
    return Bilingual(es=f"{WRONG_CODE.es} {es}.", en=f"{WRONG_CODE.en} {en}.")
ENDED = Bilingual(
    es="La invitación terminó (tres códigos equivocados, o ya se usó). Pide una nueva en la "
       "otra computadora.",
    en="The invitation has ended (three wrong codes, or it was already used). Ask for a new "
       "one on the other computer.")
WRONG_LAPTOP = Bilingual(
    es="La computadora que respondió no es la que muestra el código: no se envió nada.",
    en="The computer that answered is not the one showing the code: nothing was sent.")
ALREADY_A_VAULT = Bilingual(
    es="Ya hay una bóveda en esta carpeta.",
    en="There is already a vault in this folder.")


@dataclass(frozen=True)
class Ticket:
    """What the QR code carries (and, typed, the code plus the fingerprint's start)."""

    host: str
    port: int
    fingerprint: str
    code: str

    def uri(self) -> str:
        query = urlencode({"h": self.host, "p": self.port, "f": self.fingerprint,
                           "c": self.code})
        return f"{SCHEME}:?{query}"

    @classmethod
    def parse(cls, uri: str) -> Ticket:
        parsed = urlparse(uri)
        if parsed.scheme != SCHEME:
            raise TeamError(WRONG_CODE)
        query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
        try:
            return cls(query["h"], int(query["p"]), query["f"], query["c"])
        except (KeyError, ValueError) as error:
            raise TeamError(WRONG_CODE) from error

    def qr_svg(self) -> str:
        return segno.make(self.uri(), error="m").svg_inline(scale=4)

    @property
    def short_fingerprint(self) -> str:
        return self.fingerprint[:8]


def proof(code: str, host_fingerprint: str, card: dict[str, Any]) -> str:
    message = host_fingerprint.encode() + json.dumps(card, sort_keys=True).encode()
    return hmac.new(code.encode(), message, hashlib.sha256).hexdigest()


class Invitation:
    """One pairing attempt on the inviting laptop: answers until paired or 3 wrong codes."""

    def __init__(self, vault: OpenVault, host: str = "127.0.0.1") -> None:
        permitted(vault, Action.BACKUP)  # it hands over the whole vault with its keys
        self.vault = vault
        with vault.read() as connection:
            self.keys = devices.require_self(connection)
        self.tries_left = TRIES
        self.paired: devices.Device | None = None
        self._context = _server_context(vault, self.keys)
        self._socket = socket.create_server((host, 0))
        self._socket.settimeout(0.5)
        code = f"{secrets.randbelow(10 ** 8):08d}"
        self.ticket = Ticket(host, self._socket.getsockname()[1], self.keys.device_id,
                             f"{code[:4]}-{code[4:]}")
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="team-pairing", daemon=True)
        self._thread.start()

    @property
    def ended(self) -> bool:
        return self._done.is_set()

    def _serve(self) -> None:
        while not self._done.is_set():
            try:
                raw, _address = self._socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                raw.settimeout(60)
                with self._context.wrap_socket(raw, server_side=True) as tls:
                    self._answer(tls)
            except (OSError, ssl.SSLError, TeamError, ValueError, KeyError):
                pass  # a dropped line costs no try; the joiner sees the error
            finally:
                raw.close()
        self._socket.close()

    def _answer(self, tls: ssl.SSLSocket) -> None:
        request = lan.read_frame(tls)
        card = request["card"]
        if not hmac.compare_digest(str(request["proof"]),
                                   proof(self.ticket.code, self.keys.device_id, card)):
            self.tries_left -= 1
            if self.tries_left <= 0:
                self._done.set()
            lan.send_frame(tls, {"error": "ended" if self._done.is_set() else "wrong",
                                 "tries_left": self.tries_left})
            return
        self.paired = pairing.add_peer(self.vault, card)
        lan.send_frame(tls, _vault_files(self.vault))
        self._done.set()  # one-time

    def close(self) -> None:
        self._done.set()
        self._thread.join(timeout=5)


def _server_context(vault: OpenVault, keys: DeviceKeys) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    lan.load_own_certificate(context, vault.directory, keys)
    return context


def _vault_files(vault: OpenVault) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(dir=vault.directory) as folder:
        files = {}
        for name in (VAULT_DB, FILES_DB):
            copy = Path(folder) / name
            vault.copy_database(name, copy)
            files[name] = copy.read_bytes().hex()  # still encrypted under the vault's key
        files[KEYS_FILE] = (vault.directory / KEYS_FILE).read_bytes().hex()
    return {"files": files}


def join(directory: Path, ticket: Ticket, *, name: str, user: str,
         passphrase: str) -> OpenVault:
    """«Unirme a un albergue»: receive the vault into `directory`, open it with her own
    passphrase, take this laptop's identity. Nothing is left in `directory` on failure."""
    if vault_exists(directory):
        raise TeamError(ALREADY_A_VAULT)
    keys = new_device(name)
    card = pairing.card(keys, name, {})
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # pinned below, by the ticket's fingerprint
    try:
        raw = socket.create_connection((ticket.host, ticket.port), timeout=_CONNECT_TIMEOUT_S)
    except OSError as error:  # refused, no route, nobody answering
        raise TeamError(UNREACHABLE) from error
    raw.settimeout(60)  # the vault itself may take a while on a slow Wi-Fi
    with raw, context.wrap_socket(raw) as tls:
        der = tls.getpeercert(binary_form=True)
        if der is None or not _matches(der, ticket.fingerprint):
            raise TeamError(WRONG_LAPTOP)
        lan.send_frame(tls, {"card": card,
                             "proof": proof(ticket.code, _fingerprint_of(der), card)})
        answer = lan.read_frame(tls)
    if answer.get("error") == "wrong":
        raise TeamError(wrong_code(answer.get("tries_left")))
    if answer.get("error"):
        raise TeamError(ENDED)
    staging = directory.with_name(directory.name + ".joining")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for file_name, data in answer["files"].items():
        if file_name not in (VAULT_DB, FILES_DB, KEYS_FILE):
            raise TeamError(WRONG_LAPTOP)
        (staging / file_name).write_bytes(bytes.fromhex(data))
        (staging / file_name).chmod(0o600)
    staging.replace(directory)
    try:
        vault = unlock(directory, user=user, passphrase=passphrase)
        pairing.join_copied_vault(vault, name, keys)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)  # she can try again from the start
        raise
    return vault


def _fingerprint_of(der: bytes) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    pem = x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)
    return fingerprint(pem)


def _matches(der: bytes, expected: str) -> bool:
    actual = _fingerprint_of(der)
    return len(expected) >= 8 and actual.startswith(expected.lower())
