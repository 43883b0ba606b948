"""Importing a shelter's spreadsheet: 10,000 rows, read, checked and written.

    import_preview_10k  `preview_import` of a 10,000-row XLSX laid out as a shelter's
                     register (title and shelter name on top, a header over two rows
                     under merged cells, paternal and maternal surnames apart,
                     demonyms, dates as date cells, dd/mm/yyyy, d-m-yy, 2-oct-25 and
                     Excel serials, two note columns, a hidden column, a TOTAL row and
                     signatures); the note gives `run_import` of the same plan.

    import_10k_rows  `preview_import` then `run_import` of a 10,000-row CSV (Spanish
                     headers, ';', UTF-8 with BOM, dd/mm/yyyy dates, nationalities by
                     Spanish name, a passport and its expiry on every row) into an
                     encrypted vault that already holds 5,000 demo people: every row
                     checked, duplicates looked up, one transaction, the search index.

Each repeat imports new synthetic people (another seed), so none is a duplicate. The
note gives the same for an XLSX of the same rows, measured once.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Collection
from datetime import date, timedelta
from pathlib import Path

from benchmarks import messy_register
from benchmarks.common import Measurement
from benchmarks.synthetic import GIVEN_NAMES, SURNAMES
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.services.importing.service import preview_import, run_import
from shelter_desk.store.kdf import KdfParams
from shelter_desk.store.vault import OpenVault

NAMES = ("import_10k_rows", "import_preview_10k")
ROWS = 10_000
HEADER = ["Nombre", "Apellidos", "Fecha de nacimiento", "Nacionalidad", "Fecha de ingreso",
          "Documento", "Vigencia"]
_COUNTRIES = ("Honduras", "Guatemala", "El Salvador", "Venezuela", "Haití", "Cuba",
              "Colombia", "Nicaragua")
_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def rows(seed: int, count: int = ROWS) -> list[list[str]]:
    rng = random.Random(seed)  # synthetic data, not secrets
    today = date.today()
    made = []
    for _ in range(count):
        born = date(1960, 1, 1) + timedelta(days=rng.randint(0, 40 * 365))
        arrived = today - timedelta(days=rng.randint(0, 700))
        expires = today + timedelta(days=rng.randint(-100, 1500))
        made.append([rng.choice(GIVEN_NAMES),
                     f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}",
                     born.strftime("%d/%m/%Y"), rng.choice(_COUNTRIES),
                     arrived.strftime("%d/%m/%Y"), "Pasaporte", expires.strftime("%d/%m/%Y")])
    return made


def write_csv(path: Path, table: list[list[str]]) -> Path:
    lines = [";".join(HEADER), *(";".join(row) for row in table)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def write_xlsx(path: Path, table: list[list[str]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(HEADER)
    for row in table:
        sheet.append(row)
    workbook.save(path)
    return path


def _import(vault: OpenVault, path: Path) -> float:
    started = time.perf_counter()
    plan = preview_import(vault, path)
    if plan.problems or len(plan.rows) != ROWS:
        raise RuntimeError(f"{len(plan.problems)} problems, e.g. {plan.problems[:3]}")
    run_import(vault, plan)
    return (time.perf_counter() - started) * 1000.0


def run(names: Collection[str] = NAMES, *, repeats: int = 3) -> dict[str, Measurement]:
    found: dict[str, Measurement] = {}
    with tempfile.TemporaryDirectory(prefix="shelter-bench-import-") as temp:
        vault = create_demo_vault(Path(temp) / "vault", people=5000, params=_CHEAP).vault
        try:
            if "import_10k_rows" in names:
                found["import_10k_rows"] = _plain(vault, Path(temp), repeats)
            if "import_preview_10k" in names:
                found["import_preview_10k"] = _messy(vault, Path(temp), repeats)
        finally:
            vault.lock()
    return found


def _plain(vault: OpenVault, temp: Path, repeats: int) -> Measurement:
    timings: list[float] = []
    for repeat in range(repeats):
        sheet = write_csv(temp / f"lista-{repeat}.csv", rows(seed=100 + repeat))
        timings.append(_import(vault, sheet))
    xlsx = _import(vault, write_xlsx(temp / "lista.xlsx", rows(seed=999)))
    note = (f"{ROWS} rows per CSV into a vault of 5,000 demo people (growing); "
            f"the same as XLSX: {xlsx / 1000:.1f} s")
    return Measurement(timings, note=note)


def _messy(vault: OpenVault, temp: Path, repeats: int) -> Measurement:
    previews: list[float] = []
    imports: list[float] = []
    for repeat in range(repeats):
        sheet = messy_register.write(temp / f"registro-{repeat}.xlsx", seed=500 + repeat,
                                     count=ROWS)
        started = time.perf_counter()
        plan = preview_import(vault, sheet)
        previews.append((time.perf_counter() - started) * 1000.0)
        if plan.problems or len(plan.rows) != ROWS or len(plan.skipped) != 3:
            raise RuntimeError(f"{len(plan.problems)} problems, e.g. {plan.problems[:3]}")
        started = time.perf_counter()
        run_import(vault, plan)
        imports.append((time.perf_counter() - started) * 1000.0)
    note = (f"{ROWS}-row messy XLSX register, preview only; run_import of the same plans: "
            + ", ".join(f"{ms / 1000:.1f} s" for ms in imports)
            + " (targets: preview < 5 s, import < 10 s)")
    return Measurement(previews, note=note)
