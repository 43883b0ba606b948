"""Two real servers for the secret-shares tests, the hub ("leader") and the second
aggregator ("helper"), each with its own database and uvicorn on 127.0.0.1, and members
enrolled on both with one Ed25519 key."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from shelter_desk.hub import db, work
from shelter_desk.network import envelope
from shelter_desk.network.cells import NetworkTable
from shelter_desk.network.hub_protocol import signed_headers
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.network.share_envelope import SharedSubmission, shared_submission
from tests.hub.conftest import LiveHub
from tests.hub.members import add_organisation, call

POLICY: dict[str, Any] = {"period_type": "quarter", "k": 5, "tables": ["people", "case_types"],
                          "age_bands": [[0, 17], [18, None]], "separate_nationalities": ["HN"],
                          "regions": {}}
PERIOD = "2026-Q1"


@dataclass
class ShareMember:
    ids: tuple[str, str]  # at the leader, at the helper
    private_key: bytes
    public_key: bytes

    def submission(self, policy: NetworkPolicy, tables: dict[str, NetworkTable],
                   revision: int = 1, period: str = PERIOD) -> SharedSubmission:
        return shared_submission(self.private_key, organisation_ids=self.ids, period=period,
                                 revision=revision, generated_at="2026-04-02T10:00:00Z",
                                 policy=policy, tables=tables)

    def headers(self, path: str) -> dict[str, str]:
        return signed_headers(self.ids[0], self.private_key, "GET", path)


@dataclass
class Pair:
    leader: LiveHub
    helper: LiveHub
    policy: NetworkPolicy

    def enrol(self, name: str) -> ShareMember:
        private, public = envelope.new_private_key()
        ids = []
        for hub in (self.leader, self.helper):
            _id, token = add_organisation(hub.engine, name)
            reply = call(f"{hub.url}/api/v1/enrol", "POST", json.dumps({
                "token": token, "public_key": base64.b64encode(public).decode()}).encode())
            assert reply.status == 200, reply.body
            ids.append(reply.json()["organisation_id"])
        return ShareMember((ids[0], ids[1]), private, public)

    def send(self, submission: SharedSubmission, *, to: tuple[str, ...] = ("leader", "helper")
             ) -> list[Any]:
        replies = []
        for role in to:
            hub, signed = ((self.leader, submission.leader) if role == "leader"
                           else (self.helper, submission.helper))
            replies.append(call(f"{hub.url}/api/v1/shares", "POST", signed.to_file_bytes()))
        return replies

    def statistics(self, member: ShareMember, period: str = PERIOD) -> dict[str, Any]:
        path = f"/api/v1/network/{period}"
        reply = call(f"{self.leader.url}{path}", headers=member.headers(path))
        assert reply.status == 200, reply.body
        return reply.json()


def set_policy(engine: Engine, policy: dict[str, Any], role: str | None = None) -> None:
    with engine.begin() as connection:
        db.put_setting(connection, "policy", json.dumps(policy, sort_keys=True))
        if role:
            db.put_setting(connection, "role", role)


def start_pair(tmp_path: Path, policy: dict[str, Any] | None = None,
               helper_policy: dict[str, Any] | None = None) -> Iterator[Pair]:
    engines = []
    for name in ("leader", "helper"):
        engine = db.open_engine(f"sqlite:///{tmp_path / f'{name}.db'}")
        db.migrate(engine)
        engines.append(engine)
    set_policy(engines[1], {}, "helper")
    leader, helper = LiveHub(engines[0]), LiveHub(engines[1])
    leader.start()
    helper.start()
    chosen = {**(policy or POLICY), "aggregators": {"leader": leader.url, "helper": helper.url}}
    set_policy(engines[0], chosen)
    set_policy(engines[1], {**chosen, **(helper_policy or {})})
    with engines[1].connect() as connection:
        helper_key = work.hub_public_key(connection)
    with engines[0].begin() as connection:
        db.put_setting(connection, "helper_public_key", helper_key.hex())
    with engines[0].connect() as connection:
        leader_key = work.hub_public_key(connection)
    with engines[1].begin() as connection:
        db.put_setting(connection, "leader_public_key", leader_key.hex())
    try:
        yield Pair(leader, helper, NetworkPolicy.from_json(chosen))
    finally:
        leader.stop()
        helper.stop()
        for engine in engines:
            engine.dispose()
