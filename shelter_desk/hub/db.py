"""The hub's database: an engine from a URL (SQLite file by default, PostgreSQL for a
large network), its Alembic migrations, and the hub's own settings and signing key."""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, select, update
from sqlalchemy.engine import make_url

from shelter_desk.hub import sealing
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
        _private_file(make_url(url).database)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            # What an update replaces (a secret sealed over its clear-text original) is
            # overwritten on disk, not left in a free page.
            cursor.execute("PRAGMA secure_delete=ON")
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


SECRETS: dict[str, Callable[[], bytes]] = {
    "hub_private_key": lambda: envelope.new_private_key()[0],
    "session_secret": lambda: secrets.token_bytes(32),
}


def open_secrets(engine: Engine) -> None:
    """Check at start-up that the engine's key opens every secret, make the missing ones,
    and seal any left in the clear by an older hub (then wipe their old bytes)."""
    with engine.begin() as connection:
        resealed = [name for name in SECRETS if _sealed_secret(connection, name)[1]]
    if resealed:
        _forget_old_bytes(engine)


def reseal_secrets(engine: Engine, new_key: bytes) -> None:
    """The operator changes the hub's key (`key rotate`): every secret is opened with the
    engine's current key and sealed with the new one in one transaction, so a crash
    leaves all of them under the old key or all under the new, never a mix."""
    with engine.begin() as connection:
        for name in SECRETS:
            value = _sealed_secret(connection, name)[0]
            put_setting(connection, name, sealing.seal(new_key, name, value))
    sealing.attach(engine, new_key)
    _forget_old_bytes(engine)


def _forget_old_bytes(engine: Engine) -> None:
    """The secrets' previous form (clear text, or sealed by a retired key) leaves the
    SQLite WAL, or PostgreSQL's dead tuples."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    elif engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM FULL hub_setting")


def hub_private_key(connection: Connection) -> bytes:
    """The hub's Ed25519 key, made on first use: it signs receipts, and members pin its
    public half at enrolment. It lives sealed in the hub's database (back that up, and
    keep the key apart from it)."""
    return _sealed_secret(connection, "hub_private_key")[0]


def policy(connection: Connection) -> dict[str, Any]:
    stored = get_setting(connection, "policy")
    return json.loads(stored) if stored else dict(DEFAULT_POLICY)


def show_member_names(connection: Connection) -> bool:
    return get_setting(connection, "show_member_names") == "yes"


def secret(connection: Connection) -> bytes:
    """The key of the admin session cookies, made on first use."""
    return _sealed_secret(connection, "session_secret")[0]


def _sealed_secret(connection: Connection, name: str) -> tuple[bytes, bool]:
    """(the secret, whether it was just sealed anew) under the engine's key."""
    key = sealing.key_of(connection.engine)
    stored = get_setting(connection, name)
    if stored is None:
        value = SECRETS[name]()
    elif not sealing.is_sealed(stored):  # an older hub's clear text
        value = bytes.fromhex(stored)
    elif key != sealing.DEV_KEY and sealing.is_sealed(stored, sealing.DEV_KEY):
        value = sealing.unseal(sealing.DEV_KEY, name, stored)  # a development hub grown up
    else:
        return sealing.unseal(key, name, stored), False
    put_setting(connection, name, sealing.seal(key, name, value))
    return value, stored is not None


def _private_file(path: str | None) -> None:
    """The SQLite file is created readable by its owner only (its -wal and -shm follow
    its mode), and an older, wider one is narrowed."""
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    for name in (path, path + "-wal", path + "-shm"):
        if os.path.exists(name) and os.stat(name).st_mode & 0o077:
            os.chmod(name, 0o600)
