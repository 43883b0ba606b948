"""How much of the network's statistics survives disclosure control, by route.

    python -m benchmarks.network_utility --route shares|reports --members 10|25 [--json FILE]
        [--epsilon E]   (shares route under differential privacy instead of k-suppression)

Demo vaults of mixed sizes (10 members: 100, 100, 200, 300, 300, 500, 1000, 1000, 2000,
3000 people; 25 members: those and 15 more of the same mix), one quarter (the one before
the current one), each member's tables counted by the app's own SQL. Then the real route:
- reports: each member protects its own report (k-suppression and the LP auditor),
  signs it and POSTs it to a real hub; the hub combines them (GET /api/v1/statistics).
- shares: each member splits its exact counts into two secret shares and POSTs one to
  the hub and one to a real helper aggregator; the hub adds both sums and protects the
  network tables once (GET /api/v1/network).
Both servers are uvicorn on 127.0.0.1 in this process. Per table, against the exact
network sums: the share of non-zero counts published exactly, the share of counts whose
true value is at least 20 published within ±10% (an interval counts by its midpoint, or
its lower end when open; a withheld count does not), and the table total's relative
error (1.0 when the total is withheld).
"""

from __future__ import annotations

import argparse
import base64
import json
import secrets
import socket
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import uvicorn

from shelter_desk.hub import db, repo, sealing, work
from shelter_desk.hub.app import create_app
from shelter_desk.network import envelope
from shelter_desk.network.canonical import canonical_bytes
from shelter_desk.network.cells import STAR, NetworkTable, all_counts
from shelter_desk.network.hub_protocol import signed_headers
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.network.report import protect_tables, report_document
from shelter_desk.network.share_domain import share_domain
from shelter_desk.network.share_envelope import shared_submission
from shelter_desk.reports.network_tables import count_tables
from shelter_desk.reports.period import quarter_of
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.store.kdf import KdfParams

SIZES = {10: (100, 100, 200, 300, 300, 500, 1000, 1000, 2000, 3000)}
SIZES[25] = SIZES[10] * 2 + (100, 200, 300, 500, 1000)
_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)
_STAMP = "2026-12-07T00:00:00Z"


class _Server:
    def __init__(self, engine: Any) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        self.engine = engine
        self._server = uvicorn.Server(uvicorn.Config(create_app(engine), log_level="warning",
                                                     lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        daemon=True)
        self._thread.start()
        while not self._server.started:
            time.sleep(0.02)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)


def _call(url: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> Any:
    request = urllib.request.Request(url, data=body, method="POST" if body else "GET",  # noqa: S310
                                     headers={"Content-Type": "application/json",
                                              **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=600) as reply:  # noqa: S310 - loopback
            return json.loads(reply.read())
    except urllib.error.HTTPError as error:  # the hub's own words, not only the code
        raise SystemExit(f"{url}: {error.code} {error.read().decode(errors='replace')}") \
            from error


def _enrol(server: _Server, name: str, private: bytes, public: bytes) -> str:
    with server.engine.begin() as connection:
        _id, token = repo.add_organisation(connection, name, 24)
    answer = _call(f"{server.url}/api/v1/enrol", json.dumps({
        "token": token, "public_key": base64.b64encode(public).decode()}).encode())
    return str(answer["organisation_id"])


def _signed_get(url: str, path: str, organisation_id: str, private: bytes) -> Any:
    return _call(url + path, headers=signed_headers(organisation_id, private, "GET", path))


def member_tables(members: int, policy: NetworkPolicy, period: Any, temp: Path
                  ) -> list[tuple[dict[str, NetworkTable], int]]:
    found = []
    for index, people in enumerate(SIZES[members]):
        created = create_demo_vault(temp / f"vault{index}", people=people, seed=100 + index,
                                    params=_CHEAP)
        with created.vault as vault, vault.read() as connection:
            raw = count_tables(connection, period, policy)
        found.append((raw.tables, raw.left_out))
    return found


def run(route: str, members: int, epsilon: float | None = None) -> dict[str, Any]:
    policy = NetworkPolicy()
    period = quarter_of(date.today().replace(day=1) - timedelta(days=92))
    with tempfile.TemporaryDirectory(prefix="shelter-bench-utility-") as name:
        temp = Path(name)
        counted = member_tables(members, policy, period, temp)
        engines = []
        for server_name in ("leader", "helper"):
            engine = db.open_engine(f"sqlite:///{temp / f'{server_name}.db'}")
            db.migrate(engine)
            sealing.attach(engine, secrets.token_bytes(32))  # each server its own key
            engines.append(engine)
        with engines[1].begin() as connection:
            db.put_setting(connection, "role", "helper")
        servers = [_Server(engine) for engine in engines]
        try:
            chosen = NetworkPolicy.from_json({**policy.to_json(), "aggregators": {
                "leader": servers[0].url, "helper": servers[1].url}})
            stored = {**chosen.to_json(), **({"dp": {  # the hub's setting, not the members'
                "epsilon_per_period": epsilon, "budget": epsilon}} if epsilon else {})}
            for engine in engines:
                with engine.begin() as connection:
                    db.put_setting(connection, "policy", json.dumps(stored))
            with engines[1].connect() as connection:
                helper_key = work.hub_public_key(connection)
            with engines[0].begin() as connection:
                db.put_setting(connection, "helper_public_key", helper_key.hex())
            with engines[0].connect() as connection:
                leader_key = work.hub_public_key(connection)
            with engines[1].begin() as connection:
                db.put_setting(connection, "leader_public_key", leader_key.hex())
            published = _through(route, servers, chosen, counted, period.label)
        finally:
            for server in servers:
                server.stop()
            for engine in engines:
                engine.dispose()
    truth = _truth(policy, [tables for tables, _left in counted])
    return {"route": route, "members": members, "period": period.label,
            **({"epsilon_per_period": epsilon} if epsilon else {}),
            "state": published.get("state", "published"),
            "tables": {key: _measure(truth[key], published, key) for key in policy.tables}}


def _through(route: str, servers: list[_Server], policy: NetworkPolicy,
             counted: list[tuple[dict[str, NetworkTable], int]], period: str) -> Any:
    first: tuple[str, bytes] | None = None
    for index, (tables, left_out) in enumerate(counted):
        private, public = envelope.new_private_key()
        leader_id = _enrol(servers[0], f"Casa {index}", private, public)
        first = first or (leader_id, private)
        if route == "reports":
            protected = protect_tables(tables, left_out, policy)
            document = report_document(protected, organisation_id=leader_id, period=period,
                                       revision=1, generated_at=_STAMP, policy=policy)
            signed = envelope.sign(private, canonical_bytes(document))
            _call(f"{servers[0].url}/api/v1/reports", signed.to_file_bytes())
            continue
        helper_id = _enrol(servers[1], f"Casa {index}", private, public)
        submission = shared_submission(private, organisation_ids=(leader_id, helper_id),
                                       period=period, revision=1, generated_at=_STAMP,
                                       policy=policy, tables=tables)
        _call(f"{servers[0].url}/api/v1/shares", submission.leader.to_file_bytes())
        _call(f"{servers[1].url}/api/v1/shares", submission.helper.to_file_bytes())
    assert first is not None
    path = f"/api/v1/{'statistics' if route == 'reports' else 'network'}/{period}"
    return _signed_get(servers[0].url, path, first[0], first[1])


def _truth(policy: NetworkPolicy, members: list[dict[str, NetworkTable]]
           ) -> dict[str, dict[tuple[str, ...], int]]:
    """The exact network sums, nationalities grouped once for the whole network."""
    domain = share_domain(policy)
    sums: dict[str, list[int]] = {}
    for tables in members:
        vectors, _outside = domain.vectors(tables, policy)
        for key, vector in vectors.items():
            sums[key] = [a + b for a, b in zip(sums.get(key, [0] * len(vector)), vector,
                                               strict=True)]
    tables = domain.tables(sums)
    return {key: {cell: value for (_t, cell), value in all_counts([table]).items() if value}
            for key, table in tables.items()}


def _point(row: dict[str, Any]) -> float | None:
    if row.get("suppressed"):
        return None
    if row.get("value") is not None:
        return float(row["value"])
    low, high = row.get("at_least"), row.get("at_most")
    return None if low is None else float(low if high is None else (low + high) / 2)


def _measure(truth: dict[tuple[str, ...], int], published: Any, key: str) -> dict[str, Any]:
    table = next((t for t in published.get("tables", []) if t["key"] == key), None)
    rows = {tuple(row["key"]): row for row in (table["counts"] if table else [])}
    exact = within = large = 0
    for cell, value in truth.items():
        row = rows.get(cell, {})
        if row.get("value") == value and not row.get("suppressed"):
            exact += 1
        if value >= 20:
            large += 1
            point = _point(row) if row else None
            within += point is not None and abs(point - value) <= 0.1 * value
    total_key = next((cell for cell in truth if all(v == STAR for v in cell)), None)
    total = _point(rows.get(total_key, {"suppressed": True})) if total_key else None
    error = 1.0 if total is None or total_key is None else \
        abs(total - truth[total_key]) / truth[total_key]
    return {"exact_share": round(exact / len(truth), 4) if truth else None,
            "within_10pct_share": round(within / large, 4) if large else None,
            "total_relative_error": round(error, 4), "counts": len(truth),
            "counts_at_least_20": large}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--route", choices=("shares", "reports"), default="shares")
    parser.add_argument("--members", type=int, choices=sorted(SIZES), default=10)
    parser.add_argument("--json", type=Path, help="write the result here")
    parser.add_argument("--epsilon", type=float, help="shares route under differential "
                        "privacy with this epsilon per period (instead of k-suppression)")
    args = parser.parse_args(argv)
    if args.epsilon and args.route != "shares":
        parser.error("--epsilon is for the shares route")
    result = run(args.route, args.members, args.epsilon)
    text = json.dumps(result, indent=1, sort_keys=True)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
