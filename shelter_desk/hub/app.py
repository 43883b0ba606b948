"""The hub's ASGI app (FastAPI): the member API under /api/v1 and the coordinators'
dashboard. Database work runs in the thread pool; every refusal is a JSON body with a
stable code and a bilingual message."""

from __future__ import annotations

import base64
import binascii
import csv
import io
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from shelter_desk import __version__
from shelter_desk.domain.cells import safe_cell
from shelter_desk.hub import (
    auth,
    bounded_json,
    db,
    directory,
    ingest,
    library,
    mailbox,
    pages,
    sealing,
    share_routes,
    throttle,
    work,
)
from shelter_desk.hub.checks import MAX_BODY
from shelter_desk.hub.limits import REFUSAL_BODY, BodyLimit, TooLarge
from shelter_desk.hub.refusal import Refusal
from shelter_desk.network import envelope

T = TypeVar("T")
_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
_B64 = {"type": "string", "format": "byte"}
_SIGNED_HEADERS = [
    {"name": auth.ORG_HEADER, "in": "header", "required": True, "schema": {"type": "string"}},
    {"name": auth.TIME_HEADER, "in": "header", "required": True, "schema": {"type": "string"}},
    {"name": auth.NONCE_HEADER, "in": "header", "required": True, "schema": {"type": "string"}},
    {"name": auth.SIGNATURE_HEADER, "in": "header", "required": True,
     "schema": {"type": "string"}},
]
_ERRORS = {code: {"description": text, "content": {"application/json": {"schema": {
    "type": "object", "properties": {"error": {"type": "string"},
                                     "message": {"type": "object"}}}}}}
    for code, text in ((400, "Not a well-formed request"), (401, "Not authenticated"),
                       (403, "Refused"), (404, "Not found"), (409, "Conflict"),
                       (410, "Gone (used or expired token)"), (413, "Too large"),
                       (422, "Not acceptable to this network"))}


def create_app(engine: Engine, *, key: bytes | None = None, max_body: int = MAX_BODY) -> Any:
    """The ASGI app over an already migrated database, wrapped in the body limit. `key`
    (the operator's, sealing.operator_key) opens the hub's secrets; without it, the key
    already attached to `engine` does, and with neither the hub refuses to start."""
    if key is not None:
        sealing.attach(engine, key)
    db.open_secrets(engine)
    app = FastAPI(title="Shelter Desk network hub", version=__version__,
                  description="Enrolment, signed report submissions, network statistics, "
                              "directory and protocol library of a Shelter Desk network.",
                  docs_url=None, redoc_url=None)
    app.state.engine = engine

    async def in_db(function: Callable[..., T], *args: Any) -> T:
        return await run_in_threadpool(function, *args)

    @app.exception_handler(Refusal)
    async def _refused(_request: Request, refusal: Refusal) -> JSONResponse:
        return JSONResponse(refusal.body(), status_code=refusal.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, _error: RequestValidationError) -> JSONResponse:
        refusal = Refusal(422, "malformed", "La petición no tiene la forma esperada.",
                          "The request does not have the expected form.")
        return JSONResponse(refusal.body(), status_code=refusal.status)

    @app.exception_handler(TooLarge)
    async def _too_large(_request: Request, _error: TooLarge) -> Response:
        return Response(REFUSAL_BODY, status_code=413, media_type="application/json")

    # ---- member API -------------------------------------------------------------------

    @app.get("/api/v1/hub", tags=["network"], summary="The hub's public key and policy")
    async def hub_info() -> dict[str, Any]:
        return await in_db(work.hub_info, engine)

    @app.post("/api/v1/enrol", tags=["network"], summary="Enrol with a one-time token",
              responses=_ERRORS, openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": {
                      "type": "object", "required": ["token", "public_key"],
                      "properties": {"token": {"type": "string"}, "public_key": _B64}}}}}})
    async def enrol(request: Request) -> dict[str, Any]:
        body = _json_object(await request.body())
        token, key = body.get("token"), _b64_field(body, "public_key")
        if not isinstance(token, str) or len(key) != 32:
            raise Refusal(400, "malformed", "Faltan el código o una llave Ed25519 válida.",
                          "A token and a valid Ed25519 public key are needed.")
        return await in_db(work.enrol, engine, token, key)

    @app.post("/api/v1/reports", tags=["network"], status_code=201,
              summary="Submit a signed report (.sdreport bytes)", responses={
                  200: {"description": "Already received: the same receipt again"},
                  **_ERRORS},
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": {
                      "type": "object", "required": ["format", "report", "signature",
                                                     "public_key"],
                      "properties": {"format": {"type": "string",
                                                "enum": [envelope.FILE_FORMAT]},
                                     "report": _B64, "signature": _B64,
                                     "public_key": _B64}}}}}})
    async def submit(request: Request) -> JSONResponse:
        received = await in_db(ingest.receive, engine, await request.body())
        return JSONResponse(received.wire, status_code=201 if received.created else 200)

    @app.put("/api/v1/directory/profile", tags=["directory"], responses=_ERRORS,
             summary="Publish the calling organisation's profile",
             openapi_extra={"parameters": _SIGNED_HEADERS, "requestBody": {
                 "required": True, "content": {"application/json": {
                     "schema": directory.PROFILE_SCHEMA}}}})
    async def put_profile(request: Request) -> dict[str, Any]:
        body = await request.body()
        organisation_id = await in_db(work.member, engine, request, body)
        document = directory.check_profile(_json_object(body), organisation_id)
        return await in_db(work.save_profile, engine, organisation_id, document)

    @app.get("/api/v1/directory", tags=["directory"], responses=_ERRORS,
             summary="The member organisations' published profiles",
             openapi_extra={"parameters": _SIGNED_HEADERS})
    async def get_directory(request: Request) -> dict[str, Any]:
        await in_db(work.member, engine, request, b"")
        return {"organisations": await in_db(work.list_profiles, engine)}

    @app.get("/api/v1/library", tags=["library"], responses=_ERRORS,
             summary="The current version of every shared document",
             openapi_extra={"parameters": _SIGNED_HEADERS})
    async def get_library(request: Request) -> dict[str, Any]:
        await in_db(work.member, engine, request, b"")
        entries = await in_db(work.library_entries, engine)
        return {"documents": [entry.__dict__ for entry in entries]}

    @app.get("/api/v1/library/{slug}/{version}", tags=["library"], responses=_ERRORS,
             summary="One version of a shared document",
             openapi_extra={"parameters": _SIGNED_HEADERS})
    async def get_document(request: Request, slug: str, version: int) -> Response:
        await in_db(work.member, engine, request, b"")
        # A version no database integer can hold (2**63 and up) exists nowhere either.
        found = (await in_db(work.library_file, engine, slug, version)
                 if 1 <= version <= library.MAX_VERSION else None)
        if found is None:
            raise Refusal(404, "not_found", "No existe ese documento.",
                          "There is no such document.")
        return Response(found[1], media_type=found[0])

    @app.get("/api/v1/statistics", tags=["statistics"], responses=_ERRORS,
             summary="Periods with network statistics",
             openapi_extra={"parameters": _SIGNED_HEADERS})
    async def get_periods(request: Request) -> dict[str, Any]:
        await in_db(work.reader, engine, request)
        return {"periods": await in_db(work.list_periods, engine)}

    @app.get("/api/v1/statistics/{period}", tags=["statistics"], responses=_ERRORS,
             summary="The network tables of one period",
             openapi_extra={"parameters": _SIGNED_HEADERS})
    async def get_statistics(request: Request, period: str) -> dict[str, Any]:
        await in_db(work.reader, engine, request)
        return await in_db(work.statistics_json, engine, period)

    # ---- coordinators' dashboard ------------------------------------------------------

    @app.get("/login", include_in_schema=False)
    async def login_page(request: Request) -> Response:
        return _html(request, lambda csrf: pages.login(csrf))

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await request.form()
        if not auth.csrf_ok(request.cookies.get(auth.CSRF_COOKIE), _text(form.get("csrf"))):
            return _html(request, lambda csrf: pages.login(csrf, "Formulario caducado, "
                                                           "inténtalo otra vez."), 403)
        try:
            source = throttle.source_of(request.client.host if request.client else None)
            admin_id = await in_db(work.login, engine, source, _text(form.get("username")),
                                   _text(form.get("password")))
        except Refusal as refusal:
            said, status = f"{refusal.message.es} / {refusal.message.en}", refusal.status
            return _html(request, lambda csrf: pages.login(csrf, said), status)
        if admin_id is None:
            return _html(request, lambda csrf: pages.login(
                csrf, "Usuario o contraseña incorrectos / Wrong user or password."), 401)
        secret = await in_db(work.secret, engine)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(auth.SESSION_COOKIE, auth.session_cookie(secret, admin_id),
                            max_age=auth.SESSION_SECONDS, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        form = await request.form()
        if not auth.csrf_ok(request.cookies.get(auth.CSRF_COOKIE), _text(form.get("csrf"))):
            return Response("CSRF", status_code=403)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(auth.SESSION_COOKIE)
        return response

    @app.get("/", include_in_schema=False)
    async def dashboard(request: Request, period: str | None = None,
                        notice: str = "") -> Response:
        user = await in_db(work.admin, engine, request)
        if user is None:
            return RedirectResponse("/login", status_code=303)
        data = await in_db(work.dashboard_data, engine, period)
        return _html(request, lambda csrf: pages.dashboard(user=user, csrf=csrf,
                                                           notice=notice[:200], **data))

    @app.post("/upload", include_in_schema=False)
    async def upload(request: Request) -> Response:
        user = await in_db(work.admin, engine, request)
        if user is None:
            return RedirectResponse("/login", status_code=303)
        form = await request.form()
        if not auth.csrf_ok(request.cookies.get(auth.CSRF_COOKIE), _text(form.get("csrf"))):
            return Response("CSRF", status_code=403)
        upload = form.get("file")
        data = await upload.read() if hasattr(upload, "read") else b""
        try:
            received = await in_db(ingest.receive, engine, data, "upload")
            notice = ("Informe recibido / Report received" if received.created
                      else "Ese informe ya estaba / That report was already here")
            status = 303
        except Refusal as refusal:
            notice, status = f"{refusal.message.es} / {refusal.message.en}", 303
        return RedirectResponse(f"/?notice={_quote(notice)}", status_code=status)

    @app.post("/library", include_in_schema=False)
    async def publish(request: Request) -> Response:
        user = await in_db(work.admin, engine, request)
        if user is None:
            return RedirectResponse("/login", status_code=303)
        form = await request.form(max_part_size=library.MAX_SIZE)
        if not auth.csrf_ok(request.cookies.get(auth.CSRF_COOKIE), _text(form.get("csrf"))):
            return Response("CSRF", status_code=403)
        upload = form.get("file")
        content = await upload.read() if hasattr(upload, "read") else b""
        name = getattr(upload, "filename", "") or ""
        try:
            slug, title, media_type = library.prepare(name, content, _text(form.get("title")))
        except ValueError as error:
            return RedirectResponse(f"/?notice={_quote(str(error))}", status_code=303)
        version = await in_db(work.publish, engine, slug, title, media_type, content, user)
        return RedirectResponse(f"/?notice={_quote(f'{title}: v{version}')}", status_code=303)

    @app.get("/export/{period}.csv", include_in_schema=False)
    async def export_csv(request: Request, period: str) -> Response:
        if await in_db(work.admin, engine, request) is None:
            return RedirectResponse("/login", status_code=303)
        statistics = await in_db(work.statistics_json, engine, period)
        return Response(_csv(statistics), media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="network-{statistics["period"]}.csv"'})

    share_routes.add_routes(app, engine)  # members' secret shares and their sums
    larger = mailbox.add_routes(app, engine, in_db)  # the case handoff's carrier (#19)
    return BodyLimit(app, max_body, {"/library": library.MAX_SIZE + 64 * 1024, **larger})


# ---- small helpers ---------------------------------------------------------------------

def _html(request: Request, render: Callable[[str], str], status: int = 200) -> Response:
    csrf = request.cookies.get(auth.CSRF_COOKIE) or auth.new_csrf_token()
    response = HTMLResponse(render(csrf), status_code=status, headers={
        "Content-Security-Policy": _CSP, "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"})
    response.set_cookie(auth.CSRF_COOKIE, csrf, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        value = bounded_json.loads(body)
    except (UnicodeDecodeError, ValueError) as error:
        raise Refusal(400, "malformed", "El cuerpo de la petición no es JSON.",
                      "The request body is not JSON.") from error
    if not isinstance(value, dict):
        raise Refusal(400, "malformed", "El cuerpo de la petición debe ser un objeto JSON.",
                      "The request body must be a JSON object.")
    return value


def _b64_field(body: dict[str, Any], name: str) -> bytes:
    value = body.get(name)
    try:
        return base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        return b""


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def _csv(statistics: dict[str, Any]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["period", "table", "dimensions", "key", "value", "at_least", "at_most",
                     "suppressed"])
    for table in statistics["tables"]:
        for row in table["counts"]:
            writer.writerow([safe_cell(cell) for cell in (
                statistics["period"], table["key"], "|".join(table["dimensions"]),
                "|".join(row["key"]), _cell(row.get("value")), _cell(row.get("at_least")),
                _cell(row.get("at_most")), "yes" if row.get("suppressed") else "")])
    return out.getvalue().encode("utf-8")


def _cell(value: object) -> str:
    return "" if value is None else str(value)
