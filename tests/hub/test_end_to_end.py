"""The whole story, with #9's real report: the technician adds the organisation at the
hub, the coordinator joins, approves the quarter's report and syncs; the network's
dashboard and CSV show its numbers. Runs once #9 (the network report) is merged."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest

from shelter_desk.hub import cli
from tests.conftest import FAST_KDF
from tests.hub.conftest import LiveHub
from tests.hub.dashboard import Browser, add_admin

network_reports = pytest.importorskip("shelter_desk.services.network_reports")


def _no_wait(_seconds: float) -> None:
    pass


def test_org_add_join_approve_sync_then_the_dashboard_shows_the_numbers(
        live_hub: LiveHub, hub_db_url: str, tmp_path, capsys):
    from shelter_desk.reports.period import quarter_of
    from shelter_desk.services import network_outbox
    from shelter_desk.services.demo import create_demo_vault

    quarter = quarter_of(date.today().replace(day=1) - timedelta(days=92)).label
    # GIVEN the hub's technician added the organisation and handed over its token
    assert cli.main(["org", "add", "--db", hub_db_url, "--name", "Casa Demo"]) == 0
    token = next(line.split(": ", 1)[1] for line in capsys.readouterr().out.splitlines()
                 if line.startswith("token: "))
    with create_demo_vault(tmp_path / "vault", people=120, seed=4,
                           params=FAST_KDF).vault as vault:
        # WHEN the coordinator joins, approves last quarter's report and syncs
        enrolment = network_outbox.join(vault, live_hub.url, token)
        assert network_reports.network_policy(vault)[0] == enrolment.organisation_id
        preview = network_reports.build_preview(vault, quarter)
        network_reports.approve(vault, preview)
        result = network_outbox.sync(vault, sleep=_no_wait)
        assert [item.period for item in result.delivered] == [quarter]
        assert network_outbox.OutboxReports(vault).approved()  # #9's rows stay
        assert network_outbox.sync(vault, sleep=_no_wait).delivered == []
    # THEN the network's dashboard and CSV show the report's numbers
    sent = {(table["key"], tuple(row["key"])): row["count"]
            for table in preview.document["tables"] for row in table["counts"]}
    browser = Browser(live_hub.url)
    browser.login(add_admin(live_hub.engine))
    page = browser.get(f"/?period={quarter}").body.decode()
    assert quarter in page
    # in the words the shelters use, not the report's codes
    assert "Personas atendidas por nacionalidad, edad y sexo" in page
    assert "Nacionalidad" in page and ">people<" not in page
    rows = list(csv.DictReader(io.StringIO(browser.get(f"/export/{quarter}.csv").body.decode())))
    total = next(r for r in rows if r["table"] == "people" and set(r["key"].split("|")) == {"*"})
    assert int(total["value"]) == sent[("people", ("*", "*", "*"))]
    statistics = browser.get(f"/api/v1/statistics/{quarter}").json()
    assert statistics["members"] == 1
    assert json.dumps(statistics)  # served as JSON too


def test_a_report_approved_before_joining_is_not_sent_forever(
        live_hub: LiveHub, hub_db_url: str, tmp_path, capsys):
    from shelter_desk.reports.period import quarter_of
    from shelter_desk.services import network_outbox
    from shelter_desk.services.demo import create_demo_vault

    quarter = quarter_of(date.today().replace(day=1) - timedelta(days=92)).label
    assert cli.main(["org", "add", "--db", hub_db_url, "--name", "Casa Previa"]) == 0
    token = next(line.split(": ", 1)[1] for line in capsys.readouterr().out.splitlines()
                 if line.startswith("token: "))
    with create_demo_vault(tmp_path / "vault", people=60, seed=6,
                           params=FAST_KDF).vault as vault:
        # GIVEN a report approved while the organisation had no network id yet
        network_reports.approve(vault, network_reports.build_preview(vault, quarter))
        # WHEN she joins and syncs
        network_outbox.join(vault, live_hub.url, token)
        result = network_outbox.sync(vault, sleep=_no_wait)
        # THEN the old report is not offered to a hub that would refuse it every time;
        # one approved now, under the network's id, is delivered
        assert result.delivered == [] and network_outbox.OutboxReports(vault).approved() == []
        network_reports.approve(vault, network_reports.build_preview(vault, quarter))
        assert [item.period for item in network_outbox.sync(
            vault, sleep=_no_wait).delivered] == [quarter]


def test_the_command_line_joins_and_syncs_and_says_when_the_hub_is_down(
        live_hub: LiveHub, hub_db_url: str, tmp_path, capsys, monkeypatch):
    from shelter_desk.cli.main import main as app
    from shelter_desk.reports.period import quarter_of
    from shelter_desk.services.demo import DEMO_PASSPHRASE, DEMO_USER, create_demo_vault

    quarter = quarter_of(date.today().replace(day=1) - timedelta(days=92)).label
    vault_dir = tmp_path / "vault"
    create_demo_vault(vault_dir, people=80, seed=2, params=FAST_KDF).vault.lock()
    monkeypatch.setenv("SHELTER_DESK_PASSPHRASE", DEMO_PASSPHRASE)
    monkeypatch.setenv("SHELTER_DESK_LANG", "en")
    cli.main(["org", "add", "--db", hub_db_url, "--name", "Casa Demo"])
    token = next(line.split(": ", 1)[1] for line in capsys.readouterr().out.splitlines()
                 if line.startswith("token: "))
    vault = ["--vault", str(vault_dir), "--user", DEMO_USER]
    # WHEN the coordinator joins and approves on the command line
    assert app(["network", "join", *vault, "--hub", live_hub.url, "--token", token]) == 0
    assert "Joined the network" in capsys.readouterr().out
    assert app(["report", "approve", *vault, "--period", quarter, "--yes"]) == 0
    # and syncs while the hub is down: the report stays, and the exit code says so
    live_hub.stop()
    assert app(["sync", *vault, "--attempts", "1"]) == 5
    assert "stay in the outbox" in capsys.readouterr().out
    live_hub.start()
    # THEN the next sync delivers it
    assert app(["sync", *vault]) == 0
    assert f"Sent: {quarter} revision 1" in capsys.readouterr().out
    # and a used token is refused
    assert app(["network", "join", *vault, "--hub", live_hub.url, "--token", token]) == 4
