"""Which processes have a vault open: a shared lock each, an exclusive one to re-key it.

A rotation renames new database files into place; a window or terminal that still had
the old files open would go on writing to them, and those writes would be lost. So every
open vault holds a shared `flock` on `<vault>/.open.lock`, and a rotation (or the end of
an interrupted one) takes it exclusively, without waiting: if someone else has the vault
open, it says so and changes nothing. On Windows there is no `flock`; the lock is a
no-op there (the app runs one window per vault there in practice).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from shelter_desk.store.errors import VaultBusy

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = ".open.lock"


class OpenLock:
    def __init__(self, directory: Path) -> None:
        self._fd: int | None = None
        if fcntl is None:
            return
        self._fd = os.open(Path(directory) / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self._fd, fcntl.LOCK_SH)

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Exclusive for the block, shared again after it; VaultBusy if anyone else holds it."""
        if self._fd is None or fcntl is None:
            yield
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            # flock converts by dropping the shared lock first: take it back.
            fcntl.flock(self._fd, fcntl.LOCK_SH)
            raise VaultBusy() from None
        try:
            yield
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_SH)

    def is_only_holder(self) -> bool:
        """True when no other process has the vault open (tried without waiting)."""
        try:
            with self.exclusive():
                return True
        except VaultBusy:
            return False

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None
