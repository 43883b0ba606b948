"""The app's side of the hub protocol over HTTPS: enrolment, report submission with the
receipt checked against the pinned hub key, the directory and the library.

Standard library only (urllib with an ssl context that can trust a network's own CA).
Plain http:// is refused except to this computer (loopback), where tests and a local
hub run. No vault and no Qt here: services/network_sync.py decides what to send and keeps
what comes back.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual, ShelterDeskError
from shelter_desk.network import envelope
from shelter_desk.network.hub_protocol import RECEIPT_FORMAT, signed_headers

TIMEOUT_SECONDS = 20
# Answers are read up to a bound: a JSON answer is a few KB, a library document is at most
# the hub's 20 MB (hub/library.py).
MAX_ANSWER_BYTES = 4 * 1024 * 1024
MAX_DOCUMENT_BYTES = 24 * 1024 * 1024
_MAX_ERROR_BYTES = 64 * 1024


class HubUnreachable(ShelterDeskError):
    """No answer (offline, hub down, DNS, TLS handshake): try again later."""


class HubRefused(ShelterDeskError):
    """The hub answered and said no; retrying the same request will not help."""

    def __init__(self, status: int, code: str, message: Bilingual) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class Enrolment:
    organisation_id: str
    organisation_name: str
    hub_public_key: bytes
    hub_fingerprint: str
    policy: dict[str, Any]
    role: str = "leader"  # "helper": the second aggregator of a network by shares


@dataclass(frozen=True)
class Receipt:
    canonical: bytes
    signature: bytes
    report_sha256: str
    received_at: str
    duplicate: bool


@dataclass(frozen=True)
class Identity:
    """Who signs member requests: the organisation's id at the hub and its private key."""

    organisation_id: str
    private_key: bytes


def check_url(url: str) -> str:
    """The hub's base URL: https, or http to loopback only."""
    parsed = urllib.parse.urlsplit(url.strip())
    host = parsed.hostname or ""
    if parsed.scheme == "https" and host:
        return url.strip().rstrip("/")
    if parsed.scheme == "http" and _loopback(host):
        return url.strip().rstrip("/")
    raise InvalidInput("hub", Bilingual(
        es="La dirección del hub debe empezar con https:// (http:// solo en este equipo).",
        en="The hub's address must start with https:// (http:// only on this computer)."))


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class HubClient:
    def __init__(self, url: str, *, ca_file: Path | None = None,
                 timeout: float = TIMEOUT_SECONDS) -> None:
        self.url = check_url(url)
        self.timeout = timeout
        # A network's own CA replaces the system's list: pinning, not adding.
        self._context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)

    def enrol(self, token: str, public_key: bytes) -> Enrolment:
        answer = self._json("POST", "/api/v1/enrol", json.dumps({
            "token": token.strip(), "public_key": _b64(public_key)}).encode())
        try:
            hub_key = _unb64(answer["hub_public_key"])
            if len(hub_key) != 32:  # an Ed25519 public key, or not a key at all
                raise ValueError("not an Ed25519 public key")
            # The fingerprint read aloud to check the key is computed here, from the key
            # pinned: the hub's own word for it proves nothing.
            return Enrolment(str(answer["organisation_id"]), str(answer["organisation_name"]),
                             hub_key, envelope.fingerprint(hub_key), dict(answer["policy"]),
                             str(answer.get("role", "leader")))
        except (KeyError, TypeError, ValueError, binascii.Error) as error:
            raise _garbled() from error

    def submit(self, file_bytes: bytes, hub_public_key: bytes, expected_sha256: str, *,
               path: str = "/api/v1/reports") -> Receipt:
        """Send one .sdreport; the receipt must be signed by the pinned hub key and name
        this very report, or it is not a receipt."""
        answer = self._json("POST", path, file_bytes)
        try:
            canonical, signature = _unb64(answer["receipt"]), _unb64(answer["signature"])
            Ed25519PublicKey.from_public_bytes(hub_public_key).verify(signature, canonical)
            document = json.loads(canonical)
            if document.get("format") != RECEIPT_FORMAT or \
                    document.get("report_sha256") != expected_sha256:
                raise ValueError("receipt for another report")
        except (KeyError, TypeError, ValueError, binascii.Error, InvalidSignature) as error:
            raise _garbled() from error
        return Receipt(canonical, signature, expected_sha256, str(document["received_at"]),
                       bool(answer.get("duplicate")))

    def submit_share(self, file_bytes: bytes, server_public_key: bytes,
                     expected_sha256: str) -> Receipt:
        """Send one signed half of the secret shares to the server it names; the receipt
        must be signed by that server's pinned key and name this very half."""
        return self.submit(file_bytes, server_public_key, expected_sha256,
                           path="/api/v1/shares")

    def directory(self, identity: Identity) -> list[dict[str, Any]]:
        answer = self._json("GET", "/api/v1/directory", identity=identity)
        organisations = answer.get("organisations")
        if not isinstance(organisations, list):
            raise _garbled()
        return [item for item in organisations if isinstance(item, dict)]

    def publish_profile(self, identity: Identity, profile: dict[str, Any]) -> None:
        self._json("PUT", "/api/v1/directory/profile",
                   json.dumps(profile, ensure_ascii=False).encode("utf-8"), identity=identity)

    def library(self, identity: Identity) -> list[dict[str, Any]]:
        documents = self._json("GET", "/api/v1/library", identity=identity).get("documents")
        if not isinstance(documents, list):
            raise _garbled()
        return [item for item in documents if isinstance(item, dict)]

    def library_document(self, identity: Identity, slug: str, version: int) -> bytes:
        path = f"/api/v1/library/{urllib.parse.quote(slug, safe='')}/{int(version)}"
        return self._request("GET", path, b"", identity, limit=MAX_DOCUMENT_BYTES)

    def _json(self, method: str, path: str, body: bytes = b"",
              identity: Identity | None = None) -> dict[str, Any]:
        data = self._request(method, path, body, identity)
        try:
            answer = json.loads(data)
        except (UnicodeDecodeError, ValueError) as error:
            raise _garbled() from error
        if not isinstance(answer, dict):
            raise _garbled()
        return answer

    def _request(self, method: str, path: str, body: bytes, identity: Identity | None, *,
                 limit: int = MAX_ANSWER_BYTES,
                 extra_headers: dict[str, str] | None = None) -> bytes:
        headers = {"Content-Type": "application/json", "Accept": "application/json",
                   **(extra_headers or {})}
        if identity is not None:  # a new nonce each request: the hub refuses a replay
            headers |= signed_headers(identity.organisation_id, identity.private_key,
                                      method, path, body)
        request = urllib.request.Request(  # noqa: S310 - check_url allows https (http: loopback)
            self.url + path, data=body if method != "GET" else None, method=method,
            headers=headers)
        # Never redirected: a 30x would carry the member's signed request (or the report)
        # to an address nobody checked.
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=self._context),
                                             _NoRedirect)
        try:
            with opener.open(request, timeout=self.timeout) as response:
                data = response.read(limit + 1)
        except urllib.error.HTTPError as error:
            if 300 <= error.code < 400:
                raise HubRefused(error.code, "redirect", Bilingual(
                    es=f"El hub respondió con una redirección ({error.code}) a otra dirección; "
                       "Shelter Desk no la sigue. Revisa la dirección del hub.",
                    en=f"The hub answered with a redirect ({error.code}) to another address; "
                       "Shelter Desk does not follow it. Check the hub's address.")) from error
            raise _refusal(error) from error
        except (urllib.error.URLError, OSError, TimeoutError) as error:
            raise HubUnreachable(Bilingual(
                es=f"No se pudo contactar al hub ({_reason(error)}).",
                en=f"Could not reach the hub ({_reason(error)}).")) from error
        if len(data) > limit:
            raise HubRefused(502, "too_large", Bilingual(
                es="La respuesta del hub es demasiado grande (¿es el hub correcto?).",
                en="The hub's answer is too large (is it the right hub?)."))
        return data


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *_args: Any, **_kwargs: Any) -> None:
        return None


def _refusal(error: urllib.error.HTTPError) -> HubRefused:
    try:
        answer = json.loads(error.read(_MAX_ERROR_BYTES))
        message = Bilingual(es=str(answer["message"]["es"]), en=str(answer["message"]["en"]))
        code = str(answer["error"])
    except (ValueError, KeyError, TypeError, OSError):
        message = Bilingual(es=f"El hub respondió con el error {error.code}.",
                            en=f"The hub answered with error {error.code}.")
        code = "http_error"
    return HubRefused(error.code, code, message)


def _reason(error: BaseException) -> str:
    reason = getattr(error, "reason", None)
    return str(reason if reason is not None else error)[:120]


def _garbled() -> HubRefused:
    return HubRefused(502, "garbled", Bilingual(
        es="La respuesta del hub no es válida (¿es el hub correcto?).",
        en="The hub's answer is not valid (is it the right hub?)."))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text, validate=True)
