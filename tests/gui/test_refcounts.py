"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 dropped a reference to
None at every call of a method that returns nothing, and to True at every signal emitted
with it. A shift's worth of clicks then aborted the app ("none_dealloc") and the test
suite at exit ("bool_dealloc"). Python 3.12+ hides it (immortal None and bools)."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel

CALLS = 500

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12),
                                reason="None and bools are immortal from Python 3.12")


class _Emitter(QObject):
    changed = Signal(object)


def _references_lost(value: object, action) -> int:
    action()
    gc.collect()
    before = sys.getrefcount(value)
    for _ in range(CALLS):
        action()
    gc.collect()
    return before - sys.getrefcount(value)


def test_calls_that_return_nothing_keep_none_alive(qapp):
    box, label = QCheckBox(), QLabel()
    assert _references_lost(None, lambda: box.setChecked(True)) < CALLS // 10
    assert _references_lost(None, lambda: label.setWordWrap(True)) < CALLS // 10


def test_signals_emitted_with_true_keep_it_alive(qapp):
    emitter = _Emitter()
    assert _references_lost(True, lambda: emitter.changed.emit(True)) < CALLS // 10
