"""The hub verbs: `network join` (with the one-time token from the network's technician)
and `sync` (send the outbox, each secret-share half to its own server, refresh the
directory and the library)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from shelter_desk.cli import share_verbs
from shelter_desk.cli.verbs import _opened, _say
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.network import envelope
from shelter_desk.network.hub_client import HubRefused, HubUnreachable
from shelter_desk.services import network_outbox

EXIT_REFUSED, EXIT_OFFLINE = 4, 5


def add_parsers(network_actions: argparse._SubParsersAction,
                verbs_: argparse._SubParsersAction,
                vault_args: Callable[[argparse.ArgumentParser], None]) -> None:
    """`join` under the `network` verb (#9's), and the `sync` verb; cli/main.py calls
    this with its own `_vault_args`."""
    join_ = network_actions.add_parser("join", help="join the network's hub with the "
                                                    "one-time token (coordinators)")
    vault_args(join_)
    join_.add_argument("--hub", required=True, help="https://... (http:// only to this "
                                                    "computer)")
    join_.add_argument("--token", help="the one-time token (default: $SHELTER_DESK_HUB_TOKEN)")
    join_.add_argument("--ca-file", type=Path, metavar="PEM",
                       help="trust only the network's own certificate authority")
    join_.set_defaults(handler=network_join)
    about = ("send approved reports to the network hub and refresh the directory and the "
             "library (to sync the shelter's own laptops with each other: 'team sync')")
    sync_ = verbs_.add_parser("sync", help=about, description=about)
    vault_args(sync_)
    sync_.add_argument("--attempts", type=int, default=4,
                       help="tries while the hub cannot be reached (default: %(default)s)")
    sync_.set_defaults(handler=sync)
    share_verbs.add_parsers(network_actions, vault_args)


def network_join(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get("SHELTER_DESK_HUB_TOKEN", "")
    with _opened(args) as vault:
        try:
            enrolment = network_outbox.join(vault, args.hub, token, ca_file=args.ca_file)
        except (HubRefused, HubUnreachable) as error:
            print(f"shelter-desk: {error}")
            return EXIT_OFFLINE if isinstance(error, HubUnreachable) else EXIT_REFUSED
    _say(f"Unida a la red como {enrolment.organisation_id}. Huella del hub:",
         f"Joined the network as {enrolment.organisation_id}. The hub's fingerprint:")
    print(envelope.fingerprint(enrolment.hub_public_key))  # of the key pinned, not hearsay
    return 0


def sync(args: argparse.Namespace) -> int:
    if not 1 <= args.attempts <= 10:
        raise InvalidInput("attempts", Bilingual(es="Entre 1 y 10 intentos.",
                                                 en="Between 1 and 10 attempts."))
    with _opened(args) as vault:
        result = network_outbox.sync(vault, attempts=args.attempts)
    for item in result.delivered:
        _say(f"Enviado: {item.period} revisión {item.revision}.",
             f"Sent: {item.period} revision {item.revision}.")
    for item, refusal in result.refused:
        _say(f"Rechazado: {item.period} revisión {item.revision}: {refusal.message.es}",
             f"Refused: {item.period} revision {item.revision}: {refusal.message.en}")
    share_verbs.say_shares(result.shares)
    if result.offline:
        _say(f"Sin conexión con el hub: {len(result.waiting)} informe(s) siguen en la "
             "bandeja de salida.",
             f"The hub cannot be reached: {len(result.waiting)} report(s) stay in the outbox.")
        return EXIT_OFFLINE
    if result.library_updated:
        _say(f"Biblioteca: {len(result.library_updated)} documento(s) nuevo(s).",
             f"Library: {len(result.library_updated)} new document(s).")
    if result.shares.unreachable:
        return EXIT_OFFLINE
    return EXIT_REFUSED if result.refused or result.shares.refused else 0
