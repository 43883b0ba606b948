"""The volunteer technician's commands: an organisation and its token, a coordinator
login, the policy."""

from __future__ import annotations

import json
from pathlib import Path

from shelter_desk.hub import cli, db, repo
from shelter_desk.hub.passwords import check_password


def test_org_add_prints_a_one_time_token_whose_hash_alone_is_stored(hub_db_url: str, capsys):
    assert cli.main(["org", "add", "--db", hub_db_url, "--name", "Casa Sintética Norte"]) == 0
    out = capsys.readouterr().out
    token = next(line.split(": ", 1)[1] for line in out.splitlines()
                 if line.startswith("token: "))
    engine = db.open_engine(hub_db_url)
    with engine.connect() as connection:
        from sqlalchemy import select

        from shelter_desk.hub.schema import enrolment_token

        stored = list(connection.execute(select(enrolment_token.c.token_sha256)).scalars())
    engine.dispose()
    assert stored == [repo.token_hash(token)] and token not in stored
    assert cli.main(["org", "list", "--db", hub_db_url]) == 0
    assert "pending\tCasa Sintética Norte" in capsys.readouterr().out


def test_admin_add_stores_an_argon2id_hash(hub_db_url: str, tmp_path: Path, monkeypatch):
    password_file = tmp_path / "pw"
    password_file.write_text("una-contraseña-bastante-larga\n", encoding="utf-8")
    assert cli.main(["admin", "add", "--db", hub_db_url, "--username", "coordinacion",
                     "--password-file", str(password_file)]) == 0
    engine = db.open_engine(hub_db_url)
    with engine.connect() as connection:
        _id, stored = repo.admin_hash(connection, "coordinacion")
    engine.dispose()
    assert stored.startswith("$argon2id$")
    assert check_password("una-contraseña-bastante-larga", stored)
    assert not check_password("otra", stored)
    # a short password is refused
    monkeypatch.setenv("SHELTER_DESK_HUB_PASSWORD", "corta")
    assert cli.main(["admin", "add", "--db", hub_db_url, "--username", "otra"]) == 2


def test_policy_sets_the_period_type_and_k(hub_db_url: str, tmp_path: Path, capsys):
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"period_type": "month", "k": 10}), encoding="utf-8")
    assert cli.main(["policy", "--db", hub_db_url, "--file", str(policy),
                     "--show-member-names", "yes"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == {"policy": {"period_type": "month", "k": 10}, "show_member_names": True}
    policy.write_text(json.dumps({"period_type": "week", "k": 10}), encoding="utf-8")
    assert cli.main(["policy", "--db", hub_db_url, "--file", str(policy)]) == 2
