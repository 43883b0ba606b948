"""Child process for the SIGKILL trials of sending secret shares: it approves or syncs
through the real code path and kills itself (SIGKILL, no clean-up of any kind) at the
step named, inside the transaction or right after the server answered."""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from shelter_desk.network.hub_client import HubClient
from shelter_desk.services import network_share_send, network_shares
from shelter_desk.store import network_share_store
from shelter_desk.store.vault import unlock


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main(vault_dir: str, user: str, passphrase: str, step: str, period: str) -> None:
    vault = unlock(vault_dir, user=user, passphrase=passphrase)
    calls = {"n": 0}
    if step == "approve_written":  # both halves inserted, not committed
        add = network_share_store.add_halves

        def add_then_die(*args: Any, **kwargs: Any) -> None:
            add(*args, **kwargs)
            _die()
        network_share_store.add_halves = add_then_die
        network_share_send.approve_shares(vault, network_shares.build_share_preview(
            vault, period))
        return
    if step == "after_post":  # the hub stored the half and answered; nothing kept yet
        submit = HubClient.submit_share

        def submit_then_die(self: HubClient, *args: Any, **kwargs: Any) -> Any:
            submit(self, *args, **kwargs)
            _die()
        HubClient.submit_share = submit_then_die  # type: ignore[method-assign]
    mark = network_share_store.mark_sent

    def mark_then_die(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if step == "after_first_sent" and calls["n"] == 2:
            _die()  # the first half's receipt committed, the second sent, not kept
        mark(*args, **kwargs)
        if step == "mark_sent_written":
            _die()  # the receipt written, not committed
    network_share_store.mark_sent = mark_then_die
    network_share_send.sync_shares(vault, attempts=1)


if __name__ == "__main__":
    main(*sys.argv[1:6])
