"""Accepting is all or nothing: the process is killed (SIGKILL) at each step of an accept,
after the scans are in files.db, and after the case rows are written but before the
commit; the vault then holds no new case, the package is still there to accept, and a
second accept makes exactly one case with its scan."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from shelter_desk.services import attachments, cases, handoff_receive, handoff_send
from shelter_desk.services.handoff_send import Selection
from tests.conftest import COORDINATOR, PASSPHRASE

_CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from shelter_desk.services import handoff_receive
    from shelter_desk.store import handoff_store
    from shelter_desk.store.vault import unlock

    step, vault_dir, user, passphrase, package_id = sys.argv[1:]

    def die(*_args, **_kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if step == "blobs_written":
        handoff_receive._make_case = die  # the scans are in files.db, the case is not
    else:
        real = handoff_store.set_received_state
        def written_then_die(*args, **kwargs):
            real(*args, **kwargs)  # every case row is written, the commit has not happened
            die()
        handoff_store.set_received_state = written_then_die
    with unlock(Path(vault_dir), user=user, passphrase=passphrase) as vault:
        handoff_receive.accept(vault, package_id)
""")


@pytest.mark.parametrize("step", ["blobs_written", "rows_written"])
def test_a_killed_accept_leaves_nothing_half_imported(handoff, step):
    h = handoff
    preview = handoff_send.build_preview(h.shelter, h.referral_id,
                                         Selection(attachments=(h.attachment_id,)))
    sent = handoff_send.send(h.shelter, preview)
    handoff_receive.receive(h.clinic, sent.sealed)
    child = subprocess.run([sys.executable, "-c", _CHILD, step, str(h.tmp / "clinica"),
                            COORDINATOR, PASSPHRASE, sent.package_id],
                           capture_output=True, timeout=120, check=False)
    assert child.returncode == -9, child.stderr.decode()
    assert cases.count_cases(h.clinic) == 0
    [kept] = handoff_receive.received_packages(h.clinic)
    assert kept.state == "received" and kept.sealed is not None
    case_id, _ack = handoff_receive.accept(h.clinic, sent.package_id)
    assert cases.count_cases(h.clinic) == 1
    assert [a.file_name for a in attachments.list_attachments(h.clinic, case_id)] == \
        ["pasaporte.pdf"]
