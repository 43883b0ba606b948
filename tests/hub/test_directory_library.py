"""Members publish their profile to the network's directory and read everyone's; the
coordinators' protocols are served to members, newest version first."""

from __future__ import annotations

import json
from pathlib import Path

from shelter_desk.hub import cli
from tests.hub.conftest import LiveHub
from tests.hub.members import call, enrol

PROFILE = {"name": "Casa Sintética Norte", "city": "Tapachula", "state": "Chiapas",
           "services": ["albergue", "asesoría legal"], "contact": "+52 962 000 0000"}


def test_a_member_publishes_its_profile_and_every_member_reads_the_directory(
        live_hub: LiveHub):
    north = enrol(live_hub.url, live_hub.engine, "Casa Sintética Norte")
    south = enrol(live_hub.url, live_hub.engine, "Casa Sintética Sur")
    path = "/api/v1/directory/profile"
    body = json.dumps(PROFILE).encode()
    # WHEN the north publishes its profile
    reply = call(live_hub.url + path, "PUT", body, north.signed_headers("PUT", path, body))
    assert reply.status == 200, reply.body
    # THEN the south finds it in the directory, under the north's id
    listing = call(live_hub.url + "/api/v1/directory",
                   headers=south.signed_headers("GET", "/api/v1/directory")).json()
    [profile] = listing["organisations"]
    assert profile["organisation_id"] == north.organisation_id
    assert profile["services"] == ["albergue", "asesoría legal"]


def test_the_directory_refuses_unsigned_tampered_and_invalid_requests(live_hub: LiveHub):
    north = enrol(live_hub.url, live_hub.engine)
    path = "/api/v1/directory/profile"
    body = json.dumps(PROFILE).encode()
    headers = north.signed_headers("PUT", path, body)
    unsigned = call(live_hub.url + path, "PUT", body)
    tampered = call(live_hub.url + path, "PUT", body.replace(b"Norte", b"Sur"), headers)
    bad = json.dumps({**PROFILE, "services": "albergue"}).encode()
    invalid = call(live_hub.url + path, "PUT", bad, north.signed_headers("PUT", path, bad))
    assert (unsigned.status, tampered.status, invalid.status) == (401, 401, 422)
    assert call(live_hub.url + "/api/v1/directory").status == 401
    listing = call(live_hub.url + "/api/v1/directory",
                   headers=north.signed_headers("GET", "/api/v1/directory")).json()
    assert listing["organisations"] == []


def test_a_published_protocol_reaches_members_and_a_new_version_replaces_it(
        live_hub: LiveHub, hub_db_url: str, tmp_path: Path):
    member = enrol(live_hub.url, live_hub.engine)
    protocol = tmp_path / "protocolo-escucha.md"
    protocol.write_text("# Protocolo de escucha\n\nVersión 1.\n", encoding="utf-8")
    # WHEN a coordinator publishes it with the hub's command line, then a new version
    assert cli.main(["library", "publish", "--db", hub_db_url, "--file", str(protocol),
                     "--title", "Protocolo de escucha y cuidado"]) == 0
    protocol.write_text("# Protocolo de escucha\n\nVersión 2.\n", encoding="utf-8")
    assert cli.main(["library", "publish", "--db", hub_db_url, "--file", str(protocol),
                     "--title", "Protocolo de escucha y cuidado"]) == 0
    # THEN members see one document, its newest version, and can fetch it
    path = "/api/v1/library"
    [entry] = call(live_hub.url + path, headers=member.signed_headers("GET", path)
                   ).json()["documents"]
    assert (entry["slug"], entry["version"], entry["media_type"]) == (
        "protocolo-escucha", 2, "text/markdown")
    path = "/api/v1/library/protocolo-escucha/2"
    content = call(live_hub.url + path, headers=member.signed_headers("GET", path))
    assert b"Versi\xc3\xb3n 2." in content.body
    missing = "/api/v1/library/protocolo-escucha/9"
    assert call(live_hub.url + missing,
                headers=member.signed_headers("GET", missing)).status == 404


def test_the_library_takes_only_pdf_markdown_or_text(hub_db_url: str, tmp_path: Path,
                                                     capsys):
    image = tmp_path / "foto.png"
    image.write_bytes(b"\x89PNG")
    assert cli.main(["library", "publish", "--db", hub_db_url, "--file", str(image),
                     "--title", "Foto"]) == 2
    assert "PDF, Markdown" in capsys.readouterr().err
