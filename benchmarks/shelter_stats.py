"""The shelter's statistics at scale: every dashboard table for one quarter.

    stats_quarter  `services.statistics.report_for(vault, quarter)` on a demo vault of N
                   people: the attended-people table, ten grouped tables and the key
                   figures, in one read transaction. The quarter is the one before the
                   current one (the demo's cases span three years, so it is full).

One vault with cheap explicit Argon2id slots; 3 untimed rounds, then 15 timed. No plain
counterpart: the encrypted/plain ratio of the underlying reads is storage's business.
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Measurement, time_ms
from shelter_desk.reports.period import quarter_of
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.services.statistics import report_for
from shelter_desk.store.kdf import KdfParams

NAMES = ("stats_quarter",)
_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def run(people: int, names: Collection[str] = NAMES, *, repeats: int = 15,
        seed: int = 2026) -> dict[str, Measurement]:
    quarter = quarter_of(date.today().replace(day=1) - timedelta(days=92))
    with (tempfile.TemporaryDirectory(prefix="shelter-bench-stats-") as temp,
          create_demo_vault(Path(temp) / "vault", people=people, seed=seed,
                            params=_CHEAP).vault as vault):
        for _ in range(3):
            report = report_for(vault, quarter)
        timings = [time_ms(lambda: report_for(vault, quarter)) for _ in range(repeats)]
    return {"stats_quarter": Measurement(
        timings, note=f"{quarter.label}: {report.figures.people_attended} people attended, "
                      f"{sum(len(t.rows) for t in report.tables.values())} table rows, "
                      f"{len(report.tables)} tables + key figures")}
