"""Slow work (Argon2id, vault creation, imports) off the GUI thread, results back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the GUI thread, shown there
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


_running: set[_Job] = set()


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> None:
    """Run `work` on the thread pool; `on_done`/`on_error` run on the GUI thread."""
    job = _Job(work)
    _running.add(job)  # keep the signals alive until the job reports

    def done(result: Any) -> None:
        _running.discard(job)
        on_done(result)

    def failed(error: Exception) -> None:
        _running.discard(job)
        on_error(error)

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)


class ProgressRelay(QObject):
    """A service's `progress(done, total)` callback, called on a worker thread, brought
    to a progress bar on the GUI thread (a queued signal: the bar is never touched from
    the worker)."""

    moved = Signal(int, int)

    def callback(self) -> Callable[[int, int], None]:
        moved = self.moved
        return lambda done, total: moved.emit(done, total)


def per_mille(done: int, total: int) -> int:
    """A bar's value on a 0..1000 range (a vault's bytes overflow a QProgressBar's int)."""
    return min(1000, done * 1000 // total) if total else 0
