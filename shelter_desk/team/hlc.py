"""A hybrid logical clock: wall time in milliseconds, a counter, the device.

It orders a device's own changes and lets a person see roughly when a value was
written, even when laptops' clocks disagree by hours. It never decides a conflict: the
merge looks at what each change superseded (causality), not at the clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_WIDTH_MS = 15  # zero-padded, so stamps sort as text
_WIDTH_COUNTER = 6


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def text(self) -> str:
        return f"{self.wall_ms:0{_WIDTH_MS}d}:{self.counter:0{_WIDTH_COUNTER}d}:{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, device = text.split(":", 2)
        return cls(int(wall), int(counter), device)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Monotonic per device; `observe` folds in a peer's stamps as they arrive."""

    def __init__(self, device: str, wall: Callable[[], int] = _wall_ms) -> None:
        self.device = device
        self._wall = wall
        self._last = Stamp(0, 0, device)

    def tick(self) -> Stamp:
        now = self._wall()
        if now > self._last.wall_ms:
            self._last = Stamp(now, 0, self.device)
        else:
            self._last = Stamp(self._last.wall_ms, self._last.counter + 1, self.device)
        return self._last

    def observe(self, remote: Stamp) -> None:
        now = self._wall()
        wall = max(now, self._last.wall_ms, remote.wall_ms)
        if wall == self._last.wall_ms == remote.wall_ms:
            counter = max(self._last.counter, remote.counter) + 1
        elif wall == self._last.wall_ms:
            counter = self._last.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._last = Stamp(wall, counter, self.device)
