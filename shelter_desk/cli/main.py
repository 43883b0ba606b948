"""Argument parsing and the error boundary: typed errors become a message and an exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from shelter_desk import __version__
from shelter_desk.cli import (
    backup_verbs,
    data_rights_verbs,
    handoff_verbs,
    hub_verbs,
    import_verbs,
    report_verbs,
    team_verbs,
    verbs,
)
from shelter_desk.domain.errors import InvalidInput, NotAllowed, NotFound
from shelter_desk.domain.messages import ShelterDeskError
from shelter_desk.domain.staff import Role
from shelter_desk.paths import default_vault_dir
from shelter_desk.services.demo import DEMO_PASSPHRASE, DEMO_USER

EXIT_OK, EXIT_FAILED_CHECK, EXIT_USAGE, EXIT_VAULT, EXIT_REFUSED = 0, 1, 2, 3, 4

_SECRETS_HELP = (
    "Passphrases come from --passphrase-file FILE, else $SHELTER_DESK_PASSPHRASE, else a "
    "prompt without echo. New passphrases: --new-passphrase-file or "
    "$SHELTER_DESK_NEW_PASSPHRASE. Recovery code: --recovery-code-file or "
    "$SHELTER_DESK_RECOVERY_CODE."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shelter-desk",
        description="Shelter Desk: encrypted, offline case management for shelters. "
                    "Messages are in Spanish unless SHELTER_DESK_LANG=en.",
        epilog=_SECRETS_HELP,
    )
    parser.add_argument("--version", action="version", version=f"shelter-desk {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation: offscreen, in a throw-away vault, "
                             "every step the app takes; prints OK or what failed")
    verbs_ = parser.add_subparsers(dest="verb", metavar="VERB")

    gui = verbs_.add_parser("gui", help="open the desktop app (the default verb)")
    gui.add_argument("--vault", type=Path, default=default_vault_dir(), metavar="DIR",
                     help="the vault folder (default: %(default)s)")
    gui.add_argument("--user", default="", help="fill in this user name on the unlock screen")
    gui.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    gui.set_defaults(handler=verbs.gui)

    init = verbs_.add_parser("init", help="create a new vault with its first coordinator "
                                          "and print the recovery code once")
    _vault_args(init)
    init.add_argument("--org", required=True, help="the organisation's name")
    init.set_defaults(handler=verbs.init)

    demo = verbs_.add_parser("demo", help="create a demo vault full of synthetic case files "
                                          "(for training; marked as a demo)")
    demo.add_argument("--vault", type=Path, required=True, metavar="DIR")
    demo.add_argument("--user", default=DEMO_USER,
                      help="the demo coordinator's name (default: %(default)s)")
    demo.add_argument("--passphrase-file", type=Path, metavar="FILE",
                      help="default: $SHELTER_DESK_PASSPHRASE, else the public demo "
                           f"passphrase '{DEMO_PASSPHRASE}'")
    demo.add_argument("--people", type=_positive, default=500)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=verbs.demo)

    verify = verbs_.add_parser("verify", help="check encryption (every page), database "
                                              "structure, schema version and the audit chain")
    _vault_args(verify)
    verify.set_defaults(handler=verbs.verify)

    users = verbs_.add_parser("users", help="list, add or remove staff users (coordinators)")
    users_verbs = users.add_subparsers(dest="users_verb", metavar="ACTION", required=True)
    listing = users_verbs.add_parser("list", help="list staff users and their roles")
    _vault_args(listing)
    listing.set_defaults(handler=verbs.users_list)
    add = users_verbs.add_parser("add", help="add a staff user with her own passphrase")
    _vault_args(add)
    add.add_argument("--name", required=True, help="the new user's name")
    add.add_argument("--role", choices=[role.value for role in Role], default="caseworker")
    _new_passphrase_arg(add)
    add.set_defaults(handler=verbs.users_add)
    remove = users_verbs.add_parser("remove", help="remove a staff user: her passphrase "
                                                   "stops opening the vault, and the "
                                                   "master key changes")
    _vault_args(remove)
    remove.add_argument("--name", required=True, help="the user to remove")
    remove.set_defaults(handler=verbs.users_remove)

    rotate = verbs_.add_parser("rotate-key", help="give the vault a new master key "
                                                  "(coordinators); every account and the "
                                                  "recovery code keep working")
    _vault_args(rotate)
    rotate.set_defaults(handler=verbs.rotate_key)

    protect = verbs_.add_parser("protection", help="opt-in (coordinators): wipe the vault "
                                                   "after N failed unlocks, a duress "
                                                   "passphrase; both cost data without a "
                                                   "backup (see the README)")
    _vault_args(protect)
    protect.add_argument("--wipe-after", metavar="N|off",
                         help="wipe after N failed unlocks in a row (3-100; 10 is usual)")
    duress = protect.add_mutually_exclusive_group()
    duress.add_argument("--duress-passphrase-file", type=Path, metavar="FILE",
                        help="typed at unlock, this passphrase wipes the vault silently")
    duress.add_argument("--no-duress", action="store_true", help="remove the duress passphrase")
    protect.set_defaults(handler=verbs.protection)

    stats = verbs_.add_parser("stats", help="export the shelter's statistics for a period "
                                            "(coordinators; recorded in the audit log)")
    _vault_args(stats)
    stats.add_argument("--period", required=True,
                       help="2026-09 (month), 2026-Q3 (quarter) or 2026 (year)")
    stats.add_argument("--format", choices=["csv", "xlsx", "pdf"], required=True)
    stats.add_argument("--out", type=Path, required=True, metavar="FILE")
    stats.add_argument("--language", choices=["es", "en"], default="es")
    stats.set_defaults(handler=verbs.stats)

    importing = verbs_.add_parser(
        "import", help="import people from a spreadsheet (CSV or XLSX), one new case file "
                       "per row: every row is checked first, then all are written or none")
    _vault_args(importing)
    importing.add_argument("file", type=Path, metavar="FILE", help="the .csv or .xlsx file")
    importing.add_argument("--mapping", type=Path, metavar="MAP.json",
                           help='which column is which: {"Nombre": "given_names", '
                                '"Columna X": null}; default: suggested from the headers')
    importing.add_argument("--dry-run", action="store_true",
                           help="check every row and show the problems; write nothing")
    importing.add_argument("--skip-errors", action="store_true",
                           help="import the rows without problems, leave out the others")
    importing.add_argument("--duplicates", choices=("skip", "merge", "keep"),
                           help="what to do with every possible duplicate: skip the row, "
                                "merge it into the person it matched, or keep both; "
                                "default: import nothing while any is undecided")
    importing.set_defaults(handler=import_verbs.import_spreadsheet)
    _report_parsers(verbs_)

    passwd = verbs_.add_parser("passwd", help="change your own passphrase")
    _vault_args(passwd)
    _new_passphrase_arg(passwd)
    passwd.set_defaults(handler=verbs.passwd)

    recover = verbs_.add_parser("recover", help="use the recovery code to set a new "
                                                "passphrase for a staff user")
    recover.add_argument("--vault", type=Path, default=default_vault_dir(), metavar="DIR")
    recover.add_argument("--user", required=True, help="whose passphrase to set")
    recover.add_argument("--recovery-code-file", type=Path, metavar="FILE")
    _new_passphrase_arg(recover)
    recover.set_defaults(handler=verbs.recover)
    _backup_parsers(verbs_)
    _data_rights_parsers(verbs_)
    return parser


def _data_rights_parsers(verbs_: argparse._SubParsersAction) -> None:
    export = verbs_.add_parser("person-export", help="ARCO access: everything held about the "
                                                     "woman of a case file, as JSON and PDF "
                                                     "(coordinators; audited; NOT encrypted)")
    _vault_args(export)
    export.add_argument("--case", required=True, metavar="CODE", help="e.g. 2026-0142")
    export.add_argument("--person", type=int, metavar="ID",
                        help="a relative in that case file, by id (default: the woman whose "
                             "case file it is)")
    export.add_argument("--out", type=Path, required=True, metavar="DIR")
    export.add_argument("--language", choices=["es", "en"], default="es")
    export.add_argument("--no-pdf", action="store_true", help="the JSON file only (no Qt)")
    export.set_defaults(handler=data_rights_verbs.person_export)

    delete = verbs_.add_parser("person-delete", help="ARCO cancellation, second step: delete "
                                                     "a blocked woman's case file for good "
                                                     "(coordinators)")
    _vault_args(delete)
    delete.add_argument("--case", required=True, metavar="CODE")
    delete.set_defaults(handler=data_rights_verbs.person_delete)


def _backup_parsers(verbs_: argparse._SubParsersAction) -> None:
    backup = verbs_.add_parser("backup", help="write one encrypted, verified backup file of "
                                              "the vault (opens with the same passphrases)")
    _vault_args(backup)
    backup.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="the backup file (e.g. on a USB stick); an older file there is "
                             "replaced only once the new one is verified")
    backup.set_defaults(handler=backup_verbs.backup)

    replace = verbs_.add_parser("replace-backups", help="after a change of master key: "
                                                        "replace every backup in a folder "
                                                        "(a USB stick) by a verified one "
                                                        "under the new key")
    _vault_args(replace)
    replace.add_argument("--folder", type=Path, required=True, metavar="DIR")
    replace.set_defaults(handler=backup_verbs.replace_backups)

    restore = verbs_.add_parser("restore", help="restore a backup into the vault folder; "
                                                "the vault there is kept aside, never "
                                                "overwritten")
    restore.add_argument("--backup", type=Path, required=True, metavar="FILE")
    restore.add_argument("--vault", type=Path, default=default_vault_dir(), metavar="DIR")
    restore.add_argument("--user", default="", help="a coordinator of the backed-up vault; "
                                                    "without it, the recovery code is asked")
    restore.add_argument("--passphrase-file", type=Path, metavar="FILE")
    restore.add_argument("--recovery-code-file", type=Path, metavar="FILE")
    restore.set_defaults(handler=backup_verbs.restore)


def _report_parsers(verbs_: argparse._SubParsersAction) -> None:
    report = verbs_.add_parser("report", help="the anonymised report for the network: "
                                              "preview, approve, export")
    actions = report.add_subparsers(dest="report_verb", metavar="ACTION", required=True)
    build = actions.add_parser("build", help="count, protect and print the report that "
                                             "would leave (nothing is stored)")
    _vault_args(build)
    build.add_argument("--period", required=True, help="2026-Q3 or 2026-09, as the "
                                                       "network's policy says")
    build.add_argument("--json", action="store_true", help="print the report's JSON")
    build.set_defaults(handler=report_verbs.build)
    approve = actions.add_parser("approve", help="show the report, then sign it and put "
                                                 "it in the outbox (coordinators)")
    _vault_args(approve)
    approve.add_argument("--period", required=True)
    approve.add_argument("--yes", action="store_true", help="approve without asking")
    approve.set_defaults(handler=report_verbs.approve)
    export = actions.add_parser("export", help="save the latest approved report of a "
                                               "period as a signed .sdreport file")
    _vault_args(export)
    export.add_argument("--period", required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.sdreport")
    export.set_defaults(handler=report_verbs.export)
    dhis2 = actions.add_parser("dhis2", help="save the latest approved report of a period "
                                             "as DHIS2 dataValueSets JSON")
    _vault_args(dhis2)
    dhis2.add_argument("--period", required=True)
    dhis2.add_argument("--mapping", type=Path, required=True, metavar="MAP.json",
                       help="the network's mapping of cells to DHIS2 ids")
    dhis2.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    dhis2.set_defaults(handler=report_verbs.dhis2)
    verify = actions.add_parser("verify", help="check a .sdreport's signature (exit 1 if "
                                               "it is not valid; 6 if valid but only for the "
                                               "key inside the file: no --public-key)")
    verify.add_argument("file", type=Path)
    verify.add_argument("--public-key", help="the organisation's public key (base64), as "
                                             "`network key` prints it")
    verify.set_defaults(handler=report_verbs.verify)

    network = verbs_.add_parser("network", help="the organisation's signing key and the "
                                                "network's policy")
    actions = network.add_subparsers(dest="network_verb", metavar="ACTION", required=True)
    key = actions.add_parser("key", help="print the public key (base64) and its fingerprint")
    _vault_args(key)
    key.set_defaults(handler=report_verbs.network_key)
    policy = actions.add_parser("policy", help="print the network policy, or set it from a "
                                               "JSON file (coordinators)")
    _vault_args(policy)
    policy.add_argument("--set", type=Path, metavar="POLICY.json")
    policy.add_argument("--organisation-id", help="this organisation's id in the network")
    policy.set_defaults(handler=report_verbs.network_policy)
    hub_verbs.add_parsers(actions, verbs_, _vault_args)
    team_verbs.add_parsers(verbs_, _vault_args)
    handoff_verbs.add_parsers(verbs_, _vault_args)


def _positive(text: str) -> int:
    value = int(text)
    if not 0 < value <= 1_000_000:
        raise argparse.ArgumentTypeError("must be between 1 and 1,000,000")
    return value


def _vault_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, default=default_vault_dir(), metavar="DIR",
                        help="the vault folder (default: %(default)s)")
    parser.add_argument("--user", required=True, help="your user name")
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="read your passphrase from the first line of FILE")


def _new_passphrase_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                        help="read the new passphrase from the first line of FILE")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or arguments[0].startswith("--vault"):
        arguments.insert(0, "gui")  # no verb: open the app
    args = parser.parse_args(arguments)
    if args.self_test:
        return verbs.self_test()
    try:
        return args.handler(args)
    except (InvalidInput, NotAllowed, NotFound) as error:
        print(f"shelter-desk: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except ShelterDeskError as error:
        print(f"shelter-desk: {error}", file=sys.stderr)
        return EXIT_VAULT
    except KeyboardInterrupt:
        return 130
