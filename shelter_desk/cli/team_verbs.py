"""`team ...`: the shelter's own laptops, synced with each other (issue 18).

Not the `sync` verb, which talks to the network's hub: `team` never leaves the shelter.
"""

from __future__ import annotations

import argparse
import socket
from collections.abc import Callable
from pathlib import Path

from shelter_desk.cli.prompts import PASSPHRASE_ENV, read_secret
from shelter_desk.cli.verbs import _PASSPHRASE, _opened, _say
from shelter_desk.services import key_rotation
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import change_file, devices, discovery, joining, lan, status, sync


def add_parsers(verbs_: argparse._SubParsersAction,
                vault_args: Callable[[argparse.ArgumentParser], None]) -> None:
    team = verbs_.add_parser(
        "team", help="sync this vault with the shelter's other laptops (paired, offline; "
                     "not the network hub: that is 'sync')")
    actions = team.add_subparsers(dest="team_action", required=True)
    setup = actions.add_parser("setup", help="make this laptop the team's first "
                                             "(coordinators)")
    vault_args(setup)
    setup.add_argument("--name", required=True, help="this laptop's name, e.g. Recepción")
    setup.set_defaults(handler=team_setup)
    pair = actions.add_parser(
        "pair", help="join a shelter's team from this laptop: receive its vault from the "
                     "laptop showing «Agregar una computadora del equipo»")
    vault_args(pair)
    pair.add_argument("--code", required=True,
                      help="the pairing code (1234-5678), or the QR code's whole text")
    pair.add_argument("--identifier", default="",
                      help="the identifier the other laptop shows (not needed with the "
                           "QR's text)")
    pair.add_argument("--address", default="", metavar="HOST:PORT",
                      help="the address the other laptop shows (not needed with the QR's "
                           "text)")
    pair.add_argument("--name", default=socket.gethostname(),
                      help="this laptop's name (default: its host name)")
    pair.set_defaults(handler=team_pair)
    show = actions.add_parser("status", help="the team's laptops, last sync, unsent changes")
    vault_args(show)
    show.set_defaults(handler=team_status)
    export = actions.add_parser("export", help="write the changes a paired laptop lacks to "
                                               "an encrypted, signed file (USB)")
    vault_args(export)
    export.add_argument("--to", required=True, help="the paired laptop's name or id")
    export.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    export.set_defaults(handler=team_export)
    import_ = actions.add_parser("import", help="apply a change file from a paired laptop")
    vault_args(import_)
    import_.add_argument("file", type=Path)
    import_.set_defaults(handler=team_import)
    sync_ = actions.add_parser("sync", help="sync now with a paired laptop on this network")
    vault_args(sync_)
    sync_.add_argument("--with", dest="peer", required=True, help="name or id")
    sync_.add_argument("--address", metavar="HOST:PORT",
                       help="where it listens (default: found on this network by mDNS)")
    sync_.set_defaults(handler=team_sync)
    remove = actions.add_parser("remove", help="remove a laptop from the team "
                                               "(coordinators)")
    vault_args(remove)
    remove.add_argument("device", help="name or id")
    remove.set_defaults(handler=team_remove)


def team_setup(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        keys = sync.set_up(vault, args.name)
    _say(f"Esta computadora es la primera del equipo ({keys.device_id[:8]}).",
         f"This laptop is the team's first ({keys.device_id[:8]}).")
    return 0


def team_pair(args: argparse.Namespace) -> int:
    """The joining side; --user and the passphrase are hers, as on the other laptop."""
    ticket = joining.ticket_from_typed(args.code, args.identifier, args.address)
    passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV, _PASSPHRASE)
    vault = joining.join(args.vault, ticket, name=args.name, user=args.user,
                         passphrase=passphrase)
    vault.lock()
    _say(f"Esta computadora («{args.name}») se unió al equipo; la bóveda está en "
         f"{args.vault}. Comprueba que la otra muestre el identificador "
         f"{ticket.short_fingerprint}.",
         f"This laptop (“{args.name}”) joined the team; the vault is in {args.vault}. "
         f"Check that the other one shows the identifier {ticket.short_fingerprint}.")
    return 0


def team_status(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        now = status.team_status(vault)
    if not now.is_team:
        _say("Esta computadora todavía no forma parte de un equipo.",
             "This computer is not part of a team yet.")
        return 0
    for device in now.devices:
        state = ("esta computadora" if device.is_self else
                 "quitada" if not device.active else device.last_sync_at or "sin sincronizar")
        print(f"{device.short_id}  {device.name}  {state}")
    es, en = status.status_line(now)
    _say(es, en)
    return 0


def team_export(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        with vault.read() as connection:
            peer = devices.find(connection, args.to)
        path = change_file.export_for(vault, peer.device_id, args.out)
    _say(f"Cambios para «{peer.name}» guardados en {path}.",
         f"Changes for “{peer.name}” written to {path}.")
    return 0


def team_import(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        report = change_file.import_file(vault, args.file)
        _say(f"{report.received} cambios nuevos de «{report.peer_name}» aplicados.",
             f"{report.received} new changes from “{report.peer_name}” applied.")
        _rotate_if_due(vault)
    return 0


def team_sync(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        with vault.read() as connection:
            peer = devices.find(connection, args.peer)
        if args.address:
            host, _, port = args.address.rpartition(":")
        else:
            found = discovery.find_paired({peer.device_id})
            if not found:
                _say(f"«{peer.name}» no aparece en esta red (¿está encendida, con la bóveda "
                     "abierta?).", f"“{peer.name}” is not on this network (is it on, with "
                     "its vault unlocked?).")
                return 5
            host, port = found[0].host, str(found[0].port)
        report = lan.sync_with(vault, host, int(port), peer.device_id)
        _say(f"Sincronizado con «{peer.name}»: {report.received} cambios nuevos.",
             f"Synced with “{peer.name}”: {report.received} new changes.")
        _rotate_if_due(vault)
    return 0


def team_remove(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        device = status.remove_device(vault, args.device)
        _say(f"«{device.name}» ya no forma parte del equipo: no recibirá nada más.",
             f"“{device.name}” is no longer part of the team: it will receive nothing more.")
        _rotate_if_due(vault)
    return 0


def _rotate_if_due(vault: OpenVault) -> None:
    """A removal (here, or heard from a paired laptop) asks for a new master key now."""
    if not key_rotation.is_due(vault):
        return
    _say("Alguien o una computadora salió del equipo: cambiando la llave maestra de esta "
         "computadora…", "Someone or a laptop left the team: changing this laptop's master "
         "key…")
    done = key_rotation.rotate_when_due(vault)
    if done is not None:
        _say(f"Llave maestra nueva (generación {done.generation}). Las copias hechas antes "
             "siguen abriéndose con las llaves de entonces.",
             f"New master key (generation {done.generation}). Copies made before still "
             "open with the keys of then.")
        if done.new_recovery_code:
            _say(f"Código de recuperación nuevo: {done.new_recovery_code}",
                 f"New recovery code: {done.new_recovery_code}")
