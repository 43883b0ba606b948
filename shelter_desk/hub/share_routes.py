"""The routes of the secret-shares route: members' halves in, the helper's sum to the
leader, and the published network tables (JSON, CSV and a dashboard page)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from shelter_desk.domain.cells import safe_cell
from shelter_desk.hub import (
    aggregate,
    db,
    dp_release,
    network_publish,
    pages,
    share_ingest,
    share_sums,
    work,
)
from shelter_desk.hub.checks import check_period
from shelter_desk.hub.refusal import Refusal

_B64 = {"type": "string", "format": "byte"}
_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
            "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-store"}


def add_routes(app: Any, engine: Engine) -> None:
    async def in_db(function: Callable[..., Any], *args: Any) -> Any:
        return await run_in_threadpool(function, *args)

    @app.post("/api/v1/shares", tags=["network"], status_code=201,
              summary="Submit one half of a member's secret shares (signed)",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": {
                      "type": "object", "required": ["format", "report", "signature",
                                                     "public_key"],
                      "properties": {"format": {"type": "string"}, "report": _B64,
                                     "signature": _B64, "public_key": _B64}}}}}})
    async def submit_share(request: Request) -> JSONResponse:
        created, answer = await in_db(share_ingest.receive, engine, await request.body())
        return JSONResponse(answer, status_code=201 if created else 200)

    @app.post("/api/v1/shares/{period}/sum", tags=["network"],
              summary="The helper's signed sum of its halves for the members named")
    async def share_sum(request: Request, period: str) -> dict[str, Any]:
        body = await request.body()
        await in_db(_period, engine, period)
        try:
            parsed = json.loads(body)
        except ValueError as error:
            raise Refusal(400, "malformed", "El cuerpo no es JSON.",
                          "The body is not JSON.") from error
        if not isinstance(parsed, dict):
            raise Refusal(400, "malformed", "El cuerpo debe ser un objeto JSON.",
                          "The body must be a JSON object.")
        result: dict[str, Any] = await in_db(
            share_sums.helper_sum, engine, period, body,
            request.headers.get(share_sums.SIGNATURE_HEADER))
        return result

    @app.get("/api/v1/network/{period}", tags=["statistics"],
             summary="The network tables of one period, from secret shares")
    async def network_json(request: Request, period: str) -> dict[str, Any]:
        await in_db(work.reader, engine, request)
        result: dict[str, Any] = await in_db(_statistics, engine, period)
        return result

    @app.get("/network", include_in_schema=False)
    async def network_periods(request: Request) -> Response:
        user = await in_db(work.admin, engine, request)
        if user is None:
            return RedirectResponse("/login", status_code=303)
        periods = await in_db(_share_periods, engine)
        links = " ".join(f'<a href="/network/{escape(p)}">{escape(p)}</a>' for p in periods)
        body = ("<section><h2>Red por partes secretas / Network by secret shares</h2>"
                f"<nav>{links or 'Aún no llegan partes / No shares yet'}</nav></section>")
        return HTMLResponse(pages.layout("Hub de la red · Partes secretas / Secret shares",
                                         body, user=user), headers=_HEADERS)

    @app.get("/network/{period}.csv", include_in_schema=False)
    async def network_csv(request: Request, period: str) -> Response:
        if await in_db(work.admin, engine, request) is None:
            return RedirectResponse("/login", status_code=303)
        statistics = await in_db(_statistics, engine, period)
        return Response(to_csv(statistics), media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="network-shares-{period}.csv"'})

    @app.get("/network/{period}", include_in_schema=False)
    async def network_page(request: Request, period: str) -> Response:
        user = await in_db(work.admin, engine, request)
        if user is None:
            return RedirectResponse("/login", status_code=303)
        statistics = await in_db(_statistics, engine, period)
        return HTMLResponse(page(statistics, user), headers=_HEADERS)


def _period(engine: Engine, period: str) -> str:
    with engine.connect() as connection:
        return check_period(period, db.policy(connection), datetime.now(UTC).date())


def _share_periods(engine: Engine) -> list[str]:
    from sqlalchemy import select

    from shelter_desk.hub.share_schema import share_submission

    with engine.connect() as connection:
        return list(connection.execute(select(share_submission.c.period).distinct()
                                       .order_by(share_submission.c.period.desc())).scalars())


def _statistics(engine: Engine, period: str) -> dict[str, Any]:
    _period(engine, period)
    with engine.connect() as connection:
        k = int(db.policy(connection).get("k", 5))
    return network_publish.dump(network_publish.publish(engine, period), period, k)


def to_csv(statistics: dict[str, Any]) -> bytes:
    """One row per count: its value, or empty with 'withheld' and the reason in words; a
    noisy value with its margin of error at 95% and what that means."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["period", "version", "table", "dimensions", "key", "value",
                     "margin_95", "status"])
    for table in statistics["tables"]:
        for row in table["counts"]:
            withheld = row.get("suppressed")
            if row.get("noisy"):
                status = (f"noise added to protect people: the true value is within "
                          f"{row['margin_95']} of this figure 95 times in 100")
            elif withheld:
                status = f"withheld (fewer than {statistics['k']} people, or would reveal one)"
            else:
                status = "exact"
            writer.writerow([safe_cell(str(cell)) for cell in (
                statistics["period"], statistics["version"], table["key"],
                "|".join(table["dimensions"]), "|".join(row["key"]),
                "" if withheld else row["value"], row.get("margin_95", ""), status)])
    return out.getvalue().encode("utf-8")


PAGE_CELLS = 500  # a table with more cells shows its margins here, every cell in the CSV


def page(statistics: dict[str, Any], user: str) -> str:
    k, period = statistics["k"], escape(statistics["period"])
    links = (f'<a href="/network/{period}.csv">CSV</a> · '
             f'<a href="/api/v1/network/{period}">JSON</a>')
    if not statistics["tables"]:  # nothing published: the message above says why
        explained = ""
    elif "dp" in statistics:
        explained = (f'<p class="muted">{escape(statistics["explanation"]["es"])}<br>'
                     f'{escape(statistics["explanation"]["en"])} {links}</p>')
    else:
        explained = (
            f'<p class="muted">Cifras exactas: la suma de lo que enviaron '
            f"{statistics['members']} organizaciones, sin redondeo. «&lt; {k}» marca una "
            f"cifra oculta: menos de {k} personas, o una que permitiría deducir otra así. "
            f"Exact figures: the sum of what {statistics['members']} members sent, not "
            f"rounded. '&lt; {k}' marks a withheld figure: fewer than {k} people, or one "
            f"that would let someone work such a figure out. {links}</p>")
    parts = [f"<section><h2>Red · {period} · partes secretas / secret shares</h2>"
             f"<p><b>{escape(statistics['message']['es'])}</b><br>"
             f"{escape(statistics['message']['en'])}</p>{explained}</section>"
             '<div class="grid">']
    for table in statistics["tables"]:
        shown = dp_release.from_json(table)
        if len(shown.values) > PAGE_CELLS:  # e.g. 10,368 barrier cells: margins only
            shown.values = {key: value for key, value in shown.values.items()
                            if aggregate.STAR in key}
        parts.append(pages._table(shown, k))
    parts.append("</div>")
    return pages.layout("Hub de la red · Partes secretas / Secret shares", "".join(parts),
                        user=user)
