"""The network report at scale: one quarter counted, generalised and protected.

    report_build_quarter  `services.network_reports.build_preview(vault, quarter)` on a
                          demo vault of N people: the six network tables in SQL (only
                          consenting, unblocked people), primary and complementary
                          suppression, the auditor's linear programs over every table, and
                          the canonical JSON. The quarter is the one before the current one.

One vault with cheap explicit Argon2id slots; 3 untimed rounds, then 15 timed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Measurement, time_ms
from shelter_desk.reports.period import quarter_of
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.services.network_reports import build_preview
from shelter_desk.store.kdf import KdfParams

NAMES = ("report_build_quarter",)
_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def run(people: int, names: Collection[str] = NAMES, *, repeats: int = 15,
        seed: int = 2026) -> dict[str, Measurement]:
    quarter = quarter_of(date.today().replace(day=1) - timedelta(days=92)).label
    with (tempfile.TemporaryDirectory(prefix="shelter-bench-network-") as temp,
          create_demo_vault(Path(temp) / "vault", people=people, seed=seed,
                            params=_CHEAP).vault as vault):
        for _ in range(3):
            preview = build_preview(vault, quarter)
        timings = [time_ms(lambda: build_preview(vault, quarter)) for _ in range(repeats)]
    rows = [row for table in preview.document["tables"] for row in table["counts"]]
    withheld = sum(1 for row in rows if row["count"] is None)
    return {"report_build_quarter": Measurement(
        timings, note=f"{quarter}: {len(rows)} counts in {len(preview.document['tables'])} "
                      f"tables, {withheld} withheld, {preview.left_out} people left out")}
