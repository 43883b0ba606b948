"""Bad shares and faults, against two real servers: each refused with a stable code and a
message in Spanish and English, and nothing stored or published wrongly."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from shelter_desk.hub.network_publish import versions_members
from shelter_desk.hub.share_schema import share_submission
from shelter_desk.network import envelope
from shelter_desk.network.canonical import canonical_bytes
from shelter_desk.network.cells import NetworkTable
from tests.hub.members import call
from tests.hub.share_servers import PERIOD, POLICY, Pair, ShareMember, start_pair

PEOPLE = {"people": NetworkTable("people", ("nationality", "age_band", "sex"),
                                 {("HN", "18+", "female"): 25})}


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from start_pair(tmp_path)


def stored(pair: Pair) -> int:
    with pair.leader.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(share_submission)
                                  ).scalar_one()


def refused(reply: Any, status: int, code: str) -> None:
    assert reply.status == status, reply.body
    body = reply.json()
    assert body["error"] == code
    assert body["message"]["es"] and body["message"]["en"]
    assert body["message"]["es"] != body["message"]["en"]


def tampered(member: ShareMember, pair: Pair, change: dict[str, Any]) -> bytes:
    """The member's leader half with `change` applied to its document, signed again by
    the member (a well-signed but wrong share)."""
    signed = member.submission(pair.policy, PEOPLE).leader
    document = {**json.loads(signed.canonical), **change}
    return envelope.sign(member.private_key, canonical_bytes(document)).to_file_bytes()


def test_a_share_of_the_wrong_length_is_refused(pair: Pair) -> None:
    member = pair.enrol("Casa Uno")
    document = json.loads(member.submission(pair.policy, PEOPLE).leader.canonical)
    shares = {**document["shares"], "people": document["shares"]["people"][:-12]}
    reply = call(f"{pair.leader.url}/api/v1/shares", "POST",
                 tampered(member, pair, {"shares": shares}))
    refused(reply, 422, "bad_share_length")
    assert stored(pair) == 0


def test_an_unknown_table_is_refused(pair: Pair) -> None:
    member = pair.enrol("Casa Uno")
    document = json.loads(member.submission(pair.policy, PEOPLE).leader.canonical)
    shares = {**document["shares"], "salaries": "AAAAAAAAAAA="}
    refused(call(f"{pair.leader.url}/api/v1/shares", "POST",
                 tampered(member, pair, {"shares": shares})), 422, "unknown_table")
    assert stored(pair) == 0


def test_a_half_sent_to_the_wrong_server_is_refused(pair: Pair) -> None:
    member = pair.enrol("Casa Uno")
    # The leader's half, addressed by the member's id at the helper (as a confused client
    # would): both halves on one server would make the counts readable.
    document = json.loads(member.submission(pair.policy, PEOPLE).leader.canonical)
    document["organisation_id"] = member.ids[1]
    body = envelope.sign(member.private_key, canonical_bytes(document)).to_file_bytes()
    refused(call(f"{pair.helper.url}/api/v1/shares", "POST", body), 422, "wrong_aggregator")


def test_a_forged_share_is_refused(pair: Pair) -> None:
    member = pair.enrol("Casa Uno")
    intruder_private, _public = envelope.new_private_key()
    signed = member.submission(pair.policy, PEOPLE).leader
    forged = envelope.sign(intruder_private, signed.canonical)
    refused(call(f"{pair.leader.url}/api/v1/shares", "POST", forged.to_file_bytes()),
            403, "bad_signature")
    assert stored(pair) == 0


def test_a_replayed_share_is_stored_once_and_an_older_revision_refused(pair: Pair) -> None:
    member = pair.enrol("Casa Uno")
    second = member.submission(pair.policy, PEOPLE, revision=2)
    assert pair.send(second, to=("leader",))[0].status == 201
    again = pair.send(second, to=("leader",))[0]  # the same bytes replayed: counted once
    assert again.status == 200 and again.json()["duplicate"] is True
    older = member.submission(pair.policy, PEOPLE, revision=1)
    refused(pair.send(older, to=("leader",))[0], 409, "old_revision")
    other = member.submission(pair.policy, PEOPLE, revision=2)  # another split, same number
    refused(pair.send(other, to=("leader",))[0], 409, "revision_conflict")
    assert stored(pair) == 1


def test_a_share_made_with_another_policy_is_refused(pair: Pair) -> None:
    member = pair.enrol("Casa Uno")
    refused(call(f"{pair.leader.url}/api/v1/shares", "POST",
                 tampered(member, pair, {"domain_sha256": "0" * 64})), 422, "policy_mismatch")


def test_servers_with_different_policies_publish_nothing(tmp_path: Path) -> None:
    pairs = start_pair(tmp_path, helper_policy={"separate_nationalities": ["HN", "GT"]})
    pair = next(pairs)
    try:
        members = [pair.enrol(f"Casa {i}") for i in range(3)]
        for member in members:
            leader_reply, helper_reply = pair.send(member.submission(pair.policy, PEOPLE))
            assert leader_reply.status == 201
            refused(helper_reply, 422, "policy_mismatch")
        statistics = pair.statistics(members[0])
        assert statistics["state"] == "waiting" and statistics["tables"] == []
        assert "polític" in statistics["message"]["es"]
        assert "polic" in statistics["message"]["en"]
        assert versions_members(pair.leader.engine, PERIOD) == []
    finally:
        next(pairs, None)


def test_policy_names_both_aggregators() -> None:
    from shelter_desk.domain.errors import InvalidInput
    from shelter_desk.network.policy import NetworkPolicy

    policy = NetworkPolicy.from_json({**POLICY, "aggregators": {
        "leader": "https://hub.example", "helper": "https://helper.example"}})
    assert policy.aggregators == ("https://hub.example", "https://helper.example")
    assert NetworkPolicy.from_json(policy.to_json()) == policy
    with pytest.raises(InvalidInput) as error:
        NetworkPolicy.from_json({**POLICY, "aggregators": {
            "leader": "https://hub.example", "helper": "https://hub.example"}})
    assert "policy" in error.value.message.en and "política" in error.value.message.es
