"""What an attacker or an unlucky client sends the hub is answered with a clear 4xx in
both languages, and nothing is stored: JSON nested a hundred thousand levels deep, a
library version no database integer holds, signed headers sent a second time, reports
with fields this network does not know or counts no population has."""

from __future__ import annotations

import base64
import json

from sqlalchemy import Engine, func, select

from shelter_desk.hub import repo
from shelter_desk.hub.schema import request_nonce
from shelter_desk.network import envelope
from tests.hub.conftest import LiveHub
from tests.hub.members import add_organisation, call, enrol, report_document, submit

DEEP = b"[" * 100_000 + b"]" * 100_000


def stored(engine: Engine) -> int:
    with engine.connect() as connection:
        return repo.report_count(connection)


def refused(reply, status: int, code: str) -> dict:
    assert (reply.status, reply.json()["error"]) == (status, code), reply.body[:300]
    message = reply.json()["message"]
    assert message["es"] and message["en"] and message["es"] != message["en"]
    return message


def test_deeply_nested_json_is_a_clean_400_on_every_json_endpoint(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    _organisation, token = add_organisation(live_hub.engine, "Casa Sintética Sur")
    key = base64.b64encode(envelope.new_private_key()[1]).decode()
    inner = base64.b64encode(b'{"a":' + DEEP + b"}").decode()
    signed_report = json.dumps({"format": envelope.FILE_FORMAT, "report": inner,
                                "signature": base64.b64encode(b"s" * 64).decode(),
                                "public_key": base64.b64encode(member.public_key).decode()})
    bodies = {
        "/api/v1/enrol": [DEEP, b'{"token": ' + DEEP + b"}",
                          json.dumps({"token": token, "public_key": key})[:-1].encode()
                          + b', "x": ' + DEEP + b"}"],
        "/api/v1/reports": [DEEP, b'{"format": ' + DEEP + b"}", signed_report.encode()],
    }
    for path, sent in bodies.items():
        for body in sent:
            message = refused(call(live_hub.url + path, "POST", body), 400, "too_deep")
            assert "anidado" in message["es"] and "nested" in message["en"]
    profile_path = "/api/v1/directory/profile"
    profile = b'{"name": "Casa", "services": ' + DEEP + b', "contact": "x"}'
    refused(call(live_hub.url + profile_path, "PUT", profile,
                 member.signed_headers("PUT", profile_path, profile)), 400, "too_deep")
    # AND nothing was stored, and the enrolment token is still unused
    assert stored(live_hub.engine) == 0
    with live_hub.engine.connect() as connection:
        assert [o.public_key for o in repo.organisations(connection)
                if o.id != member.organisation_id] == [None]


def test_a_library_version_above_what_a_database_holds_is_a_4xx(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    for version in (2**31, 2**63, 2**64, 10**30, 0, -1):
        path = f"/api/v1/library/protocolo/{version}"
        refused(call(live_hub.url + path, headers=member.signed_headers("GET", path)),
                404, "not_found")
    path = "/api/v1/library/protocolo/uno"
    refused(call(live_hub.url + path, headers=member.signed_headers("GET", path)),
            422, "malformed")


def test_signed_headers_cannot_be_replayed_within_their_window(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    path = "/api/v1/directory/profile"
    body = json.dumps({"name": "Casa Sintética Norte", "services": ["albergue"],
                       "contact": "+52 55 0000 0000"}).encode()
    headers = member.signed_headers("PUT", path, body)
    # GIVEN a signed request the hub accepted
    assert call(live_hub.url + path, "PUT", body, headers).status == 200
    # WHEN someone who overheard it sends the very same request again, seconds later
    again = call(live_hub.url + path, "PUT", body, headers)
    # THEN the hub refuses it as a replay
    message = refused(again, 409, "replayed_request")
    assert "ya se recibió" in message["es"] and "already received" in message["en"]
    # AND the same holds for reads
    listing = member.signed_headers("GET", "/api/v1/directory")
    assert call(live_hub.url + "/api/v1/directory", headers=listing).status == 200
    refused(call(live_hub.url + "/api/v1/directory", headers=listing), 409,
            "replayed_request")
    # AND a request without a nonce (an older client) is told to update
    old = {name: value for name, value in member.signed_headers("GET", "/api/v1/directory")
           .items() if name != "X-SD-Nonce"}
    refused(call(live_hub.url + "/api/v1/directory", headers=old), 401, "missing_nonce")
    # AND a nonce cannot be swapped for a new one: it is part of what was signed
    forged = {**headers, "X-SD-Nonce": "n" * 32}
    refused(call(live_hub.url + path, "PUT", body, forged), 401, "not_authenticated")


def test_nonces_are_forgotten_once_their_timestamp_has_expired(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    import time

    old = member.signed_headers("GET", "/api/v1/directory", now=time.time() - 280)
    assert call(live_hub.url + "/api/v1/directory", headers=old).status == 200
    with live_hub.engine.begin() as connection:  # as if ten minutes had passed
        connection.execute(request_nonce.update().values(expires_at=0))
    fresh = member.signed_headers("GET", "/api/v1/directory")
    assert call(live_hub.url + "/api/v1/directory", headers=fresh).status == 200
    with live_hub.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(request_nonce)
                                  ).scalar() == 1


def test_reports_with_unknown_fields_are_refused_naming_them(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    document = report_document(member.organisation_id, "2026-Q1", 1)
    with_policy = {**document["policy"], "names_of_women": "x"}
    table = {**document["tables"][1], "comment": "x"}
    row = {**document["tables"][1]["counts"][0], "names": ["Ana"]}
    cases = {
        "the report: notes": member.report(notes="Ana, 23, Honduras"),
        "the report's policy: names_of_women": member.report(policy=with_policy),
        "a table: comment": member.report(tables=[document["tables"][0], table]),
        "a row: names": member.report(tables=[document["tables"][0], {
            **document["tables"][1], "counts": [row, document["tables"][1]["counts"][1]]}]),
        "the report: (?)": member.report(**{"<script>": 1}),
    }
    for said, signed in cases.items():
        message = refused(submit(live_hub.url, signed), 422, "unknown_fields")
        assert said in message["en"], message
        assert "No se guardó nada" in message["es"]
    assert stored(live_hub.engine) == 0


def test_counts_above_any_real_population_are_refused(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    document = report_document(member.organisation_id, "2026-Q1", 1)
    huge = [{"key": ["asylum"], "count": 10**12}, {"key": ["*"], "count": 10**12}]
    above_total = [{"key": ["asylum"], "count": 90}, {"key": ["*"], "count": 9}]
    for counts in (huge, above_total):
        tables = [document["tables"][0], {**document["tables"][1], "counts": counts}]
        message = refused(submit(live_hub.url, member.report(tables=tables)), 422,
                          "impossible_count")
        assert "case_types" in message["en"] and "No se guardó nada" in message["es"]
    refused(submit(live_hub.url, member.report(left_out_without_consent=2**70)), 422,
            "impossible_count")
    assert stored(live_hub.engine) == 0
    # AND the same report with real counts is accepted
    assert submit(live_hub.url, member.report()).status == 201


def test_a_report_whose_policy_names_the_two_aggregators_is_accepted(live_hub: LiveHub):
    # a network that sums by shares still takes the shelters' own reports (DHIS2, their
    # own tables): the policy they sign names both servers, a field the hub knows
    member = enrol(live_hub.url, live_hub.engine)
    document = report_document(member.organisation_id, "2026-Q1", 1)
    policy = {**document["policy"], "aggregators": {"leader": "https://hub.example",
                                                    "helper": "https://aux.example"}}
    reply = submit(live_hub.url, member.report(policy=policy))
    assert reply.status == 201, reply.json()
    assert stored(live_hub.engine) == 1
