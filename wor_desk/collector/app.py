"""The collector's HTTP API (FastAPI on uvicorn). Behind a TLS proxy in production (docs/sync.md).

    GET  /api/v1/health                 no token; {"ok": true}
    GET  /api/v1/config                 desk or reader token; the region's k, who you are
    POST /api/v1/push                   desk token; WirePush -> summary per month
    GET  /api/v1/totals?period=P        reader token; the codebook CSV of the reader's scope
    .../api/v1/kaart...                 the region's sociale kaart (wor_desk.collector.kaart_api)

Errors are JSON `{"error": code, "message": text, "problems": [...]}` with a 4xx status.
Nothing of a payload is ever logged: only which desk pushed how many months, and the outcome.
"""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from wor_desk import __version__
from wor_desk.collector.kaart_api import add_kaart_routes
from wor_desk.collector.service import AuthError, Collector, totals_csv
from wor_desk.errors import WorDeskError
from wor_desk.sync.wire import MAX_BODY_BYTES, WirePush

log = logging.getLogger("wor_desk.collector")


def _error(status: int, code: str, message: str, problems: list[str] | None = None) -> JSONResponse:
    body: dict = {"error": code, "message": message}
    if problems:
        body["problems"] = problems
    return JSONResponse(body, status_code=status)


def _token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _problems(exc: ValidationError) -> list[str]:
    out = []
    for e in exc.errors(include_url=False, include_input=False)[:20]:
        loc = ".".join(str(x) for x in e.get("loc", ()))
        out.append(f"{loc}: {e.get('msg', '')}" if loc else str(e.get("msg", "")))
    return out


def create_app(collector: Collector) -> FastAPI:
    app = FastAPI(
        title="WoR Desk collector",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.collector = collector

    @app.exception_handler(AuthError)
    async def _auth(_request: Request, exc: AuthError) -> JSONResponse:
        return _error(exc.status, "token", exc.message)

    @app.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> JSONResponse:  # pragma: no cover - a bug
        log.error("internal error: %s", type(exc).__name__)  # never the payload
        return _error(
            500,
            "internal",
            "The collector failed; try again later. / De collector faalde; probeer het later opnieuw.",
        )

    @app.get("/api/v1/health")
    async def health() -> dict:
        return {"ok": True, "version": __version__}

    @app.get("/api/v1/config")
    async def config(request: Request) -> dict:
        token = _token(request)
        if token and token.startswith("wdr_"):
            reader = await run_in_threadpool(collector.authenticate_reader, token)
            return {
                "k": collector.k,
                "schema": 2,
                "reader": reader.name,
                "scope": reader.describe(),
            }
        desk = await run_in_threadpool(collector.authenticate_desk, token)
        check = await run_in_threadpool(collector.region_check)
        return {
            "k": collector.k,
            "schema": 2,
            "desk": desk.name,
            "team": desk.team,
            "organisation": desk.organisation,
            # HMAC of a fixed text with the region secret: a joining desk tests its secret
            **({"region_check": check} if check else {}),
        }

    @app.post("/api/v1/push")
    async def push(request: Request) -> Response:
        desk = await run_in_threadpool(collector.authenticate_desk, _token(request))
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return _error(
                413,
                "too_large",
                f"The body is larger than {MAX_BODY_BYTES} bytes: send fewer months per push.",
            )
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY_BYTES:
                return _error(
                    413,
                    "too_large",
                    f"The body is larger than {MAX_BODY_BYTES} bytes: send fewer months per push.",
                )
        try:
            data = json.loads(bytes(body))
        except (ValueError, UnicodeDecodeError):
            return _error(400, "not_json", "The body is not JSON. / De inhoud is geen JSON.")
        except RecursionError:
            return _error(
                400, "too_deep", "The JSON is nested too deeply. / De JSON is te diep genest."
            )
        try:
            payload = WirePush.model_validate(data)
        except ValidationError as exc:
            log.info(
                "push refused: desk=%s invalid payload (%d problems)", desk.id, exc.error_count()
            )
            return _error(
                422,
                "payload_invalid",
                "The payload does not follow the schema. / De gegevens volgen het schema niet.",
                _problems(exc),
            )
        summary = await run_in_threadpool(collector.push, desk, payload)
        statuses: dict[str, int] = {}
        for m in summary["months"]:
            statuses[m["status"]] = statuses.get(m["status"], 0) + 1
        log.info("push: desk=%s months=%d %s", desk.id, len(payload.months), statuses)
        return JSONResponse(summary)

    @app.get("/api/v1/totals")
    async def totals(request: Request, period: str, format: str = "csv") -> Response:  # noqa: A002
        reader = await run_in_threadpool(collector.authenticate_reader, _token(request))
        if format != "csv":
            return _error(
                400, "format", "Only format=csv is served; make xlsx or pdf from it on the desk."
            )
        try:
            rows = await run_in_threadpool(collector.totals, reader, period)
        except WorDeskError as exc:
            return _error(400, "period", exc.message("en"))
        return PlainTextResponse(totals_csv(rows), media_type="text/csv; charset=utf-8")

    add_kaart_routes(app, collector)  # the region's sociale kaart (wor_desk.collector.kaart)
    return app
