"""A real hub for the tests: its database (SQLite always, PostgreSQL too when
SHELTER_DESK_HUB_PG_URL is set, as .ci/run does) with the operator's key attached (a
random one per test run, as an operator's key file would give), and uvicorn on a free
loopback port, started and stopped by the fixture."""

from __future__ import annotations

import os
import secrets
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlalchemy import Engine, text

from shelter_desk.hub import db, sealing
from shelter_desk.hub.app import create_app
from shelter_desk.hub.schema import metadata

PG_URL = os.environ.get("SHELTER_DESK_HUB_PG_URL")
_BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG_URL, reason="SHELTER_DESK_HUB_PG_URL is not set"))]
HUB_KEY = secrets.token_bytes(sealing.KEY_BYTES)


def keyed_engine(url: str) -> Engine:
    """An engine on `url`, migrated, with the tests' hub key attached."""
    engine = db.open_engine(url)
    db.migrate(engine)
    sealing.attach(engine, HUB_KEY)
    return engine


@pytest.fixture(params=_BACKENDS)
def hub_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.db'}"
    assert PG_URL
    engine = db.open_engine(PG_URL)
    with engine.begin() as connection:  # a clean database for every test
        metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS hub_alembic_version"))
    engine.dispose()
    return PG_URL


@pytest.fixture
def hub_engine(hub_db_url: str) -> Iterator[Engine]:
    engine = keyed_engine(hub_db_url)
    yield engine
    engine.dispose()


@dataclass
class LiveHub:
    engine: Engine
    port: int = 0
    _server: Any = None
    _thread: threading.Thread | None = None
    app: Any = field(default=None)
    tls: tuple[str, str] | None = None  # (certificate file, key file): serve https

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        self.port = sock.getsockname()[1]
        if self.app is None:
            try:
                sealing.key_of(self.engine)
            except sealing.HubKeyError:  # an engine a test opened itself: the tests' key
                sealing.attach(self.engine, HUB_KEY)
            self.app = create_app(self.engine)
        tls = {"ssl_certfile": self.tls[0], "ssl_keyfile": self.tls[1]} if self.tls else {}
        config = uvicorn.Config(self.app, log_level="warning", lifespan="off", **tls)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        daemon=True)
        self._thread.start()
        for _ in range(500):  # bounded: at most ~10 s
            if self._server.started:
                break
            self._thread.join(0.02)
        assert self._server.started, "the hub did not start"

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            assert self._thread is not None
            self._thread.join(10)
            assert not self._thread.is_alive(), "the hub did not stop"
            self._server = None


@pytest.fixture
def live_hub(hub_engine: Engine) -> Iterator[LiveHub]:
    hub = LiveHub(hub_engine)
    hub.start()
    yield hub
    hub.stop()
