"""`shelter-desk person-export` and `person-delete` as a coordinator runs them."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from shelter_desk.services import people
from shelter_desk.store.schema import case_file
from shelter_desk.store.vault import unlock
from tests.cli.test_cli import run
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.store.marked_people import add_marked_woman


def test_person_export_writes_her_json_and_pdf(created, vault_dir, tmp_path):
    # GIVEN a woman's case file
    woman = add_marked_woman(created.vault, tmp_path, "ia")
    with created.vault.read() as connection:
        code = connection.execute(select(case_file.c.code)).scalar_one()
    created.vault.lock()
    out = tmp_path / "entrega"
    # WHEN a coordinator exports her data
    result = run("person-export", "--vault", str(vault_dir), "--user", COORDINATOR,
                 "--case", code, "--out", str(out),
                 env={"SHELTER_DESK_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"})
    # THEN a JSON file with her record and a PDF are there, and she is warned
    assert result.returncode == 0, result.stderr
    assert "NO están cifrados" in result.stdout
    exported = json.loads((out / f"acceso-{code}-{woman.person_id}.json").read_text("utf-8"))
    assert exported["person"]["place_of_origin"] == woman.markers[3]
    assert (out / f"acceso-{code}-{woman.person_id}.pdf").read_bytes().startswith(b"%PDF")


def test_person_delete_needs_the_block_first(created, vault_dir, tmp_path):
    woman = add_marked_woman(created.vault, tmp_path, "ib")
    with created.vault.read() as connection:
        code = connection.execute(select(case_file.c.code)).scalar_one()
    common = ("--vault", str(vault_dir), "--user", COORDINATOR, "--case", code)
    secret = {"SHELTER_DESK_PASSPHRASE": PASSPHRASE}
    created.vault.lock()
    refused = run("person-delete", *common, env=secret)
    assert refused.returncode == 4 and "bloquea" in refused.stderr
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as vault:
        people.block_person(vault, woman.person_id)
    deleted = run("person-delete", *common, env=secret)
    assert deleted.returncode == 0, deleted.stderr
    assert "Eliminado definitivamente: 1 persona(s), 1 archivo(s)" in deleted.stdout
    assert run("verify", *common[:4], env=secret).returncode == 0
    missing = run("person-export", *common, "--out", str(tmp_path / "x"), "--no-pdf",
                  env=secret)
    assert missing.returncode == 4


def test_person_export_of_a_relative_by_id(created, vault_dir, tmp_path):
    mother = add_marked_woman(created.vault, tmp_path, "ic")
    daughter = add_marked_woman(created.vault, tmp_path, "id", household_of=mother.case_id)
    other = add_marked_woman(created.vault, tmp_path, "ie")
    with created.vault.read() as connection:
        code = connection.execute(select(case_file.c.code).where(
            case_file.c.id == mother.case_id)).scalar_one()
    created.vault.lock()
    common = ("person-export", "--vault", str(vault_dir), "--user", COORDINATOR, "--case", code,
              "--out", str(tmp_path / "out"), "--no-pdf")
    secret = {"SHELTER_DESK_PASSPHRASE": PASSPHRASE}
    done = run(*common, "--person", str(daughter.person_id), env=secret)
    assert done.returncode == 0, done.stderr
    exported = json.loads(next((tmp_path / "out").glob("*.json")).read_text("utf-8"))
    assert exported["person"]["relationship"] == "child"
    assert exported["case"]["is_principal"] is False and exported["case"]["summary"] == ""
    wrong = run(*common, "--person", str(other.person_id), env=secret)
    assert wrong.returncode == 4 and "No se encontró" in wrong.stderr


def test_a_scrub_left_pending_is_finished_by_the_next_verb(created, vault_dir, tmp_path,
                                                           monkeypatch):
    # GIVEN a deletion whose scrub failed (the vault remembers it is pending)
    from shelter_desk.services import data_rights
    from shelter_desk.store import erasure, settings_repo

    woman = add_marked_woman(created.vault, tmp_path, "ja")
    people.block_person(created.vault, woman.person_id)

    def failing(_vault):
        raise erasure.ScrubIncomplete("vault.db")

    with monkeypatch.context() as patched:
        patched.setattr(erasure, "scrub", failing)
        with pytest.raises(erasure.ScrubIncomplete):
            data_rights.delete_person(created.vault, woman.person_id)
    created.vault.lock()
    # WHEN any verb that opens the vault runs next
    checked = run("verify", "--vault", str(vault_dir), "--user", COORDINATOR,
                  env={"SHELTER_DESK_PASSPHRASE": PASSPHRASE})
    # THEN it finished the scrub on the way
    assert checked.returncode == 0, checked.stderr
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as vault, \
            vault.read() as connection:
        assert settings_repo.get(connection, settings_repo.SCRUB_PENDING) is None
