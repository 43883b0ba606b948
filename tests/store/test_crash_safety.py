"""Killing the app mid-write loses nothing it reported as saved, and breaks nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import select

from shelter_desk.store.integrity import verify
from shelter_desk.store.schema import audit_event
from shelter_desk.store.vault import unlock
from tests.conftest import COORDINATOR, PASSPHRASE

KILLS = 20
REPO = Path(__file__).resolve().parents[2]


def _run_and_kill(vault_dir: Path, delay: float) -> list[int]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_writer", str(vault_dir), COORDINATOR,
         PASSPHRASE],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(30), "the writer never started"
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    reader.join(10)
    return [int(line) for line in lines if line.isdigit()]


def test_every_reported_commit_survives_sigkill(created, vault_dir):
    created.vault.lock()
    rng = random.Random(20261130)
    reported: list[int] = []
    for _ in range(KILLS):
        reported += _run_and_kill(vault_dir, rng.uniform(0.0, 0.25))

    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        with opened.read() as connection:
            stored = set(connection.execute(select(audit_event.c.id)).scalars())
        report = verify(opened)

    assert len(reported) > KILLS  # the writer did commit between the kills
    assert set(reported) <= stored
    assert report.passed, [check for check in report.checks if not check.passed]
