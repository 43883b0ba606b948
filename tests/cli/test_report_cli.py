"""The network report from the command line: preview, approve, export, DHIS2 values, the
organisation's key, and a signature check that one changed byte breaks."""

from __future__ import annotations

import base64
import json
from datetime import date, timedelta

from shelter_desk.cli.report_verbs import EXIT_OWN_KEY_ONLY
from shelter_desk.reports.period import quarter_of
from tests.cli.test_cli import run
from tests.conftest import COORDINATOR, PASSPHRASE

LAST_QUARTER = quarter_of(date.today().replace(day=1) - timedelta(days=92)).label
ENV = {"SHELTER_DESK_PASSPHRASE": PASSPHRASE}


def _vault(created, vault_dir) -> list[str]:
    created.vault.lock()
    return ["--vault", str(vault_dir), "--user", COORDINATOR]


def test_build_approve_export_and_verify(created, vault_dir, tmp_path):
    vault = _vault(created, vault_dir)
    # GIVEN the preview printed as JSON
    built = run("report", "build", *vault, "--period", LAST_QUARTER, "--json", env=ENV)
    assert built.returncode == 0, built.stderr
    preview = json.loads(built.stdout)
    assert preview["format"] == "shelter-desk-report/1" and preview["revision"] == 1
    # WHEN it is approved and exported, and the key is asked for
    approved = run("report", "approve", *vault, "--period", LAST_QUARTER, "--yes", env=ENV)
    assert approved.returncode == 0, approved.stderr
    assert "revisión 1" in approved.stdout
    # a withheld count reads "oculta", never "< 5": one hidden to protect another may be big
    withheld = sum(row["count"] is None for table in preview["tables"] for row in table["counts"])
    assert approved.stdout.count("oculta") >= withheld and "< 5" not in approved.stdout
    out = tmp_path / "informe.sdreport"
    exported = run("report", "export", *vault, "--period", LAST_QUARTER, "--out", str(out),
                   env=ENV)
    assert exported.returncode == 0, exported.stderr
    key = run("network", "key", *vault, env=ENV)
    public_key, fingerprint = key.stdout.splitlines()
    assert len(base64.b64decode(public_key)) == 32 and len(fingerprint.split()) == 16
    assert fingerprint in approved.stdout
    # THEN the file verifies with the printed key
    good = run("report", "verify", str(out), "--public-key", public_key)
    assert good.returncode == 0 and fingerprint in good.stdout
    # AND one changed byte of the signed report makes it fail
    document = json.loads(out.read_text(encoding="utf-8"))
    report = bytearray(base64.b64decode(document["report"]))
    report[20] ^= 0x01
    document["report"] = base64.b64encode(bytes(report)).decode("ascii")
    tampered = tmp_path / "alterado.sdreport"
    tampered.write_text(json.dumps(document), encoding="utf-8")
    bad = run("report", "verify", str(tampered), "--public-key", public_key)
    assert bad.returncode == 1 and "NO es válida" in bad.stdout
    # AND so does one changed byte anywhere in the file
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    tampered.write_bytes(bytes(raw))
    assert run("report", "verify", str(tampered), "--public-key", public_key).returncode != 0


def test_dhis2_values_and_a_refused_caseworker(created, vault_dir, tmp_path):
    vault = _vault(created, vault_dir)
    assert run("report", "approve", *vault, "--period", LAST_QUARTER, "--yes",
               env=ENV).returncode == 0
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"dataSet": "ds1", "orgUnit": "ou1", "cells": [
        {"table": "referrals", "key": ["*"], "dataElement": "de1",
         "categoryOptionCombo": "coc1"}]}), encoding="utf-8")
    out = tmp_path / "dhis2.json"
    result = run("report", "dhis2", *vault, "--period", LAST_QUARTER, "--mapping",
                 str(mapping), "--out", str(out), env=ENV)
    assert result.returncode == 0, result.stderr
    values = json.loads(out.read_text(encoding="utf-8"))
    assert values["dataValues"] == [{"dataElement": "de1", "categoryOptionCombo": "coc1",
                                     "value": "0"}]
    # A caseworker may not approve: exit 4 and the reason
    added = run("users", "add", *vault, "--name", "Trabajadora", "--role", "caseworker",
                env={**ENV, "SHELTER_DESK_NEW_PASSPHRASE": "otra frase larga y segura"})
    assert added.returncode == 0, added.stderr
    refused = run("report", "approve", "--vault", str(vault_dir), "--user", "Trabajadora",
                  "--period", LAST_QUARTER, "--yes",
                  env={"SHELTER_DESK_PASSPHRASE": "otra frase larga y segura"})
    assert refused.returncode == 4 and "coordinadora" in refused.stderr


def test_a_bad_policy_file_and_a_wrong_period_are_refused(created, vault_dir, tmp_path):
    vault = _vault(created, vault_dir)
    policy = tmp_path / "politica.json"
    policy.write_text('{"k": 1}', encoding="utf-8")
    bad = run("network", "policy", *vault, "--set", str(policy), env=ENV)
    assert bad.returncode == 4 and "k" in bad.stderr
    policy.write_text('{"period_type": "month", "k": 10}', encoding="utf-8")
    good = run("network", "policy", *vault, "--set", str(policy), "--organisation-id",
               "casa-1", env=ENV)
    assert good.returncode == 0 and '"k": 10' in good.stdout
    wrong = run("report", "build", *vault, "--period", LAST_QUARTER, env=ENV)
    assert wrong.returncode == 4 and "mes" in wrong.stderr


def test_network_join_prints_the_fingerprint_of_the_key_it_pinned(created, vault_dir):
    # GIVEN a hub whose enrolment answer states a fingerprint that is not its key's
    from shelter_desk.network import envelope
    from tests.network.fake_hub import fake_hub
    from tests.network.test_hub_client import LYING_FINGERPRINT, enrol_answer

    vault = _vault(created, vault_dir)
    _private, hub_key = envelope.new_private_key()
    with fake_hub({"/api/v1/enrol": enrol_answer(hub_key)}) as hub:
        # WHEN the coordinator joins on the command line
        joined = run("network", "join", *vault, "--hub", hub.url, "--token", "t", env=ENV)
    # THEN what she reads aloud to the network's technician is the pinned key's fingerprint
    assert joined.returncode == 0, joined.stderr
    assert envelope.fingerprint(hub_key) in joined.stdout
    assert LYING_FINGERPRINT not in joined.stdout


def test_verify_without_the_organisations_key_does_not_vouch_for_the_sender(created, vault_dir,
                                                                            tmp_path):
    # GIVEN an approved, exported report
    vault = _vault(created, vault_dir)
    assert run("report", "approve", *vault, "--period", LAST_QUARTER, "--yes",
               env=ENV).returncode == 0
    out = tmp_path / "informe.sdreport"
    assert run("report", "export", *vault, "--period", LAST_QUARTER, "--out", str(out),
               env=ENV).returncode == 0
    fingerprint = run("network", "key", *vault, env=ENV).stdout.splitlines()[1]
    # WHEN it is verified without the organisation's key, in each language
    spanish = run("report", "verify", str(out))
    english = run("report", "verify", str(out), env={"SHELTER_DESK_LANG": "en"})
    # THEN it says the signature only matches the key inside the file, shows that key's
    # fingerprint to compare, and exits with its own code (a script cannot take it as a yes)
    assert spanish.returncode == english.returncode == EXIT_OWN_KEY_ONLY != 0
    assert "SOLO" in spanish.stdout and "dentro del archivo" in spanish.stdout
    assert "ONLY" in english.stdout and "inside the file" in english.stdout
    assert fingerprint in spanish.stdout and fingerprint in english.stdout
