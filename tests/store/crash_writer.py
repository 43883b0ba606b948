"""Child process for the crash test: commits audit rows in a loop, printing each id once
it is committed, until it is killed."""

from __future__ import annotations

import sys

from shelter_desk.store import audit
from shelter_desk.store.vault import unlock


def main(vault_dir: str, user: str, passphrase: str) -> None:
    vault = unlock(vault_dir, user=user, passphrase=passphrase)
    print("ready", flush=True)
    while True:
        with vault.write() as connection:
            event = audit.record(connection, actor_id=1, action="test.crash",
                                 entity_type="tick", summary="latido")
        print(event.id, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
