"""«Exportar cambios a USB» and importing it on the other laptop: what arrives, and
every bad file a clear error in both languages with nothing applied."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases
from shelter_desk.store import audit
from shelter_desk.team import change_file, devices
from shelter_desk.team.errors import TeamError
from shelter_desk.team.identity import new_device
from tests.team.conftest import peer_id

MARKER = "Zacarías Marcadorúnico"


def _open_case(vault) -> None:
    cases.open_case(vault, PersonDetails(given_names=MARKER, family_names="Prueba",
                                         phone="555-0177", place_of_origin="MarcadorPueblo"))


def _export(door, lawyer, tmp_path: Path) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    return change_file.export_for(door, peer_id(door, "Abogada"), usb)


def _has_marker(vault) -> bool:
    return bool(cases.search_cases(vault, "Zacarías").rows)


def test_the_file_carries_the_new_case_and_reveals_nothing(team, tmp_path: Path) -> None:
    door, lawyer = team
    _open_case(door)
    path = _export(door, lawyer, tmp_path)
    raw = path.read_bytes()
    for marker in (MARKER, "Zacar", "MarcadorPueblo", "555-0177"):
        assert marker.encode() not in raw and marker.encode("utf-16-le") not in raw
    report = change_file.import_file(lawyer, path)
    assert report.received > 0 and report.peer_name == "Recepción"
    assert _has_marker(lawyer)
    with lawyer.read() as connection:
        assert audit.verify_chain(connection).intact
        assert any(e.action == "team.sync_received" for e in audit.events(connection))
    with door.read() as connection:
        assert any(e.action == "team.sync_sent" for e in audit.events(connection))


def test_importing_the_same_file_twice_changes_nothing(team, tmp_path: Path) -> None:
    door, lawyer = team
    _open_case(door)
    path = _export(door, lawyer, tmp_path)
    change_file.import_file(lawyer, path)
    again = change_file.import_file(lawyer, path)
    assert again.received == 0 and again.records == 0


def _rows(vault) -> tuple[int, int]:
    from sqlalchemy import func, select

    from shelter_desk.store.schema import audit_event
    from shelter_desk.store.team_schema import team_change
    with vault.read() as connection:
        return (connection.execute(select(func.count()).select_from(team_change)).scalar(),
                connection.execute(select(func.count()).select_from(audit_event)).scalar())


def _expect_refusal(lawyer, path: Path, words: tuple[str, str]) -> None:
    before = _rows(lawyer)
    with pytest.raises(TeamError) as refused:
        change_file.import_file(lawyer, path)
    assert words[0] in refused.value.message.es and words[1] in refused.value.message.en
    assert "No se aplicó nada" in refused.value.message.es or "Actualiza" in \
        refused.value.message.es
    assert not _has_marker(lawyer)
    assert _rows(lawyer) == before, "nothing was written"


def test_a_tampered_file_is_refused(team, tmp_path: Path) -> None:
    door, lawyer = team
    _open_case(door)
    path = _export(door, lawyer, tmp_path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sealed = bytearray(parts["changes.age"])
    sealed[len(sealed) // 2] ^= 0x01
    parts["changes.age"] = bytes(sealed)
    forged = tmp_path / "forged.sdchanges"
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    _expect_refusal(lawyer, forged, ("modificado", "altered"))
    # A manifest edited to name another sender's count is caught by the signature too.
    manifest = json.loads(parts["manifest.json"])
    manifest["changes"] = 1
    parts["manifest.json"] = json.dumps(manifest, sort_keys=True).encode()
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    _expect_refusal(lawyer, forged, ("modificado", "altered"))


def test_a_truncated_file_is_refused(team, tmp_path: Path) -> None:
    door, lawyer = team
    _open_case(door)
    path = _export(door, lawyer, tmp_path)
    cut = tmp_path / "cut.sdchanges"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    _expect_refusal(lawyer, cut, ("incompleto", "incomplete"))
    other = tmp_path / "notes.sdchanges"
    other.write_text("hola")
    _expect_refusal(lawyer, other, ("no es un archivo de cambios", "not a Shelter Desk"))


def test_a_file_from_an_unpaired_or_removed_laptop_is_refused(team, tmp_path: Path) -> None:
    door, lawyer = team
    _open_case(door)
    path = _export(door, lawyer, tmp_path)
    with lawyer.write() as connection:
        devices.mark_removed(connection, peer_id(lawyer, "Recepción"))
    _expect_refusal(lawyer, path, ("no está emparejada", "not paired"))


def test_a_file_signed_by_a_stranger_is_refused(team, tmp_path: Path) -> None:
    door, lawyer = team
    _open_case(door)
    path = _export(door, lawyer, tmp_path)
    stranger = new_device("Desconocida")
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["manifest.sig"] = stranger.signer().sign(parts["manifest.json"])
    forged = tmp_path / "stranger.sdchanges"
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    _expect_refusal(lawyer, forged, ("modificado", "altered"))


def test_an_older_laptop_refuses_a_newer_schema(team, tmp_path: Path, monkeypatch) -> None:
    from shelter_desk.team import sync

    door, lawyer = team
    _open_case(door)
    payload = sync.outgoing(door, peer_id(door, "Abogada"))
    payload["schema"] = "0099"
    with pytest.raises(TeamError) as refused:
        sync.incoming(lawyer, payload)
    assert "Actualiza Shelter Desk en esta computadora" in refused.value.message.es
    assert "Update Shelter Desk on this computer" in refused.value.message.en
    assert not _has_marker(lawyer)
    shutil.rmtree(tmp_path / "usb", ignore_errors=True)
