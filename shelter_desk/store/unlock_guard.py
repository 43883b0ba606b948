"""Failed unlocks, counted in a file next to the vault so the count survives a restart.

The GUI and the CLI unlock through `vault.unlock`, which goes through `guarded`: after
three failures each new try waits longer (2 s, 4 s, 8 s ... up to 15 minutes), and the
wait is checked before any Argon2id is spent. Tries are also serialised by an exclusive
lock on the file, so running many processes at once does not multiply the guesses.

What it protects: a laptop left unlocked-screen on a desk, or taken at a checkpoint and
tried by hand. What it cannot: someone who copies the folder guesses offline, and can
delete this file; there only the Argon2id cost of each guess protects.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store.errors import VaultError, WrongCredentials
from shelter_desk.store.keyring_format import atomic_write

try:
    import fcntl
except ImportError:  # Windows: no flock; the count still persists
    fcntl = None  # type: ignore[assignment]

FILE_NAME = ".unlock-failures"
FREE_TRIES = 3
MAX_WAIT_SECONDS = 15 * 60


class UnlockDelayed(VaultError):
    def __init__(self, seconds: int) -> None:
        super().__init__(Bilingual(
            es=f"Demasiados intentos fallidos. Por seguridad, espera {seconds} s antes de "
               "intentar otra vez.",
            en=f"Too many failed attempts. For safety, wait {seconds} s before trying again.",
        ))
        self.seconds = seconds


@dataclass(frozen=True)
class Failures:
    count: int
    last: float  # wall-clock seconds of the last failure

    def wait_seconds(self, now: float) -> int:
        if self.count < FREE_TRIES:
            return 0
        delay = min(MAX_WAIT_SECONDS, 2 ** (self.count - FREE_TRIES + 1))
        elapsed = max(0.0, now - self.last)  # a clock set back waits the whole delay
        return max(0, int(delay - elapsed + 0.999))


MAX_FILE_BYTES = 4096  # a count and a time: anything bigger is not ours


def read(directory: Path) -> Failures:
    path = Path(directory) / FILE_NAME
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("too large")
        data = json.loads(raw.decode("ascii"))
        count, last = data["failures"], data["last"]
        if (isinstance(count, int) and not isinstance(count, bool)
                and isinstance(last, (int, float)) and 0 <= count < 10**6):
            return Failures(count, float(last))
    except FileNotFoundError:
        return Failures(0, 0.0)
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        pass
    # A damaged count is taken as the free tries used up, counted from when it was
    # damaged (the file's own time): damaging it must not reset the count, nor lock the
    # vault for ever (a time taken afresh at every read would never let the wait end).
    try:
        damaged_at = path.stat().st_mtime
    except OSError:
        damaged_at = 0.0
    return Failures(FREE_TRIES, min(damaged_at, time.time()))


def wait_seconds(directory: Path) -> int:
    return read(directory).wait_seconds(time.time())


@contextlib.contextmanager
def guarded(directory: Path) -> Iterator[int]:
    """Around one unlock attempt: refuse while a wait runs, count a wrong secret, clear
    the count on success. Yields the failures counted before this attempt."""
    directory = Path(directory)
    with _serialised(directory):
        failures = read(directory)
        wait = failures.wait_seconds(time.time())
        if wait:
            raise UnlockDelayed(wait)
        try:
            yield failures.count
        except WrongCredentials:
            _write(directory, Failures(failures.count + 1, time.time()))
            raise
        if failures.count:
            (directory / FILE_NAME).unlink(missing_ok=True)


def _write(directory: Path, failures: Failures) -> None:
    with contextlib.suppress(OSError):  # a read-only medium: the Argon2id cost remains
        atomic_write(directory / FILE_NAME, json.dumps(
            {"failures": failures.count, "last": failures.last}).encode("ascii"))


@contextlib.contextmanager
def _serialised(directory: Path) -> Iterator[None]:
    if fcntl is None or not directory.is_dir():
        yield
        return
    try:
        fd = os.open(directory / ".unlock.lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
