"""The HTTP routes of the region's sociale kaart (see wor_desk.collector.kaart, docs/sync.md).

GET  /api/v1/kaart?since=N                      desk or editor token: what changed after N
PUT  /api/v1/kaart                              editor: {"columns", "entries", "remove_missing", "dry_run"}
POST /api/v1/kaart/proposals                    desk: {"proposals": [{"ref", "kind", "entry_id", "cells", "remark"}]}
GET  /api/v1/kaart/proposals?status=open        editor
POST /api/v1/kaart/proposals/{id}/accept        editor
POST /api/v1/kaart/proposals/{id}/refuse        editor
"""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from wor_desk.catalogue import region_rules as rr
from wor_desk.catalogue.csvio import CatalogueImportError
from wor_desk.collector.kaart import RegionKaart
from wor_desk.collector.service import Collector
from wor_desk.errors import WorDeskError

log = logging.getLogger("wor_desk.collector")

#: A kaart of a few thousand entries; larger bodies are refused before reading on.
MAX_KAART_BYTES = 16 * 1024 * 1024
MAX_PROPOSAL_BYTES = 1024 * 1024


def _token(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _lang(request: Request) -> str:
    """The language of the messages: the desk's (Accept-Language nl or en), else English."""
    return "nl" if request.headers.get("accept-language", "").lower().startswith("nl") else "en"


def _error(status: int, code: str, message: str, problems: list[str] | None = None) -> JSONResponse:
    body: dict = {"error": code, "message": message}
    if problems:
        body["problems"] = problems
    return JSONResponse(body, status_code=status)


async def _body(request: Request, limit: int) -> dict | JSONResponse:
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return _error(413, "too_large", f"The body is larger than {limit} bytes.")
    try:
        data = json.loads(bytes(body))
    except (ValueError, UnicodeDecodeError):
        return _error(400, "not_json", "The body is not JSON. / De inhoud is geen JSON.")
    if not isinstance(data, dict):
        return _error(422, "payload_invalid", "The body must be a JSON object.")
    return data


def add_kaart_routes(app: FastAPI, collector: Collector) -> RegionKaart:
    kaart = RegionKaart(collector)
    app.state.kaart = kaart

    @app.get("/api/v1/kaart")
    async def kaart_changes(request: Request, since: int = 0) -> JSONResponse:
        who = await run_in_threadpool(kaart.authenticate_reader_of_kaart, _token(request))
        answer = await run_in_threadpool(kaart.changes, since)
        log.info("kaart read: %s since=%d entries=%d", who.name, since, len(answer["entries"]))
        return JSONResponse(answer)

    @app.put("/api/v1/kaart")
    async def kaart_import(request: Request) -> JSONResponse:
        editor = await run_in_threadpool(kaart.authenticate_editor, _token(request))
        data = await _body(request, MAX_KAART_BYTES)
        if isinstance(data, JSONResponse):
            return data
        columns, entries = data.get("columns"), data.get("entries")
        if not (
            isinstance(columns, list)
            and all(isinstance(c, str) for c in columns)
            and isinstance(entries, list)
            and all(isinstance(e, dict) for e in entries)
        ):
            return _error(
                422, "payload_invalid", "Send {'columns': [...], 'entries': [{column: cell}]}."
            )
        try:
            result = await run_in_threadpool(
                lambda: kaart.import_entries(
                    columns,
                    entries,
                    remove_missing=bool(data.get("remove_missing")),
                    dry_run=bool(data.get("dry_run")),
                )
            )
        except CatalogueImportError as exc:
            lang = _lang(request)
            return _error(
                422, "kaart_invalid", exc.message(lang), rr.problem_texts(exc.problems, lang)
            )
        except WorDeskError as exc:
            return _error(422, "kaart_invalid", exc.message(_lang(request)))
        log.info("kaart import: editor=%s %s", editor.name, result.wire())
        return JSONResponse(result.wire())

    @app.post("/api/v1/kaart/proposals")
    async def kaart_propose(request: Request) -> JSONResponse:
        desk = await run_in_threadpool(collector.authenticate_desk, _token(request))
        data = await _body(request, MAX_PROPOSAL_BYTES)
        if isinstance(data, JSONResponse):
            return data
        proposals = data.get("proposals")
        if not isinstance(proposals, list) or not all(isinstance(p, dict) for p in proposals):
            return _error(422, "payload_invalid", "Send {'proposals': [...]}.")
        answers = await run_in_threadpool(kaart.receive_proposals, desk, proposals)
        log.info("kaart proposals: desk=%s %d", desk.id, len(answers))
        return JSONResponse({"proposals": answers})

    @app.get("/api/v1/kaart/proposals")
    async def kaart_proposals(request: Request, status: str = "open") -> JSONResponse:
        await run_in_threadpool(kaart.authenticate_editor, _token(request))
        rows = await run_in_threadpool(kaart.proposals, status if status != "all" else None)
        return JSONResponse({"proposals": [p.wire() for p in rows]})

    @app.post("/api/v1/kaart/proposals/{proposal_id}/{decision}")
    async def kaart_decide(request: Request, proposal_id: int, decision: str) -> JSONResponse:
        editor = await run_in_threadpool(kaart.authenticate_editor, _token(request))
        if decision not in ("accept", "refuse"):
            return _error(404, "not_found", "Use .../accept or .../refuse.")
        try:
            if decision == "accept":
                result = await run_in_threadpool(kaart.accept, proposal_id)
                body = {"status": "geaccepteerd", **result.wire()}
            else:
                await run_in_threadpool(kaart.refuse, proposal_id)
                body = {"status": "geweigerd"}
        except CatalogueImportError as exc:
            lang = _lang(request)
            return _error(
                422, "kaart_invalid", exc.message(lang), rr.problem_texts(exc.problems, lang)
            )
        except WorDeskError as exc:
            return _error(409, "proposal", exc.message(_lang(request)))
        log.info("kaart proposal %d %s by editor=%s", proposal_id, decision, editor.name)
        return JSONResponse(body)

    return kaart
