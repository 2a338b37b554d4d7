"""The HTTP client of the collector's API: retries with backoff for what may pass (network
failures, timeouts, 5xx, 429), never for a refusal (4xx). Only ever sends what it is given:
the payload is built and checked elsewhere (wor_desk.sync.payload)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

from wor_desk import __version__
from wor_desk.i18n import language
from wor_desk.sync.errors import (
    BadAnswer,
    CollectorServerError,
    CollectorUnreachable,
    PayloadRefused,
    ReaderTokenRejected,
    ReadServerError,
    ReadUnreachable,
    SyncSetupError,
    TokenRejected,
)

API = "/api/v1"


def check_url(url: str) -> str:
    """A collector address without trailing slash; InputError when it is not http(s)://host."""
    u = (url or "").strip().rstrip("/")
    parts = urlsplit(u)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise SyncSetupError("sync_url_invalid", url=(url or "")[:80])
    return u


class CollectorClient:
    """Talks to one collector with one token (a desk token to push, a reader token to read)."""

    def __init__(
        self,
        url: str,
        token: str,
        *,
        timeout: float = 15.0,
        tries: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        reader: bool = False,
    ) -> None:
        """`reader`: a team lead reading totals with a reader token (errors speak to a team
        lead, and never of an outbox)."""
        self.url = check_url(url)
        self.reader = reader
        self.tries = max(1, tries)
        self.backoff = backoff
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=self.url + API,
            timeout=timeout,
            transport=transport,
            headers={
                "Authorization": f"Bearer {token}",
                "User-Agent": f"wor-desk/{__version__}",
                "Accept-Language": language(),
            },
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> CollectorClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the API ------------------------------------------------------------------------
    def config(self) -> dict:
        """The region's settings the desk follows (k) and who the token belongs to."""
        return self._json("GET", "/config")

    def push(self, months: list[dict]) -> dict:
        """Send months (wire form); the collector's summary per month comes back."""
        return self._json("POST", "/push", json={"schema": 2, "months": months})

    def totals(self, period: str) -> str:
        """The codebook CSV of the reader token's scope for a period."""
        r = self._request("GET", "/totals", params={"period": period, "format": "csv"})
        return r.text

    # -- the region's sociale kaart (wor_desk.collector.kaart) ---------------------------
    def kaart(self, since: int = 0) -> dict:
        """What changed in the region's kaart after revision `since` (desk or editor token)."""
        return self._json("GET", "/kaart", params={"since": since})

    def kaart_propose(self, proposals: list[dict]) -> dict:
        return self._json("POST", "/kaart/proposals", json={"proposals": proposals})

    def kaart_import(
        self,
        columns: list[str],
        entries: list[dict],
        *,
        remove_missing: bool = False,
        dry_run: bool = False,
    ) -> dict:
        """Replace or extend the region's kaart (kaart editor token)."""
        return self._json(
            "PUT",
            "/kaart",
            json={
                "columns": columns,
                "entries": entries,
                "remove_missing": remove_missing,
                "dry_run": dry_run,
            },
        )

    def kaart_proposals(self, status: str = "open") -> list[dict]:
        return list(self._json("GET", "/kaart/proposals", params={"status": status})["proposals"])

    def kaart_decide(self, proposal_id: int, decision: str) -> dict:
        """`decision`: accept or refuse."""
        return self._json("POST", f"/kaart/proposals/{int(proposal_id)}/{decision}")

    # -- plumbing ----------------------------------------------------------------------
    def _json(self, method: str, path: str, **kw: object) -> dict:
        r = self._request(method, path, **kw)
        try:
            data = r.json()
        except ValueError:
            raise BadAnswer(url=self.url) from None
        if not isinstance(data, dict):
            raise BadAnswer(url=self.url)
        return data

    def _request(self, method: str, path: str, **kw: object) -> httpx.Response:
        last: Exception | None = None
        for attempt in range(self.tries):
            if attempt:
                self._sleep(self.backoff * (2 ** (attempt - 1)) * random.uniform(0.75, 1.25))
            unreachable = ReadUnreachable if self.reader else CollectorUnreachable
            except_server = ReadServerError if self.reader else CollectorServerError
            try:
                r = self._http.request(method, path, **kw)  # type: ignore[arg-type]
            except httpx.TimeoutException:
                last = unreachable(url=self.url, reason="time-out")
                continue
            except httpx.TransportError as exc:
                last = unreachable(url=self.url, reason=type(exc).__name__)
                continue
            if r.status_code >= 500 or r.status_code == 429:
                last = except_server(url=self.url, status=r.status_code)
                continue
            if r.status_code in (401, 403):
                rejected = ReaderTokenRejected if self.reader else TokenRejected
                raise rejected(status=r.status_code, detail=_detail(r))
            if r.status_code >= 400:
                raise PayloadRefused(status=r.status_code, detail=_detail(r))
            return r
        assert last is not None
        raise last


def _detail(r: httpx.Response) -> str:
    """The collector's readable reason (its `message`, and the first problem), short."""
    try:
        data = r.json()
    except ValueError:
        return r.text[:200]
    if isinstance(data, dict):
        msg = str(data.get("message") or data.get("detail") or "")
        problems = data.get("problems")
        if isinstance(problems, list) and problems:
            msg += f" ({problems[0]})"
        return msg[:300]
    return str(data)[:200]
