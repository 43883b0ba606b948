"""`hub_ingest`: how fast the network hub accepts signed reports on loopback.

A real `shelter-desk-hub serve` (uvicorn, SQLite file, WAL) in a subprocess; 20 enrolled
synthetic organisations; reports signed beforehand (signing is the app's cost, not the
hub's). Each sample is one POST /api/v1/reports on a kept-alive connection, answered
201 with a signed receipt: the body read and parsed, the Ed25519 signature checked
against the enrolled key, the document checked, the row and receipt written and
committed. The note gives the batch's reports per second (the issue's target: >= 200/s,
i.e. a p50 within 5 ms).
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Collection
from pathlib import Path

from benchmarks.common import Measurement
from shelter_desk.network import envelope
from shelter_desk.network.canonical import canonical_bytes

NAMES = ("hub_ingest",)
_ORGANISATIONS = 20
_POLICY = {"period_type": "quarter", "k": 5, "tables": ["people"],
           "age_bands": [[0, 17], [18, None]], "separate_nationalities": ["HN"], "regions": {}}


def run(names: Collection[str] = NAMES, *, reports: int = 600,
        url: str | None = None) -> dict[str, Measurement]:
    """`url`: an empty database to use instead of a temporary SQLite file."""
    if "hub_ingest" not in names:
        return {}
    with tempfile.TemporaryDirectory() as folder:
        url = url or f"sqlite:///{Path(folder) / 'hub.db'}"
        port = _free_port()
        # The operator's key that seals the hub's secrets, as a real deployment gives it.
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
               "SHELTER_DESK_HUB_KEY": secrets.token_hex(32)}
        members = [_add_organisation(url, f"Casa Sintética {i}", env)
                   for i in range(_ORGANISATIONS)]
        server = subprocess.Popen(
            [sys.executable, "-m", "shelter_desk.hub.cli", "serve", "--db", url,
             "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        try:
            _wait_for(port)
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            keys = [_enrol(connection, token) for _organisation, token in members]
            pairs = [(members[i % _ORGANISATIONS][0], keys[i % _ORGANISATIONS])
                     for i in range(reports)]
            bodies = [_report(organisation, key, i // _ORGANISATIONS + 1)
                      for i, (organisation, key) in enumerate(pairs)]
            samples = []
            started = time.perf_counter()
            for body in bodies:
                begin = time.perf_counter()
                status = _post(connection, "/api/v1/reports", body)
                samples.append((time.perf_counter() - begin) * 1000.0)
                assert status == 201, status
            elapsed = time.perf_counter() - started
            # Then later revisions of the same organisations, four members at a time.
            parallel_rate = _parallel(port, [
                _report(organisation, key, reports + 1 + i // _ORGANISATIONS)
                for i, (organisation, key) in enumerate(pairs)])
        finally:
            server.terminate()
            server.wait(10)
    rate = reports / elapsed
    return {"hub_ingest": Measurement(samples, note=(
        f"{rate:.0f} reports/s accepted ({reports} reports from {_ORGANISATIONS} "
        f"organisations, one kept-alive client, {url.split(':')[0]}; target >= 200/s); "
        f"{parallel_rate:.0f} reports/s with 4 clients at once"))}


def _parallel(port: int, bodies: list[bytes], clients: int = 4) -> float:
    """Reports per second when `clients` members send at the same time."""
    from concurrent.futures import ThreadPoolExecutor

    def send(share: list[bytes]) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for body in share:
            status = _post(connection, "/api/v1/reports", body)
            assert status == 201, status
        connection.close()

    shares = [bodies[i::clients] for i in range(clients)]
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(send, shares))
    return len(bodies) / (time.perf_counter() - started)


def _add_organisation(url: str, name: str, env: dict[str, str]) -> tuple[str, str]:
    out = subprocess.run(
        [sys.executable, "-m", "shelter_desk.hub.cli", "org", "add", "--db", url,
         "--name", name], env=env, check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
    return fields["organisation"], fields["token"]


def _enrol(connection: http.client.HTTPConnection, token: str) -> bytes:
    private, public = envelope.new_private_key()
    status = _post(connection, "/api/v1/enrol", json.dumps({
        "token": token, "public_key": base64.b64encode(public).decode()}).encode())
    assert status == 200, status
    return private


def _report(organisation: str, key: bytes, revision: int) -> bytes:
    counts = [{"key": ["HN", "18+", "female"], "count": 12 + revision},
              {"key": ["*", "*", "*"], "count": 12 + revision}]
    document = {"format": "shelter-desk-report/1", "organisation_id": organisation,
                "period": "2026-Q1", "revision": revision,
                "generated_at": "2026-04-02T10:00:00Z", "policy": _POLICY,
                "left_out_without_consent": 0,
                "tables": [{"key": "people", "dimensions": ["nationality", "age_band", "sex"],
                            "counts": counts}]}
    return envelope.sign(key, canonical_bytes(document)).to_file_bytes()


def _post(connection: http.client.HTTPConnection, path: str, body: bytes) -> int:
    connection.request("POST", path, body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    return response.status


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(port: int) -> None:
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the hub did not start")
