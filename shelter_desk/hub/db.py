"""The hub's database: an engine from a URL (SQLite file by default, PostgreSQL for a
large network), its Alembic migrations, and the hub's own settings and signing key."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, select, update

from shelter_desk.hub.schema import setting
from shelter_desk.network import envelope

_SCRIPTS = Path(__file__).with_name("migrations")
DEFAULT_POLICY: dict[str, Any] = {"period_type": "quarter", "k": 5}


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def open_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL and a busy timeout so that the server's
    threads wait for each other's writes instead of failing."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the hub's database to `revision`; creates the tables on first use."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def get_setting(connection: Connection, name: str) -> str | None:
    return connection.execute(select(setting.c.value).where(setting.c.name == name)).scalar()


def put_setting(connection: Connection, name: str, value: str) -> None:
    if not connection.execute(update(setting).where(setting.c.name == name)
                              .values(value=value)).rowcount:
        connection.execute(insert(setting).values(name=name, value=value))


def hub_private_key(connection: Connection) -> bytes:
    """The hub's Ed25519 key, made on first use: it signs receipts, and members pin its
    public half at enrolment. It lives in the hub's database (back that up)."""
    stored = get_setting(connection, "hub_private_key")
    if stored is None:
        private, _public = envelope.new_private_key()
        put_setting(connection, "hub_private_key", private.hex())
        return private
    return bytes.fromhex(stored)


def policy(connection: Connection) -> dict[str, Any]:
    stored = get_setting(connection, "policy")
    return json.loads(stored) if stored else dict(DEFAULT_POLICY)


def show_member_names(connection: Connection) -> bool:
    return get_setting(connection, "show_member_names") == "yes"


def secret(connection: Connection) -> bytes:
    """The key of the admin session cookies, made on first use."""
    import secrets

    stored = get_setting(connection, "session_secret")
    if stored is None:
        value = secrets.token_bytes(32)
        put_setting(connection, "session_secret", value.hex())
        return value
    return bytes.fromhex(stored)
