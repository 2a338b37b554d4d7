"""Collector fixtures: a collector store on SQLite, and the same on PostgreSQL when
WOR_TEST_POSTGRES_URL is set (scripts/postgres.sh starts one), each test in a fresh schema;
and a real collector on 127.0.0.1 (uvicorn in a thread on a free port, stoppable and
restartable, optionally behind an ASGI layer that injects 500s and slow answers)."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
import uuid
from datetime import date

import pytest
import uvicorn
from sqlalchemy import create_engine, text

from wor_desk.collector.app import create_app
from wor_desk.collector.service import Collector


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Faults:
    """ASGI wrapper: the next `fail` pushes answer 500, the next `slow` pushes wait `delay` seconds."""

    def __init__(self, app) -> None:
        self.app = app
        self.fail = 0
        self.slow = 0
        self.delay = 0.0
        self.seen_pushes = 0

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"].endswith("/push"):
            self.seen_pushes += 1
            if self.fail > 0:
                self.fail -= 1
                await send(
                    {
                        "type": "http.response.start",
                        "status": 500,
                        "headers": [(b"content-type", b"text/plain")],
                    }
                )
                await send({"type": "http.response.body", "body": b"injected failure"})
                return
            if self.slow > 0:
                self.slow -= 1
                await asyncio.sleep(self.delay)
        await self.app(scope, receive, send)


def _listen_socket(port: int = 0) -> socket.socket:
    """A socket bound to 127.0.0.1:`port` (0: one the system picks), held until uvicorn takes
    it: no other test process (pytest-xdist worker) can take the port in between."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    return sock


class RunningCollector:
    def __init__(self, collector: Collector, port: int | None = None) -> None:
        self.collector = collector
        self._sock: socket.socket | None = _listen_socket(port or 0)
        self.port: int = self._sock.getsockname()[1]
        self.faults = Faults(create_app(collector))
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> RunningCollector:
        """Serve on the port (again, after `stop`: the same port)."""
        sock, self._sock = self._sock or _listen_socket(self.port), None
        config = uvicorn.Config(
            self.faults, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, args=([sock],), daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("collector did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            assert self._thread is not None
            self._thread.join(20)
            self._server = None
        if self._sock is not None:  # made but never started
            self._sock.close()
            self._sock = None


PG_ENV = "WOR_TEST_POSTGRES_URL"


def _pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def collector_db(request, tmp_path):
    """A fresh collector database URL: SQLite always, PostgreSQL when available."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'collector.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(
            f"{PG_ENV} is not set: run 'eval \"$(scripts/postgres.sh)\"' to run the collector tests on PostgreSQL"
        )
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _pg_schema_url(base, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def collector(collector_db):
    c = Collector.open(collector_db, k=5, today=lambda: date(2026, 11, 23))
    yield c
    c.close()


@pytest.fixture
def server(collector):
    running = RunningCollector(collector).start()
    yield running
    running.stop()


#: The passphrase that protects the region secret in the collector tests.
REGION_PASSPHRASE = "regio passphrase voor de tests"


@pytest.fixture(autouse=True)
def _region_passphrase(monkeypatch):
    monkeypatch.setenv("WOR_COLLECTOR_PASSPHRASE", REGION_PASSPHRASE)
