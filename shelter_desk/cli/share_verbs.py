"""The verbs of a network that sums by secret shares, for coordinators' scripts:
`network join-helper` (enrol on the helper aggregator with its operator's token, the
same organisation key as at the hub) and `network shares` (show exactly the counts that
would leave as shares; with --approve, sign both halves into the outbox). `sync` sends
each half to its own server (cli/hub_verbs.py)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from shelter_desk.cli.report_verbs import _confirmed
from shelter_desk.cli.verbs import _opened, _say
from shelter_desk.domain.messages import preferred_language
from shelter_desk.network import envelope
from shelter_desk.network.hub_client import HubRefused, HubUnreachable
from shelter_desk.services import network_outbox, network_share_send, network_shares
from shelter_desk.services.network_sync import ShareSync

EXIT_REFUSED, EXIT_OFFLINE = 4, 5


def add_parsers(network_actions: argparse._SubParsersAction,
                vault_args: Callable[[argparse.ArgumentParser], None]) -> None:
    join = network_actions.add_parser(
        "join-helper", help="enrol on the network's helper aggregator (secret-share sums) "
                            "with the token its operator gave (coordinators)")
    vault_args(join)
    join.add_argument("--hub", required=True, help="the helper's address, as the network's "
                                                   "policy names it")
    join.add_argument("--token", help="the one-time token (default: "
                                      "$SHELTER_DESK_HELPER_TOKEN)")
    join.add_argument("--ca-file", type=Path, metavar="PEM",
                      help="trust only the network's own certificate authority")
    join.set_defaults(handler=join_helper)
    shares = network_actions.add_parser(
        "shares", help="show the exact counts that would leave as secret shares; "
                       "--approve signs both halves into the outbox (coordinators)")
    vault_args(shares)
    shares.add_argument("--period", required=True)
    shares.add_argument("--approve", action="store_true")
    shares.add_argument("--yes", action="store_true", help="approve without asking")
    shares.set_defaults(handler=share_preview)


def join_helper(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get("SHELTER_DESK_HELPER_TOKEN", "")
    with _opened(args) as vault:
        try:
            enrolment = network_outbox.join_helper(vault, args.hub, token,
                                                   ca_file=args.ca_file)
        except (HubRefused, HubUnreachable) as error:
            print(f"shelter-desk: {error}")
            return EXIT_OFFLINE if isinstance(error, HubUnreachable) else EXIT_REFUSED
    _say(f"Inscrita en el agregador auxiliar como {enrolment.organisation_id}. Huella:",
         f"Enrolled on the helper aggregator as {enrolment.organisation_id}. Fingerprint:")
    print(envelope.fingerprint(enrolment.hub_public_key))
    return 0


def share_preview(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        preview = network_shares.build_share_preview(vault, args.period)
        _say(f"Partes secretas: {preview.period}, revisión {preview.revision}.",
             f"Secret shares: {preview.period}, revision {preview.revision}.")
        print(preview.what_leaves(preferred_language()))
        for table in preview.tables:
            print(f"\n[{table['key']}] {' × '.join(table['dimensions'])}")
            for row in table["counts"]:
                print(f"  {' · '.join(row['key']):<60} {row['count']:>9}")
        if not args.approve:
            return 0
        if not args.yes and not _confirmed():
            _say("No se aprobó nada.", "Nothing was approved.")
            return 0
        revision = network_share_send.approve_shares(vault, preview)
    _say(f"Aprobado: {preview.period}, revisión {revision}: las dos partes están en la "
         "bandeja de salida, una para cada servidor (se envían con `sync`).",
         f"Approved: {preview.period}, revision {revision}: both shares are in the outbox, "
         "one for each server (`sync` sends them).")
    return 0


def say_shares(shares: ShareSync) -> None:
    """What `sync` did with each half, server by server."""
    to = {"leader": ("al hub", "to the hub"),
          "helper": ("al agregador auxiliar", "to the helper aggregator")}
    by = {"leader": ("el hub", "the hub"),
          "helper": ("el agregador auxiliar", "the helper aggregator")}
    for half in shares.delivered:
        es, en = to[half.aggregator]
        _say(f"Parte enviada {es}: {half.period} revisión {half.revision}.",
             f"Share sent {en}: {half.period} revision {half.revision}.")
    for half, refusal in shares.refused:
        es, en = by[half.aggregator]
        _say(f"Parte rechazada por {es}: {half.period} revisión {half.revision} "
             f"({refusal.code}): {refusal.message.es}",
             f"Share refused by {en}: {half.period} revision {half.revision} "
             f"({refusal.code}): {refusal.message.en}")
    for role in shares.unreachable:
        es, en = by[role]
        _say(f"{es[0].upper()}{es[1:]} no respondió; la parte queda en espera.",
             f"{en[0].upper()}{en[1:]} did not answer; its share waits.")
