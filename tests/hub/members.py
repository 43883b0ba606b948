"""Synthetic member organisations for the hub's tests: enrolment over HTTP, report
documents shaped like shelter_desk.network.report's, signed with envelope.sign."""

from __future__ import annotations

import base64
import hashlib
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from shelter_desk.hub import repo
from shelter_desk.network import envelope
from shelter_desk.network.canonical import canonical_bytes

POLICY = {"period_type": "quarter", "k": 5, "tables": ["people", "case_types"],
          "age_bands": [[0, 17], [18, None]], "separate_nationalities": ["HN"],
          "regions": {}}


@dataclass
class Reply:
    status: int
    body: bytes
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.body)


def call(url: str, method: str = "GET", body: bytes | None = None,
         headers: dict[str, str] | None = None, cookies: str = "") -> Reply:
    request = urllib.request.Request(  # noqa: S310 - the test hub's http URL
        url, data=body, method=method, headers={
        "Content-Type": "application/json", **(headers or {}),
        **({"Cookie": cookies} if cookies else {})})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return Reply(response.status, response.read(), dict(response.headers))
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.read(), dict(error.headers))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *_args: Any, **_kwargs: Any) -> None:
        return None


@dataclass
class Member:
    organisation_id: str
    private_key: bytes
    public_key: bytes
    hub_public_key: bytes

    def report(self, period: str = "2026-Q1", revision: int = 1,
               people: dict[tuple[str, str, str], int | None] | None = None,
               **overrides: Any) -> envelope.SignedReport:
        document = report_document(self.organisation_id, period, revision, people)
        document.update(overrides)
        return envelope.sign(self.private_key, canonical_bytes(document))

    def signed_headers(self, method: str, path: str, body: bytes = b"",
                       now: float | None = None) -> dict[str, str]:
        from shelter_desk.network.hub_protocol import signed_headers

        return signed_headers(self.organisation_id, self.private_key, method, path, body, now)


def report_document(organisation_id: str, period: str, revision: int,
                    people: dict[tuple[str, str, str], int | None] | None = None
                    ) -> dict[str, Any]:
    """A report with a people table (nationality x age band x sex) whose cells are
    given (None: withheld), its one-dimensional margins and total computed from the
    true values, and a one-dimensional case-types table."""
    true = people if people is not None else {("HN", "18+", "female"): 12,
                                              ("central_america", "18+", "female"): 7}
    shown = {key: value for key, value in true.items()}
    counts: list[dict[str, Any]] = [{"key": list(key), "count": value}
                                    for key, value in sorted(shown.items())]
    truth = {key: (value if value is not None else 2) for key, value in true.items()}
    for dimension in range(3):
        sums: dict[tuple[str, ...], int] = {}
        for key, value in truth.items():
            margin = tuple(v if i == dimension else "*" for i, v in enumerate(key))
            sums[margin] = sums.get(margin, 0) + value
        counts.extend({"key": list(margin), "count": value}
                      for margin, value in sorted(sums.items()))
    counts.append({"key": ["*", "*", "*"], "count": sum(truth.values())})
    return {
        "format": "shelter-desk-report/1", "organisation_id": organisation_id,
        "period": period, "revision": revision, "generated_at": "2026-04-02T10:00:00Z",
        "policy": POLICY, "left_out_without_consent": 0,
        "tables": [
            {"key": "people", "dimensions": ["nationality", "age_band", "sex"],
             "counts": counts},
            {"key": "case_types", "dimensions": ["case_type"],
             "counts": [{"key": ["asylum"], "count": 9}, {"key": ["*"], "count": 9}]},
        ],
    }


def add_organisation(engine: Engine, name: str) -> tuple[str, str]:
    with engine.begin() as connection:
        return repo.add_organisation(connection, name, 24)


def enrol(hub_url: str, engine: Engine, name: str = "Casa Sintética Norte") -> Member:
    _organisation_id, token = add_organisation(engine, name)
    private, public = envelope.new_private_key()
    reply = call(f"{hub_url}/api/v1/enrol", "POST", json.dumps({
        "token": token, "public_key": base64.b64encode(public).decode()}).encode())
    assert reply.status == 200, reply.body
    answer = reply.json()
    return Member(answer["organisation_id"], private, public,
                  base64.b64decode(answer["hub_public_key"]))


def submit(hub_url: str, signed: envelope.SignedReport) -> Reply:
    return call(f"{hub_url}/api/v1/reports", "POST", signed.to_file_bytes())


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
