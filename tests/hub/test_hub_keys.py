"""The hub's secrets at rest: its signing key and session secret are sealed in its
database with the operator's key; without that key the hub does not start, with another
key it says so, and an older hub's clear-text secrets are sealed at the first start."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from shelter_desk.hub import cli, db, sealing, work
from shelter_desk.hub.app import create_app
from shelter_desk.hub.schema import setting
from tests.hub.conftest import HUB_KEY, keyed_engine


def settings(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        return {row.name: row.value for row in connection.execute(select(setting))}


def secrets_of(engine: Engine) -> tuple[bytes, bytes]:
    with engine.connect() as connection:
        return db.hub_private_key(connection), db.secret(connection)


def on_disk(tmp_path: Path) -> bytes:
    """Every byte SQLite keeps for the hub's database (the file and its WAL)."""
    return b"".join(path.read_bytes() for path in tmp_path.glob("hub.db*"))


def fresh_engine(url: str) -> Engine:
    engine = db.open_engine(url)
    db.migrate(engine)
    return engine


def test_the_signing_key_and_session_secret_are_sealed_in_the_database(hub_engine: Engine):
    # GIVEN a hub started with its operator's key
    create_app(hub_engine)
    private, session = secrets_of(hub_engine)
    # THEN its database holds them sealed only: a copy of it gives neither away
    stored = settings(hub_engine)
    for name in ("hub_private_key", "session_secret"):
        assert stored[name].startswith(f"sealed1:{sealing.key_id(HUB_KEY)}:")
    assert private.hex() not in str(stored) and session.hex() not in str(stored)
    # AND the same key opens them again after a restart: members' pinned key unchanged
    public = work.hub_info(hub_engine)["public_key"]
    again = keyed_engine(hub_engine.url.render_as_string(hide_password=False))
    create_app(again)
    assert secrets_of(again) == (private, session)
    assert work.hub_info(again)["public_key"] == public
    again.dispose()


def test_the_hub_does_not_start_without_its_key_or_with_another(hub_db_url: str):
    engine = fresh_engine(hub_db_url)
    sealing.attach(engine, HUB_KEY)
    create_app(engine)
    engine.dispose()
    # WHEN it is opened with no key at all
    keyless = fresh_engine(hub_db_url)
    with pytest.raises(sealing.HubKeyError) as missing:
        create_app(keyless)
    keyless.dispose()
    # OR with a key that is not the one that sealed its secrets
    other = fresh_engine(hub_db_url)
    with pytest.raises(sealing.HubKeyError) as wrong:
        create_app(other, key=os.urandom(32))
    other.dispose()
    # THEN it refuses, saying which, in both languages
    assert "without its key" in missing.value.message.en
    assert "sin su llave" in missing.value.message.es
    assert "is not the one that sealed" in wrong.value.message.en
    assert "no es la que selló" in wrong.value.message.es


def test_serve_refuses_to_start_without_a_key_and_creates_nothing(tmp_path: Path,
                                                                  monkeypatch, capsys):
    monkeypatch.delenv(sealing.KEY_FILE_ENV, raising=False)
    monkeypatch.delenv(sealing.KEY_ENV, raising=False)
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    assert cli.main(["serve", "--db", url]) == 2
    said = capsys.readouterr().err
    assert "--key-file" in said and "--insecure-dev-key" in said and "llave" in said
    assert not (tmp_path / "hub.db").exists()


def test_a_clear_text_database_of_an_older_hub_is_sealed_on_its_first_start(
        hub_db_url: str, tmp_path: Path):
    # GIVEN a database as the hub kept it before: both secrets in hex, in the clear
    url, sqlite = hub_db_url, hub_db_url.startswith("sqlite")
    engine = fresh_engine(url)
    private, session = os.urandom(32), os.urandom(32)
    with engine.begin() as connection:
        db.put_setting(connection, "hub_private_key", private.hex())
        db.put_setting(connection, "session_secret", session.hex())
    engine.dispose()
    assert private.hex().encode() in on_disk(tmp_path) or not sqlite
    # WHEN the hub starts with a key
    engine = fresh_engine(url)
    create_app(engine, key=HUB_KEY)
    # THEN the same secrets are kept (members' pinned key still holds), now sealed
    assert secrets_of(engine) == (private, session)
    assert all(sealing.is_sealed(value, HUB_KEY) for name, value in settings(engine).items()
               if name in db.SECRETS)
    engine.dispose()
    # AND their clear text is gone from the file and its WAL, not only from the table
    # (PostgreSQL's old row versions: VACUUM FULL, run by the same start)
    if sqlite:
        assert private.hex().encode() not in on_disk(tmp_path)
        assert session.hex().encode() not in on_disk(tmp_path)


def test_a_tampered_or_moved_sealed_secret_is_refused(hub_engine: Engine):
    create_app(hub_engine)
    stored = settings(hub_engine)
    # WHEN someone with the database swaps the two sealed values
    with hub_engine.begin() as connection:
        db.put_setting(connection, "hub_private_key", stored["session_secret"])
    # THEN the hub says the secret was altered instead of signing with the wrong key
    with pytest.raises(sealing.HubKeyError) as moved:
        create_app(hub_engine)
    assert "damaged or was altered" in moved.value.message.en
    assert "dañado o fue alterado" in moved.value.message.es


def test_a_development_hub_is_resealed_when_it_gets_a_real_key(tmp_path: Path, capsys):
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    # GIVEN a hub set up with the public development key (said loudly)
    assert cli.main(["migrate", "--db", url, "--insecure-dev-key"]) == 0
    assert "PUBLIC key" in capsys.readouterr().err
    engine = fresh_engine(url)
    sealing.attach(engine, sealing.DEV_KEY)
    private, _session = secrets_of(engine)
    engine.dispose()
    # WHEN the operator makes a real key and migrates with it
    key_file = tmp_path / "hub.key"
    assert cli.main(["key", "new", "--out", str(key_file)]) == 0
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert cli.main(["migrate", "--db", url, "--key-file", str(key_file)]) == 0
    # THEN the secrets are sealed with it, the signing key the same as before
    key = sealing.parse_key(key_file.read_text())
    engine = fresh_engine(url)
    sealing.attach(engine, key)
    assert secrets_of(engine)[0] == private
    assert all(sealing.is_sealed(value, key) for name, value in settings(engine).items()
               if name in db.SECRETS)
    engine.dispose()
    # AND a key file is never overwritten
    assert cli.main(["key", "new", "--out", str(key_file)]) == 2
    assert sealing.parse_key(key_file.read_text()) == key


def test_the_key_comes_from_a_file_or_the_environment_and_bad_keys_are_said(tmp_path: Path):
    key = os.urandom(32)
    key_file = tmp_path / "hub.key"
    key_file.write_text(key.hex() + "\n")
    key_file.chmod(0o600)
    assert sealing.operator_key(key_file, environ={}) == key
    assert sealing.operator_key(None, environ={sealing.KEY_FILE_ENV: str(key_file)}) == key
    assert sealing.operator_key(None, environ={sealing.KEY_ENV: key.hex()}) == key
    for bad in ("", "abc", "zz" * 32, key.hex()[:-2], "ñ"):
        key_file.write_text(bad, encoding="utf-8")
        with pytest.raises(sealing.HubKeyError) as error:
            sealing.operator_key(key_file, environ={})
        assert error.value.message.es and error.value.message.en
    with pytest.raises(sealing.HubKeyError):
        sealing.operator_key(tmp_path / "missing.key", environ={})


def test_the_sqlite_database_is_readable_by_its_owner_only(tmp_path: Path):
    # GIVEN a new hub database, used
    engine = keyed_engine(f"sqlite:///{tmp_path / 'hub.db'}")
    create_app(engine)
    # THEN the file and SQLite's companions are 0600
    for path in tmp_path.glob("hub.db*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    engine.dispose()
    # AND an older, world-readable one is narrowed when the hub opens it
    old = tmp_path / "old.db"
    old.touch(0o644)
    os.chmod(old, 0o644)
    db.open_engine(f"sqlite:///{old}").dispose()
    assert stat.S_IMODE(old.stat().st_mode) == 0o600


def test_the_operator_changes_the_hubs_key(tmp_path: Path, capsys):
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    old_file, new_file = tmp_path / "old.key", tmp_path / "new.key"
    assert cli.main(["key", "new", "--out", str(old_file)]) == 0
    assert cli.main(["key", "new", "--out", str(new_file)]) == 0
    assert cli.main(["migrate", "--db", url, "--key-file", str(old_file)]) == 0
    old, new = (sealing.parse_key(path.read_text()) for path in (old_file, new_file))
    engine = fresh_engine(url)
    sealing.attach(engine, old)
    before = secrets_of(engine)
    engine.dispose()
    capsys.readouterr()
    # a wrong current key is refused, and nothing changes
    assert cli.main(["key", "rotate", "--db", url, "--key-file", str(new_file),
                     "--new-key-file", str(new_file)]) == 2
    assert "misma" in capsys.readouterr().err
    wrong = tmp_path / "wrong.key"
    assert cli.main(["key", "new", "--out", str(wrong)]) == 0
    assert cli.main(["key", "rotate", "--db", url, "--key-file", str(wrong),
                     "--new-key-file", str(new_file)]) == 2
    assert "no es la que selló" in capsys.readouterr().err
    # the right one re-seals every secret under the new key: same secrets, old key useless
    assert cli.main(["key", "rotate", "--db", url, "--key-file", str(old_file),
                     "--new-key-file", str(new_file)]) == 0
    assert sealing.key_id(new) in capsys.readouterr().out
    engine = fresh_engine(url)
    sealing.attach(engine, new)
    assert secrets_of(engine) == before
    assert all(sealing.is_sealed(value, new) for name, value in settings(engine).items()
               if name in db.SECRETS)
    sealing.attach(engine, old)
    with pytest.raises(sealing.HubKeyError):
        secrets_of(engine)
    engine.dispose()
    # and the sealed values of the old key are not left in the file or its WAL
    old_sealed = f"sealed1:{sealing.key_id(old)}:".encode()
    assert old_sealed not in on_disk(tmp_path)
