"""`shelter-desk handoff …`: keys, build (preview), send (to a file), receive, list,
accept, decline, ack. Refusals print in the user's language and exit 4."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from shelter_desk.cli.verbs import _opened, _say
from shelter_desk.handoff.errors import HandoffRefused
from shelter_desk.network.hub_client import HubUnreachable
from shelter_desk.services import handoff_keys, handoff_mailbox, handoff_receive, handoff_send
from shelter_desk.services.handoff_send import Preview, Selection

EXIT_REFUSED = 4


def add_parsers(verbs_: argparse._SubParsersAction,
                vault_args: Callable[[argparse.ArgumentParser], None]) -> None:
    handoff = verbs_.add_parser("handoff", help="hand a case to another organisation of the "
                                                "network, encrypted, with her consent")
    actions = handoff.add_subparsers(dest="handoff_verb", metavar="ACTION", required=True)
    keys = actions.add_parser("keys", help="this organisation's key fingerprint and the "
                                           "pinned keys; export or import a .sdkeys file")
    vault_args(keys)
    keys.add_argument("--export", type=Path, metavar="FILE.sdkeys")
    keys.add_argument("--import", dest="import_file", type=Path, metavar="FILE.sdkeys")
    keys.add_argument("--confirm", metavar="ORGANISATION_ID",
                      help="accept a changed key, with --fingerprint read aloud by them")
    keys.add_argument("--fingerprint", default="")
    keys.set_defaults(handler=_guarded(keys_verb))
    for name, handler, text in (("build", build, "show exactly what would be sent"),
                                ("send", send, "seal the package and save it to a file")):
        parser = actions.add_parser(name, help=text)
        vault_args(parser)
        parser.add_argument("--referral", type=int, required=True)
        parser.add_argument("--household", type=_ids, default=(), metavar="ID,ID")
        parser.add_argument("--documents", action="store_true")
        parser.add_argument("--attempts", action="store_true")
        parser.add_argument("--notes", type=_ids, default=(), metavar="ID,ID")
        parser.add_argument("--attachments", type=_ids, default=(), metavar="ID,ID")
        parser.add_argument("--days", type=int, default=14, help="valid for (1-30 days)")
        if name == "send":
            parser.add_argument("--out", type=Path, required=True, metavar="FILE.sdhandoff")
        parser.set_defaults(handler=_guarded(handler))
    receive = actions.add_parser("receive", help="take in a package (nothing is imported yet)")
    vault_args(receive)
    receive.add_argument("file", type=Path)
    receive.add_argument("--ack-out", type=Path, required=True, metavar="FILE")
    receive.set_defaults(handler=_guarded(receive_verb))
    listing = actions.add_parser("list", help="«Casos recibidos»: who sent what and when")
    vault_args(listing)
    listing.set_defaults(handler=_guarded(list_verb))
    for name, handler in (("accept", accept), ("decline", decline)):
        parser = actions.add_parser(name, help=f"{name} a received package")
        vault_args(parser)
        parser.add_argument("package_id")
        parser.add_argument("--ack-out", type=Path, metavar="FILE",
                            help="save the acknowledgement to a file (default: send it "
                                 "through the hub's mailbox)")
        if name == "decline":
            parser.add_argument("--reason", required=True)
        parser.set_defaults(handler=_guarded(handler))
    sync = actions.add_parser("sync", help="through the hub's mailbox: send the outbox, "
                                           "take in packages and acknowledgements")
    vault_args(sync)
    sync.set_defaults(handler=_guarded(sync_verb))
    ack = actions.add_parser("ack", help="read the receiver's acknowledgement")
    vault_args(ack)
    ack.add_argument("file", type=Path)
    ack.set_defaults(handler=_guarded(ack_verb))


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace],
                                                                          int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except HandoffRefused as error:
            print(f"shelter-desk: {error}", file=sys.stderr)
            return EXIT_REFUSED
    return run


def keys_verb(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        if args.import_file:
            seen = handoff_keys.import_key_file(vault, args.import_file)
            _say(f"Clave de «{seen.name}» fijada. Confirma la huella por teléfono:",
                 f"Key of “{seen.name}” pinned. Confirm the fingerprint on the phone:")
            print(seen.fingerprint())
        if args.confirm:
            handoff_keys.confirm_changed_key(vault, args.confirm, args.fingerprint)
        own = (handoff_keys.export_key_file(vault, args.export) if args.export
               else handoff_keys.own_keys(vault))
        _say("Huella de esta organización:", "This organisation's fingerprint:")
        print(own.fingerprint())
        for pin in handoff_keys.list_pins(vault):
            flag = "  (!)" if pin.pending_signing_key else ""
            print(f"{pin.organisation_id}\t{pin.name}\t{pin.source}{flag}")
    return 0


def _selection(args: argparse.Namespace) -> Selection:
    return Selection(household=args.household, documents=args.documents,
                     attempts=args.attempts, notes=args.notes,
                     attachments=args.attachments, valid_days=args.days)


def _print_preview(preview: Preview) -> None:
    _say(f"Para: {preview.recipient_name}. Contenido:",
         f"To: {preview.recipient_name}. Contents:")
    for item in preview.items:
        size = f" ({item.size} bytes)" if item.size else ""
        print(f"  {item.kind}: {item.text}{size}")


def build(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        _print_preview(handoff_send.build_preview(vault, args.referral, _selection(args)))
    return 0


def send(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        preview = handoff_send.build_preview(vault, args.referral, _selection(args))
        _print_preview(preview)
        sent = handoff_send.send(vault, preview)
        handoff_send.export_package(vault, sent.package_id, args.out)
    _say(f"Paquete {sent.package_id} guardado en {args.out}.",
         f"Package {sent.package_id} saved to {args.out}.")
    return 0


def receive_verb(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        received = handoff_receive.receive(vault, args.file.read_bytes())
    args.ack_out.write_bytes(received.acknowledgement)
    stored = received.package
    if not received.new:
        _say("Este paquete ya se había recibido: no se agregó nada.",
             "This package had already been received: nothing was added.")
    _say(f"De {stored.sender_name}, paquete {stored.package_id}, vence {stored.expires_at}.",
         f"From {stored.sender_name}, package {stored.package_id}, expires "
         f"{stored.expires_at}.")
    for kind, text, size in (stored.summary or {}).get("items", []):
        print(f"  {kind}: {text}" + (f" ({size} bytes)" if size else ""))
    return 0


def list_verb(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        for stored in handoff_receive.received_packages(vault):
            print(f"{stored.package_id}\t{stored.sender_name}\t{stored.received_at}\t"
                  f"{stored.state}")
    return 0


def accept(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        sender = _sender(vault, args.package_id)
        case_id, ack = handoff_receive.accept(vault, args.package_id)
        _answer(vault, args, sender, ack)
    _say(f"Aceptado: expediente {case_id}.", f"Accepted: case {case_id}.")
    return 0


def decline(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        sender = _sender(vault, args.package_id)
        _answer(vault, args, sender, handoff_receive.decline(vault, args.package_id,
                                                             args.reason))
    _say("Rechazado: no se guardó nada del paquete.",
         "Declined: nothing of the package was kept.")
    return 0


def _sender(vault, package_id: str) -> str:  # type: ignore[no-untyped-def]
    found = [p for p in handoff_receive.received_packages(vault) if p.package_id == package_id]
    return found[0].sender_id if found else ""


def _answer(vault, args: argparse.Namespace, sender: str, ack: bytes) -> None:  # type: ignore[no-untyped-def]
    if args.ack_out:
        args.ack_out.write_bytes(ack)
        return
    try:
        handoff_mailbox.answer(vault, sender, ack)
    except HubUnreachable:
        _say("Sin conexión con el hub: repite la orden más tarde para enviar la respuesta.",
             "The hub cannot be reached: repeat the command later to send the answer.")


def sync_verb(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        result = handoff_mailbox.sync_handoffs(vault)
    _say(f"Enviados: {len(result.sent)}. Recibidos: {len(result.received)}. Respuestas: "
         f"{len(result.acknowledged)}. Revocados: {len(result.revoked)}.",
         f"Sent: {len(result.sent)}. Received: {len(result.received)}. Answers: "
         f"{len(result.acknowledged)}. Revoked: {len(result.revoked)}.")
    for refusal in result.refused:
        print(f"shelter-desk: {refusal}", file=sys.stderr)
    if result.offline:
        _say(f"Sin conexión con el hub: {result.waiting} paquete(s) siguen en la bandeja de "
             "salida.",
             f"The hub cannot be reached: {result.waiting} package(s) stay in the outbox.")
        return 5
    return EXIT_REFUSED if result.refused else 0


def ack_verb(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        stored = handoff_send.take_acknowledgement(vault, args.file.read_bytes())
    _say(f"{stored.recipient_name}: {stored.state} ({stored.state_at}) {stored.reason}",
         f"{stored.recipient_name}: {stored.state} ({stored.state_at}) {stored.reason}")
    return 0
