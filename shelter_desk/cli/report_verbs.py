"""The network report's verbs: `report build|approve|export|dhis2|verify` and
`network key|policy`."""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import sys

from shelter_desk.cli.verbs import _opened, _say
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.network import envelope
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.services import network_reports

EXIT_BAD_SIGNATURE = 1
EXIT_OWN_KEY_ONLY = 6  # valid for the key the file carries: whose key, she must compare


def build(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        preview = network_reports.build_preview(vault, args.period)
    if args.json:
        print(json.dumps(preview.document, indent=2, ensure_ascii=False))
    else:
        _print_preview(preview)
    return 0


def approve(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        preview = network_reports.build_preview(vault, args.period)
        _print_preview(preview)
        if not args.yes and not _confirmed():
            _say("No se aprobó nada.", "Nothing was approved.")
            return 0
        approved = network_reports.approve(vault, preview)
        key = network_reports.organisation_key(vault)
    _say(f"Aprobado: {approved.period}, revisión {approved.revision}, en la bandeja de "
         f"salida. Huella de la llave: {key.fingerprint}",
         f"Approved: {approved.period}, revision {approved.revision}, in the outbox. "
         f"Key fingerprint: {key.fingerprint}")
    return 0


def export(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        approved = network_reports.export_file(vault, args.period, args.out)
    _say(f"Informe firmado de {approved.period} (revisión {approved.revision}) guardado en "
         f"{args.out}.", f"Signed report for {approved.period} (revision "
         f"{approved.revision}) written to {args.out}.")
    return 0


def dhis2(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        exported = network_reports.export_dhis2(vault, args.period, args.mapping, args.out)
    _say(f"{exported.sent} valores guardados en {args.out}; {exported.withheld} celdas "
         f"ocultas no se envían; {exported.unmapped} cifras sin correspondencia.",
         f"{exported.sent} values written to {args.out}; {exported.withheld} withheld "
         f"cells are not sent; {exported.unmapped} counts have no mapping.")
    return 0


def verify(args: argparse.Namespace) -> int:
    try:
        signed = envelope.read_file(args.file.read_bytes())
        public_key = base64.b64decode(args.public_key, validate=True) \
            if args.public_key else None
    except OSError as error:
        raise InvalidInput("file", Bilingual(es=f"No se pudo leer {args.file}.",
                                             en=f"Could not read {args.file}.")) from error
    except binascii.Error as error:
        raise InvalidInput("public_key", Bilingual(
            es="La llave pública no es base64.", en="The public key is not base64.")) from error
    if envelope.verify(signed, public_key) and public_key is None:
        # Anyone can sign a file with a key of their own and put that key in it: this
        # proves the file is unchanged since signed, not who signed it.
        fingerprint = envelope.fingerprint(signed.public_key)
        _say("La firma es válida SOLO para la llave que viene dentro del archivo; eso no "
             "prueba quién lo firmó. Compara esta huella con la que la organización te dio "
             f"(o usa --public-key): {fingerprint}",
             "The signature is valid ONLY for the key inside the file; that does not prove "
             "who signed it. Compare this fingerprint with the one the organisation gave "
             f"you (or use --public-key): {fingerprint}")
        return EXIT_OWN_KEY_ONLY
    if envelope.verify(signed, public_key):
        _say(f"Firma válida. Huella: {envelope.fingerprint(public_key)}",
             f"Signature valid. Fingerprint: {envelope.fingerprint(public_key)}")
        return 0
    _say("La firma NO es válida: el archivo fue alterado o la llave no es la de la "
         "organización.", "The signature is NOT valid: the file was altered or the key "
         "is not the organisation's.")
    return EXIT_BAD_SIGNATURE


def network_key(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        key = network_reports.organisation_key(vault)
    print(base64.b64encode(key.public_key).decode("ascii"))
    print(key.fingerprint)
    return 0


def network_policy(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        if args.set:
            try:
                text = args.set.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise InvalidInput("policy", Bilingual(
                    es=f"No se pudo leer {args.set}.", en=f"Could not read {args.set}.")
                ) from error
            network_reports.set_network_policy(vault, NetworkPolicy.parse(text),
                                               args.organisation_id)
        organisation_id, policy = network_reports.network_policy(vault)
    print(json.dumps({"organisation_id": organisation_id, "policy": policy.to_json()},
                     indent=2))
    return 0


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        raise InvalidInput("yes", Bilingual(
            es="Para aprobar sin preguntar, usa --yes.", en="To approve without asking, use "
                                                           "--yes."))
    answer = input(str(Bilingual(es="¿Aprobar y firmar este informe? [s/N] ",
                                 en="Approve and sign this report? [y/N] ")))
    return answer.strip().lower() in ("s", "si", "sí", "y", "yes")


def _print_preview(preview: network_reports.Preview) -> None:
    document, k = preview.document, preview.policy.k
    _say(f"Informe para la red: {document['period']}, revisión {document['revision']}, "
         f"k = {k}. Personas sin consentimiento para estadísticas (no contadas): "
         f"{preview.left_out}.",
         f"Network report: {document['period']}, revision {document['revision']}, k = {k}. "
         f"People without a statistics consent (not counted): {preview.left_out}.")
    # Not "< k": a count withheld to protect another may well be large.
    withheld = str(Bilingual(es="oculta", en="withheld"))
    for table in document["tables"]:
        print(f"\n[{table['key']}] {' × '.join(table['dimensions'])}")
        for row in table["counts"]:
            count = withheld if row["count"] is None else str(row["count"])
            print(f"  {' · '.join(row['key']):<60} {count:>9}")
    _say(f"\n«oculta»: una cifra que no se envía porque es menor que {k}, o porque con ella "
         f"se podría deducir otra menor que {k}.",
         f"\n'withheld': a count that is not sent because it is below {k}, or because it "
         f"would give away another one below {k}.")
