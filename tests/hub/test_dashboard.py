"""Network coordinators log in to the dashboard and see the network's numbers for a
period, in the page and as CSV; USB-carried .sdreport files are uploaded there."""

from __future__ import annotations

import csv
import io

from sqlalchemy import Engine

from shelter_desk.hub import db, repo
from tests.hub.conftest import LiveHub
from tests.hub.dashboard import Browser, add_admin, csrf_of
from tests.hub.members import call, enrol, report_document, submit


def two_members_reported(hub: LiveHub) -> None:
    north = enrol(hub.url, hub.engine, "Casa Sintética Norte")
    south = enrol(hub.url, hub.engine, "Casa Sintética Sur")
    assert submit(hub.url, north.report(people={("HN", "18+", "female"): 12,
                                                ("SV", "18+", "female"): 7})).status == 201
    assert submit(hub.url, south.report(people={("HN", "18+", "female"): 8,
                                                ("SV", "18+", "female"): None,
                                                ("GT", "18+", "female"): 9})).status == 201


def test_the_dashboard_needs_a_login_and_refuses_a_wrong_password(live_hub: LiveHub):
    add_admin(live_hub.engine)
    browser = Browser(live_hub.url)
    assert browser.get("/").status == 303
    assert browser.login("coordinacion", "no-es-la-contraseña").status == 401
    assert browser.get("/").status == 303
    assert browser.get("/export/2026-Q1.csv").status == 303


def test_a_login_form_without_its_csrf_token_is_refused(live_hub: LiveHub):
    add_admin(live_hub.engine)
    browser = Browser(live_hub.url)
    browser.get("/login")
    reply = browser.post_form("/login", {"csrf": "forged", "username": "coordinacion",
                                         "password": "contraseña-larga-de-prueba"})
    assert reply.status == 403
    assert browser.get("/").status == 303


def test_the_dashboard_and_the_csv_show_the_network_numbers(live_hub: LiveHub):
    # GIVEN two members that reported 2026-Q1, one of them withholding a small count
    two_members_reported(live_hub)
    browser = Browser(live_hub.url)
    assert browser.login(add_admin(live_hub.engine)).status == 303
    # WHEN the coordinator opens the dashboard
    page = browser.get("/?period=2026-Q1")
    # THEN the summed counts are there, the withheld one as an interval, no names by them
    assert page.status == 200
    text = page.body.decode()
    assert "2026-Q1" in text and ">20<" in text  # HN 12 + 8
    assert "≥" in text or "–" in text
    assert "<svg" in text and "http://" not in text.replace(live_hub.url, "")
    assert "script" not in text
    assert "Casa Sintética Norte" in text  # the members' list, not next to numbers
    assert "Organizaciones que informaron" not in text
    # and the CSV holds the same numbers
    exported = browser.get("/export/2026-Q1.csv")
    rows = list(csv.DictReader(io.StringIO(exported.body.decode())))
    hn = next(r for r in rows if r["table"] == "people" and r["key"] == "HN|18+|female")
    assert hn["value"] == "20"
    sv = next(r for r in rows if r["table"] == "people" and r["key"] == "SV|18+|female")
    assert sv["value"] == "" and int(sv["at_least"]) == 8
    case_types = next(r for r in rows if r["table"] == "case_types" and r["key"] == "asylum")
    assert case_types["value"] == "18"


def test_a_csv_cell_that_a_spreadsheet_would_run_is_shown_as_text(live_hub: LiveHub):
    # GIVEN a member whose case type is named like a sum ('-2+3' is a valid name)
    member = enrol(live_hub.url, live_hub.engine)
    tables = report_document(member.organisation_id, "2026-Q1", 1)["tables"]
    tables[1]["counts"] = [{"key": ["-2+3"], "count": 9}, {"key": ["*"], "count": 9}]
    assert submit(live_hub.url, member.report(tables=tables)).status == 201
    browser = Browser(live_hub.url)
    assert browser.login(add_admin(live_hub.engine)).status == 303
    # WHEN the coordinator exports the period
    rows = list(csv.DictReader(io.StringIO(
        browser.get("/export/2026-Q1.csv").body.decode())))
    # THEN that cell starts with an apostrophe (text, never a formula); the rest is as sent
    assert [r["key"] for r in rows if r["table"] == "case_types"] == ["'-2+3", "*"]
    assert any(r["key"] == "HN|18+|female" and r["value"] == "12" for r in rows)


def test_member_names_appear_beside_numbers_only_when_the_policy_says_so(live_hub: LiveHub):
    two_members_reported(live_hub)
    with live_hub.engine.begin() as connection:
        db.put_setting(connection, "show_member_names", "yes")
    browser = Browser(live_hub.url)
    browser.login(add_admin(live_hub.engine))
    assert "Organizaciones que informaron" in browser.get("/?period=2026-Q1").body.decode()
    statistics = browser.get("/api/v1/statistics/2026-Q1").json()
    assert {m["name"] for m in statistics["reporting_members"]} == {
        "Casa Sintética Norte", "Casa Sintética Sur"}


def test_the_statistics_api_needs_a_member_signature_or_a_login(live_hub: LiveHub):
    two_members_reported(live_hub)
    assert call(f"{live_hub.url}/api/v1/statistics/2026-Q1").status == 401
    member = enrol(live_hub.url, live_hub.engine, "Casa Sintética Este")
    path = "/api/v1/statistics/2026-Q1"
    reply = call(live_hub.url + path, headers=member.signed_headers("GET", path))
    assert reply.status == 200
    assert reply.json()["members"] == 2 and "reporting_members" not in reply.json()


def test_a_coordinator_uploads_a_usb_report_once(live_hub: LiveHub):
    member = enrol(live_hub.url, live_hub.engine)
    signed = member.report()
    browser = Browser(live_hub.url)
    browser.login(add_admin(live_hub.engine))
    csrf = csrf_of(browser.get("/"))
    # WHEN the .sdreport from the USB stick is uploaded, twice
    first = browser.post_file("/upload", {"csrf": csrf}, "q1.sdreport", signed.to_file_bytes())
    second = browser.post_file("/upload", {"csrf": csrf}, "q1.sdreport", signed.to_file_bytes())
    junk = browser.post_file("/upload", {"csrf": csrf}, "x.sdreport", b"not a report")
    # THEN it is stored once, and the page says what happened each time
    assert "Report%20received" in first.headers["location"]
    assert "already" in second.headers["location"]
    assert "sdreport" in junk.headers["location"]
    assert stored_via(live_hub.engine) == ["upload"]
    # and an upload without the form's token is refused
    forged = browser.post_file("/upload", {"csrf": "x"}, "q1.sdreport", signed.to_file_bytes())
    assert forged.status == 403


def stored_via(engine: Engine) -> list[str]:
    from sqlalchemy import select

    from shelter_desk.hub.schema import report

    with engine.connect() as connection:
        assert repo.report_count(connection) >= 0
        return list(connection.execute(select(report.c.via)).scalars())


def test_a_coordinator_publishes_a_protocol_from_the_dashboard(live_hub: LiveHub):
    browser = Browser(live_hub.url)
    browser.login(add_admin(live_hub.engine))
    csrf = csrf_of(browser.get("/"))
    text = b"# Protocolo de escucha\n\nEscuchar sin juzgar.\n"
    # WHEN she uploads a Markdown protocol with a title, twice
    for _ in range(2):
        reply = browser.post_file("/library", {"csrf": csrf, "title": "Protocolo de escucha"},
                                  "protocolo-escucha.md", text)
        assert reply.status == 303
    # and a file that only pretends to be a PDF
    fake = browser.post_file("/library", {"csrf": csrf, "title": "Falso"}, "falso.pdf",
                             b"not a pdf")
    # THEN the library lists version 2 of the protocol, and nothing else
    with live_hub.engine.connect() as connection:
        entries = repo.library(connection)
    assert [(e.slug, e.version, e.title) for e in entries] == [
        ("protocolo-escucha", 2, "Protocolo de escucha")]
    assert "not%20a%20PDF" in fake.headers["location"]
    # and a form without its token publishes nothing
    forged = browser.post_file("/library", {"csrf": "x", "title": "T"}, "t.md", b"t")
    assert forged.status == 403


def test_a_big_protocol_is_accepted_where_a_big_report_is_not(live_hub: LiveHub):
    browser = Browser(live_hub.url)
    browser.login(add_admin(live_hub.engine))
    csrf = csrf_of(browser.get("/"))
    pdf = b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024)
    reply = browser.post_file("/library", {"csrf": csrf, "title": "Guía larga"}, "guia.pdf",
                              pdf)
    assert reply.status == 303 and "v1" in reply.headers["location"]
    assert browser.post_file("/upload", {"csrf": csrf}, "x.sdreport", pdf).status == 413
