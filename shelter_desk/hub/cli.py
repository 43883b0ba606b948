"""`shelter-desk-hub`: run the hub, enrol organisations, add coordinators, publish library
documents and set the network's policy. Each verb migrates the database first, so a new
hub needs no separate set-up step."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.hub import db, library, repo, sealing
from shelter_desk.hub.checks import MAX_BODY
from shelter_desk.hub.passwords import MIN_LENGTH, hash_password
from shelter_desk.network.policy import OPTIONAL_FIELDS, NetworkPolicy

DEFAULT_DB = "sqlite:///hub.db"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shelter-desk-hub",
        description="The Shelter Desk network hub. --db takes an SQLAlchemy URL: "
                    "sqlite:///hub.db (default) or postgresql+psycopg://user:pw@host/db.")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    serve = verbs.add_parser("serve", help="run the hub (uvicorn)")
    _db(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--ssl-certfile", help="serve TLS directly (else put a proxy in front)")
    serve.add_argument("--ssl-keyfile")
    serve.add_argument("--max-body", type=int, default=MAX_BODY,
                       help="largest request body in bytes (default: %(default)s)")
    serve.add_argument("--proxy-headers", action="store_true",
                       help="trust X-Forwarded-* from the reverse proxy on 127.0.0.1")
    _key(serve)
    serve.add_argument("--role", choices=("leader", "helper"),
                       help="leader: the network's hub (default); helper: the second "
                            "aggregator of members' secret shares, run by another "
                            "organisation (remembered in the database)")
    serve.set_defaults(handler=_serve)

    migrate = verbs.add_parser("migrate", help="create or upgrade the hub's database; "
                                               "with a key, seal secrets left in the clear")
    _db(migrate)
    _key(migrate, required=False)
    migrate.set_defaults(handler=_migrate)

    key = verbs.add_parser("key", help="the key that seals the hub's secrets").add_subparsers(
        dest="key_verb", metavar="KEY_VERB", required=True)
    key_new = key.add_parser("new", help="write a new random key to a new file (0600)")
    key_new.add_argument("--out", type=Path, required=True)
    key_new.set_defaults(handler=_key_new)
    key_rotate = key.add_parser("rotate", help="re-seal the hub's secrets with a new key "
                                               "(the old one from --key-file or the "
                                               "environment); make the new one with `key new`")
    _db(key_rotate)
    _key(key_rotate)
    key_rotate.add_argument("--new-key-file", type=Path, required=True)
    key_rotate.set_defaults(handler=_key_rotate)

    org = verbs.add_parser("org", help="member organisations").add_subparsers(
        dest="org_verb", metavar="ORG_VERB", required=True)
    add = org.add_parser("add", help="add an organisation and print its one-time token")
    _db(add)
    add.add_argument("--name", required=True)
    add.add_argument("--valid-hours", type=int, default=72,
                     help="hours the token stays valid (default: %(default)s)")
    add.set_defaults(handler=_org_add)
    token = org.add_parser("token", help="a new one-time token for an organisation")
    _db(token)
    token.add_argument("--id", required=True)
    token.add_argument("--valid-hours", type=int, default=72)
    token.set_defaults(handler=_org_token)
    listing = org.add_parser("list", help="list organisations")
    _db(listing)
    listing.set_defaults(handler=_org_list)

    admin = verbs.add_parser("admin", help="coordinators of the dashboard").add_subparsers(
        dest="admin_verb", metavar="ADMIN_VERB", required=True)
    admin_add = admin.add_parser("add", help="add a dashboard login; the password comes "
                                             "from --password-file, $SHELTER_DESK_HUB_"
                                             "PASSWORD or a prompt")
    _db(admin_add)
    admin_add.add_argument("--username", required=True)
    admin_add.add_argument("--password-file", type=Path)
    admin_add.set_defaults(handler=_admin_add)

    library = verbs.add_parser("library", help="the shared protocol library").add_subparsers(
        dest="library_verb", metavar="LIBRARY_VERB", required=True)
    publish = library.add_parser("publish", help="publish a document (PDF or Markdown); "
                                                 "publishing the same slug again adds a version")
    _db(publish)
    publish.add_argument("--file", type=Path, required=True)
    publish.add_argument("--title", required=True)
    publish.add_argument("--slug", help="stable name (default: from the file name)")
    publish.add_argument("--by", default="hub", help="who publishes it")
    publish.set_defaults(handler=_publish)

    policy = verbs.add_parser("policy", help="the network's policy")
    _db(policy)
    policy.add_argument("--file", type=Path, help="policy JSON (period_type, k, ...)")
    policy.add_argument("--show-member-names", choices=("yes", "no"))
    policy.add_argument("--helper-key", help="the helper aggregator's hub public key (hex, "
                                             "from its /api/v1/hub), pinned by the leader")
    policy.add_argument("--leader-key", help="the network hub's public key (hex), pinned by "
                                             "the helper: only it may ask for sums")
    policy.set_defaults(handler=_policy)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.verb == "key" and args.key_verb == "new":
            return int(args.handler(args) or 0)
        # The key is read before the database is touched: without it nothing is made.
        wants = getattr(args, "key_required", None)  # None: this verb needs no secrets
        args.key = None
        if wants is not None and (wants or args.key_file or args.insecure_dev_key
                                  or _key_in_environment()):
            args.key = sealing.operator_key(args.key_file,
                                            insecure_dev_key=args.insecure_dev_key)
        engine = db.open_engine(args.db)
    except (ValueError, OSError) as error:
        print(f"shelter-desk-hub: {error}", file=sys.stderr)
        return 2
    try:
        db.migrate(engine)
        return int(args.handler(args, engine) or 0)
    except (ValueError, OSError) as error:
        print(f"shelter-desk-hub: {error}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=os.environ.get("SHELTER_DESK_HUB_DB", DEFAULT_DB),
                        help="database URL (default: $SHELTER_DESK_HUB_DB or %(default)s)")


def _key(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--key-file", type=Path,
                        help=f"the file with the key that seals the hub's secrets (default: "
                             f"${sealing.KEY_FILE_ENV}, or the key itself in "
                             f"${sealing.KEY_ENV}); make one with `key new`")
    parser.add_argument("--insecure-dev-key", action="store_true",
                        help="seal with a PUBLIC key: development and tests only")
    parser.set_defaults(key_required=required)


def _key_in_environment() -> bool:
    return bool(os.environ.get(sealing.KEY_FILE_ENV) or os.environ.get(sealing.KEY_ENV))


def _key_new(args: argparse.Namespace) -> int:
    print(f"key id: {sealing.write_new_key(args.out)}")
    print(f"Keep {args.out} apart from the hub's database backups: without it the hub's "
          "secrets cannot be opened.")
    return 0


def _key_rotate(args: argparse.Namespace, engine: Engine) -> int:
    new_key = sealing.operator_key(args.new_key_file)
    if new_key == args.key:
        raise sealing.HubKeyError("La llave nueva es la misma que la actual.",
                                  "The new key is the same as the current one.")
    sealing.attach(engine, args.key)
    db.reseal_secrets(engine, new_key)
    print(f"secrets re-sealed with key id {sealing.key_id(new_key)}; start the hub with "
          f"--key-file {args.new_key_file} from now on, and destroy the old key (a "
          "database backup made before still opens with it only).")
    return 0


def _migrate(args: argparse.Namespace, engine: Engine) -> int:
    if args.key is not None:
        sealing.attach(engine, args.key)
        db.open_secrets(engine)
        print(f"secrets sealed with key id {sealing.key_id(args.key)}")
    print("ok")
    return 0


def _serve(args: argparse.Namespace, engine: Engine) -> int:
    import uvicorn

    from shelter_desk.hub.app import create_app

    if args.role:
        with engine.begin() as connection:
            db.put_setting(connection, "role", args.role)
    app = create_app(engine, key=args.key, max_body=args.max_body)
    if args.key == sealing.DEV_KEY:
        print(sealing.DEV_WARNING, file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port,
                ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile,
                proxy_headers=args.proxy_headers, server_header=False, log_level="info")
    return 0


def _org_add(args: argparse.Namespace, engine: Engine) -> int:
    with engine.begin() as connection:
        organisation_id, token = repo.add_organisation(connection, args.name,
                                                       _hours(args.valid_hours))
    print(f"organisation: {organisation_id}")
    print(f"token: {token}")
    print(f"(valid {args.valid_hours} hours, once)")
    return 0


def _org_token(args: argparse.Namespace, engine: Engine) -> int:
    with engine.begin() as connection:
        if repo.get_organisation(connection, args.id) is None:
            raise ValueError(f"no organisation {args.id}")
        print(f"token: {repo.new_token(connection, args.id, _hours(args.valid_hours))}")
    return 0


def _org_list(_args: argparse.Namespace, engine: Engine) -> int:
    with engine.connect() as connection:
        for found in repo.organisations(connection):
            state = "enrolled" if found.public_key else "pending"
            print(f"{found.id}\t{state}\t{found.name}")
    return 0


def _admin_add(args: argparse.Namespace, engine: Engine) -> int:
    if args.password_file:
        password = args.password_file.read_text(encoding="utf-8").strip()
    else:
        password = os.environ.get("SHELTER_DESK_HUB_PASSWORD") or getpass.getpass(
            f"Password (at least {MIN_LENGTH} characters): ")
    hashed = hash_password(password)
    with engine.begin() as connection:
        if repo.admin_hash(connection, args.username) is not None:
            raise ValueError(f"there is already a user {args.username}")
        repo.add_admin(connection, args.username, hashed)
    print(f"added {args.username}")
    return 0


def _publish(args: argparse.Namespace, engine: Engine) -> int:
    path: Path = args.file
    if path.stat().st_size > library.MAX_SIZE:
        raise ValueError("the file is over 20 MB")
    content = path.read_bytes()
    slug, title, media_type = library.prepare(path.name, content, args.title, args.slug)
    with engine.begin() as connection:
        version = repo.publish_document(connection, slug=slug, title=title,
                                        media_type=media_type, content=content,
                                        published_by=args.by)
    print(f"published {slug} version {version}")
    return 0


def _policy(args: argparse.Namespace, engine: Engine) -> int:
    with engine.begin() as connection:
        if args.file:
            policy = json.loads(args.file.read_text(encoding="utf-8"))
            if not isinstance(policy, dict) or policy.get("period_type") not in (
                    "month", "quarter") or not isinstance(policy.get("k"), int) \
                    or not 2 <= policy["k"] <= 100:
                raise ValueError("the policy needs period_type month|quarter and k in 2..100")
            _check_policy(policy)
            db.put_setting(connection, "policy", json.dumps(policy, sort_keys=True))
        if args.show_member_names:
            db.put_setting(connection, "show_member_names", args.show_member_names)
        if args.helper_key:
            if len(bytes.fromhex(args.helper_key)) != 32:
                raise ValueError("the helper's key is 32 bytes, in hex")
            db.put_setting(connection, "helper_public_key", args.helper_key.lower())
        if args.leader_key:
            if len(bytes.fromhex(args.leader_key)) != 32:
                raise ValueError("the leader's key is 32 bytes, in hex")
            db.put_setting(connection, "leader_public_key", args.leader_key.lower())
        print(json.dumps({"policy": db.policy(connection),
                          "show_member_names": db.show_member_names(connection)}, indent=1))
    return 0


def _check_policy(policy: dict[str, object]) -> None:
    """The fields the members' app reads (tables, bands, aggregators, dp) as it reads
    them, so that a wrong one is refused here with its reason and nothing is stored."""
    known = {key: value for key, value in policy.items()
             if key in set(NetworkPolicy().to_json()) | OPTIONAL_FIELDS}
    try:
        NetworkPolicy.from_json(known)
    except InvalidInput as error:
        raise ValueError(f"{error.message.es} / {error.message.en}") from error


def _hours(hours: int) -> int:
    if not 1 <= hours <= 24 * 30:
        raise ValueError("a token is valid for 1 hour to 30 days")
    return hours


if __name__ == "__main__":
    sys.exit(main())
