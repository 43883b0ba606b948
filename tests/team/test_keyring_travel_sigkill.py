"""The keyslot merge after a sync is killed (SIGKILL) at each step: after the peer's
changes commit, after the rotation is recorded as owed, after keys.json is replaced.
Every time, the next exchange finishes it: the removed member's passphrase opens
nothing, the laptop still owes (and then makes) its new master key, the others open."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from shelter_desk.domain.staff import Role
from shelter_desk.services import key_rotation, staff
from shelter_desk.store.errors import WrongCredentials
from shelter_desk.store.keyring import Keyring
from shelter_desk.store.vault import unlock
from shelter_desk.team import sync
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.team.conftest import exchange, peer_id

LEAVER, LEAVER_PASSPHRASE = "Voluntaria Que Se Va", "frase de la que se va"

_CHILD = textwrap.dedent("""
    import json, os, signal, sys
    from pathlib import Path
    from shelter_desk.services import key_rotation
    from shelter_desk.store import vault as vault_module
    from shelter_desk.team import keyring_travel, sync
    from shelter_desk.store.vault import unlock

    step, vault_dir, user, passphrase = sys.argv[1:]

    def die(*_args, **_kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if step == "changes_committed":
        keyring_travel.merge = die
    elif step == "rotation_owed":
        real_mark = key_rotation.mark_due
        def marked_then_die(*args, **kwargs):
            real_mark(*args, **kwargs)
            die()
        key_rotation.mark_due = marked_then_die
    else:
        real_save = vault_module.OpenVault.save_keyring
        def saved_then_die(self, keyring):
            real_save(self, keyring)
            die()
        vault_module.OpenVault.save_keyring = saved_then_die
    payload = json.loads(sys.stdin.read())
    with unlock(Path(vault_dir), user=user, passphrase=passphrase) as vault:
        sync.incoming(vault, payload)
""")


@pytest.mark.parametrize("step", ["changes_committed", "rotation_owed", "keys_saved"])
def test_a_killed_keyslot_merge_is_finished_by_the_next_exchange(team, step) -> None:
    door, lawyer = team
    staff.add_staff(door, LEAVER, Role.VOLUNTEER, LEAVER_PASSPHRASE)
    exchange(door, lawyer)
    staff.remove_staff(door, LEAVER)
    payload = sync.outgoing(door, peer_id(door, "Abogada"))
    folder = lawyer.directory
    lawyer.lock()
    child = subprocess.run([sys.executable, "-c", _CHILD, step, str(folder), COORDINATOR,
                            PASSPHRASE], input=json.dumps(payload).encode(),
                           capture_output=True, timeout=120, check=False)
    assert child.returncode == -9, child.stderr.decode()
    # whatever the step, the laptop opens for those who remain
    lawyer = unlock(folder, user=COORDINATOR, passphrase=PASSPHRASE)
    try:
        sync.incoming(lawyer, sync.outgoing(door, peer_id(door, "Abogada")))
        assert key_rotation.is_due(lawyer)
        assert Keyring.load(folder).find_user_slot(LEAVER) is None
        assert key_rotation.rotate_when_due(lawyer) is not None
    finally:
        lawyer.lock()
    with pytest.raises(WrongCredentials):
        unlock(folder, user=LEAVER, passphrase=LEAVER_PASSPHRASE)
    assert Keyring.load(folder).generation == 2
    with unlock(folder, user=COORDINATOR, passphrase=PASSPHRASE):
        pass
