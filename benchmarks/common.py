"""What every benchmark returns, and the percentiles the harness reports."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass
class Measurement:
    """Per-iteration timings in milliseconds; `plain` is None when nothing compares.

    `note` records what a reader needs to compare runs (parameters, file sizes).
    `baseline` is the same operation on a smaller, encrypted dataset of `baseline_people`,
    for the growth ratio; None when growth is not measured.
    """

    encrypted: list[float]
    plain: list[float] | None = None
    note: str = ""
    baseline: list[float] | None = None
    baseline_people: int | None = None


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Linear interpolation between closest ranks, as numpy's default does."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(samples: Sequence[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(samples, 0.50), 4),
            "p95_ms": round(percentile(samples, 0.95), 4)}


def time_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000.0
