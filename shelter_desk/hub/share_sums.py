"""Adding up a period's shares. The helper adds up its halves for exactly the members the
leader names, signs the sum with its hub key and answers it only to the leader's
request; the leader adds the helper's sum to its own, which gives the exact network
tables, protects them once (k-suppression with the LP auditor, all tables together),
and only then publishes them.

Both servers refuse a sum of fewer than 3 members, or one that differs from a version
already released by the contributions of fewer than 3 members: otherwise either server
alone (asking the other for sums over sets it chooses) could read one member by
subtraction. This is DAP's minimum batch size and its rule against overlapping batches.
"""

from __future__ import annotations

import base64
import binascii
import json
import urllib.error
import urllib.request
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from shelter_desk.hub import db
from shelter_desk.hub.refusal import Refusal
from shelter_desk.hub.share_ingest import domain, latest, network_policy, role, stored_vectors
from shelter_desk.hub.share_schema import network_publication, share_submission
from shelter_desk.network import auditor, envelope, shares
from shelter_desk.network.auditor import Members
from shelter_desk.network.canonical import canonical_bytes

SUM_FORMAT = "shelter-desk-share-sum/1"
SIGNATURE_HEADER = "X-SD-Leader-Signature"
HELPER_TIMEOUT = 20.0


def released(connection: Connection, period: str) -> list[tuple[int, Members, dict[str, Any]]]:
    rows = connection.execute(select(network_publication).where(
        network_publication.c.period == period).order_by(network_publication.c.version)).all()
    return [(row.version, json.loads(row.members), json.loads(row.document)) for row in rows]


def record_release(connection: Connection, period: str, members: Members,
                   document: dict[str, Any]) -> int:
    version = len(released(connection, period)) + 1
    connection.execute(insert(network_publication).values(
        period=period, version=version, members=json.dumps(members, sort_keys=True),
        document=json.dumps(document, sort_keys=True), published_at=db.now_utc()))
    return version


def _members_sum(connection: Connection, period: str, members: Members) -> dict[str, list[int]]:
    """This server's halves of exactly these members' revisions, added up."""
    from shelter_desk.hub.schema import organisation

    cells = domain(connection)
    vectors = []
    for key_hex, revision in sorted(members.items()):
        row = connection.execute(select(share_submission.c.canonical).join(
            organisation, organisation.c.id == share_submission.c.organisation_id).where(
            organisation.c.public_key == bytes.fromhex(key_hex),
            share_submission.c.period == period,
            share_submission.c.revision == revision)).first()
        if row is None:
            raise Refusal(409, "share_missing",
                          "A este servidor le falta la parte de un miembro que el otro sí "
                          "tiene; se espera a que llegue.",
                          "This server lacks a member's share that the other one has; "
                          "waiting for it to arrive.")
        vectors.append(stored_vectors(bytes(row.canonical), cells))
    return {key: shares.add((vector[key] for vector in vectors), cells.length(key))
            for key in cells.cells}


# ---- the helper's side -----------------------------------------------------------------

def helper_sum(engine: Engine, period: str, raw: bytes, signature: str | None
               ) -> dict[str, Any]:
    """Only the leader may ask (its hub key, pinned here, signs the request): a stranger
    asking for sums could otherwise use up the sets the rules allow."""
    with engine.begin() as connection:
        if role(connection) != "helper":
            raise Refusal(404, "not_helper", "Este servidor no es el agregador auxiliar.",
                          "This server is not the helper aggregator.")
        leader_key = db.get_setting(connection, "leader_public_key")
        if leader_key is None or not _signed_by(bytes.fromhex(leader_key), raw, signature):
            raise Refusal(403, "not_leader",
                          "Solo el hub de la red, con su llave registrada aquí, puede pedir "
                          "la suma.",
                          "Only the network's hub, with its key registered here, may ask "
                          "for the sum.")
        body = json.loads(raw)
        members = _requested(body)
        if body.get("domain_sha256") != domain(connection).sha256():
            raise Refusal(409, "policy_mismatch",
                          "El hub y el agregador auxiliar tienen políticas distintas; no se "
                          "suma nada hasta que sean iguales.",
                          "The hub and the helper have different policies; nothing is added "
                          "up until they are the same.")
        earlier = [version_members for _v, version_members, _d in released(connection, period)]
        if members not in earlier:
            problem = auditor.release_problem(members, earlier)
            if problem:
                raise Refusal(409, "too_few_members",
                              "No se suman partes de menos de 3 miembros, ni una versión que "
                              "difiera de otra ya entregada en menos de 3 miembros.",
                              f"No sum of fewer than 3 members, nor one that differs from a "
                              f"version already released by fewer than 3 ({problem}).")
        sums = _members_sum(connection, period, members)
        if members not in earlier:
            record_release(connection, period, members, {})
        document = {"format": SUM_FORMAT, "period": period,
                    "domain_sha256": domain(connection).sha256(),
                    "members": dict(sorted(members.items())),
                    "sums": {key: shares.encode(vector) for key, vector in sorted(sums.items())}}
        signed = envelope.sign(db.hub_private_key(connection), canonical_bytes(document))
    return {"sum": base64.b64encode(signed.canonical).decode(),
            "signature": base64.b64encode(signed.signature).decode()}


def _signed_by(key: bytes, raw: bytes, signature: str | None) -> bool:
    try:
        return envelope.verify(envelope.SignedReport(
            raw, base64.b64decode(signature or "", validate=True), key), key)
    except (binascii.Error, ValueError):
        return False


def sign_request(connection: Connection, raw: bytes) -> str:
    return base64.b64encode(envelope.sign(db.hub_private_key(connection), raw).signature
                            ).decode()


def _requested(body: dict[str, Any]) -> Members:
    members = body.get("members")
    if not isinstance(members, dict) or not all(
            isinstance(key, str) and len(key) == 64 and all(c in "0123456789abcdef" for c in key)
            and isinstance(revision, int) and not isinstance(revision, bool)
            for key, revision in members.items()):
        raise Refusal(400, "malformed", "La petición debe nombrar miembros y revisiones.",
                      "The request must name members and revisions.")
    return dict(members)


# ---- the leader's side -----------------------------------------------------------------

def ask_helper(helper_url: str, helper_key: bytes, period: str, members: Members,
               domain_sha256: str, lengths: dict[str, int], engine: Engine
               ) -> dict[str, list[int]]:
    """The helper's signed sum for exactly `members`; a Refusal that says why not."""
    body = json.dumps({"members": members, "domain_sha256": domain_sha256}).encode()
    with engine.connect() as connection:
        signature = sign_request(connection, body)
    request = urllib.request.Request(  # noqa: S310 - the URL the network's policy names
        f"{helper_url.rstrip('/')}/api/v1/shares/{period}/sum", data=body, method="POST",
        headers={"Content-Type": "application/json", SIGNATURE_HEADER: signature})
    try:
        with urllib.request.urlopen(request, timeout=HELPER_TIMEOUT) as reply:  # noqa: S310
            answer = json.loads(reply.read())
    except urllib.error.HTTPError as error:
        try:
            said = json.loads(error.read())["message"]
        except (ValueError, KeyError, TypeError):
            said = {"es": f"respuesta {error.code}", "en": f"answer {error.code}"}
        raise Refusal(503, "helper_refused", f"El agregador auxiliar no dio su suma: "
                      f"{said.get('es')}", f"The helper did not give its sum: "
                      f"{said.get('en')}") from error
    except (OSError, ValueError) as error:
        raise Refusal(503, "helper_down",
                      "El agregador auxiliar no responde; no se publica nada hasta que "
                      "responda (las cifras de un solo servidor no dicen nada).",
                      "The helper aggregator does not answer; nothing is published until it "
                      "does (one server's sums alone say nothing).") from error
    try:
        signed = envelope.SignedReport(base64.b64decode(answer["sum"], validate=True),
                                       base64.b64decode(answer["signature"], validate=True),
                                       helper_key)
        document = json.loads(signed.canonical)
        good = envelope.verify(signed, helper_key) and document["format"] == SUM_FORMAT
    except (KeyError, TypeError, ValueError, binascii.Error):
        good = False
    if not good or document.get("period") != period or document.get("members") != members:
        raise Refusal(502, "helper_forged",
                      "La suma del agregador auxiliar no lleva su firma o no es la pedida.",
                      "The helper's sum is not signed by its key or is not the one asked for.")
    if document.get("domain_sha256") != domain_sha256:
        raise Refusal(409, "policy_mismatch",
                      "El hub y el agregador auxiliar tienen políticas distintas.",
                      "The hub and the helper have different policies.")
    try:
        sums = document["sums"]
        return {key: shares.decode(sums[key], length) for key, length in lengths.items()}
    except (ValueError, KeyError, TypeError) as error:
        raise Refusal(502, "helper_forged", "La suma del agregador auxiliar está dañada.",
                      "The helper's sum is damaged.") from error


def current_members(connection: Connection, period: str) -> Members:
    return {key.hex(): revision for key, (revision, _c) in latest(connection, period).items()}


def helper_config(connection: Connection) -> tuple[str, bytes]:
    policy = network_policy(connection)
    key = db.get_setting(connection, "helper_public_key")
    if policy.aggregators is None or key is None:
        raise Refusal(409, "no_helper",
                      "La política de la red no nombra un agregador auxiliar con su llave.",
                      "The network's policy names no helper aggregator with its key.")
    return policy.aggregators[1], bytes.fromhex(key)
