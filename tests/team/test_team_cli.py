"""`shelter-desk team ...` as a coordinator's script drives it."""

from __future__ import annotations

from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases
from shelter_desk.store.keyring import Keyring
from tests.cli.test_cli import run
from tests.conftest import COORDINATOR, PASSPHRASE

SECRET = {"SHELTER_DESK_PASSPHRASE": PASSPHRASE, "SHELTER_DESK_LANG": "es"}


def test_export_import_status_and_remove_from_the_command_line(team, tmp_path) -> None:
    door, lawyer = team
    cases.open_case(door, PersonDetails(given_names="Olga Sintética"))
    door_dir, lawyer_dir = door.directory, lawyer.directory
    door.lock()
    lawyer.lock()
    at_door = ("--vault", str(door_dir), "--user", COORDINATOR)
    at_lawyer = ("--vault", str(lawyer_dir), "--user", COORDINATOR)
    shown = run("team", "status", *at_door, env=SECRET)
    assert shown.returncode == 0, shown.stderr
    assert "Abogada" in shown.stdout and "cambio" in shown.stdout
    usb = tmp_path / "usb"
    usb.mkdir()
    exported = run("team", "export", *at_door, "--to", "Abogada", "--out", str(usb), env=SECRET)
    assert exported.returncode == 0, exported.stderr
    [path] = usb.iterdir()
    imported = run("team", "import", *at_lawyer, str(path), env=SECRET)
    assert imported.returncode == 0, imported.stderr
    assert "aplicados" in imported.stdout
    removed = run("team", "remove", *at_lawyer, "Recepción", env=SECRET)
    assert removed.returncode == 0 and "no recibirá nada más" in removed.stdout
    # the removed laptop's copy of the vault opens nothing of this laptop's from now on
    assert "generación 2" in removed.stdout
    assert Keyring.load(lawyer_dir).generation == 2
    again = run("team", "import", *at_lawyer, str(path), env=SECRET)
    assert again.returncode != 0 and "no está emparejada" in again.stderr
    helped = run("sync", "--help")
    assert "team sync" in helped.stdout


def test_team_pair_joins_from_the_command_line(created, tmp_path) -> None:
    from shelter_desk.team import invitation, sync

    sync.set_up(created.vault, "Recepción")
    cases.open_case(created.vault, PersonDetails(given_names="Olga Sintética"))
    invite = invitation.Invitation(created.vault)
    try:
        shown = invite.ticket
        target = tmp_path / "nueva"
        wrong = run("team", "pair", "--vault", str(target), "--user", COORDINATOR,
                    "--code", "0000-0000", "--identifier", shown.short_fingerprint,
                    "--address", f"{shown.host}:{shown.port}", env=SECRET)
        assert wrong.returncode != 0 and "Quedan 2 intentos" in wrong.stderr
        assert not target.exists()
        typo = run("team", "pair", "--vault", str(target), "--user", COORDINATOR,
                   "--code", shown.code, env=SECRET)
        assert typo.returncode != 0 and "identificador" in typo.stderr
        joined = run("team", "pair", "--vault", str(target), "--user", COORDINATOR,
                     "--code", shown.code, "--identifier", shown.short_fingerprint,
                     "--address", f"{shown.host}:{shown.port}", "--name", "Abogada",
                     env=SECRET)
        assert joined.returncode == 0, joined.stderr
        assert "se unió al equipo" in joined.stdout and shown.short_fingerprint in joined.stdout
    finally:
        invite.close()
    status = run("team", "status", "--vault", str(target), "--user", COORDINATOR, env=SECRET)
    assert "Abogada" in status.stdout and "Recepción" in status.stdout
