"""How many counts the network report withholds, against the fewest that are safe.

    suppression_vs_optimum  for demo shelters of 100, 300, 1,000 and 3,000 people, last
                            quarter's six tables: `protect()` as the app runs it (the
                            optimum for reports of at most OPTIMAL_UP_TO counts), the
                            heuristic alone, and the integer program's optimum
                            (optimal_suppression.fewest_withheld), as tau-ARGUS reports
                            its optimal method. The timings are protect()'s.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Collection
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Measurement
from shelter_desk.network.cells import all_counts, relations
from shelter_desk.network.optimal_suppression import fewest_withheld
from shelter_desk.network.report import generalise, minors_link
from shelter_desk.network.suppression import protect
from shelter_desk.reports.network_tables import count_tables
from shelter_desk.reports.period import quarter_of
from shelter_desk.services import network_reports
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.store.kdf import KdfParams

NAMES = ("suppression_vs_optimum",)
SIZES = (100, 300, 1000, 3000)
_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def run(names: Collection[str] = NAMES, *, seed: int = 2026) -> dict[str, Measurement]:
    quarter = quarter_of(date.today().replace(day=1) - timedelta(days=92)).label
    timings, notes = [], []
    for people in SIZES:
        values, related, k = _report_tables(people, quarter, seed)
        started = time.perf_counter()
        used = protect(values, related, k).publication.suppressed
        timings.append((time.perf_counter() - started) * 1000)
        heuristic = protect(values, related, k, optimal_up_to=0).publication.suppressed
        optimum = fewest_withheld(values, related, k).suppressed
        notes.append(f"{people} people: {len(values)} counts, withheld {len(used)} "
                     f"(heuristic {len(heuristic)}, optimum {len(optimum)}, "
                     f"heuristic/optimum {len(heuristic) / max(len(optimum), 1):.3f})")
    return {"suppression_vs_optimum": Measurement(timings, note="; ".join(notes))}


def _report_tables(people: int, quarter: str, seed: int):
    with (tempfile.TemporaryDirectory(prefix="shelter-bench-optimum-") as temp,
          create_demo_vault(Path(temp) / "vault", people=people, seed=seed,
                            params=_CHEAP).vault as vault):
        _id, policy = network_reports.network_policy(vault)
        with vault.read() as connection:
            raw = count_tables(connection, network_reports.network_period(quarter, policy),
                               policy)
    tables = dict(raw.tables)
    tables["people"], _separate = generalise(tables["people"], policy, None)
    ordered = [tables[key] for key in policy.tables if key in tables]
    return all_counts(ordered), relations(ordered, [minors_link(policy)]), policy.k
