"""Child process for the rotation kill trials: unlocks, rotates the master key, and kills
itself with SIGKILL the `occurrence`-th time the rotation reports step `target`."""

from __future__ import annotations

import os
import signal
import sys

from shelter_desk.store.vault import unlock


def main(vault_dir: str, user: str, passphrase: str, target: str, occurrence: str) -> None:
    seen = [0]

    def step(name: str) -> None:
        if name == target:
            seen[0] += 1
            if seen[0] == int(occurrence):
                os.kill(os.getpid(), signal.SIGKILL)

    vault = unlock(vault_dir, user=user, passphrase=passphrase)
    vault.rotate_master_key(step=step)
    print("finished", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:6])
